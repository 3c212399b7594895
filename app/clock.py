"""The clock readout after the dose starts (``+35 min``, ``+5 h 20 min``, ``+2 d 4 h``).

Pure Python with no imports from the app, so that the story layer's time formatting and a
time quoted in an error message (``app.errors.Clock``) write it the same way.
"""
from __future__ import annotations


def clock_readout(hours: float, word) -> str:
    """``hours`` after the dose as a readout, naming units through ``word(unit)`` for
    ``min``, ``h`` and ``d``."""
    sign = "-" if hours < 0 else "+"
    minutes = int(round(abs(hours) * 60))
    days, minutes = divmod(minutes, 24 * 60)
    hrs, mins = divmod(minutes, 60)
    if days:
        return (f"{sign}{days} {word('d')} {hrs} {word('h')}" if hrs
                else f"{sign}{days} {word('d')}")
    if hrs:
        return (f"{sign}{hrs} {word('h')} {mins} {word('min')}" if mins
                else f"{sign}{hrs} {word('h')}")
    return f"{sign}{mins} {word('min')}"

"""Times as people write and read them: ``90min``, ``1.5h``, ``2d``, ``3w`` <-> hours.

Pure Python (no Qt): used by the command line, the scenario controls and the clock.
"""
from __future__ import annotations

import math
import re

from app.excerpt import excerpt

_UNITS_H = {"s": 1 / 3600, "sec": 1 / 3600, "m": 1 / 60, "min": 1 / 60, "h": 1.0, "hr": 1.0,
            "d": 24.0, "day": 24.0, "days": 24.0, "w": 168.0, "wk": 168.0, "week": 168.0,
            "weeks": 168.0}
_PATTERN = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-z]*)\s*$")


def parse_time(text: str) -> float:
    """Hours from ``'90min'``, ``'1.5h'``, ``'2d'``, ``'3w'`` or a bare number of hours.

    Raises ValueError with a readable message when the text is not a time.
    """
    match = _PATTERN.match(str(text).lower())
    if not match or match.group(2) not in _UNITS_H and match.group(2) != "":
        raise ValueError(f"{excerpt(text)} is not a time; write e.g. 90min, 1.5h, 2d or 3w "
                         "(a bare number is hours)")
    hours = float(match.group(1)) * _UNITS_H.get(match.group(2), 1.0)
    if not math.isfinite(hours):
        raise ValueError(f"{excerpt(text)} is not a finite time")
    return hours


def _plain(word: str) -> str:
    return word


_unit_word = _plain


def set_unit_words(translate) -> None:
    """Have readouts name their units through ``translate(word)`` for ``min``, ``h``, ``d``
    and ``w`` (the window and pictures pass their translation; the command line does not)."""
    global _unit_word
    _unit_word = translate


def format_clock(hours: float, words=None) -> str:
    """A clock readout after the dose starts: ``+35 min``, ``+5 h 20 min``, ``+2 d 4 h``;
    ``words`` translates the unit words (default: as :func:`set_unit_words` chose)."""
    unit = words or _unit_word
    sign = "-" if hours < 0 else "+"
    minutes = int(round(abs(hours) * 60))
    days, minutes = divmod(minutes, 24 * 60)
    hrs, mins = divmod(minutes, 60)
    if days:
        return (f"{sign}{days} {unit('d')} {hrs} {unit('h')}" if hrs
                else f"{sign}{days} {unit('d')}")
    if hrs:
        return (f"{sign}{hrs} {unit('h')} {mins} {unit('min')}" if mins
                else f"{sign}{hrs} {unit('h')}")
    return f"{sign}{mins} {unit('min')}"


def format_duration(hours: float, words=None) -> str:
    """A compact duration for axis labels and beat names: ``40 min``, ``6 h``, ``3 d``, ``2 w``;
    ``words`` translates the unit words as in :func:`format_clock`."""
    unit = words or _unit_word
    if hours < 1:
        return f"{hours * 60:.0f} {unit('min')}"
    if hours < 48:
        return f"{hours:.3g} {unit('h')}"
    if hours < 24 * 21:
        return f"{hours / 24:.3g} {unit('d')}"
    return f"{hours / 168:.3g} {unit('w')}"

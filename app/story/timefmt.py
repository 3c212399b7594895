"""Times as people write and read them: ``90min``, ``1.5h``, ``2d``, ``3w`` <-> hours.

Pure Python (no Qt): used by the command line, the scenario controls and the clock.
"""
from __future__ import annotations

import math
import re

from app.clock import clock_readout
from app.errors import TimeError
from app.excerpt import excerpt
from app.story.catalogue import QT_TRANSLATE_NOOP

_UNITS_H = {"s": 1 / 3600, "sec": 1 / 3600, "m": 1 / 60, "min": 1 / 60, "h": 1.0, "hr": 1.0,
            "d": 24.0, "day": 24.0, "days": 24.0, "w": 168.0, "wk": 168.0, "week": 168.0,
            "weeks": 168.0,
            # the unit words a Chinese window shows (UNIT_WORDS' translations) read back too
            "秒": 1 / 3600, "分钟": 1 / 60, "分": 1 / 60, "小时": 1.0, "时": 1.0, "天": 24.0,
            "日": 24.0, "周": 168.0, "星期": 168.0}
_PATTERN = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-z\u4e00-\u9fff]*)"
                      r"\s*$")


def parse_time(text: str) -> float:
    """Hours from ``'90min'``, ``'1.5h'``, ``'2d'``, ``'3w'`` (or ``'90分钟'``, ``'2天'``) or
    a bare number of hours.

    Raises TimeError (a ValueError; ``time.unparseable``, ``time.not_finite``) when the
    text is not a time.
    """
    match = _PATTERN.match(str(text).lower())
    if not match or match.group(2) not in _UNITS_H and match.group(2) != "":
        raise TimeError("time.unparseable", text=excerpt(text))
    hours = float(match.group(1)) * _UNITS_H.get(match.group(2), 1.0)
    if not math.isfinite(hours):
        raise TimeError("time.not_finite", text=excerpt(text))
    return hours


#: Unit words of readouts (``+35 min``, ``2 d``), translated like any picture text.
UNIT_WORDS = (QT_TRANSLATE_NOOP("", "min"), QT_TRANSLATE_NOOP("", "h"),
              QT_TRANSLATE_NOOP("", "d"), QT_TRANSLATE_NOOP("", "w"))
#: The styles of :func:`format_duration`.
READOUT, AXIS = "readout", "axis"


def _plain(word: str) -> str:
    return word


_unit_word = _plain


def set_unit_words(translate) -> None:
    """Have readouts name their units through ``translate(word)`` for ``min``, ``h``, ``d``
    and ``w`` (the window and pictures pass their translation; the command line does not)."""
    global _unit_word
    _unit_word = translate


def format_clock(hours: float, tr=None) -> str:
    """A clock readout after the dose starts: ``+35 min``, ``+5 h 20 min``, ``+2 d 4 h``
    (unit words through ``tr``, as in :func:`format_duration`)."""
    return clock_readout(hours, tr or _unit_word)


def format_duration(hours: float, style: str = READOUT, tr=None) -> str:
    """A compact duration: ``0``, ``40 min``, ``6 h``, ``36 h``, ``3 d``, ``2 w``.

    ``READOUT`` (timeline, plots, the command line) keeps hours up to 48 h, as a lecture
    speaks of the first two days (24 h, 36 h after the dose), then days up to three weeks,
    with three significant digits. ``AXIS`` (the ticks drawn inside scene charts, at round
    days) switches to days at 24 h and to weeks at one, with at most one decimal. Unit words
    go through ``tr`` (default: the words set by :func:`set_unit_words`).
    """
    word = tr or _unit_word
    if hours <= 0:
        return "0"
    if style == AXIS:
        return _axis_label(hours, word)
    if hours < 1:
        return f"{hours * 60:.0f} {word('min')}"
    if hours < 48:
        return f"{hours:.3g} {word('h')}"
    if hours < 24 * 21:
        return f"{hours / 24:.3g} {word('d')}"
    return f"{hours / 168:.3g} {word('w')}"


def _axis_label(hours: float, word) -> str:
    if hours < 1:
        return f"{round(hours * 60):g} {word('min')}"
    if hours < 24:
        return f"{round(hours, 1):g} {word('h')}"
    if hours < 168:
        return f"{round(hours / 24, 1):g} {word('d')}"
    return f"{round(hours / 168, 1):g} {word('w')}"

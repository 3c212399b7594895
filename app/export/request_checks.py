"""The checks export requests share: an output path, a size, a number, a frame rate, a
language and theme; each raises ExportError naming what was wrong and what is valid."""
from __future__ import annotations

import math
from pathlib import Path

from app.errors import Message, describe_kind
from app.excerpt import excerpt
from app.export.render import ExportError, check_size, scene_named
from app.story.catalogue import LANGUAGES, THEME_NAMES
from app.story.comparison import Comparison

MAX_FPS = 60
#: GIF delays are whole 1/100 s and players slow down frames shorter than 2/100 s.
MAX_GIF_FPS = 50


def normalise_common(request, formats: tuple[str, ...]) -> None:
    """Check and normalise what every single-scene request has: its scene, output path,
    format (one of ``formats``), size, language and theme, transparency and badge."""
    scene_named(request.scene_id)
    object.__setattr__(request, "out", output_path(request.out))
    check_choice("export.unknown_format", request.fmt, formats)
    object.__setattr__(request, "size", pixel_size(request.size))
    check_look(request.lang, request.theme)
    object.__setattr__(request, "transparent", bool(request.transparent))
    check_comparison(request.comparison)
    if request.badge is not None and (isinstance(request.badge, bool)
                                      or not isinstance(request.badge, int) or request.badge < 1):
        raise ExportError("export.bad_badge", value=excerpt(request.badge))


def output_path(out) -> Path:
    """``out`` as a Path; ExportError when there is none."""
    if out is None or not str(out).strip():
        raise ExportError("export.no_output_path")
    return Path(out)


def pixel_size(size) -> tuple[int, int]:
    """``size`` as (width, height) in the allowed range; ExportError otherwise."""
    try:
        width, height = size
    except (TypeError, ValueError):
        raise ExportError("export.size_not_pair", size=excerpt(size)) from None
    return check_size((width, height))


def finite_number(term: str, value) -> float:
    """``value`` as a finite float; else ExportError naming it by the word ``term``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ExportError("export.not_a_number", term=Message(term), value=excerpt(value)) from None
    if not math.isfinite(number):
        raise ExportError("export.not_finite", term=Message(term), value=excerpt(value))
    return number


def check_rate(fmt: str, fps) -> None:
    """ExportError unless ``fps`` is a whole frame rate the format ``fmt`` can play."""
    top = MAX_GIF_FPS if fmt == "gif" else MAX_FPS
    if isinstance(fps, bool) or not isinstance(fps, int) or not 1 <= fps <= top:
        raise ExportError("export.frame_rate", fps=excerpt(fps), format=fmt, limit=top)


def check_look(lang: str, theme: str) -> None:
    """ExportError unless ``lang`` and ``theme`` are the app's."""
    check_choice("export.unknown_language", lang, LANGUAGES)
    check_choice("export.unknown_theme", theme, THEME_NAMES)


def check_choice(code: str, value, allowed: tuple[str, ...]) -> None:
    """ExportError ``code`` unless ``value`` is one of ``allowed``."""
    if value not in allowed:
        raise ExportError(code, value=excerpt(value), allowed=", ".join(allowed))


def check_comparison(comparison) -> None:
    """ExportError unless ``comparison`` (scenario B, compare mode) is a Comparison or None."""
    if comparison is not None and not isinstance(comparison, Comparison):
        raise ExportError("export.not_comparison", kind=describe_kind(comparison))

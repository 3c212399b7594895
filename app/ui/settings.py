"""The window's remembered settings, each read through one typed, validated accessor.

A settings file can hold anything: an older version's values, a hand edit, a broken disk.
Every key is checked on read; a value that does not fit falls back to its default and is
rewritten, so the window always starts (a NaN text zoom crashed Qt's font code, a string
where a layout belongs raised TypeError). Nothing else in the app reads QSettings.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QSettings

from app.story.catalogue import DEFAULT_THEME, LANGUAGES, THEME_NAMES

MIN_ZOOM, MAX_ZOOM = 0.8, 1.4
MAX_RECENT = 8
_TRUE, _FALSE = (True, "true", "1", 1), (False, "false", "0", 0)


class Settings(QSettings):
    """QSettings with a validated accessor per key (writing stays ``setValue``)."""

    def theme(self) -> str:
        """The theme chosen last time (``dark`` at first)."""
        return self._checked("theme", DEFAULT_THEME,
                             lambda value: isinstance(value, str) and value in THEME_NAMES)

    def language(self) -> str:
        """The language chosen last time ("" at first: follow the system)."""
        return self._checked("language", "",
                             lambda value: isinstance(value, str) and value in LANGUAGES)

    def reduce_motion(self) -> bool:
        """Still particles instead of moving ones (off at first)."""
        value = self._checked("reduce_motion", False,
                              lambda value: _hashable(value) and value in _TRUE + _FALSE)
        return value in _TRUE

    def evidence_view(self) -> bool:
        """The overview drawn with the evidence behind each link (off at first)."""
        value = self._checked("evidence_view", False,
                              lambda value: _hashable(value) and value in _TRUE + _FALSE)
        return value in _TRUE

    def text_zoom(self) -> float:
        """The text size factor, within MIN_ZOOM..MAX_ZOOM (1 at first)."""
        return float(self._checked("text_zoom", 1.0, _zoom_fits))

    def geometry(self) -> QByteArray | None:
        """The window's saved geometry (None at first); check what restoring it says."""
        return self._checked("geometry", None, _is_bytes)

    def layout(self, compact: bool = False) -> QByteArray | None:
        """The docks' saved arrangement (None at first) in the wide or the ``compact``
        (laptop) layout, each kept apart; check what restoring it says."""
        return self._checked(layout_key(compact), None, _is_bytes)

    def recent_lessons(self) -> list[str]:
        """Recently used lesson paths, newest first (whether they exist is not checked)."""
        value = self._checked("recent_lessons", [], _is_paths)
        return [value] if isinstance(value, str) else list(value)[:MAX_RECENT]

    def tour_seen(self) -> bool:
        """Whether the first-start tour has been shown (not at first)."""
        value = self._checked("tour_seen", False,
                              lambda value: _hashable(value) and value in _TRUE + _FALSE)
        return value in _TRUE

    def remember_tour_seen(self) -> None:
        """The tour has been shown: not offered again."""
        self.setValue("tour_seen", True)

    def forget(self, key: str) -> None:
        """Drop a stored value that turned out unusable (e.g. a layout Qt refused)."""
        self.remove(key)

    def _checked(self, key: str, default, fits):
        """The stored value of ``key`` if ``fits(value)``; else ``default``, rewritten."""
        value = self.value(key)
        if value is None:
            return default
        if fits(value):
            return value
        if default in (None, [], ""):
            self.remove(key)
        else:
            self.setValue(key, default)
        return default


def layout_key(compact: bool) -> str:
    """The settings key of the wide or the compact (laptop) panel layout: a layout made
    on a large screen would put the laptop's panels back beside each other."""
    return "compact_layout" if compact else "layout"


def _hashable(value) -> bool:
    return isinstance(value, (str, int, float, bool))


def _zoom_fits(value) -> bool:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return False
    try:
        zoom = float(value)
    except (ValueError, OverflowError):
        return False
    return math.isfinite(zoom) and MIN_ZOOM - 1e-9 <= zoom <= MAX_ZOOM + 1e-9


def _is_bytes(value) -> bool:
    return isinstance(value, (QByteArray, bytes, bytearray))


def _is_paths(value) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)

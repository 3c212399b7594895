"""Fitting the window to its screen: the window *with its frame* (title bar, borders)
inside the screen's available geometry, at the first start and after restoring a size
remembered on a larger screen.

The frame's size is only known once the window manager has framed the shown window, so the
window is first fitted with a generous guess (:data:`ASSUMED_FRAME`) and fitted again, once,
when the real frame is known (:class:`RefitWhenFramed`).
"""
from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1600, 900)
# Until the window manager says: a title bar of 40 px and borders of 8 (Windows and most
# Linux desktops use less; a smaller window is better than a frame off the screen).
ASSUMED_FRAME = QMargins(8, 40, 8, 8)
# Below this available size the window takes the laptop layout (one tabbed side panel).
COMPACT_BELOW = QSize(1500, 860)
SAVED_GEOMETRY_MAGIC = 0x1D9D0CB  # QWidget::saveGeometry's first four bytes


def available_geometry(window: QWidget) -> QRect | None:
    """The available geometry (without task bars) of the screen ``window`` is on, or None
    where the platform reports no usable screen."""
    screen = (QGuiApplication.screenAt(window.geometry().center()) or window.screen()
              or QGuiApplication.primaryScreen())
    if screen is None:
        return None
    available = screen.availableGeometry()
    return available if available.width() >= 200 and available.height() >= 150 else None


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame around its client area: the window manager's, once it is known;
    :data:`ASSUMED_FRAME` before (a frameless window on a platform without frames has none)."""
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        margins = handle.frameMargins()
        if not margins.isNull():
            return margins
    return ASSUMED_FRAME


def fitted_geometry(available: QRect, frame: QMargins, wanted: QRect) -> QRect:
    """The client geometry nearest to ``wanted`` whose frame (``wanted`` grown by ``frame``)
    lies inside ``available``: shrunk to fit, then moved in (kept where it is if it fits)."""
    room = available.marginsRemoved(frame)
    size = wanted.size().boundedTo(room.size())
    left = min(max(wanted.left(), room.left()), room.right() - size.width() + 1)
    top = min(max(wanted.top(), room.top()), room.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def first_geometry(available: QRect, frame: QMargins) -> QRect:
    """Where the first window goes: :data:`FIRST_SIZE`, or as much of the available screen
    as fits with its frame, centred."""
    room = available.marginsRemoved(frame)
    size = FIRST_SIZE.boundedTo(room.size())
    wanted = QRect(QPoint(0, 0), size)
    wanted.moveCenter(room.center())
    return fitted_geometry(available, frame, wanted)


def restore_geometry(window: QWidget, data: QByteArray) -> bool:
    """Give ``window`` the geometry ``data`` saved (``QWidget.saveGeometry``), fitted to its
    screen with its frame; False if ``data`` holds none. Qt refuses a geometry saved on a
    larger screen; its size and place are still the best start, so they are read here."""
    if not window.restoreGeometry(data):
        saved = saved_normal_geometry(data)
        if saved is None:
            return False
        window.setGeometry(saved)
    fit_to_screen(window)
    return True


def saved_normal_geometry(data: QByteArray) -> QRect | None:
    """The normal (not maximized) geometry in bytes ``QWidget.saveGeometry`` wrote (format
    2 or 3: magic, version, frame rectangle, normal rectangle...), or None."""
    stream = QDataStream(QByteArray(data))
    stream.setVersion(QDataStream.Version.Qt_4_0)
    magic, major = stream.readUInt32(), stream.readUInt16()
    stream.readUInt16()
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    if (stream.status() != QDataStream.Status.Ok or magic != SAVED_GEOMETRY_MAGIC
            or major not in (2, 3) or normal.width() < 100 or normal.height() < 100):
        return None
    return normal


def is_compact(available: QRect | None) -> bool:
    """Whether a screen of this available geometry needs the laptop layout."""
    return available is not None and (available.width() < COMPACT_BELOW.width()
                                      or available.height() < COMPACT_BELOW.height())


def place_first_window(window: QWidget) -> None:
    """Give a window opened for the first time its size and place on its screen."""
    available = available_geometry(window)
    if available is None:
        window.resize(FIRST_SIZE)
        return
    window.setGeometry(first_geometry(available, frame_margins(window)))


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` (a restored or first geometry) so that it and its frame
    lie on its screen's available geometry; a maximized or full-screen window is left."""
    available = available_geometry(window)
    if available is None or window.isMaximized() or window.isFullScreen():
        return
    fitted = fitted_geometry(available, frame_margins(window), window.geometry())
    if fitted != window.geometry():
        window.setGeometry(fitted)


class RefitWhenFramed(QObject):
    """Fits the window again, once, when its real frame is first known: when the shown
    window is first exposed, framed by the window manager (the assumed frame may be larger
    or smaller than the real one). A first window (``first``) is placed anew, so it also
    takes the room a smaller frame leaves."""

    def __init__(self, window: QWidget, first: bool):
        super().__init__(window)
        self.window, self.first = window, first
        self._handle = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self._watch_handle()
        elif watched is self._handle and event.type() == QEvent.Type.Expose:
            if self._handle.isExposed() and not self._handle.frameMargins().isNull():
                self._stop_watching()
                self._refit()
        return False

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and self._handle is None:
            self._handle = handle
            handle.installEventFilter(self)

    def _stop_watching(self) -> None:
        self.window.removeEventFilter(self)
        self._handle.removeEventFilter(self)

    def _refit(self) -> None:
        available = available_geometry(self.window)
        if self.first and available is not None and not (self.window.isMaximized()
                                                          or self.window.isFullScreen()):
            self.window.setGeometry(first_geometry(available, frame_margins(self.window)))
        else:
            fit_to_screen(self.window)

"""Presenter mode: the canvas alone, full screen, driven by a clicker.

What a lecturer expects from presentation software: PageDown/PageUp, arrows and Space step
through the beats (the picture plays forward to the next beat) and then the scenes; B
blacks and W whites the screen; C shows large captions; L a laser pointer; T switches
between the dark and the projector theme; the mouse cursor hides when still; a small
indicator shows where in the lesson we are. Esc or F5 leaves.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QRadialGradient

from app.scenes import SCENES
from app.scenes.base import caption_text
from app.i18n import translated as scene_tr
from app.scenes.theme import theme_named
from app.timefmt import format_clock
from app.ui.timeline import current_beats

CURSOR_HIDE_MS = 2000
CAPTION_BAND = 0.14  # share of the screen height below the picture kept for captions


class PresenterMode(QObject):
    """Turns a MainWindow into a full-screen presentation and back."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self.captions = True
        self.laser = False
        self.blank: str | None = None  # None, "black" or "white"
        self._saved_state = None
        self._was_maximized = False
        self._mouse = None
        self._hide_cursor = QTimer(self)
        self._hide_cursor.setSingleShot(True)
        self._hide_cursor.setInterval(CURSOR_HIDE_MS)
        self._hide_cursor.timeout.connect(
            lambda: self.window.canvas.setCursor(Qt.CursorShape.BlankCursor))
        self.window.canvas.mouseMoved.connect(self._on_mouse)

    # --- entering and leaving ---------------------------------------------------------
    def enter(self) -> None:
        """Hide everything but the canvas and go full screen."""
        if self.active:
            return
        window = self.window
        self._saved_state = window.saveState()
        self._was_maximized = window.isMaximized()
        self.active = True
        window.menuBar().hide()
        window.timeline.hide()
        for dock in window.docks():
            dock.hide()
        window.canvas.set_overlay(self.paint_overlay, CAPTION_BAND if self.captions else 0.0)
        window.canvas.setMouseTracking(True)
        window.showFullScreen()
        screen = window.screen()
        if screen is not None:  # without a window manager, full screen must be asked for
            window.setGeometry(screen.geometry())
        window.canvas.setFocus()
        self._hide_cursor.start()
        window.canvas.update()

    def leave(self) -> None:
        """Back to the window with its panels, as it was."""
        if not self.active:
            return
        window = self.window
        self.active = False
        self.blank = None
        window.canvas.set_overlay(None)
        window.canvas.setMouseTracking(False)
        window.canvas.unsetCursor()
        self._hide_cursor.stop()
        window.menuBar().show()
        window.timeline.show()
        if self._saved_state is not None:
            window.restoreState(self._saved_state)
        if self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.canvas.update()

    def toggle(self) -> None:
        """F5: present, or stop presenting."""
        self.leave() if self.active else self.enter()

    # --- switches -------------------------------------------------------------------------
    def toggle_blank(self, colour: str) -> None:
        """B (black) or W (white): cover the picture; the same key uncovers it."""
        self.blank = None if self.blank == colour else colour
        self.window.canvas.update()

    def toggle_captions(self) -> None:
        """C: large captions at the bottom on or off."""
        self.captions = not self.captions
        self.window.canvas.set_reserve_bottom(CAPTION_BAND if self.captions else 0.0)

    def toggle_laser(self) -> None:
        """L: a red laser dot follows the mouse."""
        self.laser = not self.laser
        self.window.canvas.update()

    def _on_mouse(self, position: QPointF) -> None:
        self._mouse = position
        if self.active:
            self.window.canvas.unsetCursor() if not self.laser else self.window.canvas.setCursor(
                Qt.CursorShape.BlankCursor)
            self._hide_cursor.start()
            if self.laser:
                self.window.canvas.update()

    # --- drawing over the scene (device coordinates) ----------------------------------------
    def paint_overlay(self, painter: QPainter, rect: QRectF) -> None:
        """Captions, the progress indicator, the laser, or a blank screen."""
        if self.blank is not None:
            painter.fillRect(rect, QColor("#000000" if self.blank == "black" else "#ffffff"))
            return
        state = self.window.state
        if state.trajectory is None:
            return
        if self.captions:
            self._paint_caption(painter, rect)
        self._paint_progress(painter, rect)
        if self.laser and self._mouse is not None:
            self._paint_laser(painter, self._mouse, rect.height())

    def _paint_caption(self, painter: QPainter, rect: QRectF) -> None:
        """The caption in the band kept free below the picture, large enough for a hall."""
        state = self.window.state
        text = caption_text(SCENES[state.scene_id], state.trajectory, state.t)
        band = QRectF(rect.left(), rect.bottom() - rect.height() * CAPTION_BAND, rect.width(),
                      rect.height() * CAPTION_BAND)
        theme = theme_named(state.theme)
        painter.fillRect(band, QColor(theme.panel))
        painter.setPen(QColor(theme.ink))
        margin = rect.width() * 0.05
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        size = max(14, int(rect.height() * 0.027))
        while True:  # as large as fits: a long caption gets a slightly smaller type
            font = QFont(painter.font())
            font.setPixelSize(size)
            painter.setFont(font)
            box = band.adjusted(margin, size * 0.3, -margin, -size * 1.1)
            if size <= 12 or painter.boundingRect(box, flags, text).height() <= box.height():
                break
            size -= 1
        painter.drawText(box, flags, text)

    def _paint_progress(self, painter: QPainter, rect: QRectF) -> None:
        state = self.window.state
        scene = SCENES[state.scene_id]
        beats = current_beats(state)
        passed = sum(1 for b in beats if b.t <= state.t + 1e-9)
        index = state.scene_ids.index(state.scene_id)
        fraction = (index + (passed / max(len(beats), 1))) / len(state.scene_ids)
        size = max(10, int(rect.height() * 0.014))
        font = QFont(painter.font())
        font.setPixelSize(size)
        painter.setFont(font)
        label = f"{scene.number}/{len(state.scene_ids)} · {scene_tr(scene.title)} · " \
                f"{passed}/{len(beats)} · {format_clock(state.t)}"
        painter.setPen(QColor(255, 255, 255, 150) if self.window.state.theme == "dark"
                       else QColor(0, 0, 0, 150))
        painter.drawText(QRectF(rect.left(), rect.bottom() - size * 2.2, rect.width() - size,
                                size * 1.6), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         label)
        bar = QRectF(rect.left(), rect.bottom() - 3, rect.width() * fraction, 3)
        painter.fillRect(bar, QColor(204, 121, 167, 200))

    def _paint_laser(self, painter: QPainter, at: QPointF, height: float) -> None:
        radius = max(8.0, height * 0.012)
        halo = QRadialGradient(at, radius * 2.4)
        halo.setColorAt(0.0, QColor(255, 40, 40, 220))
        halo.setColorAt(0.35, QColor(255, 40, 40, 120))
        halo.setColorAt(1.0, QColor(255, 40, 40, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(at, radius * 2.4, radius * 2.4)
        painter.setBrush(QColor(255, 230, 230))
        painter.drawEllipse(at, radius * 0.35, radius * 0.35)

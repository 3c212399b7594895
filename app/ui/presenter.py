"""Presenter mode: the canvas alone, full screen, driven by a clicker.

What a lecturer expects from presentation software: PageDown/PageUp, arrows and Space step
through the beats (the picture plays forward to the next beat) and then the scenes; B
blacks and W whites the screen; C shows large captions; L a laser pointer; T switches
between the dark and the projector theme; the mouse cursor hides when still; a small
indicator shows where in the lesson we are. Esc or F5 leaves.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QRadialGradient,
    QScreen,
)
from PySide6.QtWidgets import QMainWindow, QWidget

from app.i18n import translated as scene_tr
from app.scenes.base import caption_text
from app.scenes.theme import theme_named
from app.story.timefmt import format_clock

CURSOR_HIDE_MS = 2000
CAPTION_BAND = 0.14  # share of the screen height below the picture kept for captions


class Stage(Protocol):
    """What presenter mode needs of the window it presents in."""

    def enter_stage(self) -> None:
        """Hide everything but the canvas and go full screen."""

    def leave_stage(self) -> None:
        """Bring back the panels and the window's size as they were."""

    def screen(self) -> QScreen | None:
        """The screen the presentation is on."""


class WindowStage:
    """A main window as a :class:`Stage`: its ``bars`` (menu bar, timeline) and ``docks()``
    hide while presenting, ``focus`` (the canvas) takes the keys; afterwards the panels and
    the window's size come back as they were."""

    def __init__(self, window: QMainWindow, bars: list[QWidget],
                 docks: Callable[[], list[QWidget]], focus: QWidget):
        self.window, self.bars, self.docks, self.focus = window, bars, docks, focus
        self._before = None

    def enter_stage(self) -> None:
        """Everything but the canvas hidden, full screen."""
        window = self.window
        self._before = (window.saveState(), window.isMaximized())
        for widget in (*self.bars, *self.docks()):
            widget.hide()
        window.showFullScreen()
        screen = window.screen()
        if screen is not None:  # without a window manager, full screen must be asked for
            window.setGeometry(screen.geometry())
        self.focus.setFocus()

    def leave_stage(self) -> None:
        """The panels and the window's size back as they were before presenting."""
        saved, maximized = self._before
        for widget in self.bars:
            widget.show()
        self.window.restoreState(saved)  # the docks as they were
        self.window.showMaximized() if maximized else self.window.showNormal()

    def screen(self) -> QScreen | None:
        """The screen the presentation is on."""
        return self.window.screen()


class PresenterMode(QObject):
    """Presenting on a :class:`Stage`: its canvas carries the captions, the progress line,
    the laser or a blank screen; the speaker notes (made by ``make_notes`` when first
    asked for) go to another screen."""

    def __init__(self, stage: Stage, canvas, state, make_notes: Callable[[], QWidget],
                 parent=None):
        super().__init__(parent)
        self.stage, self.canvas, self.state = stage, canvas, state
        self._make_notes = make_notes
        self.notes_window: QWidget | None = None
        self.active = False
        self.captions = True
        self.laser = False
        self.blank: str | None = None  # None, "black" or "white"
        self._mouse = None
        self._hide_cursor = QTimer(self)
        self._hide_cursor.setSingleShot(True)
        self._hide_cursor.setInterval(CURSOR_HIDE_MS)
        self._hide_cursor.timeout.connect(self._blank_cursor)
        canvas.mouseMoved.connect(self._on_mouse)

    # --- entering and leaving ---------------------------------------------------------
    def enter(self) -> None:
        """Hide everything but the canvas and go full screen."""
        if self.active:
            return
        self.active = True
        self.canvas.set_overlay(self.paint_overlay, self._reserved())
        self._follow_glossary()
        self.stage.enter_stage()
        self._hide_cursor.start()

    def leave(self) -> None:
        """Back to the window with its panels, as it was."""
        if not self.active:
            return
        self.active = False
        self.blank = None
        self.canvas.set_overlay(None)
        self._follow_glossary()
        self.canvas.unsetCursor()
        self._hide_cursor.stop()
        self.stage.leave_stage()
        self.canvas.update()

    def toggle(self) -> None:
        """F5: present, or stop presenting; the speaker notes follow on a second screen."""
        self.leave() if self.active else self.enter()
        if self.active and len(QGuiApplication.screens()) > 1:
            self.show_notes()

    def present(self) -> None:
        """Start presenting (``--present``)."""
        if not self.active:
            self.toggle()

    def show_notes(self) -> None:
        """The speaker notes window, on the other screen when there is one."""
        if self.notes_window is None:
            self.notes_window = self._make_notes()
        self.notes_window.restart_clock()
        self.notes_window.place(self.stage.screen())

    def close_notes(self) -> None:
        """Close the speaker notes (the window is closing)."""
        if self.notes_window is not None:
            self.notes_window.close()

    # --- switches -------------------------------------------------------------------------
    def toggle_blank(self, colour: str) -> None:
        """B (black) or W (white): cover the picture; the same key uncovers it."""
        self.blank = None if self.blank == colour else colour
        self._follow_glossary()
        self.canvas.update()

    def toggle_captions(self) -> None:
        """C: large captions at the bottom on or off."""
        self.captions = not self.captions
        self.canvas.set_overlay(self.paint_overlay, self._reserved())

    def _reserved(self) -> float:
        return CAPTION_BAND if self.captions else 0.0

    def toggle_laser(self) -> None:
        """L: a red laser dot follows the mouse."""
        self.laser = not self.laser
        self._follow_glossary()
        self.canvas.update()

    def _follow_glossary(self) -> None:
        """No glossary tooltips over a blank screen or under the laser dot."""
        self.canvas.glossary_on_hover = not (self.active and (self.laser or self.blank))

    def _blank_cursor(self) -> None:
        self.canvas.setCursor(Qt.CursorShape.BlankCursor)

    def _on_mouse(self, position: QPointF) -> None:
        self._mouse = position
        if self.active:
            self.canvas.unsetCursor() if not self.laser else self._blank_cursor()
            self._hide_cursor.start()
            if self.laser:
                self.canvas.update()

    # --- drawing over the scene (device coordinates) ----------------------------------------
    def paint_overlay(self, painter: QPainter, rect: QRectF) -> None:
        """Captions, the progress indicator, the laser, or a blank screen."""
        if self.blank is not None:
            painter.fillRect(rect, QColor("#000000" if self.blank == "black" else "#ffffff"))
            return
        if self.state.timeline is None:
            return
        if self.captions:
            self._paint_caption(painter, rect)
        self._paint_progress(painter, rect)
        if self.laser and self._mouse is not None:
            self._paint_laser(painter, self._mouse, rect.height())

    def _paint_caption(self, painter: QPainter, rect: QRectF) -> None:
        """The caption in the band kept free below the picture, large enough for a hall."""
        state = self.state
        text = caption_text(state.scene, state.trajectory, state.t)
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
        state = self.state
        scene, timeline = state.scene, state.timeline
        beats = timeline.beats
        passed = timeline.beats_reached(state.t)
        index = state.scene_ids.index(state.scene_id)
        fraction = (index + (passed / max(len(beats), 1))) / len(state.scene_ids)
        size = max(10, int(rect.height() * 0.014))
        font = QFont(painter.font())
        font.setPixelSize(size)
        painter.setFont(font)
        label = f"{scene.number}/{len(state.scene_ids)} · {scene_tr(scene.title)} · " \
                f"{passed}/{len(beats)} · {format_clock(state.t)}"
        painter.setPen(QColor(255, 255, 255, 150) if state.theme == "dark"
                       else QColor(0, 0, 0, 150))
        painter.drawText(QRectF(rect.left(), rect.bottom() - size * 2.2, rect.width() - size,
                                size * 1.6),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
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

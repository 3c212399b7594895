"""Presenter mode: the canvas alone, full screen, driven by a clicker.

What a lecturer expects from presentation software: PageDown/PageUp, arrows and Space step
through the beats (the picture plays forward to the next beat) and then the scenes; B
blacks and W whites the screen; C shows large captions; L a laser pointer; T cycles the
three themes (dark, light projector, high contrast); the mouse cursor hides when still; a small
indicator shows where in the lesson we are. Esc or F5 leaves.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QRadialGradient,
    QScreen,
)
from PySide6.QtWidgets import QMainWindow, QWidget

from app.i18n import translated as scene_tr
from app.scenes.theme import theme_named
from app.story.timefmt import format_clock
from app.ui.compare import shown_caption

CURSOR_HIDE_MS = 2000
CAPTION_BAND = 0.14  # share of the screen height below the picture kept for captions
HALL_TYPE = 0.0265  # the overlay's type, share of the screen height: 28 px at 1080p
CAPTION_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


# --- the caption band's geometry (device coordinates) -------------------------------------
def hall_pixels(rect: QRectF) -> int:
    """The overlay's type size on a screen ``rect``: readable from the back of a hall."""
    return max(14, round(rect.height() * HALL_TYPE))


def caption_font(theme, pixels: int) -> QFont:
    """The pictures' font (bundled, the same on every machine) at ``pixels``."""
    font = QFont()
    font.setFamilies([theme.font_family, *theme.font_fallbacks])
    font.setPixelSize(pixels)
    return font


def caption_band(rect: QRectF) -> QRectF:
    """The band below the picture that captions have to themselves."""
    height = rect.height() * CAPTION_BAND
    return QRectF(rect.left(), rect.bottom() - height, rect.width(), height)


def progress_box(rect: QRectF) -> QRectF:
    """Where the words of the progress line go: the bottom strip of the caption band."""
    size = hall_pixels(rect)
    return QRectF(rect.left(), rect.bottom() - size * 1.5 - 4, rect.width() - size, size * 1.5)


def caption_box(rect: QRectF) -> QRectF:
    """Where the caption's lines go: the band above the progress words, inset at the sides."""
    band, margin = caption_band(rect), rect.width() * 0.05
    return QRectF(band.left() + margin, band.top() + 4, band.width() - 2 * margin,
                  progress_box(rect).top() - band.top() - 4)


def caption_height(text: str, font: QFont, width: float) -> float:
    """The height ``text`` takes wrapped to ``width`` in ``font``."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), CAPTION_FLAGS,
                                            text).height()


def caption_lines(text: str, rect: QRectF) -> int:
    """How many lines the presenter's caption ``text`` takes on a screen ``rect`` at the
    hall's type size (any theme: they share the font)."""
    font = caption_font(theme_named("dark"), hall_pixels(rect))
    return round(caption_height(text, font, caption_box(rect).width())
                 / QFontMetricsF(font).lineSpacing())


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
        self.canvas.set_view(hall_type=True)
        if self.notes_window is not None:  # the talk's clock starts with presenting,
            self.notes_window.restart_clock()  # not each time N brings the notes forward
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
        self.canvas.set_view(hall_type=False)
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
        text = shown_caption(state)
        theme = theme_named(state.theme)
        painter.fillRect(caption_band(rect), QColor(theme.panel))
        painter.setPen(QColor(theme.ink))
        box = caption_box(rect)
        size = hall_pixels(rect)
        while True:  # a caption the story made too long (a blocker's note) gets smaller type
            font = caption_font(theme, size)
            if size <= 12 or caption_height(text, font, box.width()) <= box.height():
                break
            size -= 1
        painter.setFont(font)
        painter.drawText(box, CAPTION_FLAGS, text)

    def _paint_progress(self, painter: QPainter, rect: QRectF) -> None:
        """The progress line along the bottom edge; with captions, where we are in words
        under them (without, the words would cover the legend)."""
        state = self.state
        timeline = state.timeline
        beats = timeline.beats
        passed = timeline.beats_reached(state.t)
        index = state.scene_ids.index(state.scene_id)
        fraction = (index + (passed / max(len(beats), 1))) / len(state.scene_ids)
        theme = theme_named(state.theme)
        if self.captions:
            painter.setFont(caption_font(theme, hall_pixels(rect)))
            # the theme's muted ink: it reads on the theme's ground and on the caption band
            # (a fixed black once vanished on the high-contrast theme's black)
            painter.setPen(QColor(theme.muted))
            painter.drawText(progress_box(rect),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.progress_text())
        bar = QRectF(rect.left(), rect.bottom() - 3, rect.width() * fraction, 3)
        painter.fillRect(bar, theme.color("ketamine"))

    def progress_text(self) -> str:
        """The progress line: step k of the lesson's n scenes, title, beats passed, clock."""
        state = self.state
        timeline = state.timeline
        beats = timeline.beats if timeline is not None else ()
        passed = timeline.beats_reached(state.t) if timeline is not None else 0
        return f"{state.step()}/{len(state.scene_ids)} · {scene_tr(state.scene.title)} · " \
               f"{passed}/{len(beats)} · {format_clock(state.t)}"

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

"""The scene canvas: paints the current scene at the current time, letterboxed 16:9; in
compare mode, the compare frame of runs A and B (``app.scenes.compare``)."""
from __future__ import annotations

import traceback

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.scenes import paint_scene
from app.scenes.compare import paint_comparison
from app.scenes.paint import scene_ready
from app.scenes.settings import RenderSettings
from app.scenes.theme import theme_named
from app.ui.canvas_glossary import GlossaryPopup, GlossaryRegions, term_text
from app.ui.problems import REPEATS
from app.ui.state import AppState


class SceneCanvas(QWidget):
    """Draws ``state.scene`` at ``state.t`` through the shared ``paint_scene``,
    as its :attr:`settings` ask (the theme follows ``state.theme``); the window changes
    them with :meth:`set_view`, the presenter its overlay with :meth:`set_overlay`.

    Hovering a receptor, cell or node the glossary explains shows its entry as a tooltip,
    clicking it in a small popup, in the picture's language.

    A paint that raises is logged (repeats counted), replaced by a plain frame with a short
    message, and reported through :attr:`paintFailed` when the error changes, so the window
    can tell the user; the app keeps running.
    """

    paintFailed = Signal(str)
    painted = Signal()
    mouseMoved = Signal(QPointF)

    def __init__(self, state: AppState, settings: RenderSettings | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self._settings = settings or RenderSettings()
        self._overlay = None  # presenter mode draws captions, progress, laser over the scene
        self._reserve_bottom = 0.0  # share of the height kept free below the scene (captions)
        self._last_error = ""
        self._glossary = GlossaryRegions()
        self._popup = None  # the glossary popup, made on the first click on a term
        #: Whether hovering and clicking show glossary entries (the presenter's laser and
        #: blank screen turn them off).
        self.glossary_on_hover = True
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click takes the keys from a field
        self.setAccessibleName(self.tr("Scene canvas"))
        self.setAccessibleDescription(self.tr("The animated picture of the current scene"))
        for signal in (state.timeChanged, state.sceneChanged, state.trajectoryChanged,
                       state.sceneDataChanged, state.themeChanged, state.busyChanged,
                       state.comparisonChanged, state.trajectoryBChanged):
            signal.connect(self.update)
        for signal in (state.timeChanged, state.sceneChanged, state.themeChanged):
            signal.connect(self.hide_glossary_entry)  # the entry belongs to the old picture

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    @property
    def settings(self) -> RenderSettings:
        """How the picture is drawn: language, reduce motion, text zoom, evidence view."""
        return self._settings

    def set_view(self, **changes) -> None:
        """Draw with these render settings changed (``reduce_motion=``, ``text_zoom=``,
        ``evidence=``, ``lang=``); what is not given stays."""
        settings = self._settings.changed(**changes)
        if settings != self._settings:
            self._settings = settings
            self.update()

    def set_overlay(self, overlay, reserve_bottom: float = 0.0) -> None:
        """``overlay(painter, rect)`` drawn over the scene (None: none), and the share of
        the height kept free below the scene for it (presenter captions)."""
        self._overlay, self._reserve_bottom = overlay, reserve_bottom
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
            if self._overlay is not None:
                self._paint_overlay(painter)
        finally:
            painter.end()
        self.painted.emit()

    def mouseMoveEvent(self, event) -> None:
        self.mouseMoved.emit(event.position())
        term = self.term_at(event.position())
        if term is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(),
                              term_text(term, self._settings.lang), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        self.hide_glossary_entry()
        term = self.term_at(event.position())
        if term is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._popup is None:
                self._popup = GlossaryPopup(self)
            QToolTip.hideText()
            self._popup.show_entry(term_text(term, self._settings.lang),
                                   event.globalPosition().toPoint())
        super().mousePressEvent(event)

    def hide_glossary_entry(self, *_) -> None:
        """Close the glossary entry a click opened, if one is open."""
        if self._popup is not None and self._popup.isVisible():
            self._popup.hide()

    def focusOutEvent(self, event) -> None:
        self.hide_glossary_entry()
        super().focusOutEvent(event)

    def term_at(self, point: QPointF) -> str | None:
        """The glossary term (its English name) drawn under ``point`` of the canvas, or
        None: nothing explained there, no picture yet, or glossary hovering off."""
        trajectory, scene, data = self.state.trajectory, self.state.scene, self.state.scene_data
        # the compare frame draws each side's art at half size: no glossary regions there
        if (not self.glossary_on_hover or trajectory is None or self.state.comparison
                or not scene_ready(scene, trajectory, data)):
            return None
        return self._glossary.term_at(scene, trajectory, data, self.state.t,
                                      self._picture_settings(), self.scene_rect(), point)

    def _picture_settings(self) -> RenderSettings:
        """The settings the picture is painted with: the view's, the theme, the lesson's step."""
        return self._settings.changed(theme=self.state.theme, badge=self.state.step())

    def scene_rect(self) -> QRectF:
        """Where the scene is painted: the canvas less the share kept for captions."""
        target = QRectF(self.rect())
        target.setHeight(target.height() * (1.0 - self._reserve_bottom))
        return target

    def _paint(self, painter: QPainter) -> None:
        theme = theme_named(self.state.theme)
        painter.fillRect(self.rect(), QColor(theme.background_bottom))
        trajectory = self.state.trajectory
        if trajectory is None:
            self._paint_message(painter, theme, self.tr("Simulating…"))
            return
        scene = self.state.scene
        data = self.state.scene_data
        if not scene_ready(scene, trajectory, data):  # the worker is preparing its data
            self._paint_message(painter, theme, self.tr("Simulating…"))
            return
        comparing = self.state.comparison is not None
        if comparing and not self.state.comparing:  # B's run or its data is on its way
            self._paint_message(painter, theme, self.tr("Simulating…"))
            return
        try:
            if comparing:
                paint_comparison(painter, scene, trajectory, self.state.trajectory_b,
                                 self.state.t, self.scene_rect(), self._picture_settings(),
                                 data, self.state.scene_data_b,
                                 experiment=self.state.comparison.experiment)
            else:
                paint_scene(painter, scene, trajectory, self.state.t, self.scene_rect(),
                            self._picture_settings(), data)
        except Exception as exc:  # a drawing bug must not take the lecture down
            self._show_fallback(painter, theme)
            self._failed(scene.id, exc)

    def _paint_overlay(self, painter: QPainter) -> None:
        """The presenter's overlay; if it fails, the picture without it."""
        painter.save()
        try:
            self._overlay(painter, QRectF(self.rect()))
        except Exception as exc:  # as for the scene: the lecture goes on
            painter.restore()
            self._paint(painter)
            self._failed("presenter overlay", exc)
        else:
            painter.restore()

    def _show_fallback(self, painter: QPainter, theme) -> None:
        """A plain frame instead of a half-drawn picture: background and a short message."""
        painter.resetTransform()
        painter.setClipping(False)
        painter.fillRect(self.rect(), QColor(theme.background_bottom))
        self._paint_message(painter, theme, self.tr("This picture could not be drawn."))

    def _failed(self, what: str, exc: Exception) -> None:
        """Log the failure (a repeat is only counted) and report each new one once."""
        message = f"{what}: {type(exc).__name__}: {exc}"
        REPEATS.record(message, f"painting {what} at t={self.state.t:.4f} h failed:\n"
                       + "".join(traceback.format_exception(exc)))
        if message != self._last_error:
            self._last_error = message
            self.paintFailed.emit(message)

    def _paint_message(self, painter: QPainter, theme, text: str) -> None:
        painter.setPen(QColor(theme.muted))
        font = painter.font()
        font.setPixelSize(max(14, self.height() // 20))
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)

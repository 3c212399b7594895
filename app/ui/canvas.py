"""The scene canvas: paints the current scene at the current time, letterboxed 16:9."""
from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.scenes import SCENES, RenderContext, paint_scene
from app.scenes.theme import theme_named
from app.ui.state import AppState

log = logging.getLogger(__name__)


class SceneCanvas(QWidget):
    """Draws ``SCENES[state.scene_id]`` at ``state.t`` through the shared ``paint_scene``.

    A paint that raises is logged, replaced by a short message on the canvas, and reported
    once through :attr:`paintFailed` so the window can tell the user; the app keeps running.
    """

    paintFailed = Signal(str)
    painted = Signal()
    mouseMoved = Signal(QPointF)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = "en"
        self.reduce_motion = False
        self.text_zoom = 1.0
        self.evidence = False  # View > Show evidence: links drawn by how sure they are
        self.overlay = None  # presenter mode draws captions, progress, laser over the scene
        self.reserve_bottom = 0.0  # share of the height kept free below the scene (captions)
        self._last_error = ""
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Scene canvas"))
        self.setAccessibleDescription(self.tr("The animated picture of the current scene"))
        for signal in (state.timeChanged, state.sceneChanged, state.trajectoryChanged,
                       state.themeChanged, state.busyChanged):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
            if self.overlay is not None:
                self.overlay(painter, QRectF(self.rect()))
        finally:
            painter.end()
        self.painted.emit()

    def mouseMoveEvent(self, event) -> None:
        self.mouseMoved.emit(event.position())
        super().mouseMoveEvent(event)

    def _paint(self, painter: QPainter) -> None:
        theme = theme_named(self.state.theme)
        painter.fillRect(self.rect(), QColor(theme.background_bottom))
        trajectory = self.state.trajectory
        if trajectory is None:
            self._paint_message(painter, theme, self.tr("Simulating…"))
            return
        scene = SCENES[self.state.scene_id]
        ctx = RenderContext(theme, self.lang, reduce_motion=self.reduce_motion,
                            text_zoom=self.text_zoom, evidence=self.evidence)
        try:
            target = QRectF(self.rect())
            target.setHeight(target.height() * (1.0 - self.reserve_bottom))
            paint_scene(painter, scene, trajectory, self.state.t, target, ctx)
        except Exception as exc:  # a drawing bug must not take the lecture down
            log.exception("painting %s at t=%s failed", scene.id, self.state.t)
            painter.resetTransform()
            painter.fillRect(self.rect(), QColor(theme.background_bottom))
            self._paint_message(painter, theme, self.tr("This picture could not be drawn."))
            message = f"{scene.id} at t={self.state.t:.3f} h: {exc}"
            if message != self._last_error:
                self._last_error = message
                self.paintFailed.emit(message)

    def _paint_message(self, painter: QPainter, theme, text: str) -> None:
        painter.setPen(QColor(theme.muted))
        font = painter.font()
        font.setPixelSize(max(14, self.height() // 20))
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)

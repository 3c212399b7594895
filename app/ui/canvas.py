"""The scene canvas: paints the current scene at the current time, letterboxed 16:9."""
from __future__ import annotations

import traceback

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.scenes import RenderContext, paint_scene
from app.scenes.theme import theme_named
from app.ui.problems import REPEATS
from app.ui.state import AppState


class SceneCanvas(QWidget):
    """Draws ``state.scene`` at ``state.t`` through the shared ``paint_scene``.

    A paint that raises is logged (repeats counted), replaced by a plain frame with a short
    message, and reported through :attr:`paintFailed` when the error changes, so the window
    can tell the user; the app keeps running.
    """

    paintFailed = Signal(str)
    painted = Signal()
    mouseMoved = Signal(QPointF)

    def __init__(self, state: AppState, lang: str = "en", parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = lang
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

    def set_view(self, reduce_motion: bool | None = None, text_zoom: float | None = None,
                 evidence: bool | None = None) -> None:
        """Change how the picture is drawn (what is not given stays), and draw it again."""
        if reduce_motion is not None:
            self.reduce_motion = reduce_motion
        if text_zoom is not None:
            self.text_zoom = text_zoom
        if evidence is not None:
            self.evidence = evidence
        self.update()

    def set_overlay(self, overlay, reserve_bottom: float = 0.0) -> None:
        """Draw ``overlay(painter, rect)`` over the picture (None: nothing), keeping the
        share ``reserve_bottom`` of the height free below the picture for it."""
        self.overlay, self.reserve_bottom = overlay, reserve_bottom
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
            if self.overlay is not None:
                self._paint_overlay(painter)
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
        scene = self.state.scene
        ctx = RenderContext(theme, self.lang, reduce_motion=self.reduce_motion,
                            text_zoom=self.text_zoom, evidence=self.evidence)
        try:
            target = QRectF(self.rect())
            target.setHeight(target.height() * (1.0 - self.reserve_bottom))
            paint_scene(painter, scene, trajectory, self.state.t, target, ctx)
        except Exception as exc:  # a drawing bug must not take the lecture down
            self._show_fallback(painter, theme)
            self._failed(scene.id, exc)

    def _paint_overlay(self, painter: QPainter) -> None:
        """The presenter's overlay; if it fails, the picture without it."""
        painter.save()
        try:
            self.overlay(painter, QRectF(self.rect()))
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

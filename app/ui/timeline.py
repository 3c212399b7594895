"""The timeline under the canvas: a ruler across the scene's window with beat markers,
play/pause, step, speed, loop, and a clock readout."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.scenes.theme import OKABE_ITO
from app.story.timefmt import format_clock, format_duration
from app.ui.state import SPEEDS, AppState

_Icon = QStyle.StandardPixmap


class TimelineRuler(QWidget):
    """A slider drawn as a ruler: ticks, beat markers (click to jump), and the cursor."""

    beatClicked = Signal(float)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._beats = []
        self.setMinimumHeight(58)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("Drag to scrub through the scene; click a beat "
                                              "marker to jump to it"))
        state.timeChanged.connect(self.update)
        for signal in (state.sceneChanged, state.trajectoryChanged, state.sceneDataChanged):
            signal.connect(self._refresh_beats)
        self._refresh_beats()

    def sizeHint(self) -> QSize:
        return QSize(800, 58)

    def _refresh_beats(self, *_):
        timeline = self.state.timeline
        self._beats = timeline.beats if timeline is not None else ()
        self.setToolTip("\n".join(f"{format_clock(b.t)}  {b.label}" for b in self._beats))
        self.update()

    def _track(self) -> QRectF:
        return QRectF(16, 26, self.width() - 32, 8)

    def _x_of(self, t: float) -> float:
        timeline = self.state.timeline
        track = self._track()
        return track.left() + (timeline.position(t) if timeline else 0.0) * track.width()

    def _time_at(self, x: float) -> float:
        timeline = self.state.timeline
        track = self._track()
        return timeline.time_at((x - track.left()) / track.width()) if timeline else 0.0

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink, muted = palette.windowText().color(), palette.placeholderText().color()
        track = self._track()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.mid())
        painter.drawRoundedRect(track, 4, 4)
        timeline = self.state.timeline
        if timeline is not None:
            self._paint_ticks(painter, timeline.scale, track, muted)
            done = QRectF(track.left(), track.top(), self._x_of(self.state.t) - track.left(),
                          track.height())
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(done, 4, 4)
            self._paint_beats(painter, track, ink)
            self._paint_cursor(painter, track, palette.highlight().color())
        if self.hasFocus():
            painter.setPen(QPen(palette.highlight().color(), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    def _paint_ticks(self, painter, scale, track, color) -> None:
        font = painter.font()
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QPen(color, 1))
        for tick in scale.ticks():
            x = self._x_of(tick)
            painter.drawLine(QPointF(x, track.bottom() + 2), QPointF(x, track.bottom() + 7))
            painter.drawText(QRectF(x - 40, track.bottom() + 8, 80, 14),
                             Qt.AlignmentFlag.AlignCenter, format_duration(tick))

    def _paint_beats(self, painter, track, color) -> None:
        painter.setPen(QPen(color, 1))
        painter.setBrush(QColor(OKABE_ITO["orange"]))  # the beat markers' one colour
        for beat in self._beats:
            x = self._x_of(beat.t)
            marker = QPolygonF([QPointF(x, track.top() - 2), QPointF(x - 7, track.top() - 14),
                                QPointF(x + 7, track.top() - 14)])
            painter.drawPolygon(marker)

    def _paint_cursor(self, painter, track, color) -> None:
        x = self._x_of(self.state.t)
        path = QPainterPath()
        path.addEllipse(QPointF(x, track.center().y()), 9, 9)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(color)
        painter.drawPath(path)

    def _beat_near(self, x: float):
        for beat in self._beats:
            if abs(self._x_of(beat.t) - x) <= 8:
                return beat
        return None

    def mousePressEvent(self, event) -> None:
        position = event.position()
        beat = self._beat_near(position.x()) if position.y() < self._track().top() else None
        if beat is not None:
            self.beatClicked.emit(beat.t)
        else:
            self.state.set_playing(False)
            self.state.set_time(self._time_at(position.x()))

    def mouseMoveEvent(self, event) -> None:
        position = event.position()
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.state.set_time(self._time_at(position.x()))
            return
        beat = self._beat_near(position.x()) if position.y() < self._track().top() else None
        self.setCursor(Qt.CursorShape.PointingHandCursor if beat else Qt.CursorShape.ArrowCursor)


class TimelineBar(QWidget):
    """The ruler plus transport controls: play/pause, step, speed, loop, clock."""

    stepRequested = Signal(int)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.ruler = TimelineRuler(state)
        self.ruler.beatClicked.connect(self._jump)
        self.play_button = self._button(_Icon.SP_MediaPlay, self.tr("Play or pause (Space)"),
                                        lambda: state.set_playing(not state.playing))
        back = self._button(_Icon.SP_MediaSeekBackward, self.tr("Step back (Left)"),
                            lambda: self.stepRequested.emit(-1))
        forward = self._button(_Icon.SP_MediaSeekForward, self.tr("Step forward (Right)"),
                               lambda: self.stepRequested.emit(1))
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.setToolTip(self.tr("Playback speed: at 1x a scene plays in 30 seconds"))
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: state.set_speed(self.speed.itemData(i)))
        self.loop = QCheckBox(self.tr("Loop"))
        self.loop.setToolTip(self.tr("Start the scene over when playback reaches its end"))
        self.loop.toggled.connect(state.set_loop)
        self.clock = QLabel()
        self.clock.setMinimumWidth(120)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAccessibleName(self.tr("Time since the dose started"))
        controls = QHBoxLayout()
        for widget in (back, self.play_button, forward, self.speed, self.loop):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.ruler)
        layout.addLayout(controls)
        state.timeChanged.connect(self._show_time)
        state.playingChanged.connect(self._show_playing)
        state.speedChanged.connect(self._show_speed)
        self._show_time(state.t)
        self._show_playing(False)

    def _show_speed(self, speed: float) -> None:
        if speed in SPEEDS:
            self.speed.setCurrentIndex(SPEEDS.index(speed))

    def _button(self, icon, tip, action) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumSize(40, 32)
        button.clicked.connect(action)
        return button

    def _jump(self, t: float) -> None:
        self.state.set_playing(False)
        self.state.set_time(t)

    def _show_time(self, t: float) -> None:
        self.clock.setText(format_clock(t))

    def _show_playing(self, playing: bool) -> None:
        icon = _Icon.SP_MediaPause if playing else _Icon.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

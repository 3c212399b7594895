"""A short tour of the window for a first start: five steps (scenes, timeline and beats,
picture, plots, controls), each pointing at the real widget with a highlight and a callout
beside it. Next, Back and Skip; Esc skips. Offered once (remembered in the settings) and
never when the app starts presenting; Help > Tour of the window shows it again."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

HIGHLIGHT = QColor("#E69F00")  # the beat markers' orange
SHADE = QColor(0, 0, 0, 120)
MARGIN = 6  # around the highlighted widget
GAP = 14  # between the highlight and the callout


def _tr(text: str) -> str:
    """A text marked under the context ``Tour``, in the widgets' language."""
    return QCoreApplication.translate("Tour", text)


@dataclass(frozen=True)
class TourStep:
    """One stop: a title, what to say, the widget it points at, and what to do first
    (e.g. bring a tabbed panel to the front)."""

    title: str
    text: str
    target: Callable[[], QWidget]
    prepare: Callable[[], None] = lambda: None


def window_steps(window) -> list[TourStep]:
    """The five stops of the main window's tour (texts translated when shown)."""
    return [
        TourStep(
            QT_TRANSLATE_NOOP("Tour", "The scenes"),
            QT_TRANSLATE_NOOP("Tour", "Nine scenes tell the story in order, from the drug at "
                                      "its receptor to relief that lasts for days. Click one "
                                      "to open it, or press 1 to 9."),
            lambda: window.scenes_dock, lambda: window.scenes_dock.raise_()),
        TourStep(
            QT_TRANSLATE_NOOP("Tour", "The timeline and its beats"),
            QT_TRANSLATE_NOOP("Tour", "Drag along it to move through time. The orange "
                                      "markers are the beats, the key moments: PageDown and "
                                      "PageUp (or a clicker) jump to the next and the "
                                      "previous one, Space plays."),
            lambda: window.timeline),
        TourStep(
            QT_TRANSLATE_NOOP("Tour", "The picture"),
            QT_TRANSLATE_NOOP("Tour", "The scene at the current time, drawn from the model. "
                                      "Click it, then the arrow keys step through time; F5 "
                                      "presents it full screen."),
            lambda: window.canvas),
        TourStep(
            QT_TRANSLATE_NOOP("Tour", "The plots"),
            QT_TRANSLATE_NOOP("Tour", "The model's curves behind the picture. The line marks "
                                      "the current time; drag it to scrub."),
            lambda: window.plots_dock, lambda: window.plots_dock.raise_()),
        TourStep(
            QT_TRANSLATE_NOOP("Tour", "Dose, drug and blockers"),
            QT_TRANSLATE_NOOP("Tour", "Change the dose or the drug, or add a blocker: the "
                                      "model runs again and every scene follows. Help > Tour "
                                      "of the window shows this tour again."),
            lambda: window.controls_dock, lambda: window.controls_dock.raise_()),
    ]


class TourOverlay(QWidget):
    """Covers the window: shades all but the step's widget, rings it, and holds the
    callout with the step's words and the Back, Next and Skip buttons."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("tour")
        self.setAccessibleName(QCoreApplication.translate("Tour", "Tour of the window"))
        self.hole = QRectF()
        self.callout = QFrame(self)
        self.callout.setObjectName("tourCallout")
        self.callout.setAutoFillBackground(True)
        self.callout.setFrameShape(QFrame.Shape.Box)
        self.callout.setStyleSheet(f"QFrame#tourCallout {{ background: palette(window); "
                                   f"border: 2px solid {HIGHLIGHT.name()}; border-radius: 6px; }}")
        self.counter, self.title, self.text = QLabel(), QLabel(), QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(340)
        self.back, self.next, self.skip = QPushButton(), QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self.callout)
        for widget in (self.counter, self.title, self.text):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def show_step(self, number: int, total: int, step: TourStep) -> None:
        """Point at ``step``'s widget and say its words."""
        translate = QCoreApplication.translate
        self.counter.setText(translate("Tour", "Step {number} of {total}").format(
            number=number, total=total))
        self.title.setText(_tr(step.title))
        self.text.setText(_tr(step.text))
        self.back.setText(translate("Tour", "Back"))
        self.back.setEnabled(number > 1)
        self.next.setText(translate("Tour", "Done") if number == total
                          else translate("Tour", "Next"))
        self.skip.setText(translate("Tour", "Skip the tour"))
        self.setGeometry(self.parentWidget().rect())
        self.hole = self._hole_around(step.target())
        self.callout.adjustSize()
        self.callout.move(self._callout_place(self.callout.size()))
        self.show()
        self.raise_()
        self.next.setFocus()
        self.update()

    def _hole_around(self, target: QWidget) -> QRectF:
        """``target``'s rectangle in this overlay (empty if it is not to be seen here)."""
        if target is None or not target.isVisible():
            return QRectF()
        corner = self.mapFromGlobal(target.mapToGlobal(QPoint(0, 0)))
        rect = QRect(corner, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        return QRectF(rect.intersected(self.rect()))

    def _callout_place(self, size) -> QPoint:
        """Beside the highlight where there is room (right, left, below, above), else in
        the middle; always inside the window."""
        area, hole = QRectF(self.rect()), self.hole
        if hole.isEmpty():
            return QPoint(int(area.center().x() - size.width() / 2),
                          int(area.center().y() - size.height() / 2))
        middle_y = hole.center().y() - size.height() / 2
        middle_x = hole.center().x() - size.width() / 2
        options = [(hole.right() + GAP, middle_y), (hole.left() - GAP - size.width(), middle_y),
                   (middle_x, hole.bottom() + GAP), (middle_x, hole.top() - GAP - size.height())]
        for x, y in options:
            box = QRectF(x, max(area.top(), min(y, area.bottom() - size.height())),
                         size.width(), size.height())
            box.moveLeft(max(area.left(), min(box.left(), area.right() - size.width())))
            if area.contains(box) and not box.intersects(hole):
                return box.topLeft().toPoint()
        return QPoint(int(hole.center().x() - size.width() / 2),
                      int(hole.center().y() - size.height() / 2))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        if not self.hole.isEmpty():
            ring = QPainterPath()
            ring.addRoundedRect(self.hole, 8, 8)
            shade = shade.subtracted(ring)
            painter.setPen(QPen(HIGHLIGHT, 3))
            painter.drawPath(ring)
        painter.fillPath(shade, SHADE)
        painter.end()


class TourGuide(QObject):
    """Runs the tour over ``window`` with ``steps``; ``seen``/``remember_seen`` keep that it
    was shown (the settings)."""

    def __init__(self, window: QWidget, steps: list[TourStep], seen: Callable[[], bool],
                 remember_seen: Callable[[], None]):
        super().__init__(window)
        self.window, self.steps = window, steps
        self._seen, self._remember_seen = seen, remember_seen
        self.overlay: TourOverlay | None = None
        self.index = -1  # the step shown, -1 when the tour is not running

    @property
    def active(self) -> bool:
        """Whether the tour is on screen."""
        return self.index >= 0

    def offer_once(self) -> bool:
        """Start the tour if it has never been shown; True if it starts."""
        if self._seen():
            return False
        self._remember_seen()
        self.start()
        return True

    def start(self) -> None:
        """From the first step (Help > Tour of the window)."""
        if self.overlay is None:
            self._build_overlay()
        self._go(0)

    def next(self) -> None:
        """The next step, or the end after the last."""
        self._go(self.index + 1) if self.index + 1 < len(self.steps) else self.skip()

    def back(self) -> None:
        """The step before (the first stays)."""
        self._go(max(0, self.index - 1))

    def skip(self) -> None:
        """End the tour now (Skip, Esc, Done, or presenting starts)."""
        self.index = -1
        if self.overlay is not None:
            self.overlay.hide()

    def _go(self, index: int) -> None:
        self.index = index
        step = self.steps[index]
        step.prepare()
        self.overlay.show_step(index + 1, len(self.steps), step)

    def _build_overlay(self) -> None:
        self.overlay = TourOverlay(self.window)
        self.overlay.next.clicked.connect(self.next)
        self.overlay.back.clicked.connect(self.back)
        self.overlay.skip.clicked.connect(self.skip)
        overlay = self.overlay
        for widget in (overlay, overlay.next, overlay.back, overlay.skip):
            widget.installEventFilter(self)
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Resize and self.active:
                self._go(self.index)  # the widgets moved: point again
            return False
        keys = {Qt.Key.Key_Escape: self.skip, Qt.Key.Key_Right: self.next,
                Qt.Key.Key_Left: self.back}
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in keys:
            event.accept()  # the tour's own keys, not the window's shortcuts
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in keys:
            keys[event.key()]()
            return True
        return False

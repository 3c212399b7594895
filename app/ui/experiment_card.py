"""The experiment's card: a small window beside the picture saying which classic experiment
is set up, what its paper found, whether the model reproduces it (plainly, where it does
not) and the sources. Not modal: the lecturer keeps scrubbing the timeline under it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.i18n import translated
from app.story.experiments import (
    VERDICT_LINE,
    Experiment,
    experiment_summary,
    shown_experiment,
)

#: Wide enough for a few lines per paragraph, narrow enough for a 1366x768 laptop screen.
CARD_WIDTH = 600


class ExperimentCard(QDialog):
    """Shows one :class:`Experiment` at a time (:meth:`show_experiment`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Experiment"))
        # shown beside the window, not in its way: the keys (Ctrl+Z, the scene numbers,
        # Space) stay with the window until the lecturer clicks the card
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.experiment: Experiment | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.lines: list[QLabel] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_experiment(self, experiment: Experiment) -> None:
        """Show ``experiment`` in the widgets' language; the verdict stands out in bold
        when the model does not (or only partly) reproduce the paper."""
        self.experiment = experiment
        self.title.setText(translated(experiment.title))
        self.setAccessibleName(self.title.text())
        for label in self.lines:
            self.body.removeWidget(label)
            label.deleteLater()
        self.lines = [self._line(text, index == VERDICT_LINE and experiment.agreement
                                 != "reproduced")
                      for index, text in enumerate(experiment_summary(experiment, translated))]
        # a wrapped label's height depends on its width, which adjustSize() does not ask
        self.resize(CARD_WIDTH, self.layout().totalHeightForWidth(CARD_WIDTH))
        self.show()
        self.raise_()
        owner = self.parentWidget()
        if owner is not None:  # where a platform activates a window it shows regardless
            owner.activateWindow()

    def follow(self, state) -> None:
        """Close when ``state`` (the window's) no longer shows the experiment on the card:
        undone, or A or B edited into the lecturer's own comparison. (A method, not a
        closure: Qt drops a connection to a widget's method with the widget, while a
        closure holding the state kept every replaced window's state alive.)"""
        self._state = state
        state.scenarioChanged.connect(self._close_if_not_shown)
        state.comparisonChanged.connect(self._close_if_not_shown)

    def _close_if_not_shown(self, *_) -> None:
        state = self._state
        if self.experiment is not None and shown_experiment(
                state.scenario, state.comparison) != self.experiment:
            self.close()

    def take_over(self, previous: ExperimentCard) -> None:
        """Show what ``previous`` (the card of a window being replaced) showed, if it was
        open: the card stays through a change of language, now in the new one."""
        if previous.isVisible() and previous.experiment is not None:
            self.show_experiment(previous.experiment)

    def _line(self, text: str, bold: bool) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        self.body.addWidget(label)
        return label

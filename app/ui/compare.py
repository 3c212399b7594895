"""Compare mode in the window: the toggle, the controls' B page, B's run and the caption.

:class:`CompareMode` owns turning compare mode on and off and changing B, each an undoable
change (``ui/undo.py``), and asks the simulation worker for B's run when B changes.
:class:`CompareControls` is the B page of the controls dock: the toggle, "Copy A to B"
and the same fields as A's page. :func:`shown_caption` is what every caption shows (the
explanation panel, the presenter's band, the speaker notes).

The timeline's beats stay A's: B is drawn at A's moments, the caption names B's
difference there, and the panels name B's own latest beat (:func:`b_beat_line`).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import tidy_spacing, translator
from app.model import Scenario
from app.scenes.base import caption_text
from app.story.compare_story import comparison_caption
from app.story.comparison import Comparison
from app.story.timefmt import format_clock
from app.story.timeline import clamp_to_scene
from app.ui.controls import ControlsPanel
from app.ui.state import AppState


def default_b(a: Scenario) -> Scenario:
    """The B compare mode starts with when none was set yet: A with rapamycin toggled,
    the classic experiment that cuts the chain at mTOR (Li 2010)."""
    return a.with_changes(blockers=a.blockers ^ {"rapamycin"})


def shown_caption(state: AppState, lang: str | None = None) -> str:
    """The caption of the moment in ``lang`` (None: the widgets'): in compare mode, once
    B's run is there, what differs between B and A; else the scene's own caption."""
    if state.comparing:
        return tidy_spacing(comparison_caption(state.scene_id, state.trajectory,
                                               state.trajectory_b, state.t, translator(lang)))
    return caption_text(state.scene, state.trajectory, state.t, lang)


def side_captions(state: AppState, lang: str | None = None) -> list[str]:
    """In compare mode, each side's own caption, lettered (``A: ...``, ``B: ...``), for
    the panels that show both; else none."""
    if not state.comparing:
        return []
    runs = (("A", state.trajectory), ("B", state.trajectory_b))
    return [f"{letter}: " + caption_text(state.scene, run,
                                         clamp_to_scene(state.scene, run, state.t), lang)
            for letter, run in runs]


def b_beat_line(state: AppState) -> str:
    """In compare mode, B's own latest beat at the moment, as ``B: label (+1 d 2 h)``
    (the timeline's beats are A's; this names B's), else ''."""
    timeline = state.timeline_b
    if timeline is None:
        return ""
    beat = timeline.beat_at(timeline.scale.clamp(state.t))
    return "" if beat is None else f"B: {beat.label} ({format_clock(beat.t)})"


class CompareMode(QObject):
    """Compare mode's controller: on, off, B's changes (through ``undo``), and B's runs
    (through ``runner``, the window's simulation worker for B)."""

    failed = Signal(str)  # B could not be simulated (the message)

    def __init__(self, state: AppState, undo, runner, parent=None):
        super().__init__(parent)
        self.state, self.undo, self.runner = state, undo, runner
        self._last_b: Scenario | None = None
        runner.finished.connect(state.set_trajectory_b)
        runner.failed.connect(self._on_failed)
        state.comparisonChanged.connect(self._on_comparison)
        self._on_comparison(state.comparison)

    @property
    def on(self) -> bool:
        """Whether compare mode is on."""
        return self.state.comparison is not None

    def set_on(self, on: bool) -> None:
        """Compare mode on (with the last B, or :func:`default_b`) or off; undoable."""
        if on == self.on:
            return
        b = self._last_b or default_b(self.state.scenario)
        self.undo.change_comparison(Comparison(b) if on else None)

    def toggle(self) -> None:
        """The Compare key and menu entry: on if off, off if on."""
        self.set_on(not self.on)

    def copy_a_to_b(self) -> None:
        """B becomes the current scenario A (compare mode turns on), to be edited."""
        self.edit_b(self.state.scenario)

    def edit_b(self, scenario: Scenario) -> None:
        """B becomes ``scenario`` (compare mode turns on); undoable."""
        comparison = self.state.comparison
        experiment = comparison.experiment if comparison and comparison.b == scenario else ""
        self.undo.change_comparison(Comparison(scenario, experiment))

    def _on_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None:
            return
        self._last_b = comparison.b
        run = self.state.trajectory_b
        if run is None or run.scenario != comparison.b:
            self.runner.request(comparison.b)

    def _on_failed(self, message: str) -> None:
        self.undo.comparison_failed()
        self.failed.emit(message)


class CompareControls(QWidget):
    """The controls' B page: compare mode on or off, "Copy A to B", and B's fields (the
    same widgets as A's page), enabled while compare mode is on."""

    def __init__(self, state: AppState, compare: CompareMode, parent=None):
        super().__init__(parent)
        self.state, self.compare = state, compare
        self.toggle = QCheckBox(self.tr("Compare: draw B beside A"))
        self.toggle.setToolTip(self.tr("Both scenarios are simulated and every scene is drawn "
                                       "for both, A on the left, B on the right (V)"))
        self.toggle.toggled.connect(compare.set_on)
        self.copy = QPushButton(self.tr("Copy A to B"))
        self.copy.setToolTip(self.tr("B becomes the scenario on the A page; then change it"))
        self.copy.clicked.connect(compare.copy_a_to_b)
        hint = QLabel(self.tr("In the plots, B is the dashed line."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.fields = ControlsPanel(state, side="b")
        self.fields.setAccessibleName(self.tr("Scenario B"))
        self.fields.scenarioEdited.connect(compare.edit_b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.copy)
        layout.addWidget(hint)
        layout.addWidget(self.fields, 1)
        state.comparisonChanged.connect(self.show_comparison)
        self.show_comparison(state.comparison)

    def show_comparison(self, comparison: Comparison | None) -> None:
        """The toggle and fields as compare mode is (without echoing a change back)."""
        blocker = QSignalBlocker(self.toggle)
        self.toggle.setChecked(comparison is not None)
        blocker.unblock()
        self.fields.setEnabled(comparison is not None)

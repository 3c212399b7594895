"""Undo, redo and Reset All for the scenario (PhET's "Reset All"): every change a user makes
in the controls is a command on a :class:`QUndoStack`, named by what changed ("Undo dose
change").

The stack never fights the simulation: a change whose run fails is taken off the stack
(undone, so the controls go back to the scenario before it), and a scenario set from
elsewhere (a lesson or scenario file opened, a failed run reverted with nothing to undo)
starts a new history, since the commands before it no longer lead to what is shown.
View preferences (theme, language, text size) are not scenario changes and stay.

Compare mode's scenario B is part of the history too: turning compare mode on or off and
every change of B are commands on the same stack ("Undo B: dose change").
"""
from __future__ import annotations

import time
from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from app.model import Scenario
from app.story.comparison import Comparison
from app.ui.state import AppState

#: What a change of one field is called in the Edit menu ("Undo dose change").
CHANGE_NAMES = {
    "drug": QT_TRANSLATE_NOOP("ScenarioUndo", "drug change"),
    "route": QT_TRANSLATE_NOOP("ScenarioUndo", "route change"),
    "dose_mg": QT_TRANSLATE_NOOP("ScenarioUndo", "dose change"),
    "body_weight_kg": QT_TRANSLATE_NOOP("ScenarioUndo", "body weight change"),
    "infusion_min": QT_TRANSLATE_NOOP("ScenarioUndo", "infusion time change"),
    "n_doses": QT_TRANSLATE_NOOP("ScenarioUndo", "number of doses change"),
    "dose_interval_h": QT_TRANSLATE_NOOP("ScenarioUndo", "dose interval change"),
    "stress": QT_TRANSLATE_NOOP("ScenarioUndo", "stress change"),
    "blockers": QT_TRANSLATE_NOOP("ScenarioUndo", "blocker change"),
    "horizon_h": QT_TRANSLATE_NOOP("ScenarioUndo", "simulated span change"),
}
SEVERAL_CHANGES = QT_TRANSLATE_NOOP("ScenarioUndo", "scenario change")
RESET_ALL = QT_TRANSLATE_NOOP("ScenarioUndo", "Reset All")
COMPARE_ON = QT_TRANSLATE_NOOP("ScenarioUndo", "compare mode on")
COMPARE_OFF = QT_TRANSLATE_NOOP("ScenarioUndo", "compare mode off")
B_CHANGE = QT_TRANSLATE_NOOP("ScenarioUndo", "B: {change}")
UNDO, REDO = QT_TRANSLATE_NOOP("ScenarioUndo", "Undo"), QT_TRANSLATE_NOOP("ScenarioUndo", "Redo")
UNDO_NAMED = QT_TRANSLATE_NOOP("ScenarioUndo", "Undo {change}")
REDO_NAMED = QT_TRANSLATE_NOOP("ScenarioUndo", "Redo {change}")
#: Changes of one field closer together than this are one step (a slider dragged, an arrow
#: key held); a later change of the same field is a step of its own.
MERGE_SECONDS = 1.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioUndo", text)


def changed_fields(before: Scenario, after: Scenario) -> list[str]:
    """The names of the scenario fields that differ, in the scenario's order."""
    return [f.name for f in fields(Scenario) if getattr(before, f.name) != getattr(after, f.name)]


def change_name(before: Scenario, after: Scenario) -> str:
    """What the change from ``before`` to ``after`` is called (English, marked for
    translation): the field's change, ``drug change`` when the drug switched (it brings its
    usual regimen along), else ``scenario change``."""
    changed = changed_fields(before, after)
    if "drug" in changed:
        return CHANGE_NAMES["drug"]
    if len(changed) == 1:
        return CHANGE_NAMES[changed[0]]
    return SEVERAL_CHANGES


class ScenarioChange(QUndoCommand):
    """One change of the state's scenario, from ``before`` to ``after``. Consecutive changes
    of the same single field merge (a held arrow key or a dragged slider is one change)."""

    MERGING_ID = 1

    def __init__(self, undo: ScenarioUndo, before: Scenario, after: Scenario, name: str,
                 mergeable: bool):
        super().__init__(_tr(name))
        self.undo_control, self.before, self.after, self.name = undo, before, after, name
        self.mergeable = mergeable
        self.last_change = time.monotonic()
        self.failed = False  # its scenario could not be simulated: undone for good

    def again(self, undo: ScenarioUndo) -> ScenarioChange:
        """The same change in ``undo``'s history (named in the current language)."""
        return ScenarioChange(undo, self.before, self.after, self.name, mergeable=False)

    def redo(self) -> None:
        self.undo_control.apply(self.after)

    def undo(self) -> None:
        self.undo_control.apply(self.before)
        self.setObsolete(self.failed)  # an obsolete command leaves the stack once undone

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.MERGING_ID if self.mergeable else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(other, ScenarioChange) and other.mergeable
                and other.name == self.name
                and other.last_change - self.last_change < MERGE_SECONDS):
            return False
        self.after, self.last_change = other.after, other.last_change
        self.setObsolete(self.after == self.before)
        return True


def comparison_change_name(before: Comparison | None, after: Comparison | None) -> str:
    """What a change of compare mode is called, translated: on, off, or B's change."""
    if before is None:
        return _tr(COMPARE_ON)
    if after is None:
        return _tr(COMPARE_OFF)
    return _tr(B_CHANGE).format(change=_tr(change_name(before.b, after.b)))


class ComparisonChange(QUndoCommand):
    """One change of compare mode: on, off, or scenario B changed. Consecutive changes of
    the same single field of B merge, as a scenario's do."""

    MERGING_ID = 2

    def __init__(self, undo: ScenarioUndo, before: Comparison | None,
                 after: Comparison | None, mergeable: bool = True):
        super().__init__(comparison_change_name(before, after))
        self.undo_control, self.before, self.after = undo, before, after
        self.mergeable = (mergeable and before is not None and after is not None
                          and len(changed_fields(before.b, after.b)) == 1)
        self.last_change = time.monotonic()
        self.failed = False  # B could not be simulated: undone for good

    def again(self, undo: ScenarioUndo) -> ComparisonChange:
        """The same change in ``undo``'s history (named in the current language)."""
        return ComparisonChange(undo, self.before, self.after, mergeable=False)

    def redo(self) -> None:
        self.undo_control.apply_comparison(self.after)

    def undo(self) -> None:
        self.undo_control.apply_comparison(self.before)
        self.setObsolete(self.failed)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.MERGING_ID if self.mergeable else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(other, ComparisonChange) and other.mergeable
                and self.text() == other.text()
                and other.last_change - self.last_change < MERGE_SECONDS):
            return False
        self.after, self.last_change = other.after, other.last_change
        self.setObsolete(self.after == self.before)
        return True


class ExperimentChange(QUndoCommand):
    """An experiment preset chosen: scenario A and the comparison together, ``before`` and
    ``after`` each a (scenario, comparison) pair, named after the experiment's ``title``."""

    def __init__(self, undo: ScenarioUndo, before: tuple, after: tuple, title: str):
        super().__init__(QCoreApplication.translate("", title))
        self.undo_control, self.before, self.after, self.title = undo, before, after, title

    def again(self, undo: ScenarioUndo) -> ExperimentChange:
        """The same change in ``undo``'s history (named in the current language)."""
        return ExperimentChange(undo, self.before, self.after, self.title)

    def redo(self) -> None:
        self._show(self.after)

    def undo(self) -> None:
        self._show(self.before)

    def _show(self, pair: tuple) -> None:
        scenario, comparison = pair
        self.undo_control.apply(scenario)
        self.undo_control.apply_comparison(comparison)


class ScenarioUndo(QObject):
    """The scenario's undo history: :meth:`change` applies a scenario as an undoable
    command, :meth:`reset_all` returns to the default scenario (undoable too)."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.stack = QUndoStack(self)
        self._applying = False
        self._replaying = False
        self._actions: tuple[QAction, QAction] | None = None
        state.scenarioChanged.connect(self._on_scenario_changed)
        state.comparisonChanged.connect(self._on_scenario_changed)

    def change(self, scenario: Scenario, name: str | None = None) -> None:
        """Apply ``scenario`` as one undoable change, named ``name`` (English, marked for
        translation) or by the fields that changed; nothing happens if it is the same."""
        before = self.state.scenario
        if scenario == before:
            return
        mergeable = name is None and len(changed_fields(before, scenario)) == 1
        self.stack.push(ScenarioChange(self, before, scenario, name or change_name(before,
                                                                                  scenario),
                                       mergeable))

    def change_comparison(self, comparison: Comparison | None) -> None:
        """Turn compare mode on or off, or change B, as one undoable change."""
        if comparison != self.state.comparison:
            self.stack.push(ComparisonChange(self, self.state.comparison, comparison))

    def change_both(self, scenario: Scenario, comparison: Comparison | None, title: str) -> None:
        """Scenario A and the comparison as one undoable change named ``title`` (an
        experiment preset's, English, marked for translation in context "")."""
        if (scenario, comparison) != (self.state.scenario, self.state.comparison):
            self.stack.push(ExperimentChange(self, (self.state.scenario, self.state.comparison),
                                             (scenario, comparison), title))

    def apply_comparison(self, comparison: Comparison | None) -> None:
        """Set the state's comparison as part of the history."""
        if self._replaying:
            return
        self._applying = True
        try:
            self.state.set_comparison(comparison)
        finally:
            self._applying = False

    def reset_all(self) -> None:
        """Reset All: the default scenario (drug, dose, regimen, stress, no blockers)."""
        self.change(Scenario(), RESET_ALL)

    def apply(self, scenario: Scenario) -> None:
        """Set the state's scenario as part of the history (not a change from elsewhere)."""
        if self._replaying:
            return
        self._applying = True
        try:
            self.state.set_scenario(scenario)
        finally:
            self._applying = False

    def take_over(self, previous: ScenarioUndo) -> None:
        """Continue ``previous``'s history (the window was rebuilt in another language):
        the same changes, named in the new language, with the same one next to undo. The
        state already shows the scenario they lead to, so nothing is applied again."""
        commands = [previous.stack.command(i) for i in range(previous.stack.count())]
        self._replaying = True
        try:
            for command in commands:
                self.stack.push(command.again(self))
            self.stack.setIndex(previous.stack.index())
        finally:
            self._replaying = False

    def simulation_failed(self) -> None:
        """The newest scenario could not be simulated: take its change off the stack and
        go back to the scenario before it, or, if it was not a change of this history, to
        the scenario the picture shows."""
        index = self.stack.index()
        top = self.stack.command(index - 1) if index > 0 else None
        if isinstance(top, ScenarioChange) and top.after == self.state.scenario:
            top.failed = True
            self.stack.undo()
        else:
            self.state.revert_to_shown()

    def comparison_failed(self) -> None:
        """B could not be simulated: take its change off the stack, or, if it was not a
        change of this history, turn compare mode off."""
        index = self.stack.index()
        top = self.stack.command(index - 1) if index > 0 else None
        if isinstance(top, ComparisonChange) and top.after == self.state.comparison:
            top.failed = True
            self.stack.undo()
        else:
            self.state.set_comparison(None)

    def bind(self, undo: QAction, redo: QAction) -> None:
        """Keep the Edit menu's ``undo`` and ``redo`` actions named after the change they
        would undo or redo, and enabled only when there is one."""
        self._actions = (undo, redo)
        for signal in (self.stack.indexChanged, self.stack.undoTextChanged,
                       self.stack.redoTextChanged, self.stack.canUndoChanged,
                       self.stack.canRedoChanged):
            signal.connect(self._show_actions)
        self._show_actions()

    def _show_actions(self, *_) -> None:
        undo, redo = self._actions
        _name_action(undo, UNDO, UNDO_NAMED, self.stack.undoText(), self.stack.canUndo())
        _name_action(redo, REDO, REDO_NAMED, self.stack.redoText(), self.stack.canRedo())

    def _on_scenario_changed(self, _scenario) -> None:
        if not self._applying:
            self.stack.clear()


def _name_action(action: QAction, plain: str, named: str, change: str, possible: bool) -> None:
    action.setText(_tr(named).format(change=change) if change else _tr(plain))
    action.setEnabled(possible)

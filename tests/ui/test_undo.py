"""Undo, redo and Reset All of the scenario, driven like a user: the controls, Ctrl+Z and
Ctrl+Shift+Z / Ctrl+Y, the Edit menu; the controls and the picture never disagree."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

import app.model
from app.model import Scenario
from app.ui import undo


def edit_dose(window, mg):
    window.controls.dose.setValue(mg)
    window.controls._commit()  # the debounce's time-out, without waiting for it


def settle(window, qtbot):
    """Wait for the newest scenario's run to be shown."""
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == window.state.scenario,
                    timeout=10000)
    window.runner.wait()


def edit_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")


def test_ctrl_z_undoes_a_dose_change_and_the_edit_menu_names_it(window, qtbot):
    edit_dose(window, 50)
    settle(window, qtbot)
    undo = window.menus.named["undo"]
    assert undo.text() == "Undo dose change" and undo.isEnabled()
    assert undo in edit_menu(window).actions()
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    assert window.state.scenario.dose_mg == 35
    assert window.controls.dose.value() == 35
    assert window.state.trajectory.scenario.dose_mg == 35  # the picture follows
    assert not undo.isEnabled() and undo.text() == "Undo"
    assert window.menus.named["redo"].text() == "Redo dose change"


def test_redo_by_either_key_brings_the_change_back(window, qtbot):
    window.canvas.setFocus()
    for modifiers, key in ((Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                            Qt.Key.Key_Z),
                           (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)):
        edit_dose(window, 60)
        window.undo.stack.undo()
        assert window.controls.dose.value() == 35
        qtbot.keyClick(window, key, modifiers)
        assert window.state.scenario.dose_mg == 60 and window.controls.dose.value() == 60
        window.undo.stack.undo()
    settle(window, qtbot)


def test_changes_of_different_fields_are_undone_one_at_a_time(window, qtbot):
    edit_dose(window, 50)
    window.controls.blockers["rapamycin"].setChecked(True)
    window.controls._commit()
    assert window.menus.named["undo"].text() == "Undo blocker change"
    window.undo.stack.undo()
    assert window.state.scenario == Scenario(dose_mg=50)
    assert not window.controls.blockers["rapamycin"].isChecked()
    window.undo.stack.undo()
    assert window.state.scenario == Scenario()
    settle(window, qtbot)


def test_reset_all_returns_to_the_default_scenario_and_is_undoable(window, qtbot):
    window.state.set_theme("projector")
    window.controls.drug.setCurrentIndex(window.controls.drug.findData("esketamine"))
    window.controls.blockers["nbqx"].setChecked(True)
    window.controls.stress.setValue(30)
    window.controls._commit()
    changed = window.state.scenario
    qtbot.mouseClick(window.controls.reset_all, Qt.MouseButton.LeftButton)
    assert window.state.scenario == Scenario()
    assert window.controls.drug.currentData() == "ketamine"
    assert window.controls.dose.value() == 35 and window.controls.stress.value() == 100
    assert window.state.theme == "projector"  # a view preference, not the scenario
    assert window.menus.named["undo"].text() == "Undo Reset All"
    window.undo.stack.undo()
    assert window.state.scenario == changed
    assert window.controls.blockers["nbqx"].isChecked()
    settle(window, qtbot)


def test_reset_all_is_in_the_edit_menu(window, qtbot):
    edit_dose(window, 80)
    reset = next(a for a in edit_menu(window).actions() if a.text() == "Reset All")
    reset.trigger()
    assert window.state.scenario == Scenario() and window.controls.dose.value() == 35
    settle(window, qtbot)


def test_a_change_whose_run_fails_leaves_the_history_and_the_controls(window, qtbot,
                                                                      monkeypatch):
    real = app.model.simulate

    def fails_for_77_mg(scenario):
        if scenario.dose_mg == 77:
            raise FloatingPointError("the solver diverged")
        return real(scenario)

    problems = []
    monkeypatch.setattr(app.model, "simulate", fails_for_77_mg)
    monkeypatch.setattr(window, "report_problem", problems.append)
    edit_dose(window, 50)
    settle(window, qtbot)
    window.controls.weight.setValue(90)
    window.controls._commit()
    edit_dose(window, 77)
    qtbot.waitUntil(lambda: bool(problems), timeout=10000)
    settle(window, qtbot)
    assert window.state.scenario.dose_mg == 50 and window.controls.dose.value() == 50
    assert window.state.trajectory.scenario == window.state.scenario
    assert not window.undo.stack.canRedo()  # the failing change cannot be redone
    window.undo.stack.undo()  # the weight change
    assert window.state.scenario == Scenario(dose_mg=50)
    assert window.controls.weight.value() == 70
    settle(window, qtbot)


def test_undo_drops_an_edit_still_waiting_to_be_applied(window, qtbot):
    edit_dose(window, 50)
    window.controls.dose.setValue(66)  # its debounce is pending
    window.undo.stack.undo()
    assert not window.controls._debounce.isActive()  # 66 will not be applied behind it
    assert window.state.scenario == Scenario() and window.controls.dose.value() == 35
    settle(window, qtbot)


def test_a_focused_text_field_keeps_its_own_undo(window, qtbot):
    edit_dose(window, 50)
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field's own undo ran
    assert window.state.scenario.dose_mg == 50  # and the scenario's did not
    settle(window, qtbot)


def test_a_scenario_from_elsewhere_starts_a_new_history(window, qtbot):
    edit_dose(window, 50)
    window.state.set_scenario(Scenario(drug="esketamine", route="intranasal", dose_mg=84))
    assert not window.undo.stack.canUndo()
    assert window.menus.named["undo"].text() == "Undo"
    settle(window, qtbot)


@pytest.mark.parametrize("merge_seconds, steps", [(3600.0, 1), (0.0, 2)])
def test_a_dragged_slider_is_one_step_and_a_later_move_another(window, qtbot, monkeypatch,
                                                               merge_seconds, steps):
    monkeypatch.setattr(undo, "MERGE_SECONDS", merge_seconds)
    for value in (90, 80):
        window.controls.stress.setValue(value)
        window.controls._commit()
    assert window.menus.named["undo"].text() == "Undo stress change"
    for _ in range(steps):
        window.undo.stack.undo()
    assert window.state.scenario == Scenario() and window.controls.stress.value() == 100
    assert not window.undo.stack.canUndo()
    settle(window, qtbot)


def test_switching_the_language_keeps_the_history_in_the_new_language(window, qtbot):
    from app.i18n import install_language
    replaced = []
    window.replacedBy.connect(replaced.append)
    edit_dose(window, 50)
    window.controls.weight.setValue(90)
    window.controls._commit()
    window.undo.stack.undo()  # the weight change waits to be redone
    window.switch_language("zh_CN")
    try:
        new = replaced[0]
        qtbot.addWidget(new)
        assert new.state.scenario == Scenario(dose_mg=50)
        assert new.menus.named["undo"].text() == "撤销剂量更改"
        assert new.menus.named["redo"].text() == "重做体重更改"
        new.undo.stack.redo()
        assert new.state.scenario == Scenario(dose_mg=50, body_weight_kg=90)
        assert new.controls.weight.value() == 90
        new.undo.stack.undo()
        new.undo.stack.undo()
        assert new.state.scenario == Scenario() and new.controls.dose.value() == 35
        new.close()  # waits for its runs (no event loop here: the old window still exists)
    finally:
        install_language("en")

"""Compare mode in the window, driven like a lecturer: the V key and the View menu turn it
on, the B page edits B, Ctrl+Z undoes B's changes, scenes, language and presenter mode
switch while it is on, and the canvas, captions and plots show both runs."""
from contextlib import contextmanager

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from app.i18n import install_language
from app.model import Scenario
from app.story.comparison import Comparison
from app.ui.window import MainWindow


def settle_b(window, qtbot):
    """Wait for B's run (and the current scene's data) to be drawn."""
    qtbot.waitUntil(lambda: window.state.comparing
                    and window.state.trajectory_b.scenario == window.state.comparison.b,
                    timeout=10000)
    window.runner.wait()
    qtbot.wait(10)


@contextmanager
def presenting_with_notes(window):
    """Presenter mode with the speaker notes open; yields a function that refreshes the
    notes and returns their text. Both are closed afterwards."""
    window.presenter.enter()
    try:
        window.presenter.show_notes()
        notes = window.presenter.notes_window

        def read() -> str:
            notes.refresh()
            return notes.notes.toPlainText()
        yield read
    finally:
        window.presenter.leave()
        window.presenter.close_notes()


def grab(window) -> QImage:
    return window.canvas.grab().toImage()


def press_v(window, qtbot):
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_V)


def test_v_turns_compare_mode_on_with_rapamycin_as_b_and_off_again(window, qtbot):
    single = grab(window)
    press_v(window, qtbot)
    assert window.state.comparison == Comparison(Scenario(blockers=frozenset({"rapamycin"})))
    assert window.menus.named["compare"].isChecked()
    assert window.compare_controls.toggle.isChecked()
    settle_b(window, qtbot)
    assert grab(window) != single  # the compare frame, not the single scene
    press_v(window, qtbot)
    assert window.state.comparison is None and window.state.trajectory_b is None
    assert not window.menus.named["compare"].isChecked()


def test_the_b_page_edits_b_and_ctrl_z_undoes_it(window, qtbot):
    window.compare.copy_a_to_b()
    assert window.state.comparison.b == window.state.scenario
    settle_b(window, qtbot)
    fields = window.compare_controls.fields
    assert fields.isEnabled() and fields.dose.value() == 35
    fields.dose.setValue(70)
    fields._commit()  # the debounce's time-out
    assert window.state.comparison.b.dose_mg == 70
    assert window.state.scenario.dose_mg == 35  # A stays
    settle_b(window, qtbot)
    assert window.menus.named["undo"].text() == "Undo B: dose change"
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.comparison.b.dose_mg == 35 and fields.dose.value() == 35
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.comparison is None  # before it, compare mode was off


def test_captions_name_the_difference_and_plots_draw_b_dashed(window, qtbot):
    window.state.set_scene("bdnf-mtor")
    qtbot.waitUntil(lambda: window.state.timeline is not None, timeout=10000)
    window.state.set_time(4.0)
    window.compare.set_on(True)
    settle_b(window, qtbot)
    window.captions.refresh()
    text = window.captions.toPlainText()
    assert "With rapamycin (B vs A)" in text and "Synaptic proteins ×1.00 vs ×1.40" in text
    assert "A: " in text and "B: " in text  # each side's own caption below
    assert "B: Building blocks made" not in text  # rapamycin: B never reaches A's last beat
    assert "\nB: " in text
    dashed = [curve for curve in window.plots._curves_b
              if curve.xData is not None and len(curve.xData)]
    assert len(dashed) == len(window.plots._curves)
    assert dashed[0].opts["pen"].style() == Qt.PenStyle.DashLine


def test_compare_mode_survives_scenes_language_and_presenting(qtbot):
    QSettings().clear()
    window = MainWindow()  # not the fixture's: switching the language replaces it
    window.show()
    qtbot.waitUntil(lambda: window.first_frame_done, timeout=10000)
    window.compare.edit_b(Scenario(dose_mg=70.0))
    settle_b(window, qtbot)
    for scene_id in ("spine-growth", "other-hypotheses", "overview"):
        window.state.set_scene(scene_id)
        qtbot.waitUntil(lambda: window.state.comparing, timeout=10000)
        qtbot.wait(20)
    window.presenter.enter()
    qtbot.wait(50)
    window.presenter.leave()
    replacements = []
    window.replacedBy.connect(replacements.append)
    window.switch_language("zh_CN")
    new = replacements[0]
    qtbot.addWidget(new)
    try:
        assert new.state.comparison == Comparison(Scenario(dose_mg=70.0))
        assert new.menus.named["compare"].isChecked()
        assert new.compare_controls.fields.dose.value() == 70
        settle_b(new, qtbot)
        new.presenter.enter()
        qtbot.wait(50)
        new.presenter.leave()
        new.undo.stack.undo()  # the history came along: compare mode off again
        assert new.state.comparison is None
    finally:
        install_language("en")
        new.runner.wait()
        new.close()


def test_speaker_notes_and_the_presenters_caption_tell_both_sides(window, qtbot):
    window.state.set_scene("spine-growth")
    window.state.set_time(24.0)
    window.compare.set_on(True)
    settle_b(window, qtbot)
    with presenting_with_notes(window) as notes_text:
        text = notes_text()
        assert "With rapamycin (B vs A): Synaptic proteins ×1.00 vs ×1.35" in text
        assert "\nA: " in text and "\nB: " in text
        shown = window.canvas.grab().toImage()
        window.compare.set_on(False)
        qtbot.waitUntil(lambda: window.state.comparison is None)
        assert window.canvas.grab().toImage() != shown  # the single scene again


def test_an_experiment_chosen_puts_what_the_paper_found_in_the_speaker_notes(window, qtbot):
    """Abdallah 2020: the one human trial, where the model and the paper disagree; the
    lecturer presenting it reads both in the notes, and an edit of A takes them away."""
    from app.story.experiments import EXPERIMENTS
    experiment = EXPERIMENTS["rapamycin-people"]
    window.apply_experiment(experiment)
    settle_b(window, qtbot)
    with presenting_with_notes(window) as notes_text:
        text = notes_text()
        assert "In the one human trial" in text and "does NOT reproduce" in text
        window.undo.change(experiment.a.with_changes(dose_mg=50.0))
        assert "In the one human trial" not in notes_text()


def test_a_window_replaced_by_a_language_switch_leaves_no_simulation_running(window, qtbot):
    """A language switch in compare mode while B's run was going: the old window, deleted
    later, must have no worker running then (its pool's destructor waited on one, and the
    window froze); nor may a late timer or answer start one after it closed."""
    from .switching import rebuilt_in
    window.state.set_scene("dose-window")
    window.compare.set_on(True)
    with rebuilt_in(window, qtbot) as new:
        assert window.runner.wait(0)  # idle: both A's pool and B's
        window.runner.request(window.state.scenario)  # as a late timer of the old window
        window.runner.b.request(window.state.scenario)
        assert window.runner.wait(0)
        assert new.state.comparison == window.state.comparison  # compare mode goes on

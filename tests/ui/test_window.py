"""The window driven like a user: keys, clicks, controls; frames equal direct renders."""
import pytest
from PySide6.QtCore import Qt

from app.export import render_frame
from app.model import Scenario
from app.scenes import SCENES


def canvas_image(window):
    window.canvas.repaint()
    return window.canvas.grab().toImage()


def test_window_opens_on_the_first_scene_with_a_trajectory(window):
    assert window.state.scene_id == "overview"
    assert window.state.trajectory.scenario == Scenario()
    assert window.navigator.count() == len(SCENES)
    assert window.navigator.item(0).text().startswith("1 ")


def test_page_down_walks_the_beats_then_enters_the_next_scene(window, qtbot):
    beats = SCENES["overview"].beats(window.state.trajectory)
    window.canvas.setFocus()
    seen = []
    for _ in beats[1:]:
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        seen.append(window.state.t)
    assert seen == [b.t for b in beats[1:]]
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    second = list(SCENES)[1]
    assert window.state.scene_id == second
    assert window.state.t == SCENES[second].beats(window.state.trajectory)[0].t
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.state.scene_id == "overview"
    assert window.state.t == beats[-1].t


def test_arrow_keys_step_and_home_end_jump(window, qtbot):
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_End)
    end = window.state.t
    assert end == pytest.approx(SCENES["overview"].window[1])
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.state.t < end
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.state.t == 0.0
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.state.t > 0.0


def test_number_keys_jump_to_scenes(window, qtbot):
    ids = list(SCENES)
    qtbot.keyClick(window, Qt.Key.Key_3)
    assert window.state.scene_id == ids[2]
    assert window.navigator.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.state.scene_id == ids[0]
    qtbot.keyClick(window, Qt.Key.Key_9)
    qtbot.waitUntil(lambda: window.state.scene_id == "dose-window", timeout=5000)
    assert window.navigator.currentRow() == 8


def test_space_plays_and_time_advances(window, qtbot):
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.state.playing
    qtbot.waitUntil(lambda: window.state.t > 0.01, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.state.playing


def test_canvas_after_scrubbing_back_equals_a_direct_render(window):
    window.state.set_time(1.0)
    first = canvas_image(window)
    window.state.set_time(30.0)
    canvas_image(window)
    window.state.set_time(1.0)
    again = canvas_image(window)
    assert again == first
    size = (first.width(), first.height())
    look = window.canvas.settings.changed(theme=window.state.theme, size=size)
    direct = render_frame("overview", window.state.trajectory, 1.0, settings=look)
    assert direct.convertToFormat(first.format()) == first


def test_changing_the_dose_resimulates_and_changes_the_picture(window, qtbot):
    window.state.set_time(0.6)
    before = canvas_image(window)
    window.controls.dose.setValue(70.0)
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.dose_mg == 70.0, timeout=5000)
    assert window.state.scenario.dose_mg == 70.0
    assert canvas_image(window) != before


def test_a_blocker_checkbox_cuts_the_chain(window, qtbot):
    window.controls.blockers["rapamycin"].setChecked(True)
    qtbot.waitUntil(lambda: "rapamycin" in window.state.trajectory.scenario.blockers, timeout=5000)
    trajectory = window.state.trajectory
    assert trajectory["mtor_activity"].max() == pytest.approx(1.0)
    assert trajectory["trkb_activation"].max() > 1.2


def test_presets_fill_the_controls(window, qtbot):
    index = window.controls.preset.findText("Esketamine 84 mg intranasal")
    window.controls.preset.setCurrentIndex(index)
    window.controls.preset.activated.emit(index)
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.drug == "esketamine", timeout=5000)
    assert window.controls.route.currentData() == "intranasal"
    assert window.controls.dose.value() == 84.0


def test_an_invalid_combination_is_explained_and_not_applied(window, qtbot):
    window.controls.n_doses.setValue(3)
    window.controls.interval.setValue(0.5)  # 40-min infusions every 30 min would overlap
    qtbot.waitUntil(lambda: window.controls.message.text() != "", timeout=3000)
    assert "overlap" in window.controls.message.text()
    assert window.state.scenario.dose_interval_h != 0.5


def test_controls_cannot_hold_out_of_range_values(window):
    window.controls.dose.setValue(1e9)
    assert window.controls.dose.value() <= 3000
    window.controls.stress.setValue(500)
    assert window.controls.stress.value() == 100


def test_a_failing_paint_is_reported_and_the_app_keeps_running(window, qtbot, monkeypatch):
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    scene = SCENES["overview"]

    def broken(*args, **kwargs):
        raise RuntimeError("drawing bug")

    monkeypatch.setattr(scene, "paint_art", broken)
    window.state.set_time(2.0)
    window.canvas.repaint()
    assert problems and "drawing bug" in problems[0]
    monkeypatch.undo()
    window.state.set_time(3.0)
    window.canvas.repaint()  # draws again once the bug is gone


def test_dragging_the_plot_cursor_scrubs(window):
    cursor = window.plots._cursors[0]
    cursor.setValue(0.5)
    cursor.sigDragged.emit(cursor)
    assert window.state.t == pytest.approx(window.plots.scale.to_time(0.5))


def test_help_lists_every_shortcut(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.help import SHORTCUTS, shown_keys
    window.help.show_shortcuts()
    dialogs = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert dialogs
    text = dialogs[-1].text()
    for _, keys, description in SHORTCUTS:
        assert f"<b>{shown_keys(keys)}</b></td><td>{description}</td>" in text
    dialogs[-1].close()


def test_an_exception_in_a_slot_is_shown_and_logged(window, qtbot, monkeypatch, tmp_path):
    import sys

    from PySide6.QtCore import QObject, QTimer, Signal

    from app.ui import errors
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "app.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    errors.install_error_handling(window)

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()

    def broken_slot():
        raise ValueError("slot bug")

    emitter.fired.connect(broken_slot)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: bool(problems), timeout=3000)
    assert "slot bug" in problems[0]
    assert window.isVisible()


def test_the_picture_keeps_its_aspect_ratio_in_a_square_canvas(window):
    window.canvas.setFixedSize(600, 600)
    image = canvas_image(window)
    top_row = {image.pixel(x, 20) for x in range(0, 600, 10)}
    assert len(top_row) == 1  # letterbox band: background only
    middle_row = {image.pixel(x, 300) for x in range(0, 600, 10)}
    assert len(middle_row) > 3


def test_clicking_a_beat_marker_jumps_to_the_beat(window, qtbot):
    from PySide6.QtCore import QPoint
    ruler = window.timeline.ruler
    beat = SCENES["overview"].beats(window.state.trajectory)[2]
    x = int(round(ruler._x_of(beat.t)))
    qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(x, int(ruler._track().top()) - 8))
    assert window.state.t == pytest.approx(beat.t)


def test_f_toggles_full_screen_and_esc_leaves_it(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_help_shows_the_glossary_and_the_models_documentation(window):
    from PySide6.QtWidgets import QTextBrowser
    window.help.show_glossary()
    window.help.show_about_model()
    texts = [b.toPlainText() for b in window.findChildren(QTextBrowser) if b.isVisible()]
    assert any("Synaptogenesis" in t and "突触发生" in t for t in texts)
    assert any("Parameters" in t and "Kamp 2020" in t for t in texts)

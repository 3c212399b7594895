"""Keys driven through the real window: a focused field keeps the keys it edits with, the
picture and a clicker still step the beats, and the one shortcut table is what Help, the
README and the window's actions agree on."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.i18n import translator
from app.scenes import SCENES
from app.ui.help import SHORTCUTS, shortcuts_html, shown_keys
from tools.shortcut_table import with_shortcut_table

README = Path(__file__).resolve().parents[2] / "README.md"


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def at_second_beat(window):
    beats = SCENES["overview"].beats(window.state.trajectory)
    window.state.set_time(beats[1].t)
    return beats


def controls_in_front(window, qtbot):
    window.controls_dock.raise_()
    qtbot.waitUntil(window.controls.dose.isVisible)
    return window.controls


def test_up_and_down_in_the_dose_box_change_the_dose_not_the_beat(window, qtbot):
    beats = at_second_beat(window)
    dose = controls_in_front(window, qtbot).dose
    before = dose.value()
    focus(qtbot, dose)
    qtbot.keyClick(dose, Qt.Key.Key_Up)
    assert dose.value() == before + dose.singleStep()
    assert window.state.t == beats[1].t
    qtbot.keyClick(dose, Qt.Key.Key_Down)
    qtbot.keyClick(dose, Qt.Key.Key_Down)
    assert dose.value() == before - dose.singleStep()
    assert window.state.t == beats[1].t and window.state.scene_id == "overview"


def test_end_and_home_on_the_stress_slider_move_the_slider_not_the_time(window, qtbot):
    beats = at_second_beat(window)
    stress = controls_in_front(window, qtbot).stress
    focus(qtbot, stress)
    qtbot.keyClick(stress, Qt.Key.Key_End)
    assert stress.value() == stress.maximum()
    assert window.state.t == beats[1].t
    qtbot.keyClick(stress, Qt.Key.Key_Home)
    assert stress.value() == stress.minimum()
    assert window.state.t == beats[1].t


def test_typing_a_number_into_the_dose_box_does_not_jump_scenes(window, qtbot):
    dose = controls_in_front(window, qtbot).dose
    focus(qtbot, dose)
    dose.lineEdit().selectAll()
    qtbot.keyClicks(dose, "42")
    qtbot.keyClick(dose, Qt.Key.Key_Return)
    assert window.state.scene_id == "overview"
    assert dose.value() == 42.0


def test_up_and_down_in_the_scene_list_choose_a_scene_not_a_beat(window, qtbot):
    focus(qtbot, window.navigator)
    window.navigator.setCurrentRow(0)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    assert window.navigator.currentRow() == 1


def test_clicking_the_picture_gives_the_arrows_back_to_the_beats(window, qtbot):
    beats = at_second_beat(window)
    dose = controls_in_front(window, qtbot).dose
    focus(qtbot, dose)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton)
    assert window.canvas.hasFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Down)
    assert window.state.t == beats[2].t
    qtbot.keyClick(window.canvas, Qt.Key.Key_Up)
    assert window.state.t == beats[1].t


def test_a_clicker_steps_the_beats_even_from_the_dose_box(window, qtbot):
    beats = at_second_beat(window)
    dose = controls_in_front(window, qtbot).dose
    before = dose.value()
    focus(qtbot, dose)
    qtbot.keyClick(dose, Qt.Key.Key_PageDown)
    assert window.state.t == beats[2].t
    qtbot.keyClick(dose, Qt.Key.Key_PageUp)
    assert window.state.t == beats[1].t
    assert dose.value() == before


def test_the_dose_box_of_the_speaker_notes_keeps_its_arrows(window, qtbot):
    beats = at_second_beat(window)
    qtbot.keyClick(window, Qt.Key.Key_N)
    notes = window.presenter.notes_window
    dose = notes.controls.dose
    dose.parentWidget().parentWidget().parentWidget().setCurrentWidget(notes.controls)
    before = dose.value()
    focus(qtbot, dose)
    qtbot.keyClick(dose, Qt.Key.Key_Up)
    assert dose.value() == before + dose.singleStep()
    assert window.state.t == beats[1].t
    qtbot.keyClick(dose, Qt.Key.Key_PageDown)
    assert window.state.t == beats[2].t


def test_typing_notes_during_a_presentation_types(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_N)
    notes = window.presenter.notes_window
    notes.refresh()
    focus(qtbot, notes.own_notes)
    qtbot.keyClicks(notes.own_notes, "Be calm")
    assert notes.own_notes.toPlainText() == "Be calm"
    assert window.presenter.blank is None and not window.state.playing


def test_on_one_screen_the_speaker_notes_come_in_front_of_the_picture(window, qtbot):
    assert len(QApplication.screens()) == 1
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_N)
    notes = window.presenter.notes_window
    assert notes.isVisible() and notes.isWindow()
    assert notes.parentWidget() is window  # a window manager keeps it above its owner
    qtbot.waitUntil(notes.isActiveWindow)


def test_every_keyed_action_of_the_window_is_in_the_shortcut_table(window):
    listed = {QKeySequence(key).toString() for _, keys, _ in SHORTCUTS for key in keys}
    actions = list(window.actions())
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            actions.append(action)
            if action.menu() is not None:
                menus.append(action.menu())
    keyed = {key.toString() for action in actions for key in action.shortcuts()}
    assert keyed and keyed <= listed
    for expected in ("Ctrl+S", "Ctrl+O", "Ctrl+L", "Ctrl+=", "Ctrl+-", "Ctrl+0", "T", "N"):
        assert expected in keyed


@pytest.mark.parametrize("name", [name for name, _, _ in SHORTCUTS if name != "scene_keys"])
def test_each_shortcut_in_the_table_is_a_working_key_of_the_window(window, name):
    action = window.menus.named[name]
    expected = next(keys for n, keys, _ in SHORTCUTS if n == name)
    assert [key.toString() for key in action.shortcuts()] == [
        QKeySequence(key).toString() for key in expected]


def test_t_is_described_as_cycling_the_three_themes(window, qtbot):
    description = next(text for name, _, text in SHORTCUTS if name == "theme")
    seen = [window.state.theme]
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_T)
        seen.append(window.state.theme)
    assert seen == ["dark", "projector", "high-contrast", "dark"]
    assert "high contrast" in description


def test_help_lists_the_shortcuts_in_chinese_too():
    chinese = shortcuts_html(translator("zh_CN"))
    for _, _, description in SHORTCUTS:
        assert description not in chinese
    assert "课" in chinese and "主题" in chinese


def test_the_readme_table_is_the_shortcut_table():
    text = README.read_text(encoding="utf-8")
    assert with_shortcut_table(text) == text
    for _, keys, description in SHORTCUTS:
        assert f"| {shown_keys(keys)} | {description} |" in text


def test_bringing_the_notes_forward_again_keeps_the_talk_s_clock(window, qtbot, monkeypatch):
    import time
    from types import SimpleNamespace

    from app.ui import notes as notes_module
    now = [1000.0]
    monkeypatch.setattr(notes_module, "time", SimpleNamespace(monotonic=lambda: now[0],
                                                              strftime=time.strftime))
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # presenting starts the clock
    now[0] += 125
    qtbot.keyClick(window, Qt.Key.Key_N)
    window.presenter.notes_window._show_clock()
    assert "presenting for 2:05" in window.presenter.notes_window.clock.text()


def test_a_clicker_s_arrows_step_from_the_notes_window_as_it_comes_forward(window, qtbot):
    beats = at_second_beat(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_N)
    notes = window.presenter.notes_window
    qtbot.waitUntil(notes.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    window.playback.finish_glide()
    assert window.state.t == beats[2].t
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert window.state.t == beats[1].t

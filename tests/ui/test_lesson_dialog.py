"""File > Edit lesson…: hide and reorder scenes, choose where the lesson starts; the last
shown scene cannot be hidden."""
import pytest
from PySide6.QtCore import Qt

from app.model import Scenario, simulate
from app.story.catalogue import SCENE_IDS
from app.story.lessons import Lesson
from app.ui.lesson_dialog import SCENE_ROLE, LessonDialog


@pytest.fixture(scope="module")
def trajectory():
    return simulate(Scenario())


@pytest.fixture
def dialog(qtbot, trajectory):
    lesson = Lesson(title="Week 3", notes={"overview": {"dose": "Start here"}},
                    scenario=Scenario(dose_mg=70))
    widget = LessonDialog(lesson, trajectory)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def row_of(dialog, scene_id):
    return next(row for row in range(dialog.scenes.count())
                if dialog.scenes.item(row).data(SCENE_ROLE) == scene_id)


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_an_untouched_dialog_returns_the_same_lesson(dialog):
    assert dialog.lesson() == dialog._lesson
    assert dialog.start_beat.itemData(0) == "" and dialog.start_beat.count() > 1


def test_hiding_a_scene_leaves_it_out_and_keeps_notes_and_scenario(dialog):
    dialog.scenes.item(row_of(dialog, "two-timescales")).setCheckState(Qt.CheckState.Unchecked)
    lesson = dialog.lesson()
    assert "two-timescales" not in lesson.scenes and len(lesson.scenes) == len(SCENE_IDS) - 1
    assert lesson.note("overview", "dose") == "Start here"
    assert lesson.scenario == Scenario(dose_mg=70) and lesson.title == "Week 3"
    assert dialog.start_scene.findData("two-timescales") < 0


def test_reordering_with_buttons_and_ctrl_arrows(dialog, qtbot):
    dialog.scenes.setCurrentRow(row_of(dialog, "spine-growth"))
    dialog.move_up.click()
    assert dialog.lesson().scenes.index("spine-growth") == SCENE_IDS.index("spine-growth") - 1
    dialog.scenes.setFocus()
    for _ in range(10):
        qtbot.keyClick(dialog.scenes, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.lesson().scenes[0] == "spine-growth"
    assert not dialog.move_up.isEnabled() and dialog.move_down.isEnabled()
    qtbot.keyClick(dialog.scenes, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dialog.lesson().scenes[:2] == ("overview", "spine-growth")
    assert [dialog.start_scene.itemData(i) for i in range(2)] == ["overview", "spine-growth"]


def test_start_scene_and_beat_follow_the_trajectory(dialog, trajectory):
    choose(dialog.start_scene, "glutamate-burst")
    keys = [dialog.start_beat.itemData(i) for i in range(dialog.start_beat.count())]
    from app.scenes import SCENES
    assert keys == [""] + [beat.key for beat in SCENES["glutamate-burst"].beats(trajectory)]
    choose(dialog.start_beat, "peak")
    choose(dialog.language, "zh_CN")
    choose(dialog.theme, "projector")
    dialog.title.setText("谷氨酸")
    lesson = dialog.lesson()
    assert (lesson.start_scene, lesson.start_beat) == ("glutamate-burst", "peak")
    assert (lesson.language, lesson.theme, lesson.title) == ("zh_CN", "projector", "谷氨酸")


def test_hiding_the_start_scene_moves_the_start_to_the_first_shown(dialog):
    choose(dialog.start_scene, "bdnf-mtor")
    choose(dialog.start_beat, dialog.start_beat.itemData(1))
    dialog.scenes.item(row_of(dialog, "bdnf-mtor")).setCheckState(Qt.CheckState.Unchecked)
    lesson = dialog.lesson()
    assert (lesson.start_scene, lesson.start_beat) == ("overview", "")


def test_hiding_every_scene_is_refused_and_explained(dialog):
    for scene_id in SCENE_IDS:
        dialog.scenes.item(row_of(dialog, scene_id)).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.shown_scenes() == [SCENE_IDS[-1]]
    assert "At least one scene" in dialog.problem.text()
    assert dialog.lesson().scenes == (SCENE_IDS[-1],)
    dialog.scenes.item(row_of(dialog, "overview")).setCheckState(Qt.CheckState.Checked)
    assert dialog.problem.text() == ""


def test_a_saved_start_beat_missing_from_this_scenario_is_kept(qtbot, trajectory):
    lesson = Lesson(start_scene="overview", start_beat="some-old-beat")
    widget = LessonDialog(lesson, trajectory)
    qtbot.addWidget(widget)
    assert widget.lesson() == lesson
    without_trajectory = LessonDialog(Lesson(), None)
    qtbot.addWidget(without_trajectory)
    assert without_trajectory.lesson() == Lesson()


def test_every_control_is_named_and_reachable_by_keyboard(dialog):
    controls = [dialog.title, dialog.scenes, dialog.move_up, dialog.move_down,
                dialog.start_scene, dialog.start_beat, dialog.language, dialog.theme]
    for control in controls:
        assert control.accessibleName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus

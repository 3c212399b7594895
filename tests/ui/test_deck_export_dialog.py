"""File > Export… > A slide deck: every beat of the lesson's scenes, the current scene
only, or a checklist of beats; inside a lesson the scenes are its steps and the deck
carries its title."""
from PySide6.QtCore import Qt

from app.story.lessons import Lesson
from app.ui.export_dialog import ExportDialog

REORDERED = ("hit-and-run", "spine-growth", "glutamate-burst", "overview", "bdnf-mtor")


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def deck_dialog(window, tmp_path):
    dialog = ExportDialog(window.state, window.canvas.settings, window,
                          window.lesson_title())
    choose(dialog.kind, "deck")
    return dialog


def open_lesson(window, qtbot):
    window.lessons.apply(Lesson(title="Fifteen minutes", scenes=REORDERED,
                                scenario=window.state.scenario))
    qtbot.waitUntil(lambda: window.state.timeline is not None, timeout=10000)


def test_a_lessons_deck_has_its_scenes_steps_and_title(window, qtbot, tmp_path):
    open_lesson(window, qtbot)
    dialog = deck_dialog(window, tmp_path)
    labels = [dialog.scenes.item(row).text() for row in range(dialog.scenes.count())]
    assert [label.split()[0] for label in labels] == ["1", "2", "3", "4", "5"]
    assert dialog.path.text().endswith("Fifteen minutes.pptx")
    dialog.path.setText(str(tmp_path / "deck.pptx"))
    request = dialog.request()
    assert request.scene_ids == REORDERED and request.beats == ()
    assert request.title == "Fifteen minutes" and request.lesson_scenes == REORDERED
    assert request.badge_of("overview") == 4


def test_the_current_scene_only(window, qtbot, tmp_path):
    open_lesson(window, qtbot)
    window.state.set_scene("glutamate-burst")
    dialog = deck_dialog(window, tmp_path)
    choose(dialog.scope, "current")
    dialog.path.setText(str(tmp_path / "deck.pptx"))
    assert not dialog.scenes.isVisibleTo(dialog) and not dialog.beats.isVisibleTo(dialog)
    request = dialog.request()
    assert request.scene_ids == ("glutamate-burst",) and request.badge_of("glutamate-burst") == 3


def test_a_checklist_of_beats(window, qtbot, tmp_path):
    open_lesson(window, qtbot)
    dialog = deck_dialog(window, tmp_path)
    choose(dialog.scope, "beats")
    dialog.path.setText(str(tmp_path / "deck.pptx"))
    assert dialog.beats.isVisibleTo(dialog) and not dialog.scenes.isVisibleTo(dialog)
    rows = {dialog.beats.item(row).data(Qt.ItemDataRole.UserRole): dialog.beats.item(row)
            for row in range(dialog.beats.count())}
    assert rows["hit-and-run:drug-peak"].text().startswith("1  ")
    for key, item in rows.items():
        if key not in ("glutamate-burst:peak", "hit-and-run:drug-peak"):
            item.setCheckState(Qt.CheckState.Unchecked)
    request = dialog.request()
    assert request.scene_ids == ("hit-and-run", "glutamate-burst")
    assert request.beats == ("hit-and-run:drug-peak", "glutamate-burst:peak")


def test_a_frame_from_a_lesson_shows_its_step(window, qtbot, tmp_path):
    open_lesson(window, qtbot)
    window.state.set_scene("overview")
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    assert dialog.request().badge == 4

"""Inside a lesson every number is the lesson's (step k of n): the presenter's progress line,
the scene list, the captions, the speaker notes and the badge on the picture agree and
never exceed n, whatever the scenes' own numbers."""
from PySide6.QtCore import QRectF, Qt

from app.scenes.base import CANVAS_H, CANVAS_W
from app.story.catalogue import SCENE_IDS
from app.story.lessons import Lesson
from app.ui.lesson_dialog import SCENE_ROLE, LessonDialog

#: five scenes in a new order: their own numbers are 7, 6, 4, 1, 5
REORDERED = ("hit-and-run", "spine-growth", "glutamate-burst", "overview", "bdnf-mtor")


def open_lesson(window, qtbot, scenes=REORDERED):
    window.lessons.apply(Lesson(title="Fifteen minutes", scenes=scenes,
                                scenario=window.state.scenario))
    qtbot.waitUntil(lambda: window.state.timeline is not None, timeout=10000)


def go_to(window, qtbot, scene_id):
    window.state.set_scene(scene_id)
    qtbot.waitUntil(lambda: window.state.timeline is not None, timeout=10000)


def badge(window):
    """The scene-number badge as the canvas shows it (where paint_scene letterboxes it)."""
    canvas = window.canvas
    canvas.repaint()
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    width, height = canvas.width(), canvas.height() * (1.0 - canvas._reserve_bottom)
    scale = min(width / CANVAS_W, height / CANVAS_H)
    left, top = (width - CANVAS_W * scale) / 2, (height - CANVAS_H * scale) / 2
    box = QRectF(left + 40 * scale, top + 30 * scale, 56 * scale, 56 * scale)
    return image.copy(*(round(v * ratio) for v in (box.x(), box.y(), box.width(),
                                                   box.height())))


def test_the_progress_line_counts_the_lessons_steps(window, qtbot):
    open_lesson(window, qtbot)
    window.presenter.enter()
    for step, scene_id in enumerate(REORDERED, start=1):
        go_to(window, qtbot, scene_id)
        assert window.presenter.progress_text().startswith(f"{step}/5 · ")
    window.presenter.leave()


def test_the_scene_list_captions_and_notes_number_by_step(window, qtbot):
    open_lesson(window, qtbot)
    texts = [window.navigator.item(row).text() for row in range(window.navigator.count())]
    assert [text.split()[0] for text in texts] == ["1", "2", "3", "4", "5"]
    go_to(window, qtbot, "glutamate-burst")  # its own number is 4, its step 3
    window.captions.refresh()
    assert window.captions.toPlainText().startswith("3 · ")
    window.presenter.show_notes()
    window.presenter.notes_window.refresh()
    assert window.presenter.notes_window.notes.toPlainText().startswith("3 · ")


def test_the_badge_on_the_picture_shows_the_step(window, qtbot):
    go_to(window, qtbot, "overview")
    one = badge(window)  # no lesson: the overview is scene 1
    go_to(window, qtbot, "hit-and-run")
    seven = badge(window)
    assert seven != one
    open_lesson(window, qtbot)
    go_to(window, qtbot, "hit-and-run")
    assert badge(window) == one  # the lesson's first step
    go_to(window, qtbot, "overview")
    assert badge(window) != one  # the lesson's fourth


def test_the_lesson_dialog_numbers_the_shown_scenes_in_order(qtbot, window):
    dialog = LessonDialog(Lesson(scenes=REORDERED), window.state.trajectory)
    qtbot.addWidget(dialog)

    def numbers():
        items = [dialog.scenes.item(row) for row in range(dialog.scenes.count())]
        return {item.data(SCENE_ROLE): item.text().split()[0] for item in items}

    assert numbers() == {**{scene_id: "–" for scene_id in SCENE_IDS},
                         **{scene_id: str(step) for step, scene_id in enumerate(REORDERED, 1)}}
    assert dialog.start_scene.itemText(0).startswith("1  ")
    dialog.scenes.setCurrentRow(2)  # glutamate-burst to the top
    dialog.move_current(-1)
    dialog.move_current(-1)
    assert numbers()["glutamate-burst"] == "1" and numbers()["hit-and-run"] == "2"
    dialog.scenes.item(1).setCheckState(Qt.CheckState.Unchecked)  # hide hit-and-run
    assert numbers()["hit-and-run"] == "–" and numbers()["bdnf-mtor"] == "4"

"""File > Export… > An HTML player: the ticked scenes, one language or both, and in a
lesson its scenes in its order, numbered by its steps, under its title."""
from app.export.requests import HtmlRequest
from app.scenes import SCENES
from app.story.lessons import Lesson
from app.ui.export_dialog import ExportDialog
from tests.export.html_player import player_data


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def dialog_for_html(window, tmp_path):
    dialog = ExportDialog(window.state, window.canvas.settings, window,
                          window.lesson_title())
    choose(dialog.kind, "html")
    dialog.path.setText(str(tmp_path / "player.html"))
    return dialog


def test_the_dialog_offers_a_player_of_the_ticked_scenes(window, tmp_path):
    dialog = dialog_for_html(window, tmp_path)
    assert dialog.format.currentData() == "html"
    assert dialog.rows["both"].isVisibleTo(dialog) and not dialog.rows["time"].isVisibleTo(dialog)
    request = dialog.request()
    assert isinstance(request, HtmlRequest)
    assert request.scene_ids == tuple(SCENES) and request.size == (1280, 720)
    assert request.languages == ("en",) and request.title == ""
    dialog.both.setChecked(True)
    assert dialog.request().languages == ("en", "zh_CN")


def test_in_a_lesson_the_player_takes_its_scenes_order_and_title(window, qtbot, tmp_path):
    lesson = Lesson(title="Week 3: fast antidepressants",
                    scenes=("hit-and-run", "overview", "glutamate-burst"))
    window.lessons.apply(lesson)
    dialog = dialog_for_html(window, tmp_path)
    assert dialog.size.currentData() == (1280, 720)
    request = dialog.request()
    assert request.scene_ids == ("hit-and-run", "overview", "glutamate-burst")
    assert request.title == "Week 3: fast antidepressants"
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.succeeded, timeout=120000):
        job.thread.start()
    data = player_data(tmp_path / "player.html")
    assert [s["number"] for s in data["scenes"]] == [1, 2, 3]
    assert data["text"]["en"]["title"] == "Week 3: fast antidepressants"

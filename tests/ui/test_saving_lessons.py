"""File > Save lesson proposes the lesson's title as the name, in the folder lessons were
last opened from or saved to; the window's title names the lesson and marks unsaved work."""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.story.lessons import Lesson
from app.ui import lessons as lessons_module


def answer_save_dialog(monkeypatch, chosen):
    """Replace the save dialog: record what it proposed, answer ``chosen``."""
    proposed = []

    def dialog(parent, caption, directory, file_filter):
        proposed.append(Path(directory))
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return proposed


def test_a_new_lesson_is_proposed_under_its_title_in_documents(window, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(lessons_module, "documents_folder", lambda: documents)
    window.lessons.apply(window.lessons.current().with_changes(title="第3周：氯胺酮"),
                         saved=False)
    proposed = answer_save_dialog(monkeypatch, documents / "第3周：氯胺酮")  # typed, no suffix
    assert window.lessons.save()
    assert proposed == [documents / "第3周：氯胺酮.lesson.json"]
    assert Lesson.load(documents / "第3周：氯胺酮.lesson.json").title == "第3周：氯胺酮"


def test_the_next_lesson_is_proposed_in_the_folder_used_last(window, tmp_path, monkeypatch):
    teaching = tmp_path / "teaching"
    teaching.mkdir()
    Lesson(title="Old").save(teaching / "old.lesson.json")
    assert window.lessons.open(str(teaching / "old.lesson.json"))
    window.lessons.apply(Lesson(title="Week 4", scenario=window.state.scenario), saved=False)
    proposed = answer_save_dialog(monkeypatch, teaching / "Week 4.lesson.json")
    assert window.lessons.save()
    assert proposed == [teaching / "Week 4.lesson.json"]


def test_the_window_title_shows_the_lesson_and_its_unsaved_changes(window, tmp_path, qtbot):
    path = tmp_path / "week5.lesson.json"
    Lesson(title="Week 5: the glutamate burst", scenario=window.state.scenario).save(path)
    assert window.lessons.open(str(path))
    assert window.windowTitle().startswith("Week 5: the glutamate burst[*]")
    assert not window.isWindowModified()
    window.lessons.set_note("overview", "dose", "Ask the room first")
    assert window.isWindowModified()
    assert window.lessons.save(ask=False)
    assert not window.isWindowModified()


def test_an_untitled_lesson_is_proposed_as_untitled_not_lesson_lesson(window, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setattr(lessons_module, "documents_folder", lambda: tmp_path)
    window.lessons.set_note("overview", "dose", "Ask the room first")
    proposed = answer_save_dialog(monkeypatch, tmp_path / "mine.lesson.json")
    assert window.lessons.save()
    assert proposed == [tmp_path / "Untitled lesson.lesson.json"]

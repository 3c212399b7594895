"""Nothing a lecturer wrote is lost: notes save from either window, unsaved work is asked
about before it would go, and a copy survives a crash."""
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.model import Scenario
from app.story.lessons import Lesson
from app.ui import folders, recovery
from app.ui.lessons import LessonController

from .switching import rebuilt_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "week3.lesson.json"
    Lesson(title="Week 3", scenario=Scenario(dose_mg=56.0)).save(path)
    return path


@pytest.fixture
def answers(monkeypatch):
    """The answers given to "save, discard or cancel?", in order, then "discard" (when the
    window closes at the test's end); records each question."""
    given, asked = [], []

    def ask(controller):
        asked.append(controller.name())
        return given.pop(0) if given else "discard"

    monkeypatch.setattr(LessonController, "ask_unsaved", ask)
    return given, asked


def open_with_a_typed_note(window, qtbot, path, note="Ask the room why"):
    assert window.lessons.open(str(path))
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.dose_mg == 56.0, timeout=5000)
    window.presenter.show_notes()
    window.state.set_time(0.0)
    window.presenter.notes_window.refresh()
    qtbot.keyClicks(window.presenter.notes_window.own_notes, note)
    return window.presenter.notes_window


def click_in_next_dialog(label):
    """Click ``label`` in the next modal message box (polls briefly; gives up, never hangs)."""
    seen = []
    tries = [0]

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == label).click()
        elif tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    return seen


def test_ctrl_s_in_the_speaker_notes_saves_the_lesson(window, qtbot, lesson_file):
    notes = open_with_a_typed_note(window, qtbot, lesson_file)
    assert window.isWindowModified() and notes.isWindowModified()
    assert "Week 3" in window.windowTitle()
    qtbot.keyClick(notes.own_notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Lesson.load(lesson_file).note("overview", "dose") == "Ask the room why"
    assert not window.isWindowModified() and not notes.isWindowModified()


def test_ctrl_s_in_the_notes_of_a_new_lesson_asks_where(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "new.lesson.json"
    asked = []
    monkeypatch.setattr("app.ui.lessons.QFileDialog.getSaveFileName",
                        lambda *args: (asked.append(args) or str(target), ""))
    window.presenter.show_notes()
    window.state.set_time(0.0)
    window.presenter.notes_window.refresh()
    qtbot.keyClicks(window.presenter.notes_window.own_notes, "First note")
    assert window.lessons.modified
    qtbot.keyClick(window.presenter.notes_window.own_notes, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert asked and Lesson.load(target).note("overview", "dose") == "First note"
    assert window.lessons.path == target and not window.lessons.modified


def test_closing_with_an_unsaved_note_asks_and_cancel_keeps_everything(
        window, qtbot, lesson_file, monkeypatch):
    monkeypatch.setattr(LessonController, "ask_unsaved", lambda self: (
        recovery.ask_save_discard_cancel(self.parent_widget, self.name())))
    open_with_a_typed_note(window, qtbot, lesson_file)
    seen = click_in_next_dialog("Cancel")
    window.close()
    assert seen and "Week 3" in seen[0]
    assert window.isVisible() and window.lessons.modified
    assert window.presenter.notes_window.own_notes.toPlainText() == "Ask the room why"
    assert Lesson.load(lesson_file).note("overview", "dose") == ""
    monkeypatch.setattr(LessonController, "ask_unsaved", lambda self: "discard")  # teardown


def test_closing_with_an_unsaved_note_and_choosing_save_writes_it(
        window, qtbot, lesson_file, answers):
    open_with_a_typed_note(window, qtbot, lesson_file)
    answers[0].append("save")
    window.close()
    assert not window.isVisible()
    assert Lesson.load(lesson_file).note("overview", "dose") == "Ask the room why"


def test_closing_with_an_unsaved_note_and_choosing_discard_closes(
        window, qtbot, lesson_file, answers, monkeypatch):
    monkeypatch.setattr(recovery, "AUTOSAVE_MS", 10)
    open_with_a_typed_note(window, qtbot, lesson_file)
    qtbot.waitUntil(window.lessons.copy.exists, timeout=5000)
    answers[0].append("discard")
    window.close()
    assert answers[1] == ["Week 3"]
    assert not window.isVisible()
    assert Lesson.load(lesson_file).note("overview", "dose") == ""
    assert not list(recovery.copies_folder().iterdir())


def test_quit_asks_too(window, qtbot, lesson_file, answers):
    open_with_a_typed_note(window, qtbot, lesson_file)
    answers[0].append("cancel")
    quit_action = next(a for a in window.menuBar().actions()[0].menu().actions()
                       if a.text() == "&Quit")
    quit_action.trigger()
    assert answers[1] and window.isVisible()


def test_opening_another_lesson_asks_first(window, qtbot, lesson_file, tmp_path, answers):
    other = tmp_path / "other.lesson.json"
    Lesson(title="Other", scenario=Scenario(dose_mg=70.0)).save(other)
    open_with_a_typed_note(window, qtbot, lesson_file)
    answers[0].append("cancel")
    assert not window.lessons.open(str(other))
    assert window.lessons.lesson.title == "Week 3" and window.lessons.modified
    answers[0].append("discard")
    assert window.lessons.open(str(other))
    assert answers[1] == ["Week 3", "Week 3"]
    assert window.lessons.lesson.title == "Other" and not window.lessons.modified


def test_a_recent_lesson_asks_first(window, qtbot, lesson_file, tmp_path, answers):
    other = tmp_path / "other.lesson.json"
    Lesson(title="Other").save(other)
    assert window.lessons.open(str(other))
    open_with_a_typed_note(window, qtbot, lesson_file)
    answers[0].append("cancel")
    entry = next(a for a in window.lessons.recent_menu.actions() if a.text() == other.name)
    entry.trigger()
    assert answers[1] == ["Week 3"] and window.lessons.lesson.title == "Week 3"


def test_what_counts_as_unsaved(window, qtbot, lesson_file):
    window.controls.dose.setValue(70.0)  # a student trying doses: no lesson to save
    qtbot.waitUntil(lambda: window.state.scenario.dose_mg == 70.0, timeout=5000)
    assert not window.lessons.modified and not window.isWindowModified()
    assert window.lessons.open(str(lesson_file))
    assert not window.lessons.modified
    window.controls.dose.setValue(84.0)  # a lesson with a file: its scenario changed
    qtbot.waitUntil(lambda: window.state.scenario.dose_mg == 84.0, timeout=5000)
    assert window.lessons.modified and window.isWindowModified()
    window.controls.dose.setValue(56.0)  # back as it was saved
    qtbot.waitUntil(lambda: window.state.scenario.dose_mg == 56.0, timeout=5000)
    assert not window.lessons.modified


def test_editing_the_lesson_marks_it_unsaved(window, qtbot, lesson_file):
    from app.ui.lesson_dialog import LessonDialog
    assert window.lessons.open(str(lesson_file))
    tries = [0]

    def accept_with_a_new_title():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LessonDialog):
            tries[0] += 1
            if tries[0] < 200:  # gives up rather than poll forever
                QTimer.singleShot(10, accept_with_a_new_title)
            return
        dialog.title.setText("Week 3, revised")
        dialog.accept()

    QTimer.singleShot(0, accept_with_a_new_title)
    window.lessons.edit()
    assert window.lessons.lesson.title == "Week 3, revised"
    assert window.lessons.modified and "Week 3, revised" in window.windowTitle()


def test_switching_the_language_keeps_unsaved_work_without_asking(
        window, qtbot, lesson_file, answers):
    open_with_a_typed_note(window, qtbot, lesson_file)
    with rebuilt_in(window, qtbot) as new:
        assert answers[1] == []
        assert new.lessons.modified and new.isWindowModified()
        assert new.lessons.path == lesson_file
        assert new.lessons.lesson.note("overview", "dose") == "Ask the room why"
        assert not window.isVisible()
        answers[0].append("discard")
        new.close()


_KILLED_SESSION = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("ketamine-cascade-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from app.ui import folders, recovery
    folders.redirect(sys.argv[1])
    recovery.AUTOSAVE_MS = 50
    from app.ui.window import MainWindow
    window = MainWindow()
    window.show()
    window.lessons.open(sys.argv[2])
    window.presenter.show_notes()
    window.state.set_time(0.0)
    window.presenter.notes_window.refresh()
    window.presenter.notes_window.own_notes.insertPlainText("Written just before the crash")
    while not window.lessons.copy.exists():
        app.processEvents()
        time.sleep(0.01)
    print("autosaved", flush=True)
    time.sleep(120)
""")


def test_a_killed_session_offers_its_unsaved_note_back(qtbot, lesson_file, tmp_path, monkeypatch):
    from app.ui.window import MainWindow
    own = tmp_path / "own"
    child = subprocess.Popen([sys.executable, "-c", _KILLED_SESSION, str(own), str(lesson_file)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "autosaved", child.stderr.read()[-2000:]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        child.stdout.close()
        child.stderr.close()
    folders.redirect(own)
    offered = []
    monkeypatch.setattr(LessonController, "ask_restore",
                        lambda self, lesson, original: offered.append(original) or True)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.lessons.offer_recovery()
    assert offered == [lesson_file]
    assert window.lessons.lesson.note("overview", "dose") == "Written just before the crash"
    assert window.lessons.path == lesson_file and window.lessons.modified
    assert window.isWindowModified()
    assert Lesson.load(lesson_file).note("overview", "dose") == ""
    window.lessons.save(ask=False)
    assert Lesson.load(lesson_file).note("overview", "dose") == "Written just before the crash"
    assert not list(recovery.copies_folder().iterdir())


def leave_a_copy_as_a_crashed_session_would(lesson, original):
    folder = recovery.copies_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "unsaved-crashed.json").write_text(json.dumps(
        {"original_path": str(original), "lesson": lesson.to_dict()}), encoding="utf-8")


def test_a_crash_copy_that_is_discarded_is_gone(qtbot, lesson_file):
    from app.ui.window import MainWindow
    leave_a_copy_as_a_crashed_session_would(Lesson(title="Left behind"), lesson_file)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.lessons.offer_recovery()  # the test default answers Discard
    assert not list(recovery.copies_folder().glob("*.json"))
    assert window.lessons.lesson.title == "" and not window.lessons.modified


def test_a_second_window_neither_offers_nor_removes_the_first_ones_copy(
        window, qtbot, lesson_file, monkeypatch):
    from app.ui.window import MainWindow
    monkeypatch.setattr(recovery, "AUTOSAVE_MS", 10)
    open_with_a_typed_note(window, qtbot, lesson_file)
    qtbot.waitUntil(window.lessons.copy.exists, timeout=5000)
    offered = []
    monkeypatch.setattr(LessonController, "ask_restore",
                        lambda self, lesson, original: offered.append(lesson) or True)
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.lessons.offer_recovery() and offered == []
    second.close()
    assert window.lessons.copy.exists()


def test_an_unreadable_copy_is_set_aside_not_deleted(qtbot):
    from app.ui.window import MainWindow
    folder = recovery.copies_folder()
    folder.mkdir(parents=True)
    (folder / "unsaved-broken.json").write_text('{"lesson": {"schema_version": 1, "scen')
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.lessons.offer_recovery()
    assert (folder / "unsaved-broken.unreadable").is_file()


def test_a_clean_close_leaves_no_copy(window, qtbot, lesson_file, answers, monkeypatch):
    monkeypatch.setattr(recovery, "AUTOSAVE_MS", 10)
    open_with_a_typed_note(window, qtbot, lesson_file)
    qtbot.waitUntil(window.lessons.copy.exists, timeout=5000)
    copy, original = window.lessons.copy.read()
    assert original == lesson_file and copy.note("overview", "dose") == "Ask the room why"
    answers[0].append("save")
    window.close()
    assert not list(recovery.copies_folder().iterdir())

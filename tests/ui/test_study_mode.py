"""Study mode driven as a student would, through the real window: the keyboard alone (F6,
Enter, the number keys, the arrows), right and wrong answers with the feedback written for
each, quitting, a new window resuming at the same question with the same score, the
summary, resetting, a broken progress file, and presenter mode keeping it away."""
import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.scenes import SCENES
from app.story.question_bank import QUESTIONS
from app.story.study_progress import StudyProgress
from app.ui import simulation
from app.ui.study import StudyMode
from app.ui.study_panel import RIGHT_MARK, WRONG_MARK
from app.ui.window import MainWindow

from .switching import rebuilt_in


def press(qtbot, key):
    """A key pressed where the focus is, as a student's keyboard would."""
    qtbot.keyClick(QApplication.focusWidget(), key)


def phase_is(window, qtbot, phase):
    qtbot.waitUntil(lambda: window.study.phase == phase, timeout=10000)


def texts_on(panel):
    """Every text the panel shows, its buttons' and its labels'."""
    from PySide6.QtWidgets import QLabel
    QApplication.processEvents()  # a new page's widgets show on the next turn of events
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]


def index_of(question, right: bool) -> int:
    return next(i for i, choice in enumerate(question.choices) if choice.correct is right)


def new_window(qtbot, monkeypatch):
    monkeypatch.setattr(simulation, "OTHER_SCENES_AFTER_MS", 0)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.first_frame_done, timeout=10000)
    return win


def start_studying(window, qtbot):
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    press(qtbot, Qt.Key.Key_F6)
    assert window.study.active and window.study_panel.isVisible()
    assert not any(dock.isVisible() for dock in window.docks())  # room for the picture
    qtbot.waitUntil(lambda: window.study_panel.isAncestorOf(QApplication.focusWidget()))


def test_a_student_answers_right_and_wrong_with_the_keyboard_alone_and_resumes(
        window, qtbot, monkeypatch):
    start_studying(window, qtbot)
    press(qtbot, Qt.Key.Key_Return)  # Start
    phase_is(window, qtbot, "question")
    first = QUESTIONS[0]
    beat = window.state.timeline.beat_named(first.beat)
    assert window.state.scene_id == first.scene and window.state.t < beat.t
    assert first.prompt.en in texts_on(window.study_panel)

    right = index_of(first, True)
    press(qtbot, Qt.Key.Key_1 + right)  # a number key: an answer, not a jump to a scene
    assert window.state.scene_id == first.scene
    phase_is(window, qtbot, "feedback")
    assert window.state.t == pytest.approx(beat.t)  # the scene played on to its beat
    shown = texts_on(window.study_panel)
    assert window.study_panel.verdict.text().startswith(RIGHT_MARK)
    assert first.choices[right].feedback.en in shown and first.explanation.en in shown
    press(qtbot, Qt.Key.Key_1 + index_of(first, False))  # too late to change one's mind
    assert window.study.progress.answers[first.id] == first.answer.key

    press(qtbot, Qt.Key.Key_Return)  # Next question
    phase_is(window, qtbot, "question")
    second = QUESTIONS[1]
    wrong = index_of(second, False)
    for _ in range(wrong):
        press(qtbot, Qt.Key.Key_Down)  # the arrows move between the choices...
    press(qtbot, Qt.Key.Key_Return)  # ...and Enter answers
    phase_is(window, qtbot, "feedback")
    shown = texts_on(window.study_panel)
    assert window.study_panel.verdict.text().startswith(WRONG_MARK)
    assert second.choices[wrong].feedback.en in shown
    assert f"The answer: {second.answer.text.en}" in shown

    press(qtbot, Qt.Key.Key_Return)
    phase_is(window, qtbot, "question")
    press(qtbot, Qt.Key.Key_F6)  # quit in the middle of the third question
    assert not window.study.active and not window.study_panel.isVisible()
    assert all(dock.isVisible() for dock in (window.caption_dock, window.scenes_dock))
    press(qtbot, Qt.Key.Key_F6)
    window.close()  # closed while studying: the panels are remembered as they were

    again = new_window(qtbot, monkeypatch)
    assert all(dock.isVisible() for dock in (again.caption_dock, again.scenes_dock))
    start_studying(again, qtbot)
    assert any("Question 3 of" in text and "1 of 2 right" in text
               for text in texts_on(again.study_panel))
    press(qtbot, Qt.Key.Key_Return)  # Resume where you stopped
    phase_is(again, qtbot, "question")
    assert again.study.question is QUESTIONS[2]
    assert again.state.scene_id == QUESTIONS[2].scene
    assert "1 of 2 right" in again.study_panel.heading.text()
    again.close()


def test_reset_asks_first_and_forgets_every_answer(window, qtbot, monkeypatch):
    store = window.study.store
    store.save(StudyProgress({QUESTIONS[0].id: QUESTIONS[0].answer.key}, QUESTIONS[0].id))
    asked = []
    monkeypatch.setattr(StudyMode, "ask_reset", lambda self: asked.append(1) or False)
    start_studying(window, qtbot)
    window.study.reset()
    assert asked and window.study.store.load().started  # "No" keeps the answers
    monkeypatch.setattr(StudyMode, "ask_reset", lambda self: True)
    window.study.reset()
    assert not store.load().started
    assert "Start" in [b.text_shown() for b in window.study_panel.buttons]


def test_a_broken_progress_file_is_set_aside_and_a_fresh_one_starts(window, qtbot):
    path = window.study.store.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "answers": [', encoding="utf-8")
    start_studying(window, qtbot)
    assert [b.text_shown() for b in window.study_panel.buttons] == ["Start"]
    assert list(path.parent.glob("study-progress.broken-*.json"))
    press(qtbot, Qt.Key.Key_Return)
    phase_is(window, qtbot, "question")
    assert json.loads(path.read_text(encoding="utf-8"))["current"] == QUESTIONS[0].id


def test_the_summary_scores_each_scene_and_its_ideas_go_to_their_scenes(window, qtbot):
    wrong = [q for q in QUESTIONS if q.scene == "bdnf-mtor"][:2]
    answers = {q.id: (next(c for c in q.choices if not c.correct) if q in wrong
                      else q.answer).key for q in QUESTIONS}
    window.study.store.save(StudyProgress(answers, QUESTIONS[-1].id, finished=True))
    start_studying(window, qtbot)
    press(qtbot, Qt.Key.Key_Return)  # Resume: everything is answered
    assert window.study.phase == "summary"
    shown = texts_on(window.study_panel)
    total = sum(q.scene == "bdnf-mtor" for q in QUESTIONS)
    title = SCENES["bdnf-mtor"].title
    assert f"5. {title}: {total - 2} of {total} right" in shown
    assert "Ideas to revisit" in shown
    ideas = window.study_panel.buttons[:-1]  # the last one resets
    assert len(ideas) == 2
    ideas[1].click()
    qtbot.waitUntil(lambda: window.state.scene_id == "bdnf-mtor")
    beat = window.state.timeline.beat_named(wrong[1].beat)
    qtbot.waitUntil(lambda: window.state.t == pytest.approx(beat.t))


def test_presenting_leaves_study_mode_and_study_mode_never_shows_while_presenting(
        window, qtbot):
    start_studying(window, qtbot)
    press(qtbot, Qt.Key.Key_F5)
    assert window.presenter.active and not window.study.active
    assert not window.study_panel.isVisible() and not window.study_bar.isVisible()
    window.study.toggle()
    assert not window.study.active and not window.menus.named["study"].isChecked()
    window.presenter.leave()


def test_study_is_in_the_view_menu_and_on_the_toolbar_with_its_shortcut(window):
    action = window.menus.named["study"]
    assert action.text() == "Study" and action.shortcut().toString() == "F6"
    assert action in window.study_bar.actions()
    action.trigger()
    assert window.study.active and action.isChecked()
    action.trigger()
    assert not window.study.active and not action.isChecked()


def test_first_start_settings_do_not_matter_to_progress(window):
    """Progress lives in the data folder (the tests' own), not in the settings."""
    assert window.study.store.path.parent.name == "data"
    assert "study" not in " ".join(QSettings().allKeys())


def test_switching_the_language_while_studying_goes_on_at_the_same_question_in_chinese(
        window, qtbot):
    start_studying(window, qtbot)
    press(qtbot, Qt.Key.Key_Return)  # Start
    phase_is(window, qtbot, "question")
    with rebuilt_in(window, qtbot) as new:
        phase_is(new, qtbot, "question")
        assert new.study.question is QUESTIONS[0]
        assert QUESTIONS[0].prompt.zh_CN in texts_on(new.study_panel)
        assert "学习" in new.menus.named["study"].text() and new.menus.named["study"].isChecked()
        new.study.leave()
        assert new.caption_dock.isVisible()  # the docks study mode hid come back

"""File > Edit lesson… > Questions: the lesson's own study questions, starting from the
built-in set: reworded, reordered, added, removed, their choices and the correct one; an
incomplete question is named and OK waits; the edited questions are saved with the lesson."""
import pytest
from PySide6.QtCore import Qt

from app.model import Scenario, simulate
from app.story.lessons import Lesson
from app.story.question_bank import QUESTIONS
from app.ui.lesson_dialog import LessonDialog


@pytest.fixture(scope="module")
def trajectory():
    return simulate(Scenario())


@pytest.fixture
def dialog(qtbot, trajectory):
    widget = LessonDialog(Lesson(title="Week 3"), trajectory)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.questions)
    return widget


def test_the_page_starts_from_the_built_in_set_and_leaves_it_alone(dialog):
    page = dialog.questions
    assert page.list.count() == len(QUESTIONS)
    assert page.texts["prompt/en"].toPlainText() == QUESTIONS[0].prompt.en
    assert dialog.lesson().questions is None  # nothing changed: still the built-in set


def test_rewording_reordering_and_the_correct_choice_are_kept(dialog):
    page = dialog.questions
    page.texts["prompt/zh_CN"].setPlainText("谷氨酸接下来会怎样？")
    page.choices.item(1, 0).setCheckState(Qt.CheckState.Checked)  # a wrong choice now correct
    assert page.choices.item(0, 0).checkState() == Qt.CheckState.Unchecked  # only one ticked
    page.choices.item(1, 3).setText("Right in this made-up world.")
    page.down.click()
    questions = dialog.lesson().questions
    assert [q.id for q in questions] == [QUESTIONS[1].id, QUESTIONS[0].id] + [
        q.id for q in QUESTIONS[2:]]
    edited = questions[1]
    assert edited.prompt.zh_CN == "谷氨酸接下来会怎样？"
    assert edited.prompt.en == QUESTIONS[0].prompt.en
    assert edited.answer.key == QUESTIONS[0].choices[1].key
    assert edited.answer.feedback.en == "Right in this made-up world."


def test_a_new_question_is_named_until_it_is_complete(dialog, qtbot):
    page = dialog.questions
    page.add.click()
    assert page.list.count() == len(QUESTIONS) + 1 and page.list.currentRow() == 1
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "question 'question-1'" in page.problem.text()
    page.texts["prompt/en"].setPlainText("Where is the drug after a day?")
    page.texts["explanation/en"].setPlainText("Gone: its half-life is hours.")
    for row, text in enumerate(("Gone", "Still there")):
        page.choices.item(row, 1).setText(text)
    page.add_choice.click()
    page.choices.item(2, 1).setText("In the spines")
    assert page.choices.rowCount() == 3
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    added = dialog.lesson().questions[1]
    assert added.prompt.en == "Where is the drug after a day?" and added.answer.text.en == "Gone"
    assert [c.text.en for c in added.choices] == ["Gone", "Still there", "In the spines"]


def test_removed_questions_are_gone_and_the_lesson_round_trips(dialog, tmp_path):
    page = dialog.questions
    page.remove.click()
    assert page.list.count() == len(QUESTIONS) - 1
    lesson = dialog.lesson()
    assert lesson.questions == QUESTIONS[1:]
    lesson.save(tmp_path / "week3.lesson.json")
    assert Lesson.load(tmp_path / "week3.lesson.json").questions == QUESTIONS[1:]
    page.builtin.click()
    assert page.list.count() == len(QUESTIONS) and dialog.lesson().questions is None


def test_edited_questions_are_unsaved_work_in_the_window(window, qtbot):
    assert not window.lessons.modified
    window.lessons.apply(window.lessons.current().with_changes(questions=QUESTIONS[:1]),
                         window.lessons.path, saved=False)
    assert window.lessons.modified

"""Study questions in the window: a lesson file's broken question is named and the rest of
the lesson opens; the Export dialog makes worksheets and decks with question slides from the
lesson's own questions."""
import json

from app.story.lessons import Lesson
from app.story.question_bank import QUESTIONS as BANK
from app.ui.export_dialog import ExportDialog

#: Two questions of the built-in set, in this order: the tests name them.
QUESTIONS = tuple(next(q for q in BANK if q.id == key)
                  for key in ("glutamate-after-block", "relief-after-drug-gone"))


def export_dialog(window, kind):
    dialog = ExportDialog(window.state, window.canvas.settings, window, window.lesson_title(),
                          window.lesson_questions())
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def test_a_broken_question_is_named_and_the_rest_of_the_lesson_opens(
        window, qtbot, tmp_path, monkeypatch):
    data = Lesson(title="Week 3", questions=QUESTIONS).to_dict()
    data["questions"][0]["choices"] = data["questions"][0]["choices"][:1]
    path = tmp_path / "week3.lesson.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    assert window.lessons.open(str(path))
    assert window.lesson_title() == "Week 3" and window.lesson_questions() == QUESTIONS[1:]
    assert len(problems) == 1
    assert "question 'glutamate-after-block'" in problems[0] and "2 to 6" in problems[0]


def test_the_export_dialog_makes_a_worksheet_of_the_lessons_questions(window, tmp_path):
    window.lessons.apply(Lesson(title="Week 3", questions=QUESTIONS[1:],
                                scenario=window.state.scenario))
    dialog = export_dialog(window, "worksheet")
    assert dialog.format.currentData() == "pdf" and dialog.path.text().endswith("Week 3.pdf")
    assert not dialog.scene.isVisible() and not dialog.size.isVisibleTo(dialog)
    assert dialog.paper.isVisibleTo(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.path.setText(str(tmp_path / "sheet.pdf"))
    request = dialog.request()
    assert request.questions == QUESTIONS[1:] and request.paper == "letter"
    assert request.title == "Week 3" and request.theme == "projector"  # light, for paper


def test_the_deck_asks_the_questions_only_when_ticked(window, tmp_path):
    dialog = export_dialog(window, "deck")
    dialog.path.setText(str(tmp_path / "deck.pptx"))
    assert dialog.ask.isVisibleTo(dialog) and dialog.request().questions == ()
    dialog.ask.setChecked(True)
    assert dialog.request().questions == BANK  # the built-in set: the window has no lesson

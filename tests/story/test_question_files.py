"""Study questions read from data (``app.story.question_files``) and carried by lessons:
every question round-trips, every broken one is reported by name with what is wrong, and a
lesson with a broken question keeps the rest of itself."""
import copy
import json

import pytest

from app.errors import TEMPLATES
from app.story.lessons import Lesson, LessonError
from app.story.question_bank import QUESTIONS as BANK
from app.story.question_files import (
    MAX_QUESTIONS,
    QuestionError,
    questions_from_data,
    questions_kept,
    questions_to_data,
)
from app.story.questions import Choice, Words

#: Two questions of the built-in set, in this order: the tests name them.
QUESTIONS = tuple(next(q for q in BANK if q.id == key)
                  for key in ("glutamate-after-block", "relief-after-drug-gone"))


def data():
    """The built-in questions as a file holds them."""
    return questions_to_data(QUESTIONS)


def test_the_built_in_questions_round_trip_through_json():
    text = json.dumps(data(), ensure_ascii=False)
    assert questions_from_data(json.loads(text)) == QUESTIONS


def first_problem(items) -> str:
    with pytest.raises(QuestionError) as caught:
        questions_from_data(items)
    return str(caught.value)


def broken(change):
    """The built-in data with ``change(first question)`` applied."""
    items = data()
    change(items[0])
    return items


FIRST = "question 'glutamate-after-block': "
HOSTILE = {
    "unknown field": (lambda q: q.update(answer="up"), FIRST + "unknown field(s) 'answer'"),
    "missing prompt": (lambda q: q.pop("prompt"), FIRST + "the field 'prompt' is missing"),
    "no text in either language": (lambda q: q.update(prompt={"en": " ", "zh_CN": ""}),
                                   FIRST + "field 'prompt' has no text in either language"),
    "words not an object": (lambda q: q.update(explanation="why"),
                            FIRST + "field 'explanation': expected an object"),
    "unknown language": (lambda q: q["prompt"].update(fr="Quoi?"),
                         FIRST + "field 'prompt': unknown language(s) 'fr'"),
    "too long": (lambda q: q["prompt"].update(en="x" * 5000),
                 FIRST + "field 'prompt/en' is too long (5,000 characters; at most 1,000)"),
    "unknown scene": (lambda q: q.update(scene="hippocampus"),
                      FIRST + "scene: 'hippocampus' is not a scene id"),
    "bad kind": (lambda q: q.update(kind="essay"), FIRST + "kind: 'essay' is not one of"),
    "bad beat": (lambda q: q.update(beat="Peak!"), FIRST + "field 'beat': 'Peak!' is not an id"),
    "one choice": (lambda q: q.update(choices=q["choices"][:1]),
                   FIRST + "1 choices; a question has 2 to 6"),
    "seven choices": (lambda q: q.update(choices=[
        dict(q["choices"][1], key=f"k{i}") for i in range(6)] + q["choices"][:1]),
        FIRST + "7 choices; a question has 2 to 6"),
    "two correct": (lambda q: q["choices"][1].update(correct=True),
                    FIRST + "2 choices are marked correct; exactly one must be"),
    "none correct": (lambda q: q["choices"][0].update(correct=False),
                     FIRST + "0 choices are marked correct"),
    "correct not true or false": (lambda q: q["choices"][0].update(correct="yes"),
                                  FIRST + "choice number 1: correct: expected true or false"),
    "repeated key": (lambda q: q["choices"][1].update(key="up"),
                     FIRST + "two choices have the key 'up'"),
    "choice not an object": (lambda q: q["choices"].__setitem__(2, "It stays"),
                             FIRST + "choice number 3: expected an object, got text"),
    "choices not a list": (lambda q: q.update(choices={"up": "It rises"}),
                           FIRST + "choices: expected a list of choices"),
    "unknown link": (lambda q: q.update(links=["ketamine>happiness"]),
                     FIRST + "links: 'ketamine>happiness' is not an evidence link"),
    "broken character": (lambda q: q["prompt"].update(en="half a pair \ud800"),
                         FIRST + "field 'prompt/en' holds a broken character"),
    "text not text": (lambda q: q["prompt"].update(en=42),
                      FIRST + "field 'prompt/en' must be text, got a number"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_each_hostile_question_is_reported_by_its_id_and_what_is_wrong(case):
    change, expected = HOSTILE[case]
    assert first_problem(broken(change)).startswith(expected)


def test_a_question_without_a_good_id_is_named_by_its_place():
    items = data()
    items[1]["id"] = "Relief After!"
    assert first_problem(items).startswith("question number 2: field 'id': 'Relief After!'")
    items[1] = ["not", "a", "question"]
    assert first_problem(items) == "question number 2: expected an object, got a list"


def test_repeated_ids_not_a_list_and_too_many_are_refused():
    items = data()
    items[1]["id"] = items[0]["id"]
    assert first_problem(items) == (FIRST + "an earlier question has the same id; each id "
                                            "must be different")
    assert first_problem({"q": 1}) == "questions: expected a list of questions, got an object"
    assert first_problem([data()[0]] * (MAX_QUESTIONS + 1)).startswith(
        f"questions: {MAX_QUESTIONS + 1:,} questions; at most {MAX_QUESTIONS}")


def test_the_good_questions_are_kept_and_each_bad_one_reported():
    items = data()
    items.insert(1, {"id": "half-written", "scene": "overview"})
    kept, problems = questions_kept(items)
    assert kept == QUESTIONS
    assert [str(p) for p in problems] == ["question 'half-written': the field 'kind' is missing"]


def test_feedback_beat_and_links_may_be_left_out():
    items = data()
    for name in ("beat", "links"):
        del items[0][name]
    del items[0]["choices"][0]["feedback"]
    question = questions_from_data(items)[0]
    assert question.beat == "" and question.links == () and question.choices[0].feedback == Words()


def test_every_question_error_code_is_in_the_catalogue():
    assert {code for code in TEMPLATES if code.startswith("question.")} >= {
        "question.named", "question.numbered", "question.not_list", "question.too_many"}


# --- in lessons ---------------------------------------------------------------------------
def edited_questions():
    """The built-in set with the first reworded, its choices reordered, the second removed."""
    first = QUESTIONS[0]
    reworded = Words("What does glutamate do next?", "接下来谷氨酸会怎样？")
    choices = (first.choices[2], first.choices[0],
               Choice("wobble", Words("It oscillates", "振荡"), False, Words()), first.choices[1])
    return (type(first)(first.id, first.scene, first.beat, first.kind, reworded, choices,
                        first.explanation, first.links),)


def test_a_lesson_with_edited_questions_round_trips_through_its_file(tmp_path):
    lesson = Lesson(title="Week 3", questions=edited_questions())
    lesson.save(tmp_path / "week3.lesson.json")
    loaded = Lesson.load(tmp_path / "week3.lesson.json")
    assert loaded == lesson and loaded.questions == edited_questions()
    assert loaded.questions[0].answer.key == "up" and loaded.skipped_questions == ()


def test_a_lesson_without_questions_loads_and_saves_as_before(tmp_path):
    lesson = Lesson(title="Plain")
    assert lesson.questions is None and "questions" not in lesson.to_dict()
    assert Lesson.from_json(lesson.to_json()) == lesson
    assert Lesson(questions=()).to_dict()["questions"] == []


def test_a_broken_question_in_a_lesson_file_is_left_out_and_the_rest_is_kept(tmp_path):
    text = Lesson(title="Week 3", notes={"overview": {"": "Start here"}},
                  questions=QUESTIONS).to_dict()
    text["questions"][1]["choices"][0]["correct"] = False
    lesson = Lesson.from_json(json.dumps(text))
    assert lesson.title == "Week 3" and lesson.note("overview", "") == "Start here"
    assert lesson.questions == QUESTIONS[:1]
    assert [str(p) for p in lesson.skipped_questions] == [
        "question 'relief-after-drug-gone': 0 choices are marked correct; exactly one must be"]


def test_a_lesson_whose_questions_are_all_broken_falls_back_to_the_built_in_set():
    text = Lesson().to_dict()
    text["questions"] = "ask them"
    lesson = Lesson.from_json(json.dumps(text))
    assert lesson.questions is None
    assert [str(p) for p in lesson.skipped_questions] == [
        "questions: expected a list of questions, got text"]


def test_questions_made_in_code_are_checked_like_a_files():
    bad = copy.deepcopy(QUESTIONS[0])
    object.__setattr__(bad, "choices", bad.choices[:1])
    with pytest.raises(LessonError, match="1 choices; a question has 2 to 6"):
        Lesson(questions=(bad,))
    with pytest.raises(LessonError, match="expected study questions, got a number"):
        Lesson(questions=(1,))

"""A student's study progress as data: where they resume, their score per scene, the ideas
to revisit, and a saved file read back, whatever a hand or a broken disk left in it."""
import json

import pytest

from app.story.question_bank import QUESTIONS
from app.story.study_progress import StudyProgress, idea

FIRST, SECOND, THIRD = QUESTIONS[:3]


def wrong_key(question):
    return next(choice.key for choice in question.choices if not choice.correct)


def test_resuming_goes_to_the_question_left_open_or_the_one_after_an_answered_one():
    progress = StudyProgress()
    assert progress.resume_index(QUESTIONS) == 0 and not progress.started
    progress.current = FIRST.id  # asked, not answered: asked again
    assert progress.resume_index(QUESTIONS) == 0
    progress.record(FIRST, FIRST.answer.key)
    assert progress.resume_index(QUESTIONS) == 1
    progress.finished = True
    assert progress.resume_index(QUESTIONS) == len(QUESTIONS)


def test_scores_per_scene_and_the_ideas_to_revisit_come_from_the_answers():
    progress = StudyProgress()
    progress.record(FIRST, FIRST.answer.key)
    progress.record(SECOND, wrong_key(SECOND))
    assert progress.score(QUESTIONS) == (1, 2)
    per_scene = progress.scores_by_scene(QUESTIONS)
    asked = sum(q.scene == FIRST.scene for q in QUESTIONS)
    assert per_scene[FIRST.scene] == (1, 2, asked)
    assert progress.to_revisit(QUESTIONS) == [SECOND]
    assert SECOND.answer.text.zh_CN in idea(SECOND, "zh_CN")
    with pytest.raises(KeyError):
        progress.record(THIRD, "no-such-choice")


def test_progress_survives_its_file_and_drops_what_no_longer_exists():
    progress = StudyProgress({FIRST.id: FIRST.answer.key}, FIRST.id)
    assert StudyProgress.from_json(progress.to_json(), QUESTIONS) == progress
    data = json.loads(progress.to_json())
    data["answers"].update({"gone-question": "up", SECOND.id: "no-such-choice"})
    data["current"] = "gone-question"
    read = StudyProgress.from_json(json.dumps(data), QUESTIONS)
    assert read.answers == {FIRST.id: FIRST.answer.key} and read.current == ""


@pytest.mark.parametrize("text", ["", "[]", '{"format": 2}', "{\"format\": 1, \"answers\": []}",
                                  '{"format": 1, "answers": {}, "current": 3, "finished": false}',
                                  '{"format": 1, "answers": {}, "current": "", "finished": "no"}'])
def test_an_unusable_progress_file_is_refused_with_a_value_error(text):
    with pytest.raises(ValueError):
        StudyProgress.from_json(text, QUESTIONS)

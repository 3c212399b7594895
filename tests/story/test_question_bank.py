"""The built-in study questions: enough of them, in both languages, each asked before a beat
that the default scenario's scene really has, in teaching order, with one right answer and
feedback for every choice; a contested link is said to be contested."""
from collections import Counter

import pytest

from app.model import EVIDENCE, simulate
from app.scenes import SCENES
from app.story.question_bank import QUESTIONS
from app.story.questions import KINDS

#: The scenes on main when the bank was written (a later scene brings its own questions).
TAUGHT = ("overview", "two-timescales", "interneuron-blockade", "glutamate-burst",
          "bdnf-mtor", "spine-growth", "hit-and-run", "other-hypotheses", "dose-window")


@pytest.fixture(scope="module")
def default_beats():
    trajectory = simulate()
    return {scene: {beat.key: beat.t for beat in SCENES[scene].beats(trajectory)}
            for scene in TAUGHT}


def test_at_least_32_questions_and_two_per_scene_with_unique_ids():
    assert len(QUESTIONS) >= 32
    per_scene = Counter(question.scene for question in QUESTIONS)
    assert all(per_scene[scene] >= 2 for scene in TAUGHT), per_scene
    assert len({question.id for question in QUESTIONS}) == len(QUESTIONS)


def test_every_question_asks_before_a_beat_of_the_default_scenario(default_beats):
    for question in QUESTIONS:
        assert question.beat in default_beats[question.scene], question.id


def test_questions_come_in_teaching_order(default_beats):
    order = [(TAUGHT.index(q.scene), default_beats[q.scene][q.beat]) for q in QUESTIONS]
    assert order == sorted(order)


def test_every_text_is_in_english_and_in_chinese():
    for question in QUESTIONS:
        texts = [question.prompt, question.explanation]
        texts += [words for choice in question.choices for words in (choice.text,
                                                                     choice.feedback)]
        for words in texts:
            assert words.en.strip() and words.zh_CN.strip(), question.id
            assert any("\u4e00" <= char <= "\u9fff" for char in words.zh_CN), question.id
            assert not any("\u4e00" <= char <= "\u9fff" for char in words.en), question.id


def test_one_right_answer_among_two_to_six_choices_with_distinct_keys():
    for question in QUESTIONS:
        assert question.kind in KINDS
        assert 2 <= len(question.choices) <= 6, question.id
        assert sum(choice.correct for choice in question.choices) == 1, question.id
        keys = [choice.key for choice in question.choices]
        assert len(set(keys)) == len(keys), question.id


def test_a_wrong_choice_says_why_it_is_tempting_or_why_it_is_wrong():
    for question in QUESTIONS:
        for choice in question.choices:
            if not choice.correct:
                assert not choice.feedback.en.startswith("Right"), question.id
                assert choice.feedback.en != question.answer.feedback.en


def test_all_four_kinds_are_asked():
    assert {question.kind for question in QUESTIONS} == set(KINDS)


def test_links_name_the_evidence_and_a_contested_one_is_said_to_be_contested():
    evidence = {f"{source}>{target}": record for (source, target), record in EVIDENCE.items()}
    for question in QUESTIONS:
        for link in question.links:
            assert link in evidence, (question.id, link)
            if evidence[link].level == "contested":
                assert "ontested" in question.explanation.en, question.id
                assert "争议" in question.explanation.zh_CN, question.id


def test_the_human_rapamycin_trial_is_told_where_rapamycin_is_asked():
    """Abdallah 2020: in the one human trial rapamycin did not block ketamine's effect, unlike
    in rats (Li 2010); the model follows the rats, so the question says where they part."""
    rapamycin = [q for q in QUESTIONS if "rapamycin>mtor_activity" in q.links]
    assert rapamycin and all("Abdallah 2020" in q.explanation.en for q in rapamycin)


#: Times the explanations state in words, in hours (question id, words, hours): each must
#: agree with the beat the question plays to, found from the default scenario's run.
STATED_TIMES = (
    ("overview-mtor-after-surge", "a little over an hour", 1.3),
    ("overview-drug-gone", "About 22 hours", 22),
    ("overview-spines-back", "about a day and a half", 36),
    ("two-timescales-waiting", "About two weeks in", 14 * 24),
    ("two-timescales-ssri-relief", "about three and a half weeks", 3.5 * 7 * 24),
    ("interneurons-recover", "within a couple of hours", 1.6),
    ("glutamate-nbqx", "within about an hour", 1),
    ("bdnf-trkb-blocker", "about an hour and a quarter", 1.25),
    ("bdnf-building-blocks", "about three hours", 3),
    ("spines-when", "about two hours", 2),
    ("spines-nbqx", "within about eight hours", 8),
    ("spines-what-built-from", "about a day and a half", 36),
    ("spines-recede", "About a week", 7 * 24),
    ("run-drug-peak", "about 40 minutes", 40 / 60),
    ("run-dissociation", "about two and a half hours", 2.5),
    ("run-drug-left", "about 22 hours", 22),
    ("relief-after-drug-gone", "about a day after the dose", 24),
    ("run-relief-fades", "About a week", 7 * 24),
)


@pytest.mark.parametrize("question_id, words, hours", STATED_TIMES)
def test_a_time_an_explanation_states_is_when_the_model_reaches_that_beat(
        default_beats, question_id, words, hours):
    question = next(q for q in QUESTIONS if q.id == question_id)
    assert words in question.explanation.en
    assert default_beats[question.scene][question.beat] == pytest.approx(hours, rel=0.35)

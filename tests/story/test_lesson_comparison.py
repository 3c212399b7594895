"""A lesson's comparison (compare mode, issue 13): scenario B saved with the lesson and read
back with the same guards as the lesson's own scenario."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import Scenario
from app.story.comparison import Comparison
from app.story.lessons import LESSON_SCHEMA_VERSION, Lesson, LessonError

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ESKETAMINE = Scenario(drug="esketamine", route="intranasal", dose_mg=56)


def with_comparison(value) -> str:
    """A valid lesson file whose "comparison" field is ``value``."""
    return json.dumps({**Lesson().to_dict(), "comparison": value})


def refused(text: str) -> str:
    with pytest.raises(LessonError) as caught:
        Lesson.from_json(text)
    return str(caught.value)


def test_a_lesson_with_a_comparison_round_trips_through_its_file(tmp_path):
    lesson = Lesson(title="Two enantiomers", comparison=Comparison(ESKETAMINE, "enantiomers"))
    path = tmp_path / "lesson.json"
    lesson.save(path)
    again = Lesson.load(path)
    assert again == lesson
    assert again.comparison.b.drug == "esketamine" and again.comparison.experiment == "enantiomers"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == LESSON_SCHEMA_VERSION == 1
    assert saved["comparison"]["scenario"]["dose_mg"] == 56


def test_a_lesson_without_a_comparison_writes_no_such_field_and_loads_as_before():
    assert "comparison" not in Lesson().to_dict()
    old_file = {key: value for key, value in Lesson(title="Old").to_dict().items()}
    assert Lesson.from_json(json.dumps(old_file)) == Lesson(title="Old")
    assert Lesson.from_json(with_comparison(None)).comparison is None


def test_the_comparison_is_replaced_and_removed_like_any_field():
    lesson = Lesson().with_changes(comparison=Comparison(ESKETAMINE))
    assert lesson.comparison.b == ESKETAMINE
    assert lesson.with_changes(comparison=None).comparison is None


@pytest.mark.parametrize("value, words", [
    (5, ["comparison", "a number"]),
    ([], ["comparison", "a list"]),
    ("esketamine", ["comparison", "text"]),
    ({}, ["comparison", "'scenario'", "null"]),
    ({"scenario": 3}, ["comparison", "a number"]),
    ({"scenario": {"drug": "cocaine"}}, ["comparison", "drug", "cocaine"]),
    ({"scenario": {"dose_mg": -1}}, ["comparison", "dose_mg"]),
    ({"scenario": {"route": "iv", "drug": "ssri"}}, ["comparison", "route"]),
    ({"scenario": {}, "script": "rm -rf"}, ["comparison", "unknown field", "script"]),
    ({"scenario": {}, "experiment": 7}, ["comparison/experiment", "text"]),
    ({"scenario": {}, "experiment": "x" * 500}, ["comparison/experiment", "too long"]),
    ({"scenario": {}, "experiment": "li-2011"}, ["comparison/experiment", "'li-2011'",
                                                 "rapamycin-rats"]),
])
def test_hostile_comparisons_are_refused_naming_the_field(value, words):
    message = refused(with_comparison(value))
    assert message.startswith("lesson file: ")
    for word in words:
        assert word in message
    assert len(message) < 400


def test_a_comparison_that_is_not_one_is_refused_in_code():
    with pytest.raises(LessonError, match="comparison"):
        Lesson(comparison=ESKETAMINE)  # a scenario is not a comparison


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["scenario", "experiment", "drug", "dose_mg", "x"])
                      | st.text(max_size=6), inner, max_size=5),
    max_leaves=30)


@FAST
@given(json_values)
def test_random_comparisons_give_a_lesson_or_a_lesson_error(value):
    try:
        assert isinstance(Lesson.from_json(with_comparison(value)), Lesson)
    except LessonError as exc:
        assert str(exc).startswith("lesson file: ")

"""Lessons: round trips (notes, Chinese text), atomic saves, and every bad file refused in
words with a LessonError, never another exception, and nothing changed."""
import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import Scenario
from app.story.catalogue import LANGUAGES, SCENE_IDS, THEME_NAMES
from app.story.lessons import LESSON_SCHEMA_VERSION, MAX_NOTES, Lesson, LessonError

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def lesson_json(**fields) -> str:
    return json.dumps({"schema_version": 1, **fields})


def refused(text: str) -> str:
    with pytest.raises(LessonError) as caught:
        Lesson.from_json(text)
    return str(caught.value)


# --- Qt-freedom ----------------------------------------------------------------------
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_lessons_import_no_qt():
    code = ("import sys, app.story.lessons; bad = [m for m in sys.modules if m.startswith("
            "('PySide6', 'shiboken6', 'app.scenes', 'app.ui', 'app.i18n'))]; print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- defaults, editing, round trips --------------------------------------------------------
def test_the_default_lesson_shows_every_scene_from_the_first():
    lesson = Lesson()
    assert lesson.scenes == SCENE_IDS and lesson.start_scene == "overview"
    assert (lesson.start_beat, lesson.language, lesson.theme) == ("", "en", "dark")
    assert lesson.scenario == Scenario() and dict(lesson.notes) == {}


def test_notes_are_set_read_removed_and_immutable():
    lesson = Lesson().with_note("overview", "glutamate-peak", "Ask: why a surge?")
    assert lesson.note("overview", "glutamate-peak") == "Ask: why a surge?"
    assert lesson.note("overview", "dose") == "" and lesson.note("spine-growth", "peak") == ""
    with pytest.raises(TypeError):
        lesson.notes["overview"]["dose"] = "sneaky"
    assert lesson.with_note("overview", "glutamate-peak", "") == Lesson()
    hash(lesson)


def test_with_changes_validates_and_names_unknown_fields():
    lesson = Lesson().with_changes(scenes=["spine-growth", "overview"], start_scene="overview")
    assert lesson.scenes == ("spine-growth", "overview")
    with pytest.raises(LessonError, match="unknown field.*'colour'"):
        Lesson().with_changes(colour="red")
    with pytest.raises(LessonError, match="start_scene.*not among the shown scenes"):
        Lesson().with_changes(scenes=["spine-growth"])


def test_round_trip_with_notes_and_chinese_text(tmp_path):
    lesson = Lesson(title="氯胺酮：快速抗抑郁 — lecture 3",
                    scenario=Scenario(drug="esketamine", route="intranasal", dose_mg=84,
                                      blockers={"rapamycin"}),
                    scenes=("glutamate-burst", "overview", "spine-growth"),
                    start_scene="overview", start_beat="glutamate-peak", language="zh_CN",
                    theme="projector",
                    notes={"overview": {"": "开场白", "glutamate-peak": "谷氨酸激增\n问学生"},
                           "hit-and-run": {"drug-gone": "Hidden scene, note kept"}})
    assert Lesson.from_json(lesson.to_json()) == lesson
    path = tmp_path / "lesson.json"
    lesson.save(path)
    assert Lesson.load(path) == lesson
    assert "谷氨酸激增" in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == LESSON_SCHEMA_VERSION


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "lesson.json"
    Lesson(title="first").save(path)
    Lesson(title="second").save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.json"]
    assert Lesson.load(path).title == "second"

    def broken_replace(*_args):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        Lesson(title="third").save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.json"]
    assert Lesson.load(path).title == "second"


keys = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)
texts = st.text(max_size=40)


@st.composite
def lessons(draw):
    scenes = draw(st.permutations(SCENE_IDS))[:draw(st.integers(1, len(SCENE_IDS)))]
    notes = draw(st.dictionaries(st.sampled_from(SCENE_IDS),
                                 st.dictionaries(keys | st.just(""), texts, max_size=3),
                                 max_size=3))
    scenario = draw(st.builds(Scenario, dose_mg=st.floats(0, 200), stress=st.floats(0, 1),
                              n_doses=st.integers(1, 5),
                              blockers=st.frozensets(st.sampled_from(["nbqx", "rapamycin"]))))
    return Lesson(title=draw(st.text(max_size=200)), scenario=scenario, scenes=tuple(scenes),
                  start_scene=draw(st.sampled_from(scenes)), start_beat=draw(keys | st.just("")),
                  language=draw(st.sampled_from(LANGUAGES)),
                  theme=draw(st.sampled_from(THEME_NAMES)), notes=notes)


@FAST
@given(lessons())
def test_any_valid_lesson_round_trips(lesson):
    assert Lesson.from_json(lesson.to_json()) == lesson


# --- bad files ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("", ["empty"]),
    ('{"schema_version": 1, "title": "cut', ["not valid JSON", "cut short"]),
    ("not json at all", ["not valid JSON", "line 1"]),
    ("[1, 2]", ["top level must be an object", "a list"]),
    ('{"title": "x"}', ["schema_version is missing"]),
    (lesson_json(schema_version=3), ["newer version of the app (schema 3)", "reads schema 1"]),
    (lesson_json(schema_version="1"), ["schema_version", "whole number", "text"]),
    (lesson_json(schema_version=1.5), ["schema_version", "whole number"]),
    (lesson_json(schema_version=0), ["schema_version 0 is not supported"]),
    (lesson_json(colour="red"), ["unknown field", "'colour'", "allowed", "scenes"]),
    (lesson_json(drug="ketamine"), ["scenario file, not a lesson"]),
    (lesson_json(scenes=5), ["field 'scenes' must be a list of scene ids, got a number"]),
    (lesson_json(scenes="overview"), ["field 'scenes' must be a list", "text"]),
    (lesson_json(scenes=[]), ["scenes", "at least one"]),
    (lesson_json(scenes=["overview", "mystery"]), ["'mystery' is not a scene id", "spine-growth"]),
    (lesson_json(scenes=[["overview"]]), ["scenes", "a list is not a scene id"]),
    (lesson_json(scenes=["overview", "overview"]), ["overview more than once"]),
    (lesson_json(scenes=["overview"], start_scene="spine-growth"),
     ["start_scene", "'spine-growth' is not among the shown scenes"]),
    (lesson_json(start_beat=7), ["start_beat", "a number"]),
    (lesson_json(start_beat="Glutamate Peak!"), ["start_beat", "not a beat key"]),
    (lesson_json(title=None), ["field 'title' must be text, got null"]),
    (lesson_json(title="x" * 201), ["title", "too long", "at most 200"]),
    (lesson_json(title="\ud800"), ["title", "broken character"]),
    (lesson_json(language="fr"), ["language", "'fr'", "zh_CN"]),
    (lesson_json(theme={"a": 1}), ["theme", "an object", "projector"]),
    (lesson_json(notes=[]), ["notes", "a list"]),
    (lesson_json(notes={"nowhere": {}}), ["notes", "'nowhere' is not a scene id"]),
    (lesson_json(notes={"overview": "hello"}), ["notes of overview", "text"]),
    (lesson_json(notes={"overview": {"dose": 3}}), ["notes/overview/dose", "a number"]),
    (lesson_json(notes={"overview": {"dose": "x" * 10_001}}), ["too long", "10,000"]),
    (lesson_json(notes={s: {f"b{i}": "n" for i in range(100)} for s in SCENE_IDS}),
     [f"{100 * len(SCENE_IDS)} notes", "at most 500"]),
    (lesson_json(scenario=[]), ["field 'scenario' must be an object"]),
    (lesson_json(scenario={"dose_mg": 1e308}), ["scenario: dose_mg", "out of range"]),
    (lesson_json(scenario={"dose_mg": "lots"}), ["scenario: dose_mg", "not a number"]),
    (lesson_json(scenario={"drug": "cocaine"}), ["scenario: drug", "cocaine"]),
    (lesson_json(scenario={"colour": 1}), ["scenario: unknown field", "colour"]),
    (lesson_json(scenario={"blockers": 5}), ["scenario: blockers"]),
    ('{"schema_version": 1, "scenario": {"n_doses": 1' + "0" * 400 + "}}",
     ["401 digits", "too large"]),
    ('{"schema_version": 1, "scenario": {"dose_mg": 1e400}}', ["1e400", "too large"]),
    ('{"schema_version": 1, "scenario": {"dose_mg": NaN}}', ["NaN"]),
    ('{"schema_version": 1, "scenario": {"stress": -Infinity}}', ["-Infinity"]),
    ("1" * 5000, ["5000 digits"]),
    ('{"schema_version": 1, "title": ' + "[" * 30 + "]" * 30 + "}", ["nested too deeply"]),
    ("[" * 100_000, ["nested too deeply"]),
    ('{"a":' * 50_000 + "1" + "}" * 50_000, ["nested too deeply"]),
])
def test_a_bad_lesson_is_refused_in_words(text, words):
    message = refused(text)
    assert message.startswith("lesson file: ")
    for word in words:
        assert word in message, (word, message)


def test_bad_files_on_disk_are_refused_in_words(tmp_path):
    def refused_file(path) -> str:
        with pytest.raises(LessonError) as caught:
            Lesson.load(path)
        return str(caught.value)
    assert "does not exist" in refused_file(tmp_path / "missing.json")
    assert "is a folder, not a file" in refused_file(tmp_path)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in refused_file(fifo)  # at once: nothing writes to it
    assert "not a regular file" in refused_file("/dev/zero")
    binary = tmp_path / "picture.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert "not a text file" in refused_file(binary)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"title": "caf\xe9"}')
    assert "not UTF-8" in refused_file(latin)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    assert "too large" in refused_file(huge)
    truncated = tmp_path / "truncated.json"
    Lesson(title="whole").save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:-40])
    message = refused_file(truncated)
    assert str(truncated) in message and "cut short" in message


def test_a_refused_file_changes_nothing(tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(lesson_json(schema_version=9), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir()), path.read_bytes()
    with pytest.raises(LessonError):
        Lesson.load(path)
    assert (sorted(p.name for p in tmp_path.iterdir()), path.read_bytes()) == before
    assert Lesson() == Lesson()  # defaults untouched


def test_a_lesson_too_large_to_load_again_is_not_saved(tmp_path):
    per_scene = MAX_NOTES // len(SCENE_IDS)  # within the count of notes, far over the bytes
    notes = {s: {f"b{i}": "\u0001" * 10_000 for i in range(per_scene)} for s in SCENE_IDS}
    with pytest.raises(LessonError, match="too large to save"):
        Lesson(notes=notes).save(tmp_path / "big.json")
    assert list(tmp_path.iterdir()) == []


# --- fuzz: only LessonError or success -------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12)
    | st.sampled_from(SCENE_IDS + LANGUAGES + THEME_NAMES),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["schema_version", "title", "scenario", "scenes",
                                       "start_scene", "start_beat", "language", "theme",
                                       "notes", "dose_mg", "blockers", "x"]) | st.text(max_size=6),
                      inner, max_size=5),
    max_leaves=30)


def only_lesson_errors(text):
    try:
        assert isinstance(Lesson.from_json(text), Lesson)
    except LessonError as exc:
        assert str(exc).startswith("lesson file: ")


@FAST
@given(st.dictionaries(st.sampled_from(["title", "scenario", "scenes", "start_scene",
                                        "start_beat", "language", "theme", "notes"]),
                       json_values, max_size=8))
def test_random_lesson_shaped_structures_raise_only_lesson_errors(fields):
    only_lesson_errors(json.dumps({"schema_version": 1, **fields}))


@FAST
@given(json_values)
def test_random_json_values_raise_only_lesson_errors(value):
    only_lesson_errors(json.dumps(value))


@FAST
@given(st.text(alphabet='{}[]":,0123456789.eE-+ \\untrlfasNIy' + "\ud800中", max_size=80)
       | st.text(max_size=60))
def test_random_json_ish_text_raises_only_lesson_errors(text):
    only_lesson_errors(text)


@FAST
@given(lessons(), st.integers(0, 2000), st.binary(max_size=8))
def test_damaged_lesson_files_raise_only_lesson_errors(lesson, cut, junk):
    text = lesson.to_json()
    damaged = text[:cut % (len(text) + 1)] + junk.decode("latin-1")
    only_lesson_errors(damaged)


def test_wide_hostile_files_are_refused_quickly_with_short_messages():
    import time
    started = time.monotonic()
    many = lesson_json(scenes=["overview"] * 150_000)
    assert "overview more than once" in refused(many)
    keys = refused(json.dumps({"schema_version": 1, **{f"k{i}": 0 for i in range(50_000)}}))
    assert "more" in keys and len(keys) < 400
    inside = refused(lesson_json(scenario={f"k{i}": 0 for i in range(50_000)}))
    assert inside.startswith("lesson file: scenario: ") and len(inside) < 400
    assert time.monotonic() - started < 5

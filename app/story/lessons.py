"""A lesson: what a lecturer prepared around a scenario, saved as JSON with a schema version.

A :class:`Lesson` holds the scenario, which scenes are shown in which order, where the
lesson starts (scene and beat key), the language, the theme and per-beat notes. It is
immutable and always valid; every problem, in code or in a file, is a :class:`LessonError`
(a ``ValueError``) saying in plain words what is wrong and where. Loading a file is pure:
it builds a new object and changes nothing else. Saving is atomic.

No Qt here: the scene ids, languages and themes come from the catalogue
(``app.story.catalogue``).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from app.errors import Message, describe_kind, json_problem
from app.excerpt import excerpt, listed, shortened
from app.model.scenario import Scenario, ScenarioError
from app.safefile import FileReadError, read_text_file, write_text_atomically
from app.story.catalogue import (
    DEFAULT_LANGUAGE,
    DEFAULT_THEME,
    LANGUAGES,
    SCENE_IDS,
    THEME_NAMES,
)
from app.story.comparison import Comparison
from app.story.frozen_map import FrozenMap
from app.story.lesson_compare import checked_comparison, comparison_data, comparison_from_data
from app.story.lesson_errors import LessonError
from app.story.question_files import lesson_questions, questions_in_file, questions_to_data

LESSON_SCHEMA_VERSION = 1
MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 10_000
MAX_NOTES = 500
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
MAX_INT_DIGITS = 18
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


@dataclass(frozen=True)
class Lesson:
    """A prepared lesson. ``start_scene`` "" means the first shown scene; ``start_beat`` ""
    means the start of that scene; ``notes`` maps scene id -> beat key -> text;
    ``comparison`` is scenario B beside the scenario (compare mode), or None."""

    title: str = ""
    scenario: Scenario = field(default_factory=Scenario)
    scenes: tuple[str, ...] = SCENE_IDS
    start_scene: str = ""
    start_beat: str = ""
    language: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    notes: Mapping[str, Mapping[str, str]] = field(default_factory=FrozenMap)
    comparison: Comparison | None = None
    questions: tuple | None = None  # the lesson's own study questions; None: the built-in set
    #: the file's questions that were left out, each a QuestionError saying why (not saved)
    skipped_questions: tuple = field(default=(), compare=False, repr=False)

    def __post_init__(self):
        values = _normalised({name: getattr(self, name) for name in _FIELD_NAMES})
        for name, value in values.items():
            object.__setattr__(self, name, value)

    # --- editing -----------------------------------------------------------------------
    def with_changes(self, **changes) -> Lesson:
        """A copy with some fields replaced (validated like a new lesson)."""
        unknown = set(changes) - set(_FIELD_NAMES)
        if unknown:
            raise _unknown_fields_error(unknown)
        return replace(self, **changes)

    def note(self, scene_id: str, beat_key: str) -> str:
        """The note on one beat ("" if none; beat key "" is the start of the scene)."""
        return self.notes.get(scene_id, {}).get(beat_key, "")

    def with_note(self, scene_id: str, beat_key: str, text: str) -> Lesson:
        """A copy with the note on one beat set; empty ``text`` removes it."""
        if not all(isinstance(part, str) for part in (scene_id, beat_key)):
            raise LessonError("lesson.note_place_not_text")
        notes = {scene: dict(beats) for scene, beats in self.notes.items()}
        notes.setdefault(scene_id, {})[beat_key] = text
        return replace(self, notes=notes)

    # --- JSON --------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """A JSON-ready dict with the schema version."""
        return {"schema_version": LESSON_SCHEMA_VERSION, "title": self.title,
                "scenario": self.scenario.to_dict(), "scenes": list(self.scenes),
                "start_scene": self.start_scene, "start_beat": self.start_beat,
                "language": self.language, "theme": self.theme,
                "notes": {scene: dict(beats) for scene, beats in self.notes.items()},
                **comparison_data(self.comparison),
                **({} if self.questions is None else
                   {"questions": questions_to_data(self.questions)})}

    def to_json(self) -> str:
        """JSON text of this lesson (UTF-8 friendly: Chinese stays readable)."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Lesson:
        """Parse JSON text; anything wrong raises :class:`LessonError`."""
        return _parse(text, None)

    @classmethod
    def load(cls, path) -> Lesson:
        """Read a lesson file (at most 2 MB); anything wrong raises :class:`LessonError`."""
        where = Message("file.lesson", path=repr(str(path)))
        try:
            text = read_text_file(path, where, MAX_FILE_BYTES)
        except FileReadError as exc:
            raise LessonError(exc.code, **exc.values) from None
        return _parse(text, where)

    def save(self, path) -> None:
        """Write this lesson as JSON atomically (temporary file, then rename)."""
        data = (self.to_json() + "\n").encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            raise LessonError("lesson.too_large_to_save", size=f"{len(data):,}")
        write_text_atomically(Path(path), data.decode("utf-8"))


_FIELD_NAMES = tuple(f.name for f in fields(Lesson) if f.compare)


# --- validation of the fields --------------------------------------------------------------
def _normalised(values: dict) -> dict:
    """The fields checked and normalised; LessonError naming the first invalid one."""
    if not isinstance(values["scenario"], Scenario):
        raise LessonError("lesson.scenario_not_scenario", kind=_kind(values["scenario"]))
    scenes = _scenes(values["scenes"])
    start_scene = _text("start_scene", values["start_scene"], 64) or scenes[0]
    if start_scene not in scenes:
        raise LessonError("lesson.start_not_shown", value=_shown(start_scene),
                          scenes=", ".join(scenes))
    _choice("language", values["language"], LANGUAGES)
    _choice("theme", values["theme"], THEME_NAMES)
    return {**values, "title": _text("title", values["title"], MAX_TITLE_CHARS),
            "scenes": scenes, "start_scene": start_scene,
            "start_beat": _beat_key(values["start_beat"], name="start_beat"),
            "notes": _notes(values["notes"]),
            "comparison": checked_comparison(values["comparison"]),
            "questions": lesson_questions(values["questions"], LessonError)}


def _text(name: str, value, limit: int) -> str:
    if not isinstance(value, str):
        raise LessonError("lesson.not_text", field=name, kind=_kind(value))
    if len(value) > limit:
        raise LessonError("lesson.too_long", field=name, length=f"{len(value):,}",
                          limit=f"{limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise LessonError("lesson.broken_character", field=name) from None
    return value


def _choice(name: str, value, allowed) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise LessonError("lesson.not_one_of", field=name, value=_shown(value),
                          allowed=", ".join(allowed))


def _scene_id(name: str, value) -> str:
    if not isinstance(value, str) or value not in SCENE_IDS:
        raise LessonError("lesson.not_scene_id", field=name, value=_shown(value),
                          scenes=", ".join(SCENE_IDS))
    return value


def _scenes(value) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise LessonError("lesson.scenes_not_list", kind=_kind(value))
    if not value:
        raise LessonError("lesson.scenes_empty")
    scenes = tuple(_scene_id("scenes", item) for item in value)
    repeated = sorted(item for item, count in Counter(scenes).items() if count > 1)
    if repeated:
        raise LessonError("lesson.scenes_repeated", scenes=", ".join(repeated))
    return scenes


def _beat_key(value, name: str = "", scene: str = "") -> str:
    """``value`` if it is a beat key; else LessonError naming the field ``name`` or, for a
    key in the notes, the ``scene`` whose notes hold it."""
    if not isinstance(value, str):
        if scene:
            raise LessonError("lesson.note_key_not_text", scene=scene, kind=_kind(value))
        raise LessonError("lesson.beat_key_not_text", field=name, kind=_kind(value))
    if value and not _KEY.fullmatch(value):
        if scene:
            raise LessonError("lesson.note_key_invalid", scene=scene, value=_shown(value))
        raise LessonError("lesson.not_beat_key", field=name, value=_shown(value))
    return value


def _notes(value) -> FrozenMap:
    if not isinstance(value, Mapping):
        raise LessonError("lesson.notes_not_object", kind=_kind(value))
    notes, count = {}, 0
    for scene_id, beats in value.items():
        _scene_id("notes", scene_id)
        if not isinstance(beats, Mapping):
            raise LessonError("lesson.scene_notes_not_object", scene=scene_id,
                              kind=_kind(beats))
        kept = {_beat_key(key, scene=scene_id):
                _text(f"notes/{scene_id}/{key}", text, MAX_NOTE_CHARS)
                for key, text in beats.items()}
        kept = {key: text for key, text in kept.items() if text}
        count += len(kept)
        if kept:
            notes[scene_id] = FrozenMap(kept)
    if count > MAX_NOTES:
        raise LessonError("lesson.too_many_notes", count=f"{count:,}", limit=MAX_NOTES)
    return FrozenMap(notes)


_kind = describe_kind


def _shown(value):
    return excerpt(value) if isinstance(value, str) else _kind(value)


def _unknown_fields_error(unknown) -> LessonError:
    return LessonError("lesson.unknown_fields", names=listed(unknown),
                       allowed=", ".join(_FIELD_NAMES))


# --- parsing -----------------------------------------------------------------------------
def _parse(text, where: Message | None) -> Lesson:
    """A lesson from JSON text; every problem a LessonError within the file ``where``
    (``lesson.in_file``; ``lesson.in_text`` for text without a file)."""
    try:
        return _from_data(_json_data(text))
    except LessonError as exc:
        if where is None:
            raise LessonError("lesson.in_text", error=exc) from None
        raise LessonError("lesson.in_file", file=where, error=exc) from None


def _json_data(text) -> dict:
    if not isinstance(text, str):
        raise LessonError("lesson.not_json_text", kind=_kind(text))
    if len(text) > MAX_FILE_BYTES:
        raise LessonError("lesson.text_too_large")
    if not text.strip():
        raise LessonError("lesson.empty")
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_reject_constant)
    except LessonError:
        raise  # from the number hooks: already in words
    except RecursionError:
        raise LessonError("lesson.too_deep", depth=MAX_DEPTH) from None
    except json.JSONDecodeError as exc:
        problem = json_problem(exc)
        cut = exc.pos >= len(text.rstrip()) or problem.code == "json.unterminated_string"
        raise LessonError("lesson.not_json_cut" if cut else "lesson.not_json", problem=problem,
                          line=exc.lineno, column=exc.colno) from None
    except ValueError as exc:  # Python's own limits, e.g. on integer digits
        raise LessonError("lesson.not_json_other", detail=shortened(str(exc), 200)) from None
    _check_depth(data)
    if not isinstance(data, dict):
        raise LessonError("lesson.top_not_object", kind=_kind(data))
    return data


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise LessonError("lesson.number_too_long", digits=digits[:12], count=len(digits))
    return int(digits)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise LessonError("lesson.number_too_large", number=text[:20])
    return value


def _reject_constant(name: str):
    raise LessonError("lesson.constant", constant=name)


def _check_depth(data) -> None:
    """Refuse nesting deeper than MAX_DEPTH (iteratively: no recursion to blow up)."""
    stack = [(data, 1)] if isinstance(data, (dict, list)) else []
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LessonError("lesson.too_deep", depth=MAX_DEPTH)
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def _from_data(data: dict) -> Lesson:
    data = dict(data)
    _check_version(data)
    unknown = set(data) - set(_FIELD_NAMES)
    if unknown & {"drug", "route", "dose_mg"}:
        raise LessonError("lesson.is_scenario")
    if unknown:
        raise _unknown_fields_error(unknown)
    if "scenario" in data:
        data["scenario"] = _scenario(data["scenario"])
    if "comparison" in data:
        data["comparison"] = comparison_from_data(data["comparison"])
    questions, skipped = questions_in_file(data.pop("questions", None))
    return Lesson(**data, questions=questions, skipped_questions=skipped)


def _check_version(data: dict) -> None:
    if "schema_version" not in data:
        raise LessonError("lesson.schema_missing")
    version = data.pop("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LessonError("lesson.schema_not_whole", kind=_kind(version))
    if version > LESSON_SCHEMA_VERSION:
        raise LessonError("lesson.schema_newer", version=version, supported=LESSON_SCHEMA_VERSION)
    if version < LESSON_SCHEMA_VERSION:
        raise LessonError("lesson.schema_unsupported", version=version,
                          supported=LESSON_SCHEMA_VERSION)


def _scenario(value) -> Scenario:
    if not isinstance(value, dict):
        raise LessonError("lesson.scenario_not_object", kind=_kind(value))
    try:
        return Scenario.from_dict(value)
    except ScenarioError as exc:
        raise LessonError("lesson.scenario", error=exc) from None
    except (TypeError, ValueError, OverflowError) as exc:
        raise LessonError("lesson.scenario", error=shortened(str(exc), 300)) from None


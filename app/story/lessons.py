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

from app.excerpt import excerpt, listed, shortened
from app.model.scenario import Scenario, ScenarioError
from app.safefile import FileReadError, read_text_file, write_text_atomically
from app.story.catalogue import DEFAULT_LANGUAGE, DEFAULT_THEME, LANGUAGES, SCENE_IDS, THEME_NAMES

LESSON_SCHEMA_VERSION = 1
MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 10_000
MAX_NOTES = 500
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20
MAX_INT_DIGITS = 18
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


class LessonError(ValueError):
    """A lesson field or file is invalid; the message says what is wrong and where."""


class FrozenMap(Mapping):
    """A read-only, hashable mapping (a lesson's notes)."""

    __slots__ = ("_items",)

    def __init__(self, items=()):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"


@dataclass(frozen=True)
class Lesson:
    """A prepared lesson. ``start_scene`` "" means the first shown scene; ``start_beat`` ""
    means the start of that scene; ``notes`` maps scene id -> beat key -> text."""

    title: str = ""
    scenario: Scenario = field(default_factory=Scenario)
    scenes: tuple[str, ...] = SCENE_IDS
    start_scene: str = ""
    start_beat: str = ""
    language: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    notes: Mapping[str, Mapping[str, str]] = field(default_factory=FrozenMap)

    def __post_init__(self):
        values = _normalised({name: getattr(self, name) for name in _FIELD_NAMES})
        for name, value in values.items():
            object.__setattr__(self, name, value)

    # --- editing -----------------------------------------------------------------------
    def with_changes(self, **changes) -> Lesson:
        """A copy with some fields replaced (validated like a new lesson)."""
        unknown = set(changes) - set(_FIELD_NAMES)
        if unknown:
            raise LessonError(_unknown_message(unknown))
        return replace(self, **changes)

    def note(self, scene_id: str, beat_key: str) -> str:
        """The note on one beat ("" if none; beat key "" is the start of the scene)."""
        return self.notes.get(scene_id, {}).get(beat_key, "")

    def with_note(self, scene_id: str, beat_key: str, text: str) -> Lesson:
        """A copy with the note on one beat set; empty ``text`` removes it."""
        if not all(isinstance(part, str) for part in (scene_id, beat_key)):
            raise LessonError("field 'notes': a scene id and a beat key must be text")
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
                "notes": {scene: dict(beats) for scene, beats in self.notes.items()}}

    def to_json(self) -> str:
        """JSON text of this lesson (UTF-8 friendly: Chinese stays readable)."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Lesson:
        """Parse JSON text; anything wrong raises :class:`LessonError`."""
        return _parse(text, "lesson file")

    @classmethod
    def load(cls, path) -> Lesson:
        """Read a lesson file (at most 2 MB); anything wrong raises :class:`LessonError`."""
        where = f"lesson file {str(path)!r}"
        try:
            text = read_text_file(path, where, "lesson", MAX_FILE_BYTES)
        except FileReadError as exc:
            raise LessonError(str(exc)) from None
        return _parse(text, where)

    def save(self, path) -> None:
        """Write this lesson as JSON atomically (temporary file, then rename)."""
        data = (self.to_json() + "\n").encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            raise LessonError(f"lesson: too large to save ({len(data):,} bytes; the limit is "
                              f"2 MB): shorten the notes")
        write_text_atomically(Path(path), data.decode("utf-8"))


_FIELD_NAMES = tuple(f.name for f in fields(Lesson))


# --- validation of the fields --------------------------------------------------------------
def _normalised(values: dict) -> dict:
    """The fields checked and normalised; LessonError naming the first invalid one."""
    if not isinstance(values["scenario"], Scenario):
        raise LessonError(f"field 'scenario' must be a Scenario, got {_kind(values['scenario'])}")
    scenes = _scenes(values["scenes"])
    start_scene = _text("start_scene", values["start_scene"], 64) or scenes[0]
    if start_scene not in scenes:
        raise LessonError(f"field 'start_scene': {_shown(start_scene)} is not among the "
                          f"shown scenes ({', '.join(scenes)})")
    _choice("language", values["language"], LANGUAGES)
    _choice("theme", values["theme"], THEME_NAMES)
    return {**values, "title": _text("title", values["title"], MAX_TITLE_CHARS),
            "scenes": scenes, "start_scene": start_scene,
            "start_beat": _beat_key("field 'start_beat'", values["start_beat"]),
            "notes": _notes(values["notes"])}


def _text(name: str, value, limit: int) -> str:
    if not isinstance(value, str):
        raise LessonError(f"field '{name}' must be text, got {_kind(value)}")
    if len(value) > limit:
        raise LessonError(f"field '{name}' is too long ({len(value):,} characters; "
                          f"at most {limit:,})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise LessonError(f"field '{name}' holds a broken character (a lone surrogate)") from None
    return value


def _choice(name: str, value, allowed) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise LessonError(f"field '{name}': {_shown(value)} is not one of {', '.join(allowed)}")


def _scene_id(name: str, value) -> str:
    if not isinstance(value, str) or value not in SCENE_IDS:
        raise LessonError(f"{name}: {_shown(value)} is not a scene id; the scenes are "
                          f"{', '.join(SCENE_IDS)}")
    return value


def _scenes(value) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise LessonError(f"field 'scenes' must be a list of scene ids, got {_kind(value)}")
    if not value:
        raise LessonError("field 'scenes' is empty; at least one scene must be shown")
    scenes = tuple(_scene_id("field 'scenes'", item) for item in value)
    repeated = sorted(item for item, count in Counter(scenes).items() if count > 1)
    if repeated:
        raise LessonError(f"field 'scenes' lists {', '.join(repeated)} more than once")
    return scenes


def _beat_key(name: str, value) -> str:
    if not isinstance(value, str):
        raise LessonError(f"{name} must be a beat key (text), got {_kind(value)}")
    if value and not _KEY.fullmatch(value):
        raise LessonError(f"{name}: {_shown(value)} is not a beat key (lower-case letters, "
                          f"digits and hyphens, such as 'glutamate-peak')")
    return value


def _notes(value) -> FrozenMap:
    if not isinstance(value, Mapping):
        raise LessonError(f"field 'notes' must be an object of scene ids, got {_kind(value)}")
    notes, count = {}, 0
    for scene_id, beats in value.items():
        where = "notes of " + _scene_id("field 'notes'", scene_id)
        if not isinstance(beats, Mapping):
            raise LessonError(f"{where} must be an object of beat keys, got {_kind(beats)}")
        kept = {_beat_key(f"a beat key in the {where}", key):
                _text(f"notes/{scene_id}/{key}", text, MAX_NOTE_CHARS)
                for key, text in beats.items()}
        kept = {key: text for key, text in kept.items() if text}
        count += len(kept)
        if kept:
            notes[scene_id] = FrozenMap(kept)
    if count > MAX_NOTES:
        raise LessonError(f"field 'notes' holds {count:,} notes; at most {MAX_NOTES}")
    return FrozenMap(notes)


_KINDS = ((type(None), "null"), (bool, "true/false"), ((int, float), "a number"),
          (str, "text"), ((list, tuple), "a list"), (Mapping, "an object"))


def _kind(value) -> str:
    """How a value is described to a person: "a number", "text", "a list"..."""
    return next((name for kind, name in _KINDS if isinstance(value, kind)),
                f"a {type(value).__name__}")


def _shown(value) -> str:
    return excerpt(value) if isinstance(value, str) else _kind(value)


def _unknown_message(unknown) -> str:
    return f"unknown field(s) {listed(unknown)}; allowed: {', '.join(_FIELD_NAMES)}"


# --- parsing -----------------------------------------------------------------------------
def _parse(text, where: str) -> Lesson:
    """A lesson from JSON text; every problem a LessonError prefixed with ``where``."""
    try:
        return _from_data(_json_data(text))
    except LessonError as exc:
        raise LessonError(f"{where}: {exc}") from None


def _json_data(text) -> dict:
    if not isinstance(text, str):
        raise LessonError(f"expected JSON text, got {_kind(text)}")
    if len(text) > MAX_FILE_BYTES:
        raise LessonError("it is too large (a lesson is at most 2 MB)")
    if not text.strip():
        raise LessonError("it is empty")
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_reject_constant)
    except LessonError:
        raise  # from the number hooks: already in words
    except RecursionError:
        raise LessonError(f"nested too deeply (at most {MAX_DEPTH} levels)") from None
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise LessonError(f"not valid JSON{' (the file looks cut short)' if cut else ''}: "
                          f"{exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:  # Python's own limits, e.g. on integer digits
        raise LessonError(f"not valid JSON ({exc})") from None
    _check_depth(data)
    if not isinstance(data, dict):
        raise LessonError(f"the top level must be an object, got {_kind(data)}")
    return data


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise LessonError(f"the number {digits[:12]}... ({len(digits)} digits) is far too "
                          f"large for a lesson")
    return int(digits)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise LessonError(f"the number {text[:20]} is too large for a lesson")
    return value


def _reject_constant(name: str):
    raise LessonError(f"{name} is not a number a lesson can hold")


def _check_depth(data) -> None:
    """Refuse nesting deeper than MAX_DEPTH (iteratively: no recursion to blow up)."""
    stack = [(data, 1)] if isinstance(data, (dict, list)) else []
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LessonError(f"nested too deeply (at most {MAX_DEPTH} levels)")
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def _from_data(data: dict) -> Lesson:
    data = dict(data)
    _check_version(data)
    unknown = set(data) - set(_FIELD_NAMES)
    if unknown & {"drug", "route", "dose_mg"}:
        raise LessonError("this is a scenario file, not a lesson; open it as a scenario")
    if unknown:
        raise LessonError(_unknown_message(unknown))
    if "scenario" in data:
        data["scenario"] = _scenario(data["scenario"])
    return Lesson(**data)


def _check_version(data: dict) -> None:
    if "schema_version" not in data:
        raise LessonError("schema_version is missing; is this a lesson file?")
    version = data.pop("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LessonError(f"schema_version must be a whole number, got {_kind(version)}")
    if version > LESSON_SCHEMA_VERSION:
        raise LessonError(f"this lesson was saved by a newer version of the app (schema "
                          f"{version}); this version reads schema {LESSON_SCHEMA_VERSION}")
    if version < LESSON_SCHEMA_VERSION:
        raise LessonError(f"schema_version {version} is not supported; this version reads "
                          f"schema {LESSON_SCHEMA_VERSION}")


def _scenario(value) -> Scenario:
    if not isinstance(value, dict):
        raise LessonError(f"field 'scenario' must be an object, got {_kind(value)}")
    try:
        return Scenario.from_dict(value)
    except (ScenarioError, TypeError, ValueError, OverflowError) as exc:
        message = str(exc).removeprefix("scenario: ")
        raise LessonError(f"scenario: {shortened(message, 300)}") from None


"""The lesson errors of the catalogue (``app.errors.catalogue``): codes ``lesson.*``."""
from __future__ import annotations

from app.errors.marking import QT_TRANSLATE_NOOP

LESSON_TEMPLATES = {
    # --- lessons (app/story/lessons.py) ---------------------------------------------------
    "lesson.in_file": QT_TRANSLATE_NOOP("Errors", "{file}: {error}"),
    "lesson.in_text": QT_TRANSLATE_NOOP("Errors", "lesson file: {error}"),
    "lesson.scenario": QT_TRANSLATE_NOOP("Errors", "scenario: {error}"),
    "lesson.unknown_fields": QT_TRANSLATE_NOOP(
        "Errors", "unknown field(s) {names}; allowed: {allowed}"),
    "lesson.note_place_not_text": QT_TRANSLATE_NOOP(
        "Errors", "field 'notes': a scene id and a beat key must be text"),
    "lesson.too_large_to_save": QT_TRANSLATE_NOOP(
        "Errors", "lesson: too large to save ({size} bytes; the limit is 2 MB): shorten the notes"),
    "lesson.scenario_not_scenario": QT_TRANSLATE_NOOP(
        "Errors", "field 'scenario' must be a Scenario, got {kind}"),
    "lesson.scenario_not_object": QT_TRANSLATE_NOOP(
        "Errors", "field 'scenario' must be an object, got {kind}"),
    "lesson.comparison": QT_TRANSLATE_NOOP("Errors", "field 'comparison': {error}"),
    "lesson.comparison_kind": QT_TRANSLATE_NOOP(
        "Errors", "field 'comparison' needs an object 'scenario' (scenario B), got {kind}"),
    "lesson.start_not_shown": QT_TRANSLATE_NOOP(
        "Errors", "field 'start_scene': {value} is not among the shown scenes ({scenes})"),
    "lesson.scenes_not_list": QT_TRANSLATE_NOOP(
        "Errors", "field 'scenes' must be a list of scene ids, got {kind}"),
    "lesson.scenes_empty": QT_TRANSLATE_NOOP(
        "Errors", "field 'scenes' is empty; at least one scene must be shown"),
    "lesson.scenes_repeated": QT_TRANSLATE_NOOP(
        "Errors", "field 'scenes' lists {scenes} more than once"),
    "lesson.notes_not_object": QT_TRANSLATE_NOOP(
        "Errors", "field 'notes' must be an object of scene ids, got {kind}"),
    "lesson.too_many_notes": QT_TRANSLATE_NOOP(
        "Errors", "field 'notes' holds {count} notes; at most {limit}"),
    "lesson.not_text": QT_TRANSLATE_NOOP("Errors", "field '{field}' must be text, got {kind}"),
    "lesson.too_long": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' is too long ({length} characters; at most {limit})"),
    "lesson.broken_character": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' holds a broken character (a lone surrogate)"),
    "lesson.not_one_of": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': {value} is not one of {allowed}"),
    "lesson.not_scene_id": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': {value} is not a scene id; the scenes are {scenes}"),
    "lesson.beat_key_not_text": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' must be a beat key (text), got {kind}"),
    "lesson.not_beat_key": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': {value} is not a beat key (lower-case letters, digits and "
                  "hyphens, such as 'glutamate-peak')"),
    "lesson.note_key_not_text": QT_TRANSLATE_NOOP(
        "Errors", "a beat key in the notes of {scene} must be a beat key (text), got {kind}"),
    "lesson.note_key_invalid": QT_TRANSLATE_NOOP(
        "Errors", "a beat key in the notes of {scene}: {value} is not a beat key (lower-case "
                  "letters, digits and hyphens, such as 'glutamate-peak')"),
    "lesson.scene_notes_not_object": QT_TRANSLATE_NOOP(
        "Errors", "notes of {scene} must be an object of beat keys, got {kind}"),
    "lesson.not_json_text": QT_TRANSLATE_NOOP("Errors", "expected JSON text, got {kind}"),
    "lesson.text_too_large": QT_TRANSLATE_NOOP(
        "Errors", "it is too large (a lesson is at most 2 MB)"),
    "lesson.empty": QT_TRANSLATE_NOOP("Errors", "it is empty"),
    "lesson.too_deep": QT_TRANSLATE_NOOP("Errors", "nested too deeply (at most {depth} levels)"),
    "lesson.not_json": QT_TRANSLATE_NOOP(
        "Errors", "not valid JSON: {problem} (line {line}, column {column})"),
    "lesson.not_json_cut": QT_TRANSLATE_NOOP(
        "Errors", "not valid JSON (the file looks cut short): {problem} (line {line}, column "
                  "{column})"),
    "lesson.not_json_other": QT_TRANSLATE_NOOP("Errors", "not valid JSON ({detail})"),
    "lesson.top_not_object": QT_TRANSLATE_NOOP(
        "Errors", "the top level must be an object, got {kind}"),
    "lesson.number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "the number {digits}... ({count} digits) is far too large for a lesson"),
    "lesson.number_too_large": QT_TRANSLATE_NOOP(
        "Errors", "the number {number} is too large for a lesson"),
    "lesson.constant": QT_TRANSLATE_NOOP("Errors", "{constant} is not a number a lesson can hold"),
    "lesson.is_scenario": QT_TRANSLATE_NOOP(
        "Errors", "this is a scenario file, not a lesson; open it as a scenario"),
    "lesson.schema_missing": QT_TRANSLATE_NOOP(
        "Errors", "schema_version is missing; is this a lesson file?"),
    "lesson.schema_not_whole": QT_TRANSLATE_NOOP(
        "Errors", "schema_version must be a whole number, got {kind}"),
    "lesson.schema_newer": QT_TRANSLATE_NOOP(
        "Errors", "this lesson was saved by a newer version of the app (schema {version}); this "
                  "version reads schema {supported}"),
    "lesson.schema_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "schema_version {version} is not supported; this version reads schema "
                  "{supported}"),
}

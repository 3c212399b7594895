"""The error catalogue's codes for study questions read from data (``question.*``,
``app/story/question_files.py``) and for worksheets (``export.*``, ``cli.*``), kept apart from
``catalogue.py`` only for its length; ``catalogue.TEMPLATES`` holds them all."""
from __future__ import annotations

from app.errors.marking import QT_TRANSLATE_NOOP

QUESTION_TEMPLATES = {
    # --- where: a question by its id or its place, a choice by its place ---------------------
    "question.named": QT_TRANSLATE_NOOP("Errors", "question {id}: {error}"),
    "question.numbered": QT_TRANSLATE_NOOP("Errors", "question number {number}: {error}"),
    "question.choice": QT_TRANSLATE_NOOP("Errors", "choice number {number}: {error}"),
    "lesson.questions": QT_TRANSLATE_NOOP("Errors", "{error}"),
    "question.left_out": QT_TRANSLATE_NOOP(
        "Errors", "left out of the lesson (the rest of the lesson is kept): {error}"),
    # --- the list -----------------------------------------------------------------------------
    "question.not_list": QT_TRANSLATE_NOOP(
        "Errors", "questions: expected a list of questions, got {kind}"),
    "question.too_many": QT_TRANSLATE_NOOP(
        "Errors", "questions: {count} questions; at most {limit}"),
    "question.repeated_id": QT_TRANSLATE_NOOP(
        "Errors", "an earlier question has the same id; each id must be different"),
    "question.not_question": QT_TRANSLATE_NOOP(
        "Errors", "questions: expected study questions, got {kind}"),
    # --- one question -------------------------------------------------------------------------
    "question.not_object": QT_TRANSLATE_NOOP("Errors", "expected an object, got {kind}"),
    "question.unknown_fields": QT_TRANSLATE_NOOP(
        "Errors", "unknown field(s) {names}; allowed: {allowed}"),
    "question.missing_field": QT_TRANSLATE_NOOP("Errors", "the field '{field}' is missing"),
    "question.not_text": QT_TRANSLATE_NOOP("Errors", "field '{field}' must be text, got {kind}"),
    "question.bad_id": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': {value} is not an id (lower-case letters, digits, - and _, "
                  "at most 64)"),
    "question.unknown_scene": QT_TRANSLATE_NOOP(
        "Errors", "scene: {value} is not a scene id; allowed: {scenes}"),
    "question.bad_kind": QT_TRANSLATE_NOOP(
        "Errors", "kind: {value} is not one of {allowed}"),
    "question.words_not_object": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': expected an object with the text in \"en\" and \"zh_CN\", "
                  "got {kind}"),
    "question.words_languages": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}': unknown language(s) {names}; allowed: en, zh_CN"),
    "question.words_empty": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' has no text in either language"),
    "question.too_long": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' is too long ({length} characters; at most {limit})"),
    "question.broken_character": QT_TRANSLATE_NOOP(
        "Errors", "field '{field}' holds a broken character"),
    "question.choices_not_list": QT_TRANSLATE_NOOP(
        "Errors", "choices: expected a list of choices, got {kind}"),
    "question.choice_count": QT_TRANSLATE_NOOP(
        "Errors", "{count} choices; a question has 2 to 6"),
    "question.correct_count": QT_TRANSLATE_NOOP(
        "Errors", "{count} choices are marked correct; exactly one must be"),
    "question.correct_not_bool": QT_TRANSLATE_NOOP(
        "Errors", "correct: expected true or false, got {kind}"),
    "question.repeated_key": QT_TRANSLATE_NOOP(
        "Errors", "two choices have the key {key}; each key must be different"),
    "question.links_not_list": QT_TRANSLATE_NOOP(
        "Errors", "links: expected a list of evidence links, got {kind}"),
    "question.unknown_link": QT_TRANSLATE_NOOP(
        "Errors", "links: {value} is not an evidence link of the model (source>target)"),
    "question.too_many_links": QT_TRANSLATE_NOOP(
        "Errors", "links: {count} links; at most {limit}"),
    # --- worksheets ---------------------------------------------------------------------------
    "export.unknown_paper": QT_TRANSLATE_NOOP(
        "Errors", "paper: {value} is not one of {allowed}"),
    "export.no_questions": QT_TRANSLATE_NOOP(
        "Errors", "a worksheet needs at least one question"),
    "cli.worksheet_option": QT_TRANSLATE_NOOP(
        "Errors", "{option} applies to a pdf worksheet, not to {format}"),
    "cli.questions_option": QT_TRANSLATE_NOOP(
        "Errors", "--questions applies to a pptx deck, not to {format}"),
    "cli.questions_in_worksheet": QT_TRANSLATE_NOOP(
        "Errors", "a pdf worksheet always holds the questions; leave out --questions (it "
                  "adds question slides to a pptx deck)"),
    "cli.worksheet_options": QT_TRANSLATE_NOOP(
        "Errors", "a pdf worksheet takes its frames from the questions; leave out --scene, "
                  "--beats, --time, --from, --to, --duration, --fps and --size"),
}

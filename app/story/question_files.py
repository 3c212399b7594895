"""Study questions as data: what a lesson file holds in its ``questions`` field, checked.

``questions_to_data(questions)`` gives the JSON-ready list; ``questions_from_data(data)``
reads one back, raising a :class:`QuestionError` for the first problem, which names the
question (its id, or its place when the id itself is bad) and what is wrong.
``questions_kept(data)`` reads what it can: the good questions, and one error for each
question left out, so a lesson with one broken question keeps the others. One question::

    {"id": "glutamate-after-block", "scene": "glutamate-burst", "beat": "peak",
     "kind": "direction", "prompt": {"en": "...", "zh_CN": "..."},
     "choices": [{"key": "up", "text": {...}, "correct": true, "feedback": {...}}, ...],
     "explanation": {...}, "links": ["pyramidal_activity>glutamate"]}

``beat`` (default "", the scene's start), ``links`` and a choice's ``feedback`` may be left
out. No Qt here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from app.errors import UserError, describe_kind
from app.excerpt import excerpt, listed
from app.model import EVIDENCE
from app.story.catalogue import SCENE_IDS
from app.story.questions import KINDS, Choice, Question, Words

MAX_QUESTIONS = 200
MAX_CHOICES, MIN_CHOICES = 6, 2
MAX_LINKS = 12
#: The longest text of each kind, in characters, in either language.
LIMITS = {"prompt": 1000, "text": 300, "feedback": 1000, "explanation": 2000}
LANGUAGE_KEYS = ("en", "zh_CN")
QUESTION_FIELDS = ("id", "scene", "beat", "kind", "prompt", "choices", "explanation", "links")
CHOICE_FIELDS = ("key", "text", "correct", "feedback")
_REQUIRED = ("id", "scene", "kind", "prompt", "choices", "explanation")
_CHOICE_REQUIRED = ("key", "text", "correct")
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_LINKS = frozenset(f"{source}>{target}" for source, target in EVIDENCE)


class QuestionError(UserError):
    """Question data that cannot be read (codes ``question.*``): which question, and what is
    wrong with it."""


# --- to data ---------------------------------------------------------------------------------
def questions_to_data(questions) -> list:
    """The JSON-ready list of ``questions`` (the shape :func:`questions_from_data` reads)."""
    return [{"id": q.id, "scene": q.scene, "beat": q.beat, "kind": q.kind,
             "prompt": _words_data(q.prompt),
             "choices": [{"key": c.key, "text": _words_data(c.text), "correct": c.correct,
                          "feedback": _words_data(c.feedback)} for c in q.choices],
             "explanation": _words_data(q.explanation), "links": list(q.links)}
            for q in questions]


def _words_data(words: Words) -> dict:
    return {"en": words.en, "zh_CN": words.zh_CN}


# --- from data -------------------------------------------------------------------------------
def questions_from_data(data) -> tuple[Question, ...]:
    """The questions ``data`` holds; QuestionError naming the first question that is wrong."""
    questions, problems = _read(data)
    if problems:
        raise problems[0]
    return questions


def questions_kept(data) -> tuple[tuple[Question, ...], tuple[QuestionError, ...]]:
    """The good questions of ``data`` and an error for each one left out (a list that is not
    one, or is too long, is one error; the first questions of a long list are kept)."""
    return _read(data)


def checked_questions(value) -> tuple[Question, ...]:
    """``value`` (Question records made in code) checked as a file's would be."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
        raise QuestionError("question.not_list", kind=describe_kind(value))
    strays = [item for item in value if not isinstance(item, Question)]
    if strays:
        raise QuestionError("question.not_question", kind=describe_kind(strays[0]))
    return questions_from_data(questions_to_data(value))


def _read(data) -> tuple[tuple[Question, ...], tuple[QuestionError, ...]]:
    if isinstance(data, (str, bytes)) or not isinstance(data, (list, tuple)):
        return (), (QuestionError("question.not_list", kind=describe_kind(data)),)
    problems = []
    if len(data) > MAX_QUESTIONS:
        problems.append(QuestionError("question.too_many", count=f"{len(data):,}",
                                      limit=MAX_QUESTIONS))
    questions, seen = [], set()
    for number, item in enumerate(data[:MAX_QUESTIONS], start=1):
        try:
            question = _question(item)
            if question.id in seen:
                raise QuestionError("question.repeated_id")
        except QuestionError as exc:
            problems.append(_named(item, number, exc))
            continue
        seen.add(question.id)
        questions.append(question)
    return tuple(questions), tuple(problems)


def _named(item, number: int, error: QuestionError) -> QuestionError:
    """``error`` said of the question ``item``: by its id when it has a good one, else by
    its place in the list."""
    ident = item.get("id") if isinstance(item, Mapping) else None
    if isinstance(ident, str) and _KEY.fullmatch(ident):
        return QuestionError("question.named", id=excerpt(ident), error=error)
    return QuestionError("question.numbered", number=number, error=error)


def _question(item) -> Question:
    _check_object(item, QUESTION_FIELDS, _REQUIRED)
    scene = _text("scene", item["scene"], 64)
    if scene not in SCENE_IDS:
        raise QuestionError("question.unknown_scene", value=excerpt(scene),
                            scenes=", ".join(SCENE_IDS))
    kind = _text("kind", item["kind"], 64)
    if kind not in KINDS:
        raise QuestionError("question.bad_kind", value=excerpt(kind), allowed=", ".join(KINDS))
    beat = _text("beat", item.get("beat", ""), 64)
    if beat:
        _key("beat", beat)
    return Question(_key("id", item["id"]), scene, beat, kind, _words("prompt", item["prompt"]),
                    _choices(item["choices"]), _words("explanation", item["explanation"]),
                    _links(item.get("links", [])))


def _choices(value) -> tuple[Choice, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise QuestionError("question.choices_not_list", kind=describe_kind(value))
    if not MIN_CHOICES <= len(value) <= MAX_CHOICES:
        raise QuestionError("question.choice_count", count=f"{len(value):,}")
    choices = []
    for number, item in enumerate(value, start=1):
        try:
            choices.append(_choice(item))
        except QuestionError as exc:
            raise QuestionError("question.choice", number=number, error=exc) from None
    keys = [choice.key for choice in choices]
    repeated = next((key for key in keys if keys.count(key) > 1), None)
    if repeated is not None:
        raise QuestionError("question.repeated_key", key=excerpt(repeated))
    correct = sum(choice.correct for choice in choices)
    if correct != 1:
        raise QuestionError("question.correct_count", count=correct)
    return tuple(choices)


def _choice(item) -> Choice:
    _check_object(item, CHOICE_FIELDS, _CHOICE_REQUIRED)
    if not isinstance(item["correct"], bool):
        raise QuestionError("question.correct_not_bool", kind=describe_kind(item["correct"]))
    feedback = item.get("feedback", {})
    return Choice(_key("key", item["key"]), _words("text", item["text"]), item["correct"],
                  _words("feedback", feedback, required=False))


def _links(value) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise QuestionError("question.links_not_list", kind=describe_kind(value))
    if len(value) > MAX_LINKS:
        raise QuestionError("question.too_many_links", count=f"{len(value):,}", limit=MAX_LINKS)
    for link in value:
        if not isinstance(link, str) or link not in _LINKS:
            raise QuestionError("question.unknown_link", value=excerpt(link))
    return tuple(dict.fromkeys(value))


# --- small checks ----------------------------------------------------------------------------
def _check_object(item, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
    if not isinstance(item, Mapping):
        raise QuestionError("question.not_object", kind=describe_kind(item))
    unknown = set(item) - set(allowed)
    if unknown:
        raise QuestionError("question.unknown_fields", names=listed(unknown),
                            allowed=", ".join(allowed))
    missing = next((name for name in required if name not in item), None)
    if missing:
        raise QuestionError("question.missing_field", field=missing)


def _text(name: str, value, limit: int) -> str:
    if not isinstance(value, str):
        raise QuestionError("question.not_text", field=name, kind=describe_kind(value))
    if len(value) > limit:
        raise QuestionError("question.too_long", field=name, length=f"{len(value):,}",
                            limit=f"{limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise QuestionError("question.broken_character", field=name) from None
    return value


def _key(name: str, value) -> str:
    text = _text(name, value, 64)
    if not _KEY.fullmatch(text):
        raise QuestionError("question.bad_id", field=name, value=excerpt(text))
    return text


def _words(name: str, value, required: bool = True) -> Words:
    """Words from ``{"en": ..., "zh_CN": ...}``; one language may be left out or empty,
    both only where the text is not ``required``."""
    if not isinstance(value, Mapping):
        raise QuestionError("question.words_not_object", field=name, kind=describe_kind(value))
    unknown = set(value) - set(LANGUAGE_KEYS)
    if unknown:
        raise QuestionError("question.words_languages", field=name, names=listed(unknown))
    texts = {lang: _text(f"{name}/{lang}", value.get(lang, ""), LIMITS[name])
             for lang in LANGUAGE_KEYS}
    if required and not any(text.strip() for text in texts.values()):
        raise QuestionError("question.words_empty", field=name)
    return Words(**texts)


# --- in a lesson -----------------------------------------------------------------------------
def lesson_questions(value, error_class):
    """A lesson's ``questions`` field made in code: None (the built-in set) or questions
    checked as a file's would be; a problem is raised as ``error_class("lesson.questions")``."""
    if value is None:
        return None
    try:
        return checked_questions(value)
    except QuestionError as exc:
        raise error_class("lesson.questions", error=exc) from None


def questions_in_file(value) -> tuple[tuple[Question, ...] | None, tuple[QuestionError, ...]]:
    """A lesson file's ``questions`` (None when it has none: the built-in set) and an error
    for each question left out; with none left, the built-in set."""
    if value is None:
        return None, ()
    kept, problems = questions_kept(value)
    return (None if problems and not kept else kept), problems

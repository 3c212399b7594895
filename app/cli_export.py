"""The export command's HTML player options (``--format html``: which scenes, one
language or both with a switch), its worksheet (``--format pdf``: paper, a lesson's
questions) and a deck's question slides (``--questions``). Kept apart from
``app.cli_drawing``, which holds the rest of the export command.

A lesson plugs in as a deck's does: its scenes in its order become ``scene_ids`` and
``lesson_scenes``, its title the page's title, its language and theme the defaults; a
worksheet asks the lesson's own questions (the built-in set if it has none).
"""
from __future__ import annotations

import sys

from app.cli_common import UsageError
from app.errors import Message
from app.story.catalogue import DEFAULT_LANGUAGE, LANGUAGES, SLIDE_THEME


def add_html_arguments(parser) -> None:
    """The options only an HTML player takes."""
    parser.add_argument("--both-languages", action="store_true",
                        help="html: pictures and words in both languages, with a switch "
                             "(--lang is the one it opens in)")


def add_worksheet_arguments(parser) -> None:
    """The options of a worksheet (pdf) and of a deck's question slides."""
    parser.add_argument("--paper", choices=("a4", "letter"),
                        help="pdf: the worksheet's paper (default: the locale's, else a4)")
    parser.add_argument("--questions", action="store_true",
                        help="pptx: a question slide before each question's beat (the "
                             "lesson's questions, else the built-in set); the answer on the "
                             "beat's slide and in its notes")


def check_html_options(args, fmt: str) -> None:
    """UsageError for an HTML-only, worksheet-only or deck-only option given to another
    format."""
    if args.both_languages and fmt != "html":
        raise UsageError("cli.both_languages")
    if args.paper is not None and fmt != "pdf":
        raise UsageError("cli.worksheet_option", option="--paper", format=fmt)
    if args.questions and fmt == "pdf":
        raise UsageError("cli.questions_in_worksheet")
    if args.questions and fmt != "pptx":
        raise UsageError("cli.questions_option", format=fmt)


def worksheet_request(args, lesson):
    """The WorksheetRequest the options describe: the lesson's questions (the built-in set
    without a lesson or when it has none), its title, language and theme."""
    from app.export.worksheet_request import WorksheetRequest, default_paper
    from app.story.question_bank import QUESTIONS
    given = (args.scene, args.beats, args.time, args.t_from, args.t_to, args.duration,
             args.fps, args.size)
    if any(value is not None for value in given) or args.transparent or args.embed_clips \
            or args.both_languages:
        raise UsageError("cli.worksheet_options")
    questions = lesson.questions if lesson and lesson.questions is not None else QUESTIONS
    return WorksheetRequest(args.out, questions, args.paper or default_paper(),
                            args.lang or (lesson.language if lesson else DEFAULT_LANGUAGE),
                            args.theme or SLIDE_THEME, lesson.title if lesson else "",
                            lesson.scenes if lesson else (), args.reduce_motion,
                            args.evidence)


def warn_left_out(lesson) -> None:
    """One ``warning: ...`` line on stderr for each of the lesson file's questions that
    were left out (the export goes on with the others)."""
    for problem in lesson.skipped_questions if lesson else ():
        print("warning: " + str(Message("question.left_out", error=problem)), file=sys.stderr)


def deck_questions(args, lesson) -> tuple:
    """The questions a deck asks with ``--questions`` (none without it)."""
    from app.story.question_bank import QUESTIONS
    if not args.questions:
        return ()
    return lesson.questions if lesson and lesson.questions is not None else QUESTIONS


def scene_ids_of(values: list[str] | None) -> list[str]:
    """The scene ids of every ``--scene`` given (repeatable, each maybe a comma list), in
    order, unchecked; blanks left out."""
    parts = ",".join(values or []).split(",")
    return [part.strip() for part in parts if part.strip()]


def html_request(args, scene_ids: list[str], look: dict, shown: dict):
    """The HtmlRequest the options describe (its own checks raise ExportError)."""
    from app.export.requests import HTML_SIZE, HtmlRequest
    first = look["lang"]
    languages = (first, *[lang for lang in LANGUAGES if lang != first]) \
        if args.both_languages else (first,)
    return HtmlRequest(tuple(scene_ids), args.out, args.size or HTML_SIZE, languages,
                       look["theme"], **shown)

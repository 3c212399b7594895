"""The export command's HTML player options (``--format html``): which scenes, one
language or both with a switch. Kept apart from ``app.cli_drawing``, which holds the rest
of the export command.

A lesson plugs in as a deck's does: its scenes in its order become ``scene_ids`` and
``lesson_scenes``, its title the page's title, its language and theme the defaults.
"""
from __future__ import annotations

from app.cli_common import UsageError
from app.story.catalogue import LANGUAGES


def add_html_arguments(parser) -> None:
    """The options only an HTML player takes."""
    parser.add_argument("--both-languages", action="store_true",
                        help="html: pictures and words in both languages, with a switch "
                             "(--lang is the one it opens in)")


def check_html_options(args, fmt: str) -> None:
    """UsageError for an HTML-only option given to another format."""
    if args.both_languages and fmt != "html":
        raise UsageError("cli.both_languages")


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

"""Messages of the model, lessons, exports and the command line in the user's language.

The model, lessons, exports and the command line build their messages in English (the
model and ``simulate`` stay free of Qt). :func:`localized` recognises the shape of such a
message by its English template, translates the template (context ``Messages`` of the
app's translation) and fills it with the same values. Values, field names, paths, ids and
numbers stay as they are; placeholders that are messages or words themselves (``rest``,
``reason``, ``detail``, ``kind``, ``term``) are localized in turn; time readouts
(``clock``, ``start``, ``end``) get the language's unit words. A message of no known shape
comes back unchanged.

Each template is both the translator's source text and, with its placeholders turned into
named groups, the pattern that recognises the message: the first template that matches
the whole message wins, so a specific shape comes before a general one.

Only QtCore is used (no widgets): the command line loads this module just for Chinese.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.i18n import DEFAULT_LANGUAGE, app_translator

CONTEXT = "Messages"

MESSAGES = (
    # --- wrappers: where a message comes from, then the message (localized in turn): they come
    # first, so that a general shape below never takes a prefix for one of its values
    QT_TRANSLATE_NOOP("Messages", "scenario: {rest}"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path}: {rest}"),
    QT_TRANSLATE_NOOP("Messages", "lesson file: {rest}"),
    QT_TRANSLATE_NOOP("Messages", "argument {argument}: {rest}"),
    # --- scenarios (app/model/scenario.py) ---------------------------------------------
    QT_TRANSLATE_NOOP("Messages", "route: {value} does not suit drug {drug}; allowed: {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "dose_mg: {value} is too large for {drug}; allowed 0 to "
                                  "{limit} mg"),
    QT_TRANSLATE_NOOP("Messages", "infusion_min: {minutes} min is longer than dose_interval_h "
                                  "({hours} h); infusions would overlap"),
    QT_TRANSLATE_NOOP("Messages", "unknown field(s) {names} and {more} more; allowed: {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "unknown field(s) {names}; allowed: {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "expected a JSON object, got {type}"),
    QT_TRANSLATE_NOOP("Messages", "schema_version: {version} is not supported; this version of "
                                  "the app reads {supported}"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} does not exist"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is not a regular file (a device or a "
                                  "named pipe?)"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is too large ({size} bytes; a scenario "
                                  "is at most 1 MB)"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is too large (a scenario is at most "
                                  "1 MB)"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is not a text file (it holds binary "
                                  "data)"),
    QT_TRANSLATE_NOOP("Messages", "scenario file {path} is not UTF-8 text (bad byte at "
                                  "{position})"),
    QT_TRANSLATE_NOOP("Messages", "the number {digits}... ({count} digits) is far too large for "
                                  "a scenario"),
    QT_TRANSLATE_NOOP("Messages", "{constant} is not a number a scenario can hold"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {value} is not one of {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {value} is not a number; allowed {low} to {high}"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {value} is out of range; allowed {low} to {high}"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {value} is not a whole number; allowed {low} to {high}"),
    QT_TRANSLATE_NOOP("Messages", "blockers: {value} is not a list; allowed any of {allowed}"),
    # --- lessons (app/story/lessons.py) --------------------------------------------------
    QT_TRANSLATE_NOOP("Messages", "field 'notes': a scene id and a beat key must be text"),
    QT_TRANSLATE_NOOP("Messages", "lesson: too large to save ({size} bytes; the limit is 2 MB): "
                                  "shorten the notes"),
    QT_TRANSLATE_NOOP("Messages", "field 'scenario' must be a Scenario, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field 'scenario' must be an object, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field 'start_scene': {value} is not among the shown scenes "
                                  "({scenes})"),
    QT_TRANSLATE_NOOP("Messages", "field 'scenes' must be a list of scene ids, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field 'scenes' is empty; at least one scene must be shown"),
    QT_TRANSLATE_NOOP("Messages", "field 'scenes' lists {scenes} more than once"),
    QT_TRANSLATE_NOOP("Messages", "field 'notes' must be an object of scene ids, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field 'notes' holds {count} notes; at most {limit}"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}' must be text, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}' is too long ({length} characters; at most "
                                  "{limit})"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}' holds a broken character (a lone surrogate)"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}': {value} is not one of {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}': {value} is not a scene id; the scenes are "
                                  "{scenes}"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}' must be a beat key (text), got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "field '{field}': {value} is not a beat key (lower-case "
                                  "letters, digits and hyphens, such as 'glutamate-peak')"),
    QT_TRANSLATE_NOOP("Messages", "a beat key in the notes of {scene} must be a beat key (text), "
                                  "got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "a beat key in the notes of {scene}: {value} is not a beat key "
                                  "(lower-case letters, digits and hyphens, such as "
                                  "'glutamate-peak')"),
    QT_TRANSLATE_NOOP("Messages", "notes of {scene} must be an object of beat keys, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is not a regular file (a device or a "
                                  "named pipe?)"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is too large ({size} bytes; a lesson is at "
                                  "most 2 MB)"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is too large (a lesson is at most 2 MB)"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} does not exist"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is not a text file (it holds binary data)"),
    QT_TRANSLATE_NOOP("Messages", "lesson file {path} is not UTF-8 text (bad byte at {position})"),
    QT_TRANSLATE_NOOP("Messages", "expected JSON text, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "it is too large (a lesson is at most 2 MB)"),
    QT_TRANSLATE_NOOP("Messages", "it is empty"),
    QT_TRANSLATE_NOOP("Messages", "nested too deeply (at most {depth} levels)"),
    QT_TRANSLATE_NOOP("Messages", "not valid JSON (the file looks cut short): {detail} (line "
                                  "{line}, column {column})"),
    QT_TRANSLATE_NOOP("Messages", "not valid JSON: {detail} (line {line}, column {column})"),
    QT_TRANSLATE_NOOP("Messages", "not valid JSON ({detail})"),
    QT_TRANSLATE_NOOP("Messages", "the top level must be an object, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "the number {digits}... ({count} digits) is far too large for "
                                  "a lesson"),
    QT_TRANSLATE_NOOP("Messages", "the number {number} is too large for a lesson"),
    QT_TRANSLATE_NOOP("Messages", "{constant} is not a number a lesson can hold"),
    QT_TRANSLATE_NOOP("Messages", "this is a scenario file, not a lesson; open it as a scenario"),
    QT_TRANSLATE_NOOP("Messages", "schema_version is missing; is this a lesson file?"),
    QT_TRANSLATE_NOOP("Messages", "schema_version must be a whole number, got {kind}"),
    QT_TRANSLATE_NOOP("Messages", "this lesson was saved by a newer version of the app (schema "
                                  "{version}); this version reads schema {supported}"),
    QT_TRANSLATE_NOOP("Messages", "schema_version {version} is not supported; this version reads "
                                  "schema {supported}"),
    # --- times (app/story/timefmt.py) and the command line (app/cli*.py) ----------------
    QT_TRANSLATE_NOOP("Messages", "{text} is not a time; write e.g. 90min, 1.5h, 2d or 3w (a "
                                  "bare number is hours)"),
    QT_TRANSLATE_NOOP("Messages", "{text} is not a finite time"),
    QT_TRANSLATE_NOOP("Messages", "{text} is not a size; write WIDTHxHEIGHT, e.g. 1920x1080"),
    QT_TRANSLATE_NOOP("Messages", "{text} is not a number of seconds, e.g. 10 or 2.5s"),
    QT_TRANSLATE_NOOP("Messages", "interrupted"),
    QT_TRANSLATE_NOOP("Messages", "terminated"),
    QT_TRANSLATE_NOOP("Messages", "there is no display to open the window on (DISPLAY and "
                                  "WAYLAND_DISPLAY are not set); the scenes, simulate and "
                                  "export commands work without one"),
    QT_TRANSLATE_NOOP("Messages", "unknown scene {scene}; valid scenes: {scenes}"),
    QT_TRANSLATE_NOOP("Messages", "time {clock} is outside scene {scene}; valid times run from "
                                  "{start} to {end}"),
    QT_TRANSLATE_NOOP("Messages", "--scene needs a scene id; valid scenes: {scenes}"),
    QT_TRANSLATE_NOOP("Messages", "several scenes go only into a pptx deck; a {format} export "
                                  "takes one"),
    QT_TRANSLATE_NOOP("Messages", "--transparent needs png or svg; {format} has no transparent "
                                  "background"),
    QT_TRANSLATE_NOOP("Messages", "--embed-clips applies to pptx only"),
    QT_TRANSLATE_NOOP("Messages", "a {format} export takes every beat of the scenes; leave out "
                                  "--time, --from, --to, --duration and --fps"),
    QT_TRANSLATE_NOOP("Messages", "a {format} export covers the scene's window; leave out "
                                  "--time, --from, --to, --duration and --fps"),
    QT_TRANSLATE_NOOP("Messages", "give either --time T (one frame) or --from T --to T (a clip), "
                                  "not both"),
    QT_TRANSLATE_NOOP("Messages", "a clip needs both --from T and --to T"),
    QT_TRANSLATE_NOOP("Messages", "--duration and --fps apply to clips (--from T --to T)"),
    QT_TRANSLATE_NOOP("Messages", "{format} is a clip: give --from T --to T (and --duration, "
                                  "--fps)"),
    QT_TRANSLATE_NOOP("Messages", "svg exports one frame: give --time T (clips: png, mp4 or gif)"),
    QT_TRANSLATE_NOOP("Messages", "give --time T for one frame or --from T --to T for a clip"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
    # --- argparse's own messages -----------------------------------------------------------
    QT_TRANSLATE_NOOP("Messages", "invalid choice: {value} (choose from {choices})"),
    QT_TRANSLATE_NOOP("Messages", "invalid {type} value: {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected one argument"),
    QT_TRANSLATE_NOOP("Messages", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Messages", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Messages", "ignored explicit argument {value}"),
    QT_TRANSLATE_NOOP("Messages", "not allowed with argument {other}"),
    QT_TRANSLATE_NOOP("Messages", "unrecognized arguments: {arguments}"),
    QT_TRANSLATE_NOOP("Messages", "the following arguments are required: {arguments}"),
    QT_TRANSLATE_NOOP("Messages", "one of the arguments {arguments} is required"),
    QT_TRANSLATE_NOOP("Messages", "ambiguous option: {option} could match {matches}"),
    # --- exports (app/export/*.py) ----------------------------------------------------------
    QT_TRANSLATE_NOOP("Messages", "unknown scene {scene}; choose from {scenes}"),
    QT_TRANSLATE_NOOP("Messages", "unknown language {value}; choose from {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "unknown theme {value}; choose from {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "unknown format {value}; choose from {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "unknown spacing {value}; choose from {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "size {width}x{height} is out of range; each side must be 16 "
                                  "to {limit} pixels"),
    QT_TRANSLATE_NOOP("Messages", "size {size} is not a WIDTHxHEIGHT pair of whole pixels"),
    QT_TRANSLATE_NOOP("Messages", "the clip runs from {start} to {end}; the end must be later "
                                  "than the start"),
    QT_TRANSLATE_NOOP("Messages", "duration {duration} s is out of range; a clip lasts more than "
                                  "0 and at most {limit} seconds"),
    QT_TRANSLATE_NOOP("Messages", "a {format} clip cannot have a transparent background; use png "
                                  "for transparency"),
    QT_TRANSLATE_NOOP("Messages", "an MP4 needs an even width and height (H.264 with 4:2:0 "
                                  "colour); {size} is odd, e.g. use {even}"),
    QT_TRANSLATE_NOOP("Messages", "a deck needs at least one scene"),
    QT_TRANSLATE_NOOP("Messages", "no output path given"),
    QT_TRANSLATE_NOOP("Messages", "{term} {value} is not a number"),
    QT_TRANSLATE_NOOP("Messages", "{term} {value} is not a finite number"),
    QT_TRANSLATE_NOOP("Messages", "frame rate {fps} is out of range; {format} clips take a whole "
                                  "number of frames per second from 1 to {limit}"),
    QT_TRANSLATE_NOOP("Messages", "{path} is a file, not a folder"),
    QT_TRANSLATE_NOOP("Messages", "{path} is a file; a PNG clip needs a folder"),
    QT_TRANSLATE_NOOP("Messages", "folder {path} does not exist"),
    QT_TRANSLATE_NOOP("Messages", "folder {path} is not writable"),
    QT_TRANSLATE_NOOP("Messages", "folder {path} already holds frame_*.png files; choose an empty "
                                  "or new folder"),
    QT_TRANSLATE_NOOP("Messages", "could not write {path} (disk full or not writable?)"),
    QT_TRANSLATE_NOOP("Messages", "cannot encode the picture as {format}"),
    QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    QT_TRANSLATE_NOOP("Messages", "the file is read-only"),
    QT_TRANSLATE_NOOP("Messages", "the file cannot be replaced (it is locked or immutable)"),
    QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    QT_TRANSLATE_NOOP("Messages", "it is a named pipe (FIFO) that nothing reads from"),
    QT_TRANSLATE_NOOP("Messages", "it is not a file (a socket?)"),
    QT_TRANSLATE_NOOP("Messages", "an unexpected error ({error}); the details are in {path}"),
    QT_TRANSLATE_NOOP("Messages", "the folder is not writable"),
    QT_TRANSLATE_NOOP("Messages", "the folder does not exist"),
    QT_TRANSLATE_NOOP("Messages", "the file could not be written"),
    QT_TRANSLATE_NOOP("Messages", "the video encoder (ffmpeg) stopped"),
    QT_TRANSLATE_NOOP("Messages", "cannot make an MP4: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "cannot export a {type}"),
    QT_TRANSLATE_NOOP("Messages", "a scene drew a cached layer in a way the SVG export does not "
                                  "know"),
    QT_TRANSLATE_NOOP("Messages", "unexpected padded frame rows"),
    # --- Python's own words inside those messages: JSON, files, text decoding ---------------
    QT_TRANSLATE_NOOP("Messages", "{rest}: line {line} column {column} (char {char})"),
    QT_TRANSLATE_NOOP("Messages", "Expecting value"),
    QT_TRANSLATE_NOOP("Messages", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("Messages", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("Messages", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("Messages", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("Messages", "Invalid control character at"),
    QT_TRANSLATE_NOOP("Messages", "Invalid control character {character} at"),
    QT_TRANSLATE_NOOP("Messages", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("Messages", "Invalid \\escape: {escape}"),
    QT_TRANSLATE_NOOP("Messages", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("Messages", "Extra data"),
    QT_TRANSLATE_NOOP("Messages", "maximum recursion depth exceeded while decoding a JSON "
                                  "{structure} from a unicode string"),
    QT_TRANSLATE_NOOP("Messages", "[Errno {errno}] {reason}: {path}"),
    QT_TRANSLATE_NOOP("Messages", "[Errno {errno}] {reason}"),
    QT_TRANSLATE_NOOP("Messages", "No such file or directory"),
    QT_TRANSLATE_NOOP("Messages", "Permission denied"),
    QT_TRANSLATE_NOOP("Messages", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Messages", "Is a directory"),
    QT_TRANSLATE_NOOP("Messages", "Not a directory"),
    QT_TRANSLATE_NOOP("Messages", "File exists"),
    QT_TRANSLATE_NOOP("Messages", "File name too long"),
    QT_TRANSLATE_NOOP("Messages", "No space left on device"),
    QT_TRANSLATE_NOOP("Messages", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("Messages", "Read-only file system"),
    QT_TRANSLATE_NOOP("Messages", "Input/output error"),
    QT_TRANSLATE_NOOP("Messages", "{codec} codec can't decode byte {byte} in position {position}: "
                                  "{reason}"),
    QT_TRANSLATE_NOOP("Messages", "invalid start byte"),
    QT_TRANSLATE_NOOP("Messages", "invalid continuation byte"),
    QT_TRANSLATE_NOOP("Messages", "unexpected end of data"),
)

#: Words filled into messages: how a lesson describes a value ("got a list") and what an
#: export request calls a number ("duration 'x' is not a number").
WORDS = (
    QT_TRANSLATE_NOOP("Messages", "null"),
    QT_TRANSLATE_NOOP("Messages", "true/false"),
    QT_TRANSLATE_NOOP("Messages", "a number"),
    QT_TRANSLATE_NOOP("Messages", "text"),
    QT_TRANSLATE_NOOP("Messages", "a list"),
    QT_TRANSLATE_NOOP("Messages", "an object"),
    QT_TRANSLATE_NOOP("Messages", "a {type}"),
    QT_TRANSLATE_NOOP("Messages", "time (hours)"),
    QT_TRANSLATE_NOOP("Messages", "start time (hours)"),
    QT_TRANSLATE_NOOP("Messages", "end time (hours)"),
    QT_TRANSLATE_NOOP("Messages", "duration"),
)

_QUOTED = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
#: What a placeholder may match, by its name (any other: any text, as little as fits).
_GROUP_PATTERNS = {
    "path": _QUOTED,
    "text": _QUOTED,
    "codec": _QUOTED,
    "format": r"\w+",
    "name": r"\w+",
    "field": r"[^']+",
    "constant": r"-?\w+",
    "type": r"\w+",
    "argument": r"\S+",
    "errno": r"\d+",
    "line": r"\d+",
    "column": r"\d+",
    "char": r"\d+",
    "position": r"\d+",
    "more": r"[\d,]+",
    "term": r"(?:start |end )?time \(hours\)|duration",
}
_ANY = r".+?"
#: Placeholders that are themselves messages (localized through MESSAGES) or words (WORDS).
_NESTED = {"rest": "messages", "reason": "messages", "detail": "messages",
           "kind": "words", "term": "words"}
#: Placeholders that are time readouts ("+2 d 4 h"): their unit words are translated.
_CLOCKS = {"clock", "start", "end"}
#: Longer messages, or messages nested deeper, are left as they are: with values quoted as
#: short excerpts no real message comes near, and matching stays fast on any input.
MAX_MESSAGE_CHARS = 10_000
MAX_NESTING = 8
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_UNIT_WORD = re.compile(r"(?<=\d )(min|h|d|w)\b")


def localized(message: str, lang: str) -> str:
    """``message`` (English, from the model, a lesson, an export or the command line) in
    ``lang``; unchanged in English, without a translation, or when its shape is unknown.
    Never raises."""
    message = str(message)
    if lang == DEFAULT_LANGUAGE or len(message) > MAX_MESSAGE_CHARS:
        return message
    try:
        translator = app_translator(lang)
        return message if translator is None else _localized(message, "messages", translator)
    except Exception:  # a message must reach the user even if its translation is broken
        return message


def shape_of(message: str) -> str | None:
    """The English template whose shape ``message`` has (None if it has no known shape)."""
    found = _match(str(message), "messages")
    return found[0] if found else None


@lru_cache(maxsize=None)
def _table(kind: str) -> tuple:
    """(compiled English pattern, template) for every template of ``kind`` (messages or
    words), in order."""
    templates = MESSAGES if kind == "messages" else WORDS
    return tuple((_pattern(template), template) for template in templates)


def _pattern(template: str) -> re.Pattern:
    """The regex recognising messages made from ``template``: its literal text escaped, each
    ``{name}`` a named group (see ``_GROUP_PATTERNS``)."""
    parts = _PLACEHOLDER.split(template)
    regex = "".join(re.escape(part) if index % 2 == 0
                    else f"(?P<{part}>{_GROUP_PATTERNS.get(part, _ANY)})"
                    for index, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _match(message: str, kind: str):
    """(template, match) of the first template of ``kind`` matching all of ``message``."""
    for pattern, template in _table(kind):
        match = pattern.fullmatch(message)
        if match:
            return template, match
    return None


def _localized(message: str, kind: str, translator, depth: int = 0) -> str:
    """``message`` translated through the templates of ``kind``; unchanged if none fits."""
    found = _match(message, kind) if depth <= MAX_NESTING else None
    if found is None:
        return message
    template, match = found
    text = translator.translate(CONTEXT, template) or template
    values = {name: _value(name, value, translator, depth)
              for name, value in match.groupdict().items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return message


def _value(name: str, value: str, translator, depth: int) -> str:
    """A placeholder's text in the translation: nested messages and words localized, unit
    words of time readouts translated, anything else (values, ids, paths) as it is."""
    if name in _NESTED:
        return _localized(value, _NESTED[name], translator, depth + 1)
    if name in _CLOCKS:
        return _UNIT_WORD.sub(lambda unit: translator.translate("", unit[1]) or unit[1], value)
    return value

"""The table of the error catalogue: each code and its English template, marked for
translation (context ``Errors``) with ``QT_TRANSLATE_NOOP`` (``app.errors.marking``), which
``pyside6-lupdate`` collects like Qt's own. To add an error, add its code here, or, for a
lesson, in ``lesson_templates`` and for an export or the command line in
``output_templates`` (see docs/architecture.md, "Errors")."""
from __future__ import annotations

from app.errors.catalogue_questions import QUESTION_TEMPLATES
from app.errors.lesson_templates import LESSON_TEMPLATES
from app.errors.marking import QT_TRANSLATE_NOOP
from app.errors.output_templates import OUTPUT_TEMPLATES

CONTEXT = "Errors"


TEMPLATES = {
    # --- scenarios (app/model/scenario.py) -------------------------------------------------
    "scenario.route_unsuitable": QT_TRANSLATE_NOOP(
        "Errors", "route: {value} does not suit drug {drug}; allowed: {allowed}"),
    "scenario.dose_too_large": QT_TRANSLATE_NOOP(
        "Errors", "dose_mg: {value} is too large for {drug}; allowed 0 to {limit} mg"),
    "scenario.infusions_overlap": QT_TRANSLATE_NOOP(
        "Errors", "infusion_min: {minutes} min is longer than dose_interval_h ({hours} h); "
                  "infusions would overlap"),
    "scenario.unknown_fields": QT_TRANSLATE_NOOP(
        "Errors", "unknown field(s) {names}; allowed: {allowed}"),
    "scenario.not_object": QT_TRANSLATE_NOOP(
        "Errors", "scenario: expected a JSON object, got {type}"),
    "scenario.schema_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "schema_version: {version} is not supported; this version of the app reads "
                  "{supported}"),
    "scenario.invalid": QT_TRANSLATE_NOOP("Errors", "scenario: {detail}"),
    "scenario.not_json": QT_TRANSLATE_NOOP(
        "Errors", "scenario: not valid JSON: {problem} (line {line}, column {column})"),
    "scenario.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "scenario: not valid JSON (nested too deeply)"),
    "scenario.number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "scenario: the number {digits}... ({count} digits) is far too large for a "
                  "scenario"),
    "scenario.constant": QT_TRANSLATE_NOOP(
        "Errors", "scenario: {constant} is not a number a scenario can hold"),
    "scenario.not_one_of": QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not one of {allowed}"),
    "scenario.not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "{name}: {value} is not a number; allowed {low} to {high}"),
    "scenario.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{name}: {value} is out of range; allowed {low} to {high}"),
    "scenario.not_whole": QT_TRANSLATE_NOOP(
        "Errors", "{name}: {value} is not a whole number; allowed {low} to {high}"),
    "scenario.blockers_not_list": QT_TRANSLATE_NOOP(
        "Errors", "blockers: {value} is not a list; allowed any of {allowed}"),
    # --- reading and writing files (app/safefile.py) ---------------------------------------
    "file.scenario": QT_TRANSLATE_NOOP("Errors", "scenario file {path}"),
    "file.lesson": QT_TRANSLATE_NOOP("Errors", "lesson file {path}"),
    "file.missing": QT_TRANSLATE_NOOP("Errors", "{file} does not exist"),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason})"),
    "file.folder": QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file"),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not a regular file (a device or a named pipe?)"),
    "file.too_large": QT_TRANSLATE_NOOP("Errors", "{file} is too large (at most {limit} MB)"),
    "file.too_large_size": QT_TRANSLATE_NOOP(
        "Errors", "{file} is too large ({size} bytes; at most {limit} MB)"),
    "file.binary": QT_TRANSLATE_NOOP("Errors", "{file} is not a text file (it holds binary data)"),
    "file.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not UTF-8 text (bad byte at {position})"),
    "file.cannot_write": QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
    "file.read_only": QT_TRANSLATE_NOOP("Errors", "the file is read-only"),
    "file.is_folder": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "file.unread_fifo": QT_TRANSLATE_NOOP(
        "Errors", "it is a named pipe (FIFO) that nothing reads from"),
    "file.not_a_file": QT_TRANSLATE_NOOP("Errors", "it is not a file (a socket?)"),
    "file.locked": QT_TRANSLATE_NOOP(
        "Errors", "the file cannot be replaced (it is locked or immutable)"),
    "file.disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "file.folder_not_writable": QT_TRANSLATE_NOOP("Errors", "the folder is not writable"),
    "file.folder_missing": QT_TRANSLATE_NOOP("Errors", "the folder does not exist"),
    "file.not_written": QT_TRANSLATE_NOOP("Errors", "the file could not be written"),
    # --- the operating system's errors, by errno ---------------------------------------------
    "os.ENOENT": QT_TRANSLATE_NOOP("Errors", "No such file or directory"),
    "os.EACCES": QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    "os.EPERM": QT_TRANSLATE_NOOP("Errors", "Operation not permitted"),
    "os.EISDIR": QT_TRANSLATE_NOOP("Errors", "Is a directory"),
    "os.ENOTDIR": QT_TRANSLATE_NOOP("Errors", "Not a directory"),
    "os.ENOSPC": QT_TRANSLATE_NOOP("Errors", "No space left on device"),
    "os.EDQUOT": QT_TRANSLATE_NOOP("Errors", "Disk quota exceeded"),
    "os.EROFS": QT_TRANSLATE_NOOP("Errors", "Read-only file system"),
    "os.ELOOP": QT_TRANSLATE_NOOP("Errors", "Too many levels of symbolic links"),
    "os.ENAMETOOLONG": QT_TRANSLATE_NOOP("Errors", "File name too long"),
    "os.EEXIST": QT_TRANSLATE_NOOP("Errors", "File exists"),
    "os.EXDEV": QT_TRANSLATE_NOOP("Errors", "Invalid cross-device link"),
    "os.EIO": QT_TRANSLATE_NOOP("Errors", "Input/output error"),
    "os.other": QT_TRANSLATE_NOOP("Errors", "{text} (system error {errno})"),
    "os.unnumbered": QT_TRANSLATE_NOOP("Errors", "system error: {text}"),
    # --- JSON, by the decoder's category of problem -----------------------------------------
    "json.expecting_value": QT_TRANSLATE_NOOP("Errors", "Expecting value"),
    "json.expecting_name": QT_TRANSLATE_NOOP(
        "Errors", "Expecting property name enclosed in double quotes"),
    "json.expecting_colon": QT_TRANSLATE_NOOP("Errors", "Expecting ':' delimiter"),
    "json.expecting_comma": QT_TRANSLATE_NOOP("Errors", "Expecting ',' delimiter"),
    "json.unterminated_string": QT_TRANSLATE_NOOP("Errors", "Unterminated string starting at"),
    "json.control_character": QT_TRANSLATE_NOOP("Errors", "Invalid control character at"),
    "json.invalid_escape": QT_TRANSLATE_NOOP("Errors", "Invalid \\escape"),
    "json.invalid_unicode_escape": QT_TRANSLATE_NOOP("Errors", "Invalid \\uXXXX escape"),
    "json.extra_data": QT_TRANSLATE_NOOP("Errors", "Extra data"),
    "json.trailing_comma": QT_TRANSLATE_NOOP("Errors", "Illegal trailing comma"),
    "json.other": QT_TRANSLATE_NOOP("Errors", "unreadable JSON ({text})"),
    # --- words filled into messages ----------------------------------------------------------
    "word.null": QT_TRANSLATE_NOOP("Errors", "null"),
    "word.true_false": QT_TRANSLATE_NOOP("Errors", "true/false"),
    "word.number": QT_TRANSLATE_NOOP("Errors", "a number"),
    "word.text": QT_TRANSLATE_NOOP("Errors", "text"),
    "word.list": QT_TRANSLATE_NOOP("Errors", "a list"),
    "word.object": QT_TRANSLATE_NOOP("Errors", "an object"),
    "word.type": QT_TRANSLATE_NOOP("Errors", "a {type}"),
    "word.time": QT_TRANSLATE_NOOP("Errors", "time (hours)"),
    "word.start_time": QT_TRANSLATE_NOOP("Errors", "start time (hours)"),
    "word.end_time": QT_TRANSLATE_NOOP("Errors", "end time (hours)"),
    "word.duration": QT_TRANSLATE_NOOP("Errors", "duration"),
    "list.and_more": QT_TRANSLATE_NOOP("Errors", "{names} and {more} more"),
    # --- times (app/story/timefmt.py) -----------------------------------------------------
    "time.unparseable": QT_TRANSLATE_NOOP(
        "Errors", "{text} is not a time; write e.g. 90min, 1.5h, 2d or 3w (a bare number is "
                  "hours)"),
    "time.not_finite": QT_TRANSLATE_NOOP("Errors", "{text} is not a finite time"),
    "time.outside_scene": QT_TRANSLATE_NOOP(
        "Errors", "time {clock} is outside scene {scene}; valid times run from {start} to {end}"),
    **LESSON_TEMPLATES,
    **OUTPUT_TEMPLATES,
    **QUESTION_TEMPLATES,
}

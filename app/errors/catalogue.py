"""The table of the error catalogue: each code and its English template, marked for
translation (context ``Errors``) with a local ``QT_TRANSLATE_NOOP`` that ``pyside6-lupdate``
collects like Qt's own. To add an error, add its code here (see docs/architecture.md,
"Errors")."""
from __future__ import annotations

from app.errors.catalogue_questions import QUESTION_TEMPLATES

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context`` (lupdate reads this call); returns it."""
    return text


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
    # --- times (app/story/timefmt.py) -----------------------------------------------------
    "time.unparseable": QT_TRANSLATE_NOOP(
        "Errors", "{text} is not a time; write e.g. 90min, 1.5h, 2d or 3w (a bare number is "
                  "hours)"),
    "time.not_finite": QT_TRANSLATE_NOOP("Errors", "{text} is not a finite time"),
    "time.outside_scene": QT_TRANSLATE_NOOP(
        "Errors", "time {clock} is outside scene {scene}; valid times run from {start} to {end}"),
    # --- exports (app/export/*.py, the export dialog) --------------------------------------------
    "export.unknown_scene": QT_TRANSLATE_NOOP(
        "Errors", "unknown scene {scene}; choose from {scenes}"),
    "export.unknown_language": QT_TRANSLATE_NOOP(
        "Errors", "unknown language {value}; choose from {allowed}"),
    "export.unknown_theme": QT_TRANSLATE_NOOP(
        "Errors", "unknown theme {value}; choose from {allowed}"),
    "export.unknown_format": QT_TRANSLATE_NOOP(
        "Errors", "unknown format {value}; choose from {allowed}"),
    "export.unknown_spacing": QT_TRANSLATE_NOOP(
        "Errors", "unknown spacing {value}; choose from {allowed}"),
    "export.size_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "size {width}x{height} is out of range; each side must be 16 to {limit} pixels"),
    "export.size_not_pair": QT_TRANSLATE_NOOP(
        "Errors", "size {size} is not a WIDTHxHEIGHT pair of whole pixels"),
    "export.clip_backwards": QT_TRANSLATE_NOOP(
        "Errors", "the clip runs from {start} to {end}; the end must be later than the start"),
    "export.duration_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "duration {duration} s is out of range; a clip lasts more than 0 and at most "
                  "{limit} seconds"),
    "export.transparent_clip": QT_TRANSLATE_NOOP(
        "Errors", "a {format} clip cannot have a transparent background; use png for transparency"),
    "export.odd_mp4": QT_TRANSLATE_NOOP(
        "Errors", "an MP4 needs an even width and height (H.264 with 4:2:0 colour); {size} is "
                  "odd, e.g. use {even}"),
    "export.empty_deck": QT_TRANSLATE_NOOP("Errors", "a deck needs at least one scene"),
    "export.bad_beat": QT_TRANSLATE_NOOP(
        "Errors", "{value} does not name beats: write SCENE (all its beats) or SCENE:BEAT, "
        "e.g. glutamate-burst:peak"),
    "export.beat_outside_deck": QT_TRANSLATE_NOOP(
        "Errors", "{beat} is in scene {scene}, which is not in the deck ({scenes})"),
    "export.unknown_beat": QT_TRANSLATE_NOOP(
        "Errors", "scene {scene} has no beat {beat} in this scenario; its beats: {beats}"),
    "export.bad_badge": QT_TRANSLATE_NOOP(
        "Errors", "a scene's step in a lesson is a whole number from 1, got {value}"),
    "export.scene_outside_lesson": QT_TRANSLATE_NOOP(
        "Errors", "scene {scene} is not in the lesson ({scenes})"),
    "export.deck_no_beats": QT_TRANSLATE_NOOP(
        "Errors", "the chosen beats leave the deck without a slide"),
    "export.html_no_scenes": QT_TRANSLATE_NOOP(
        "Errors", "an HTML player needs at least one scene"),
    "export.html_too_large": QT_TRANSLATE_NOOP(
        "Errors", "an HTML player's pictures can be at most {limit} pixels wide or high, to "
                  "keep the file small enough to upload; {size} is larger (e.g. use 1280x720)"),
    "export.no_output_path": QT_TRANSLATE_NOOP("Errors", "no output path given"),
    "export.choose_output": QT_TRANSLATE_NOOP("Errors", "choose where to save the export"),
    "export.not_a_number": QT_TRANSLATE_NOOP("Errors", "{term} {value} is not a number"),
    "export.not_finite": QT_TRANSLATE_NOOP("Errors", "{term} {value} is not a finite number"),
    "export.frame_rate": QT_TRANSLATE_NOOP(
        "Errors", "frame rate {fps} is out of range; {format} clips take a whole number of frames "
                  "per second from 1 to {limit}"),
    "export.file_not_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder"),
    "export.clip_needs_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a file; a PNG clip needs a folder"),
    "export.folder_missing": QT_TRANSLATE_NOOP("Errors", "folder {path} does not exist"),
    "export.folder_not_writable": QT_TRANSLATE_NOOP("Errors", "folder {path} is not writable"),
    "export.frames_exist": QT_TRANSLATE_NOOP(
        "Errors", "folder {path} already holds frame_*.png files; choose an empty or new folder"),
    "export.cannot_encode": QT_TRANSLATE_NOOP("Errors", "cannot encode the picture as {format}"),
    "export.encoder_stopped": QT_TRANSLATE_NOOP("Errors", "the video encoder (ffmpeg) stopped"),
    "export.no_mp4": QT_TRANSLATE_NOOP("Errors", "cannot make an MP4: {reason}"),
    "export.unknown_request": QT_TRANSLATE_NOOP("Errors", "cannot export a {type}"),
    "export.svg_layer": QT_TRANSLATE_NOOP(
        "Errors", "a scene drew a cached layer in a way the SVG export does not know"),
    "export.padded_rows": QT_TRANSLATE_NOOP("Errors", "unexpected padded frame rows"),
    "export.unexpected": QT_TRANSLATE_NOOP(
        "Errors", "an unexpected error ({error}); the details are in {path}"),
    # --- the command line (app/cli.py, app/cli_drawing.py) -------------------------------------
    "cli.argument": QT_TRANSLATE_NOOP("Errors", "argument {argument}: {error}"),
    "cli.bad_choice": QT_TRANSLATE_NOOP(
        "Errors", "invalid choice: {value} (choose from {choices})"),
    "cli.invalid_value": QT_TRANSLATE_NOOP("Errors", "invalid {type} value: {value}"),
    "cli.expected_one": QT_TRANSLATE_NOOP("Errors", "expected one argument"),
    "cli.expected_at_most_one": QT_TRANSLATE_NOOP("Errors", "expected at most one argument"),
    "cli.expected_at_least_one": QT_TRANSLATE_NOOP("Errors", "expected at least one argument"),
    "cli.ignored_explicit": QT_TRANSLATE_NOOP("Errors", "ignored explicit argument {value}"),
    "cli.not_allowed_with": QT_TRANSLATE_NOOP("Errors", "not allowed with argument {other}"),
    "cli.unrecognized": QT_TRANSLATE_NOOP("Errors", "unrecognized arguments: {arguments}"),
    "cli.required": QT_TRANSLATE_NOOP(
        "Errors", "the following arguments are required: {arguments}"),
    "cli.one_required": QT_TRANSLATE_NOOP("Errors", "one of the arguments {arguments} is required"),
    "cli.ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "ambiguous option: {option} could match {matches}"),
    "cli.other": QT_TRANSLATE_NOOP("Errors", "{text}"),
    "cli.size_unparseable": QT_TRANSLATE_NOOP(
        "Errors", "{text} is not a size; write WIDTHxHEIGHT, e.g. 1920x1080"),
    "cli.seconds_unparseable": QT_TRANSLATE_NOOP(
        "Errors", "{text} is not a number of seconds, e.g. 10 or 2.5s"),
    "cli.interrupted": QT_TRANSLATE_NOOP("Errors", "interrupted"),
    "cli.terminated": QT_TRANSLATE_NOOP("Errors", "terminated"),
    "cli.no_display": QT_TRANSLATE_NOOP(
        "Errors", "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                  "not set); the scenes, simulate and export commands work without one"),
    "cli.unknown_scene": QT_TRANSLATE_NOOP(
        "Errors", "unknown scene {scene}; valid scenes: {scenes}"),
    "cli.scene_missing": QT_TRANSLATE_NOOP(
        "Errors", "--scene needs a scene id; valid scenes: {scenes}"),
    "cli.several_scenes": QT_TRANSLATE_NOOP(
        "Errors", "several scenes go only into a pptx deck or an html player; a {format} "
                  "export takes one"),
    "cli.transparent_format": QT_TRANSLATE_NOOP(
        "Errors", "--transparent needs png or svg; {format} has no transparent background"),
    "cli.deck_option": QT_TRANSLATE_NOOP(
        "Errors", "{option} applies to pptx decks only, not to a {format} export"),
    "cli.lesson_and_scene": QT_TRANSLATE_NOOP(
        "Errors", "--lesson takes its scenes from the lesson; leave out --scene (--beats "
        "chooses among them)"),
    "cli.embed_clips": QT_TRANSLATE_NOOP("Errors", "--embed-clips applies to pptx only"),
    "cli.both_languages": QT_TRANSLATE_NOOP(
        "Errors", "--both-languages applies to html only (a page with a language switch)"),
    "cli.deck_timing": QT_TRANSLATE_NOOP(
        "Errors", "a {format} export takes every beat of the scenes; leave out --time, --from, "
                  "--to, --duration and --fps"),
    "cli.html_timing": QT_TRANSLATE_NOOP(
        "Errors", "an HTML player takes frames along each scene and at its beats; leave out "
                  "--time, --from, --to, --duration and --fps"),
    "cli.plot_timing": QT_TRANSLATE_NOOP(
        "Errors", "a {format} export covers the scene's window; leave out --time, --from, --to, "
                  "--duration and --fps"),
    "cli.frame_and_clip": QT_TRANSLATE_NOOP(
        "Errors", "give either --time T (one frame) or --from T --to T (a clip), not both"),
    "cli.clip_ends": QT_TRANSLATE_NOOP("Errors", "a clip needs both --from T and --to T"),
    "cli.clip_options": QT_TRANSLATE_NOOP(
        "Errors", "--duration and --fps apply to clips (--from T --to T)"),
    "cli.clip_format": QT_TRANSLATE_NOOP(
        "Errors", "{format} is a clip: give --from T --to T (and --duration, --fps)"),
    "cli.svg_clip": QT_TRANSLATE_NOOP(
        "Errors", "svg exports one frame: give --time T (clips: png, mp4 or gif)"),
    "cli.timing_missing": QT_TRANSLATE_NOOP(
        "Errors", "give --time T for one frame or --from T --to T for a clip"),
    "install.translation_missing": QT_TRANSLATE_NOOP(
        "Errors", "the {language} translation is missing or unreadable ({path}): this "
                  "installation of Ketamine Cascade is incomplete; reinstall it "
                  "(缺少中文翻译文件：安装不完整，请重新安装)"),
    "install.font_missing": QT_TRANSLATE_NOOP(
        "Errors", "the bundled font is missing or unreadable ({path}): this installation of "
                  "Ketamine Cascade is incomplete; reinstall it "
                  "(缺少内置字体：安装不完整，请重新安装)"),
    "install.qt_libraries": QT_TRANSLATE_NOOP(
        "Errors", "the window cannot open: Qt's X11 plugin needs system libraries this "
                  "machine lacks ({libraries}). On Debian or Ubuntu install them with: "
                  "sudo apt-get install {packages}"),
    **QUESTION_TEMPLATES,
}

"""The catalogue's errors of exports and of the command line (``app.errors.catalogue``):
codes ``export.*`` and ``cli.*``."""
from __future__ import annotations

from app.errors.marking import QT_TRANSLATE_NOOP

OUTPUT_TEMPLATES = {
    # --- exports (app/export/*.py, the export dialog) --------------------------------------------
    "export.unknown_scene": QT_TRANSLATE_NOOP(
        "Errors", "unknown scene {scene}; choose from {scenes}"),
    "export.unknown_language": QT_TRANSLATE_NOOP(
        "Errors", "unknown language {value}; choose from {allowed}"),
    "export.unknown_theme": QT_TRANSLATE_NOOP(
        "Errors", "unknown theme {value}; choose from {allowed}"),
    "export.no_dose_sweep": QT_TRANSLATE_NOOP(
        "Errors", "the dose window sweeps only the NMDA drugs (ketamine, esketamine, "
        "arketamine), not {drug}"),
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
    "export.not_comparison": QT_TRANSLATE_NOOP("Errors", "no scenario B to compare: got {kind}"),
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
    "cli.lesson_option": QT_TRANSLATE_NOOP(
        "Errors", "--lesson applies to a pptx deck or a pdf worksheet, not to {format}"),
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
}

"""The commands that need Qt: the window (default), ``scenes`` and ``export``.

Kept apart from ``app.cli`` so ``simulate`` never loads Qt.
"""
from __future__ import annotations

import sys

from app.cli_common import (
    UsageError,
    add_compare_argument,
    add_scenario_arguments,
    comparison_from_args,
    deck_scenes,
    lesson_from,
    scenario_of,
    scene_list,
    time_argument,
)
from app.cli_export import (
    add_html_arguments,
    add_worksheet_arguments,
    check_html_options,
    deck_questions,
    html_request,
    scene_ids_of,
    warn_left_out,
    worksheet_request,
)
from app.cli_terminal import SignalsCancel, TerminalProgress
from app.errors import UserError
from app.excerpt import excerpt
from app.story.catalogue import (
    CLIP_FPS,
    CLIP_SECONDS,
    DEFAULT_LANGUAGE,
    DEFAULT_THEME,
    EXPORT_SIZE,
    GIF_SIZE,
    LANGUAGES,
    SCENE_IDS,
    THEME_NAMES,
)


def _size_argument(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UsageError("cli.size_unparseable", text=excerpt(text)) from None
    return width, height


# --- scenes -------------------------------------------------------------------------------
def run_scenes(argv: list[str], parser_class) -> int:
    """Print the scene ids in teaching order with their titles and windows."""
    parser = parser_class(prog="main.py scenes", description="List the scenes.")
    parser.parse_args(argv)
    from app.export import ensure_gui_application
    from app.scenes import SCENES
    from app.story.timefmt import format_duration
    ensure_gui_application()
    for scene in SCENES.values():
        t0, t1 = scene.window
        print(f"{scene.id:22s} {scene.number}  {scene.title}  "
              f"[{format_duration(t0)} to {format_duration(t1)}, {scene.scale}]")
    return 0


# --- export -------------------------------------------------------------------------------
EXPORT_FORMATS = ("png", "svg", "mp4", "gif", "pptx", "html", "csv", "pdf")
_CLIP_ONLY, _NO_TIME = ("mp4", "gif"), ("pptx", "html", "csv")


def run_export(argv: list[str], parser_class) -> int:
    """Export a frame (png, svg), a clip (png folder, mp4, gif), a deck (pptx) or a scene's
    plot data (csv) through ``app.export.export.run``; see docs/design.md, "Command line"."""
    parser = parser_class(prog="main.py export", description=(
        "Export a frame (--time), a clip (--from/--to), a slide deck (pptx: every beat of "
        "the scenes, or those --beats chooses), an HTML player (html), a scene's plot data "
        "(csv) or a printable worksheet of study questions (pdf)."))
    parser.add_argument("--scene", metavar="ID[,ID..]", action="append",
                        help="scene id; several (comma-separated or repeated) for pptx, html")
    parser.add_argument("--time", type=time_argument, metavar="T", help="one frame at T")
    parser.add_argument("--from", dest="t_from", type=time_argument, metavar="T",
                        help="clip start")
    parser.add_argument("--to", dest="t_to", type=time_argument, metavar="T", help="clip end")
    parser.add_argument("--duration", type=_seconds_argument, metavar="S",
                        help=f"clip length in seconds (default {CLIP_SECONDS:g})")
    parser.add_argument("--fps", type=int, metavar="N",
                        help=f"clip frames per second (default {CLIP_FPS})")
    parser.add_argument("--spacing", choices=("scale", "time"), default="scale",
                        help="clip frames evenly along the scene's own, possibly "
                             "logarithmic, time axis as playback moves (scale, default) "
                             "or evenly in hours (time)")
    parser.add_argument("--format", choices=EXPORT_FORMATS,
                        help="default: from the --out suffix, else png")
    parser.add_argument("--size", type=_size_argument, metavar="WxH",
                        help="default {}x{} ({}x{} for gif)".format(*EXPORT_SIZE, *GIF_SIZE))
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="file to write (a folder for a png clip)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=f"default: the lesson's, else {DEFAULT_LANGUAGE}")
    parser.add_argument("--theme", choices=THEME_NAMES,
                        help=f"default: the lesson's, else {DEFAULT_THEME}")
    parser.add_argument("--transparent", action="store_true", help="png and svg only")
    parser.add_argument("--reduce-motion", action="store_true",
                        help="still, stepped particles instead of continuous motion")
    parser.add_argument("--evidence", action="store_true",
                        help="the evidence view: links drawn by how well they are established")
    parser.add_argument("--embed-clips", action="store_true",
                        help="pptx: a short movie of each scene on its first slide")
    parser.add_argument("--beats", metavar="SCENE[:BEAT][,..]",
                        help="pptx: only these slides: SCENE for all its beats, SCENE:BEAT for "
                             "one (beat keys as in the window's lessons, e.g. "
                             "glutamate-burst:peak); --scene may then be left out")
    parser.add_argument("--lesson", metavar="FILE",
                        help="pptx: the lesson's scenes in its order, numbered as its steps, "
                             "its title, scenario, language and theme (options given win); "
                             "pdf: the lesson's questions")
    add_html_arguments(parser)
    add_worksheet_arguments(parser)
    add_scenario_arguments(parser)
    add_compare_argument(parser, "drawn beside it (every format; csv: both runs' series; "
                                 "pptx: default the lesson's)")
    args = parser.parse_args(argv)
    from app.export.export import run
    from app.model import simulate
    lesson = lesson_from(args.lesson)
    warn_left_out(lesson)
    request = _export_request(args, lesson)
    trajectory = simulate(scenario_of(args, lesson))
    progress = TerminalProgress(request) if sys.stderr.isatty() else None
    try:
        with SignalsCancel() as interrupted:
            _export_reporting(lambda: run(request, trajectory, progress, interrupted),
                              interrupted, args.out)
    finally:
        if progress is not None:
            progress.finish()
    return 0


def _export_reporting(export, interrupted, out: str) -> None:
    """Run ``export``; a cancel becomes the interrupt that asked for it (exit 130 or 143,
    reported by app.cli), a failure a UserError (reported as ``error: ...``). A failure
    after a signal is the signal's doing (the terminal's Ctrl+C also stops ffmpeg), so it is
    reported as the signal."""
    from app.export.export import ExportCancelled
    try:
        export()
    except (ExportCancelled, UserError, OSError) as exc:
        if interrupted.requested is not None:
            raise interrupted.requested() from None
        if isinstance(exc, UserError):
            raise
        if isinstance(exc, OSError):
            raise UsageError("file.cannot_write", path=excerpt(out, 300), reason=exc) from None
        raise KeyboardInterrupt from None


def _export_request(args, lesson=None):
    """The export request the options describe; UsageError for a combination that is not."""
    from app.export.requests import (
        ClipRequest,
        DeckRequest,
        FrameRequest,
        PlotDataRequest,
    )
    fmt = args.format or _format_from_suffix(args.out)
    check_html_options(args, fmt)
    if fmt == "pdf":
        return worksheet_request(args, lesson)
    if args.beats is not None and fmt != "pptx":
        raise UsageError("cli.deck_option", option="--beats", format=fmt)
    if args.lesson is not None and fmt != "pptx":
        raise UsageError("cli.lesson_option", format=fmt)
    args.scene = ",".join(scene_ids_of(args.scene)) or None  # repeated and comma-listed
    scene_ids = deck_scenes(args, lesson) if fmt == "pptx" else scene_list(args.scene or "")
    if not scene_ids:
        raise UsageError("cli.scene_missing", scenes=", ".join(SCENE_IDS))
    if len(scene_ids) > 1 and fmt not in ("pptx", "html"):
        raise UsageError("cli.several_scenes", format=fmt)
    clip = args.t_from is not None or args.t_to is not None
    _check_timing(args, fmt, clip)
    if args.transparent and fmt not in ("png", "svg"):
        raise UsageError("cli.transparent_format", format=fmt)
    if args.embed_clips and fmt != "pptx":
        raise UsageError("cli.embed_clips")
    look = {"lang": args.lang or (lesson.language if lesson else DEFAULT_LANGUAGE),
            "theme": args.theme or (lesson.theme if lesson else DEFAULT_THEME)}
    shown = {"reduce_motion": args.reduce_motion, "evidence": args.evidence,
             "comparison": comparison_from_args(args, lesson)}
    size = args.size or (GIF_SIZE if fmt == "gif" else EXPORT_SIZE)
    if fmt == "pptx":
        return DeckRequest(tuple(scene_ids), args.out, size, embed_clips=args.embed_clips,
                           beats=args.beats or (), title=lesson.title if lesson else "",
                           lesson_scenes=lesson.scenes if lesson else (),
                           questions=deck_questions(args, lesson), **look, **shown)
    if fmt == "html":
        return html_request(args, scene_ids, look, shown)
    if fmt == "csv":
        return PlotDataRequest(scene_ids[0], args.out, "csv", comparison=shown["comparison"])
    if clip:
        return ClipRequest(scene_ids[0], args.t_from, args.t_to, args.out, fmt,
                           CLIP_SECONDS if args.duration is None else args.duration,
                           CLIP_FPS if args.fps is None else args.fps, size, args.transparent,
                           spacing=args.spacing, **look, **shown)
    return FrameRequest(scene_ids[0], args.time, args.out, fmt, size, args.transparent, **look,
                        **shown)


def _check_timing(args, fmt: str, clip: bool) -> None:
    if fmt in _NO_TIME:
        if clip or args.time is not None or args.duration is not None or args.fps is not None:
            if fmt == "html":
                raise UsageError("cli.html_timing")
            raise UsageError("cli.deck_timing" if fmt == "pptx" else "cli.plot_timing",
                             format=fmt)
        return
    if args.time is not None and clip:
        raise UsageError("cli.frame_and_clip")
    if clip and (args.t_from is None or args.t_to is None):
        raise UsageError("cli.clip_ends")
    if not clip and (args.duration is not None or args.fps is not None):
        raise UsageError("cli.clip_options")
    if fmt in _CLIP_ONLY and not clip:
        raise UsageError("cli.clip_format", format=fmt)
    if fmt == "svg" and clip:
        raise UsageError("cli.svg_clip")
    if not clip and args.time is None:
        raise UsageError("cli.timing_missing")


def _format_from_suffix(out: str) -> str:
    suffix = out.rsplit(".", 1)[-1].lower() if "." in out.rsplit("/", 1)[-1] else ""
    return suffix if suffix in EXPORT_FORMATS else "png"


def _seconds_argument(text: str) -> float:
    try:
        return float(text.strip().lower().removesuffix("s"))
    except ValueError:
        raise UsageError("cli.seconds_unparseable", text=excerpt(text)) from None

"""The commands that need Qt: the window (default), ``scenes`` and ``export``.

Kept apart from ``app.cli`` so ``simulate`` never loads Qt.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.cli_common import (
    UsageError,
    add_scenario_arguments,
    error_line,
    scenario_from_args,
    time_argument,
)
from app.cli_terminal import SignalsCancel, TerminalProgress
from app.errors import Clock, UserError
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


def _check_scene(scene_id: str) -> str:
    if scene_id not in SCENE_IDS:
        raise UsageError("cli.unknown_scene", scene=excerpt(scene_id),
                         scenes=", ".join(SCENE_IDS))
    return scene_id


def _check_time_in_scene(scene_id: str, t: float, trajectory=None) -> float:
    from app.scenes import SCENES
    from app.story.timeline import SceneTimeline
    scene = SCENES[scene_id]
    if trajectory is not None:
        timeline = SceneTimeline(scene, trajectory)
        t0, t1 = timeline.t0, timeline.t1
    else:
        t0, t1 = scene.window
    if not t0 - 1e-9 <= t <= t1 + 1e-9:
        raise UsageError("time.outside_scene", clock=Clock(t), scene=excerpt(scene_id),
                         start=Clock(t0), end=Clock(t1))
    return t


def _lesson_from(path: str | None):
    """The lesson in ``path`` (None without one); LessonError saying what is wrong."""
    if not path:
        return None
    from app.story.lessons import Lesson
    return Lesson.load(path)


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
EXPORT_FORMATS = ("png", "svg", "mp4", "gif", "pptx", "csv")
_CLIP_ONLY, _NO_TIME = ("mp4", "gif"), ("pptx", "csv")


def run_export(argv: list[str], parser_class) -> int:
    """Export a frame (png, svg), a clip (png folder, mp4, gif), a deck (pptx) or a scene's
    plot data (csv) through ``app.export.export.run``; see docs/design.md, "Command line"."""
    parser = parser_class(prog="main.py export", description=(
        "Export a frame (--time), a clip (--from/--to), a slide deck (pptx: every beat of "
        "the scenes) or a scene's plot data (csv)."))
    parser.add_argument("--scene", required=True, metavar="ID[,ID..]",
                        help="scene id; several, comma-separated, for pptx")
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
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=LANGUAGES)
    parser.add_argument("--theme", default=DEFAULT_THEME, choices=THEME_NAMES)
    parser.add_argument("--transparent", action="store_true", help="png and svg only")
    parser.add_argument("--reduce-motion", action="store_true",
                        help="still, stepped particles instead of continuous motion")
    parser.add_argument("--evidence", action="store_true",
                        help="the evidence view: links drawn by how well they are established")
    parser.add_argument("--embed-clips", action="store_true",
                        help="pptx: a short movie of each scene on its first slide")
    add_scenario_arguments(parser)
    args = parser.parse_args(argv)
    from app.export.export import run
    from app.model import simulate
    request = _export_request(args)
    trajectory = simulate(scenario_from_args(args))
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


def _export_request(args):
    """The export request the options describe; UsageError for a combination that is not."""
    from app.export.requests import (
        ClipRequest,
        DeckRequest,
        FrameRequest,
        PlotDataRequest,
    )
    fmt = args.format or _format_from_suffix(args.out)
    scene_ids = [_check_scene(part.strip()) for part in args.scene.split(",") if part.strip()]
    if not scene_ids:
        raise UsageError("cli.scene_missing", scenes=", ".join(SCENE_IDS))
    if len(scene_ids) > 1 and fmt != "pptx":
        raise UsageError("cli.several_scenes", format=fmt)
    clip = args.t_from is not None or args.t_to is not None
    _check_timing(args, fmt, clip)
    if args.transparent and fmt not in ("png", "svg"):
        raise UsageError("cli.transparent_format", format=fmt)
    if args.embed_clips and fmt != "pptx":
        raise UsageError("cli.embed_clips")
    look = {"lang": args.lang, "theme": args.theme}
    motion = {"reduce_motion": args.reduce_motion, "evidence": args.evidence}
    size = args.size or (GIF_SIZE if fmt == "gif" else EXPORT_SIZE)
    if fmt == "pptx":
        return DeckRequest(tuple(scene_ids), args.out, size, embed_clips=args.embed_clips,
                           **look, **motion)
    if fmt == "csv":
        return PlotDataRequest(scene_ids[0], args.out, "csv")
    if clip:
        return ClipRequest(scene_ids[0], args.t_from, args.t_to, args.out, fmt,
                           CLIP_SECONDS if args.duration is None else args.duration,
                           CLIP_FPS if args.fps is None else args.fps, size, args.transparent,
                           spacing=args.spacing, **look, **motion)
    return FrameRequest(scene_ids[0], args.time, args.out, fmt, size, args.transparent, **look,
                        **motion)


def _check_timing(args, fmt: str, clip: bool) -> None:
    if fmt in _NO_TIME:
        if clip or args.time is not None or args.duration is not None or args.fps is not None:
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


# --- the window ---------------------------------------------------------------------------
def run_window(argv: list[str], parser_class) -> int:
    """Open the window (``--screenshot FILE`` saves it once painted and exits)."""
    parser = parser_class(prog="main.py", description=(
        "Ketamine Cascade: animated scenes of how a rapid-acting antidepressant works. "
        "Other commands: scenes, simulate, model, export (main.py COMMAND --help)."))
    parser.add_argument("--scene", metavar="ID", help="scene to open (see: main.py scenes)")
    parser.add_argument("--time", type=time_argument, metavar="T",
                        help="time to open at, e.g. 35min")
    parser.add_argument("--scenario", metavar="FILE", help="scenario JSON file")
    parser.add_argument("--lesson", metavar="FILE", help="a lesson file saved from the window")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("--present", action="store_true", help="open in presenter mode")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="open, wait until painted, save the window to FILE, exit")
    args = parser.parse_args(argv)
    scene_id = _check_scene(args.scene) if args.scene else None
    args.__dict__.update({name: None for name in ("drug", "route", "dose_mg", "body_weight_kg",
                                                  "infusion_min", "n_doses", "dose_interval",
                                                  "stress", "blockers", "horizon")})
    scenario = scenario_from_args(args)
    lesson = _lesson_from(args.lesson)
    if args.time is not None:
        _check_time_in_scene(scene_id or SCENE_IDS[0], args.time)
    _check_display()
    from PySide6.QtWidgets import QApplication

    from app.ui.errors import install_error_handling, start_fault_log, start_logging
    from app.ui.icon import application_icon
    from app.ui.startup import (
        after_start,
        keep_current_window,
        return_freed_pages_regularly,
        return_large_blocks_to_the_system,
    )
    from app.ui.window import MainWindow
    return_large_blocks_to_the_system()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ketamine Cascade")
    app.setOrganizationName("ketamine-cascade")
    app.setDesktopFileName("ketamine-cascade")  # the .desktop file of a Linux bundle
    app.setWindowIcon(application_icon())
    return_freed_pages_regularly(app)
    start_logging()
    crashed_before = bool(start_fault_log())
    _prepare_language_or_say_why(app, args.lang or (lesson.language if lesson else None))
    window = MainWindow(scenario, scene_id, args.time)
    install_error_handling(window)
    keep_current_window(app, window)
    if lesson is not None:
        window.lessons.apply(lesson, Path(args.lesson))
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    window.show()
    if args.present:
        window.presenter.present()
    after_start(app, crashed_before)
    return app.exec()


def _prepare_language_or_say_why(app, lang: str | None) -> None:
    """The fonts and the translation, or (an incomplete installation) a message box saying
    so before the command line's error and exit 2: a window opened from a desktop icon has
    no terminal to print to."""
    import os

    from app.i18n import AssetError
    from app.ui.startup import prepare_language
    try:
        prepare_language(app, lang)
    except AssetError as exc:
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":  # nobody could see the box
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.critical(None, "Ketamine Cascade", str(exc))
        raise


def _check_display() -> None:
    """Without X or Wayland, or without the libraries of Qt's X11 plugin, Qt aborts the
    process: say so in words instead."""
    import os

    from app.export.render import no_display
    from app.qt_platform import check_xcb_libraries
    if no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        raise UsageError("cli.no_display")
    check_xcb_libraries()


def _screenshot(app, window, path: str) -> int:
    from PySide6.QtCore import QTimer

    from app.export.files import save_image
    from app.i18n import current_language
    outcome = {"status": 0}

    def save():
        try:
            save_image(window.grab().toImage(), path)
        except (OSError, ValueError) as exc:
            error = exc if isinstance(exc, UserError) else UsageError(
                "file.cannot_write", path=excerpt(path, 300), reason=exc)
            print(error_line(error, current_language()), file=sys.stderr)
            outcome["status"] = 2
        app.exit(outcome["status"])

    window.firstFramePainted.connect(lambda: QTimer.singleShot(0, save))
    QTimer.singleShot(30000, lambda: app.exit(3))  # never hang a script
    window.show()
    status = app.exec()
    logging.shutdown()
    return status

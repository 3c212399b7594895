"""The commands that need Qt: the window (default), ``scenes`` and ``export``.

Kept apart from ``app.cli`` so ``simulate`` never loads Qt.
"""
from __future__ import annotations

import argparse
import logging
import sys

from app.cli import UsageError, add_scenario_arguments, scenario_from_args, time_argument


def _scene_ids() -> list[str]:
    from app.scenes import SCENES
    return list(SCENES)


def _check_scene(scene_id: str) -> str:
    if scene_id not in _scene_ids():
        raise UsageError(f"unknown scene {scene_id!r}; valid scenes: {', '.join(_scene_ids())}")
    return scene_id


def _check_time_in_scene(scene_id: str, t: float, trajectory=None) -> float:
    from app.scenes import SCENES
    from app.timefmt import format_clock
    scene = SCENES[scene_id]
    t0, t1 = scene.window_for(trajectory) if trajectory is not None else scene.window
    if not t0 - 1e-9 <= t <= t1 + 1e-9:
        raise UsageError(f"time {format_clock(t)} is outside scene {scene_id!r}; valid times run "
                         f"from {format_clock(t0)} to {format_clock(t1)}")
    return t


def _size_argument(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write WIDTHxHEIGHT, "
                                         "e.g. 1920x1080") from None
    return width, height


# --- scenes -------------------------------------------------------------------------------
def run_scenes(argv: list[str], parser_class) -> int:
    """Print the scene ids in teaching order with their titles and windows."""
    parser = parser_class(prog="main.py scenes", description="List the scenes.")
    parser.parse_args(argv)
    from app.export import ensure_gui_application
    from app.scenes import SCENES
    from app.timefmt import format_duration
    ensure_gui_application()
    for scene in SCENES.values():
        t0, t1 = scene.window
        print(f"{scene.id:22s} {scene.number}  {scene.title}  "
              f"[{format_duration(t0) if t0 else '0'} to {format_duration(t1)}, {scene.scale}]")
    return 0


# --- export -------------------------------------------------------------------------------
def run_export(argv: list[str], parser_class) -> int:
    """Export one frame of a scene as PNG."""
    parser = parser_class(prog="main.py export", description="Export a frame of a scene.")
    parser.add_argument("--scene", required=True, metavar="ID")
    parser.add_argument("--time", required=True, type=time_argument, metavar="T")
    parser.add_argument("--format", default="png", choices=("png",))
    parser.add_argument("--size", type=_size_argument, default=(1920, 1080), metavar="WxH")
    parser.add_argument("--out", required=True, metavar="PATH")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--theme", default="dark", choices=("dark", "projector"))
    parser.add_argument("--transparent", action="store_true")
    add_scenario_arguments(parser)
    args = parser.parse_args(argv)
    scene_id = _check_scene(args.scene)
    scenario = scenario_from_args(args)
    from app.export import ExportError
    from app.export.files import save_frame_png
    from app.export.render import check_size, ensure_gui_application
    from app.model import simulate
    try:
        check_size(args.size)
        trajectory = simulate(scenario)
        _check_time_in_scene(scene_id, args.time, trajectory)
        ensure_gui_application()
        save_frame_png(args.out, scene_id, trajectory, args.time, args.size, args.lang,
                       args.theme, args.transparent)
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.out!r}: {exc.strerror or exc}") from None
    return 0


# --- the window ---------------------------------------------------------------------------
def run_window(argv: list[str], parser_class) -> int:
    """Open the window (``--screenshot FILE`` saves it once painted and exits)."""
    parser = parser_class(prog="main.py", description=(
        "Ketamine Cascade: animated scenes of how a rapid-acting antidepressant works. "
        "Other commands: scenes, simulate, export (main.py COMMAND --help)."))
    parser.add_argument("--scene", metavar="ID", help="scene to open (see: main.py scenes)")
    parser.add_argument("--time", type=time_argument, metavar="T", help="time to open at, e.g. 35min")
    parser.add_argument("--scenario", metavar="FILE", help="scenario JSON file")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default=None)
    parser.add_argument("--present", action="store_true", help="open full screen")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="open, wait until painted, save the window to FILE, exit")
    args = parser.parse_args(argv)
    scene_id = _check_scene(args.scene) if args.scene else None
    args.__dict__.update({name: None for name in ("drug", "route", "dose_mg", "body_weight_kg",
                                                  "infusion_min", "n_doses", "dose_interval",
                                                  "stress", "blockers", "horizon")})
    scenario = scenario_from_args(args)
    if args.time is not None:
        _check_time_in_scene(scene_id or _scene_ids()[0], args.time)
    from PySide6.QtWidgets import QApplication

    from app.ui.errors import install_error_handling
    from app.ui.window import MainWindow
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ketamine Cascade")
    app.setOrganizationName("ketamine-cascade")
    window = MainWindow(scenario, scene_id, args.time)
    install_error_handling(window)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    window.show()
    if args.present:
        window.present()
    return app.exec()


def _screenshot(app, window, path: str) -> int:
    from PySide6.QtCore import QTimer

    from app.export.files import save_image
    outcome = {"status": 0}

    def save():
        try:
            save_image(window.grab().toImage(), path)
        except (OSError, ValueError) as exc:
            print(f"error: cannot write {path!r}: {exc}", file=sys.stderr)
            outcome["status"] = 2
        app.exit(outcome["status"])

    window.firstFramePainted.connect(lambda: QTimer.singleShot(0, save))
    QTimer.singleShot(30000, lambda: app.exit(3))  # never hang a script
    window.show()
    status = app.exec()
    logging.shutdown()
    return status

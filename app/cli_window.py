"""The window's command line: ``main.py`` with no command opens the window.

Kept apart from ``app.cli`` so ``simulate`` never loads Qt; before Qt starts it checks that
a window can open (a display, the libraries of Qt's X11 plugin) and says why not in words.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.cli_common import (
    UsageError,
    add_compare_argument,
    check_scene,
    check_time_in_scene,
    comparison_from_args,
    error_line,
    lesson_from,
    scenario_from_args,
    time_argument,
)
from app.errors import UserError
from app.excerpt import excerpt
from app.story.catalogue import LANGUAGES, SCENE_IDS


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
    add_compare_argument(parser, "beside it: opens in compare mode")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--present", action="store_true", help="open in presenter mode")
    mode.add_argument("--study", action="store_true",
                      help="open in study mode: a question before each key moment, "
                           "resuming where the student stopped")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="open, wait until painted, save the window to FILE, exit")
    args = parser.parse_args(argv)
    scene_id = check_scene(args.scene) if args.scene else None
    args.__dict__.update({name: None for name in ("drug", "route", "dose_mg", "body_weight_kg",
                                                  "infusion_min", "n_doses", "dose_interval",
                                                  "stress", "blockers", "horizon")})
    scenario = scenario_from_args(args)
    lesson = lesson_from(args.lesson)
    comparison = comparison_from_args(args)
    if args.time is not None:
        check_time_in_scene(scene_id or SCENE_IDS[0], args.time)
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
    if comparison is not None:
        window.state.set_comparison(comparison)
    if args.study:
        window.study.enter()
    if args.screenshot:
        return _screenshot(app, window, args.screenshot, args.present)
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


def _screenshot(app, window, path: str, present: bool = False) -> int:
    """Open ``window`` (presenting, if asked), wait until its picture is complete (in
    compare mode, B's side too), save it to ``path`` and close; the exit status."""
    from PySide6.QtCore import QTimer

    from app.export.files import save_image
    from app.i18n import current_language
    outcome = {"status": 0}

    def save():
        state = window.state
        if state.comparison is not None and not state.comparing:  # B's run is on its way
            QTimer.singleShot(50, save)
            return
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
    if present:
        window.presenter.present()
    status = app.exec()
    window.finish_background_work()  # no worker left to answer a window that is gone
    logging.shutdown()
    return status

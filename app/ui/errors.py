"""Exceptions inside slots and paints: logged to a file and shown in a dialog; the app
keeps running (a lecture must not end in a crash)."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

log = logging.getLogger("app")


def log_path() -> Path:
    """Where the app writes its log (the user's application data folder)."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation) or ".")
    return folder / "ketamine-cascade.log"


def install_error_handling(window) -> None:
    """Log to :func:`log_path` and turn uncaught exceptions into a dialog on ``window``."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)

    def hook(kind, value, trace):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, trace)))
        window.report_problem(QCoreApplication.translate("MainWindow",
            "Something went wrong ({error}). The app keeps running; details are in {path}.")
            .format(error=f"{kind.__name__}: {value}", path=path))

    sys.excepthook = hook

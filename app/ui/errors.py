"""Unexpected errors: logged and shown, and the app keeps running (a lecture must not end
in a crash).

* :func:`start_logging`: a rotating log file (1 MB x 3) in :func:`app.ui.folders.log_folder`.
* :func:`start_fault_log`: ``faulthandler`` writes a fatal error's traceback (a segfault,
  an abort) to a file there; the next start finds it non-empty, copies it into the log
  and tells the user once.
* :func:`install_error_handling`: uncaught exceptions, in the GUI thread (a slot, a paint)
  or any other thread, are logged through :data:`app.ui.problems.REPEATS` and shown once
  in a dialog on the current window.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.ui.folders import log_folder
from app.ui.problems import REPEATS

log = logging.getLogger("app")
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3
FAULT_FILE = "fatal-error.txt"
_state = {"handler": None, "fault_file": None, "relay": None}


def log_path() -> Path:
    """The app's log file (older ones beside it end in .1, .2, .3)."""
    return log_folder() / "ketamine-cascade.log"


def start_logging(max_bytes: int = LOG_BYTES, backups: int = LOG_BACKUPS) -> Path:
    """Send the app's log to :func:`log_path`, rotating; returns the path. Calling again
    (e.g. after the folder was redirected) replaces the previous file handler."""
    path = log_path()
    previous = _state["handler"]
    if previous is not None:
        log.removeHandler(previous)
        previous.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes,
                                                       backupCount=backups, encoding="utf-8")
    except OSError:  # a read-only home: log to stderr rather than not start
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["handler"] = handler
    return path


def start_fault_log() -> str:
    """Have ``faulthandler`` write fatal errors to a file in the log folder. Returns what
    the previous session left there ("" after a clean exit), which is also logged."""
    path = log_folder() / FAULT_FILE
    left = ""
    try:
        left = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        pass  # no file: the first start, or the previous session ended cleanly
    if left:
        log.error("the previous session ended with a fatal error:\n%s", left)
    stop_fault_log()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = path.open("w", encoding="utf-8")
    except OSError as exc:
        log.warning("fatal errors cannot be recorded in %s: %s", path, exc)
        return left
    faulthandler.enable(stream, all_threads=True)
    _state["fault_file"] = stream
    return left


def stop_fault_log() -> None:
    """Stop writing fatal errors to the file (its content stays)."""
    stream = _state["fault_file"]
    if stream is not None:
        faulthandler.disable()
        stream.close()
        _state["fault_file"] = None


def tell_about_previous_crash(window) -> None:
    """Tell the user, once, that the last session ended unexpectedly and where the log is."""
    window.report_problem(QCoreApplication.translate(
        "MainWindow", "The last session ended unexpectedly. What happened is recorded in the "
        "log in {folder}.").format(folder=log_folder()))


class _Relay(QObject):
    """Carries an exception's description from any thread to the window (GUI thread)."""

    raised = Signal(str)

    def __init__(self):
        super().__init__()
        self.window = None
        self.raised.connect(self._show)

    @Slot(str)
    def _show(self, error: str) -> None:
        if self.window is not None:
            self.window.report_unexpected(QCoreApplication.translate(
                "MainWindow", "Something went wrong ({error}). The app keeps running; "
                "details are in {path}.").format(error=error, path=log_path()))


def install_error_handling(window) -> None:
    """Log to :func:`log_path` and turn uncaught exceptions, in any thread, into a dialog
    on ``window`` (once per distinct error)."""
    if _logging_to() != log_path():
        start_logging()
    if _state["relay"] is None:
        _state["relay"] = _Relay()
    _state["relay"].window = window
    sys.excepthook = _uncaught
    threading.excepthook = lambda args: _uncaught(args.exc_type, args.exc_value,
                                                  args.exc_traceback)


def _logging_to() -> Path | None:
    handler = _state["handler"]
    return Path(handler.baseFilename) if hasattr(handler, "baseFilename") else None


def _uncaught(kind, value, trace) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    error = f"{kind.__name__}: {value}"
    where = traceback.extract_tb(trace)[-1:] if trace is not None else []
    key = error + "".join(f" at {frame.filename}:{frame.lineno}" for frame in where)
    REPEATS.record(key, "uncaught exception:\n" + "".join(
        traceback.format_exception(kind, value, trace)))
    _state["relay"].raised.emit(error)

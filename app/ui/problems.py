"""Problems shown to the user and written to the log, without floods.

A drawing bug repeats every frame; the user needs to hear of it once and the log needs its
traceback once, then a count. :class:`RepeatLog` does the counting (thread-safe: worker
threads report too); :class:`ProblemDialogs` shows one dialog per distinct message.
"""
from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

SUMMARY_INTERVAL_S = 60.0


class RepeatLog:
    """Logs the first occurrence of each problem in full; repeats are counted and written
    as one line at most every ``interval_s`` seconds (and by :meth:`flush`)."""

    def __init__(self, logger: logging.Logger, interval_s: float = SUMMARY_INTERVAL_S):
        self._log = logger
        self._interval = interval_s
        self._lock = threading.Lock()
        self._unreported: dict[str, int] = {}
        self._last_summary: dict[str, float] = {}

    def record(self, key: str, details: str) -> bool:
        """Note one occurrence of ``key``; True the first time (``details`` then logged)."""
        with self._lock:
            if key not in self._unreported:
                self._unreported[key] = 0
                self._last_summary[key] = time.monotonic()
                self._log.error("%s", details)
                return True
            self._unreported[key] += 1
            if time.monotonic() - self._last_summary[key] >= self._interval:
                self._summarise(key)
            return False

    def flush(self) -> None:
        """Write the pending repeat counts now (e.g. when the window closes)."""
        with self._lock:
            for key in list(self._unreported):
                self._summarise(key)

    def _summarise(self, key: str) -> None:
        count = self._unreported[key]
        if count:
            self._log.error("repeated %d more time(s): %s", count, key)
        self._unreported[key] = 0
        self._last_summary[key] = time.monotonic()


# The session's log of problems; everything unexpected goes through it.
REPEATS = RepeatLog(logging.getLogger("app.problems"))


class ProblemDialogs(QObject):
    """The window's problem dialogs: at most one open per distinct message, and a message
    marked recurring (a bug, not a user's mistake) shown only once per session."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.open_boxes: dict[str, QMessageBox] = {}
        self._seen: set[str] = set()

    def show(self, message: str) -> None:
        """A warning with ``message`` as plain text (quoted file content never renders as
        HTML), unless the same message is already on screen."""
        if message in self.open_boxes:
            return
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("MainWindow", "Ketamine Cascade"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, m=message: self.open_boxes.pop(m, None))
        self.open_boxes[message] = box
        box.open()

    def first_time(self, message: str) -> bool:
        """True the first time ``message`` is seen this session (for recurring problems)."""
        if message in self._seen:
            return False
        self._seen.add(message)
        return True

"""Rate-limit an expensive view update: the first call runs at once, later calls within
the interval collapse into one trailing call with the latest state (frames dropped, not
queued: docs/style.md, 6)."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer


class Throttle(QObject):
    """Call ``action()`` at most once per ``interval_ms``; never lose the last request."""

    def __init__(self, action, interval_ms: int, parent=None):
        super().__init__(parent)
        self._action = action
        self._interval = interval_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def request(self, *_):
        """Ask for an update (extra arguments from signals are ignored)."""
        if self._timer.isActive():
            return
        waited = self._clock.elapsed() if self._clock.isValid() else self._interval
        if waited >= self._interval:
            self._run()
        else:  # read once: a second reading may already be past the interval (negative wait)
            self._timer.start(self._interval - waited)

    def _run(self):
        self._clock.start()
        self._action()

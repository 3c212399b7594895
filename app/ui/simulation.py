"""Re-simulation off the UI thread: the newest request wins, the window never freezes."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.model import Scenario

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class _SimulationTask(QRunnable):
    def __init__(self, ticket: int, scenario: Scenario, signals: _Signals):
        super().__init__()
        self.ticket, self.scenario, self.signals = ticket, scenario, signals

    def run(self):
        try:
            from app.model import simulate  # the model's first import happens off the UI thread
            self.signals.finished.emit(self.ticket, simulate(self.scenario))
        except Exception as exc:  # reported to the user, never a crash
            log.exception("simulation failed")
            self.signals.failed.emit(self.ticket, str(exc))


class SimulationRunner(QObject):
    """Runs ``simulate`` in a worker thread; only the latest request's result is delivered."""

    finished = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._ticket = 0

    @property
    def busy(self) -> bool:
        """Whether the newest request has not been answered yet."""
        return self._ticket != self._answered

    _answered = 0

    def request(self, scenario: Scenario) -> None:
        """Simulate ``scenario``; any older request still running is ignored when it ends."""
        self._ticket += 1
        self.busyChanged.emit(True)
        self._pool.clear()  # drop queued, not yet started, requests
        self._pool.start(_SimulationTask(self._ticket, scenario, self._signals))

    def wait(self, milliseconds: int = 10000) -> bool:
        """Block until the worker is idle (for tests and the screenshot path)."""
        return self._pool.waitForDone(milliseconds)

    def _answer(self, ticket: int) -> bool:
        if ticket != self._ticket:
            return False
        self._answered = ticket
        self.busyChanged.emit(False)
        return True

    def _on_finished(self, ticket: int, trajectory) -> None:
        if self._answer(ticket):
            self.finished.emit(trajectory)

    def _on_failed(self, ticket: int, message: str) -> None:
        if self._answer(ticket):
            self.failed.emit(message)

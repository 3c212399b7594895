"""Re-simulation off the UI thread: the newest request wins, the window never freezes.

Compare mode's scenario B is simulated and prepared the same way by a second runner
(:attr:`SimulationRunner.b`), in a thread of its own.

The worker also prepares what the pictures need besides the trajectory (the comparison
scenes' companion runs, scene 5's integral: :mod:`app.scenes.scene_data`), so painting on
the GUI thread only reads: first for the scene on show, delivered with the trajectory, then
for the others (a newer request drops that second step).
"""
from __future__ import annotations

import logging
import threading
from functools import partial

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.model import Scenario, Trajectory
from app.scenes import SCENES

#: How long after the first run the other scenes' data starts being prepared (ms).
OTHER_SCENES_AFTER_MS = 1000

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(int, object, object)
    failed = Signal(int, str)


class _SimulationTask(QRunnable):
    """Simulate ``scenario`` (or take ``trajectory`` as it is), then prepare its scene data
    for ``scene_ids`` (None: every scene)."""

    def __init__(self, ticket: int, signals: _Signals, scenario: Scenario | None = None,
                 trajectory: Trajectory | None = None, scene_ids: list[str] | None = None):
        super().__init__()
        self.ticket, self.signals, self.scene_ids = ticket, signals, scene_ids
        self._work: tuple | None = (scenario, trajectory)
        self._lock = threading.Lock()

    def release(self) -> None:
        """Let go of the scenario and the run if the task has not started (a newer request
        took its place in the queue).

        PySide keeps the Python side of a QRunnable alive after the pool is done with it,
        run or dropped: holding a run there kept every scenario a session visited in
        memory (10 MiB a six-week run; 30 drug switches grew the window by 50 MiB)."""
        with self._lock:
            self._work = None

    def run(self):
        with self._lock:
            work, self._work = self._work, None
        if work is None:
            return
        scenario, trajectory = work
        del work
        try:
            # the model's and the scenes' first imports happen off the UI thread
            from app.model import simulate
            from app.scenes import prepare_scene_data
            trajectory = trajectory or simulate(scenario)
            self.signals.finished.emit(self.ticket, trajectory,
                                       prepare_scene_data(trajectory, self.scene_ids))
        except Exception as exc:  # reported to the user, never a crash
            log.exception("simulation failed")
            self.signals.failed.emit(self.ticket, str(exc))


class SimulationRunner(QObject):
    """Runs ``simulate`` and the scenes' preparation in a worker thread; only the latest
    request's result is delivered, as ``finished(trajectory, scene_data)``: first with the
    data of ``state``'s scene, then again, the same trajectory, with every scene's."""

    finished = Signal(object, object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None, state=None, with_b: bool = False):
        super().__init__(parent)
        self._state = state
        #: Compare mode's scenario B has a runner of its own (``with_b``), in its own
        #: thread: a new A never drops B's run, nor B's A's. Its answers go to
        #: ``AppState.set_trajectory_b``.
        self.b: SimulationRunner | None = SimulationRunner(self, state) if with_b else None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._ticket = 0
        self._started: list[_SimulationTask] = []
        self._stopped = False

    @property
    def busy(self) -> bool:
        """Whether the newest request has not been answered yet."""
        return self._ticket != self._answered

    _answered = 0

    def request(self, scenario: Scenario) -> None:
        """Simulate ``scenario``; any older request still running is ignored when it ends."""
        shown = None if self._state is None else [self._state.scene_id]
        self._start(_SimulationTask(self._next_ticket(), self._signals, scenario=scenario,
                                    scene_ids=shown))

    def simulate_first(self) -> None:
        """Simulate the state's scenario here, on the calling thread (about 10 ms), with
        what the shown scene needs, so the first paint is complete; the other scenes' data
        (weeks-long companion runs) follow from the worker thread a moment later, once the
        window is up: started at once, they held the interpreter while the window was being
        built and kept a quick exit (``--screenshot``) waiting for them."""
        from app.model import simulate
        from app.scenes import prepare_scene_data
        first = simulate(self._state.scenario)
        self._state.set_trajectory(first, prepare_scene_data(first, [self._state.scene_id]))
        QTimer.singleShot(OTHER_SCENES_AFTER_MS, self, partial(self._prepare_if_shown, first))

    def _prepare_if_shown(self, trajectory: Trajectory) -> None:
        """Prepare ``trajectory``'s other scenes unless a newer run has taken its place."""
        if self._state.trajectory is trajectory and not self.busy:
            self.prepare(trajectory)

    def prepare(self, trajectory: Trajectory) -> None:
        """Prepare the scene data of ``trajectory`` (simulated already, e.g. at start-up)."""
        self._start(_SimulationTask(self._next_ticket(), self._signals, trajectory=trajectory))

    def stop(self) -> None:
        """The window is going: start nothing more (neither a late request nor the other
        scenes' data after an answer still on its way) and drop what is queued, here and
        in B's: its pool must be idle when the window is deleted."""
        self._stopped = True
        self._pool.clear()
        if self.b is not None:
            self.b.stop()

    def wait(self, milliseconds: int = 10000) -> bool:
        """Block until the worker (and B's) is idle (for tests and the screenshot path)."""
        done = self._pool.waitForDone(milliseconds)
        return (self.b is None or self.b.wait(milliseconds)) and done

    def _next_ticket(self) -> int:
        self._ticket += 1
        self.busyChanged.emit(True)
        return self._ticket

    def _start(self, task: _SimulationTask) -> None:
        if self._stopped:  # a late timer or signal of a window that is going
            return
        self._pool.clear()  # drop queued, not yet started, requests
        for older in self._started:
            older.release()
        self._started = [task]
        self._pool.start(task)

    def _answer(self, ticket: int) -> bool:
        if ticket != self._ticket:
            return False
        self._answered = ticket
        self.busyChanged.emit(False)
        return True

    def _on_finished(self, ticket: int, trajectory, scene_data) -> None:
        if not self._answer(ticket):
            return
        self.finished.emit(trajectory, scene_data)
        if not self._stopped and len(scene_data.scenes) < len(SCENES):  # the rest follows
            task = _SimulationTask(ticket, self._signals, trajectory=trajectory)
            self._started.append(task)
            self._pool.start(task)

    def _on_failed(self, ticket: int, message: str) -> None:
        if self._answer(ticket):
            self.failed.emit(message)

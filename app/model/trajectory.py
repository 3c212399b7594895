"""The result of a simulation: every observable sampled on one time grid, read-only."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from app.safefile import write_text_atomically

from .scenario import Scenario


class Trajectory:
    """Observables of one scenario against time (hours since the first dose starts).

    Read an observable by name (``traj["glutamate"]``), a moment by time (``traj.at(1.5)``,
    linear interpolation, clamped to the simulated span). Arrays are read-only. The grid is
    uniform as simulated; :meth:`thinned` gives one that is not, for pictures of weeks.
    """

    def __init__(self, scenario: Scenario, t: np.ndarray, series: dict[str, np.ndarray]):
        self.scenario = scenario
        self.t = _frozen(t)
        self.names = tuple(series)
        self._table = _frozen(np.vstack([series[name] for name in self.names]))  # one row each
        self._columns = {name: _frozen(self._table[i]) for i, name in enumerate(self.names)}
        self._step = _uniform_step(self.t)

    def __getitem__(self, name: str) -> np.ndarray:
        try:
            return self._columns[name]
        except KeyError:
            raise KeyError(f"unknown observable {name!r}; known: {', '.join(self.names)}") from None

    def __contains__(self, name: str) -> bool:
        return name in self._columns

    def __len__(self) -> int:
        return len(self.t)

    @property
    def t_end(self) -> float:
        """Last simulated time, hours."""
        return float(self.t[-1])

    def at(self, t_h: float) -> dict[str, float]:
        """Every observable at ``t_h`` hours, linearly interpolated between samples."""
        index, weight = self._bracket(t_h)
        pair = self._table[:, index:index + 2]
        row = pair[:, 0] * (1.0 - weight) + pair[:, 1] * weight
        return dict(zip(self.names, row.tolist()))

    def _bracket(self, t_h: float) -> tuple[int, float]:
        """The sample at or before ``t_h`` and how far ``t_h`` is towards the next (0..1)."""
        last = len(self.t) - 1
        if self._step is not None:
            position = min(max(t_h / self._step, 0.0), float(last))
            index = min(int(position), last - 1)
            return index, position - index
        index = min(max(int(np.searchsorted(self.t, t_h, side="right")) - 1, 0), last - 1)
        span = self.t[index + 1] - self.t[index]
        return index, min(max((t_h - self.t[index]) / span, 0.0), 1.0)

    def thinned(self, stride: int = 10, tolerance: float = 1e-3) -> Trajectory:
        """The same run on a coarser grid where a coarser grid changes nothing one could see.

        The samples are cut into blocks of ``stride``; a block keeps only its two ends when a
        straight line between them stays within ``tolerance`` of every observable's range at
        every sample inside, and keeps all its samples otherwise (a dose's minutes-long peaks
        stay whole). A six-week run on the one-minute grid drops from 10 MiB to about 1 MiB.
        """
        keep = _samples_to_keep(self.t, self._table, stride, tolerance)
        return Trajectory(self.scenario, self.t[keep],
                          {name: self._table[i, keep] for i, name in enumerate(self.names)})

    def value(self, name: str, t_h: float) -> float:
        """One observable at ``t_h`` hours (interpolated)."""
        return float(np.interp(t_h, self.t, self[name]))

    def to_csv(self, path, step_h: float | None = None) -> None:
        """Write ``t_h,<observables...>`` atomically; ``step_h`` thins the rows."""
        text = self.csv_text(step_h)
        if str(path) == "-":
            raise ValueError("use csv_text() for standard output")
        write_text_atomically(Path(path), text)

    def csv_text(self, step_h: float | None = None) -> str:
        """The CSV as text (header ``t_h,<observables...>``)."""
        rows = np.column_stack([self.t, self._table.T])
        if step_h and self._step is not None:
            rows = rows[::max(1, int(round(step_h / self._step)))]
        elif step_h:
            times = np.arange(0.0, self.t_end + step_h / 2, step_h)
            rows = np.column_stack([times] + [np.interp(times, self.t, row) for row in self._table])
        buffer = io.StringIO()
        buffer.write(",".join(("t_h",) + self.names) + "\n")
        np.savetxt(buffer, rows, delimiter=",", fmt="%.6g")
        return buffer.getvalue()


def _uniform_step(t: np.ndarray) -> float | None:
    """The grid's step if every step is the same (to rounding), else None."""
    steps = np.diff(t)
    step = float(steps[0])
    return step if np.allclose(steps, step, rtol=1e-6, atol=0.0) else None


def _samples_to_keep(t: np.ndarray, table: np.ndarray, stride: int,
                     tolerance: float) -> np.ndarray:
    """Indices :meth:`Trajectory.thinned` keeps: block ends, and every sample of a block a
    straight line would misdraw. One observable at a time: a six-week table is 10 MiB, and
    whole-table temporaries tripled the memory of the worker preparing a scene's runs."""
    ends = np.unique(np.append(np.arange(0, len(t), stride), len(t) - 1))
    block = np.clip(np.searchsorted(ends, np.arange(len(t)), side="right") - 1, 0, len(ends) - 2)
    start, stop = ends[block], ends[block + 1]
    fraction = (t - t[start]) / (t[stop] - t[start])
    misdrawn = np.zeros(len(t), dtype=bool)
    for row in table:
        line = row[start] + (row[stop] - row[start]) * fraction
        misdrawn |= np.abs(line - row) > tolerance * max(float(np.ptp(row)), 1e-12)
    keep = np.isin(block, np.unique(block[misdrawn]))
    keep[ends] = True
    return np.nonzero(keep)[0]


def _frozen(array: np.ndarray) -> np.ndarray:
    array = np.asarray(array, dtype=float)
    array.flags.writeable = False
    return array

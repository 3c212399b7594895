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
    linear interpolation, clamped to the simulated span). Arrays are read-only.
    """

    def __init__(self, scenario: Scenario, t: np.ndarray, series: dict[str, np.ndarray]):
        self.scenario = scenario
        self.t = _frozen(t)
        self.names = tuple(series)
        self._table = _frozen(np.vstack([series[name] for name in self.names]))  # one row each
        self._columns = {name: _frozen(self._table[i]) for i, name in enumerate(self.names)}
        self._step = float(t[1] - t[0])

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
        position = min(max(t_h / self._step, 0.0), len(self.t) - 1.0)
        index = min(int(position), len(self.t) - 2)
        weight = position - index
        pair = self._table[:, index:index + 2]
        row = pair[:, 0] * (1.0 - weight) + pair[:, 1] * weight
        return dict(zip(self.names, row.tolist()))

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
        stride = 1 if not step_h else max(1, int(round(step_h / self._step)))
        rows = np.column_stack([self.t, self._table.T])[::stride]
        buffer = io.StringIO()
        buffer.write(",".join(("t_h",) + self.names) + "\n")
        np.savetxt(buffer, rows, delimiter=",", fmt="%.6g")
        return buffer.getvalue()


def _frozen(array: np.ndarray) -> np.ndarray:
    array = np.asarray(array, dtype=float)
    array.flags.writeable = False
    return array

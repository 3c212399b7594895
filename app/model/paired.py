"""Two runs in one table (compare mode: scenario A beside scenario B), as CSV.

The header is ``t_h``, then A's columns led by ``a_``, then B's led by ``b_``
(``a_glutamate,...,b_glutamate,...``). The rows are the times of both runs together; where
a time lies outside one run (B simulated for a shorter span than A), that run's cells are
left empty rather than repeat its last value.
"""
from __future__ import annotations

import io
import re

import numpy as np

from .trajectory import Trajectory

#: The columns of one run: its time grid and its series, in the header's order.
Run = tuple[np.ndarray, list[np.ndarray]]
_EMPTY_CELL = re.compile(r"(?m)(?<=,)nan(?=,|$)")


def side_names(names_a, names_b) -> list[str]:
    """The header after ``t_h``: A's names led by ``a_``, then B's led by ``b_``."""
    return [f"a_{name}" for name in names_a] + [f"b_{name}" for name in names_b]


def paired_rows(run_a: Run, run_b: Run, times: np.ndarray | None = None) -> np.ndarray:
    """Rows of ``times`` (default: both grids together) then each run's series interpolated
    onto them, NaN where a time is outside that run's span."""
    if times is None:
        times = np.union1d(run_a[0], run_b[0])
    columns = [times]
    for t, series in (run_a, run_b):
        inside = (times >= t[0] - 1e-9) & (times <= t[-1] + 1e-9)
        columns += [np.where(inside, np.interp(times, t, values), np.nan) for values in series]
    return np.column_stack(columns)


def csv_text(header: list[str], rows: np.ndarray) -> str:
    """``header`` and ``rows`` as CSV (``%.6g``), a missing value as an empty cell."""
    buffer = io.StringIO()
    buffer.write(",".join(header) + "\n")
    np.savetxt(buffer, rows, delimiter=",", fmt="%.6g")
    return _EMPTY_CELL.sub("", buffer.getvalue())


def paired_csv_text(a: Trajectory, b: Trajectory, step_h: float | None = None) -> str:
    """Every observable of runs ``a`` and ``b`` as CSV (header ``t_h,a_<name>...,
    b_<name>...``); ``step_h`` gives one row every ``step_h`` hours instead of every sample."""
    times = None
    if step_h:
        end = max(a.t_end, b.t_end)
        times = np.arange(0.0, end + step_h / 2, step_h)
    rows = paired_rows((a.t, [a[name] for name in a.names]),
                       (b.t, [b[name] for name in b.names]), times)
    return csv_text(["t_h"] + side_names(a.names, b.names), rows)

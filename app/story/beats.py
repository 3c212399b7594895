"""Key moments of a trajectory: the :class:`Beat` record and the finders behind it (peaks,
crossings, fades). Never a fixed hour."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.model import Scenario, Trajectory


@dataclass(frozen=True)
class Beat:
    """A named key moment of a scene, found from the trajectory (never a fixed hour):
    ``key`` is stable across languages, ``label`` is already translated."""

    key: str
    label: str
    t: float


def dose_starts(scenario: Scenario) -> list[float]:
    """When each dose of ``scenario`` starts, in hours since the first (none without a drug)."""
    if scenario.drug == "none":
        return []
    return [k * scenario.dose_interval_h for k in range(scenario.n_doses)]


def last_dose_start(scenario: Scenario) -> float:
    """When the last dose starts (0 for a single dose or no drug)."""
    return max(dose_starts(scenario), default=0.0)


def after_last_dose(scenario: Scenario, window) -> tuple[float, float]:
    """``window`` from the last dose on: where a drug can be gone for good."""
    return max(window[0], min(last_dose_start(scenario), window[1])), window[1]


def _window_mask(trajectory: Trajectory, window) -> np.ndarray:
    t0, t1 = window
    return (trajectory.t >= t0) & (trajectory.t <= t1)


def change(trajectory: Trajectory, name: str) -> np.ndarray:
    """Absolute change of ``name`` from its pre-dose value."""
    series = trajectory[name]
    return np.abs(series - series[0])


def _windowed(trajectory: Trajectory, name: str, window):
    """Times and changes of ``name`` inside ``window``."""
    mask = _window_mask(trajectory, window)
    return trajectory.t[mask], change(trajectory, name)[mask]


def largest_change(trajectory: Trajectory, name: str, window=(0.0, np.inf)) -> float:
    """The largest change of ``name`` from its pre-dose value inside ``window`` (0 if flat)."""
    return float(change(trajectory, name)[_window_mask(trajectory, window)].max(initial=0.0))


def peak_time(trajectory: Trajectory, name: str, window=(0.0, np.inf)) -> float:
    """Time of the largest change of ``name`` inside ``window`` (the window start if flat)."""
    times, values = _windowed(trajectory, name, window)
    if len(times) == 0:
        return float(window[0])
    return float(times[int(np.argmax(values))])


def rise_time(trajectory: Trajectory, name: str, fraction: float = 0.5,
              window=(0.0, np.inf)) -> float:
    """First time the change of ``name`` reaches ``fraction`` of its peak within ``window``."""
    times, values = _windowed(trajectory, name, window)
    if len(times) == 0 or values.max() <= 0:
        return float(window[0])
    return float(times[int(np.argmax(values >= fraction * values.max()))])


def fade_time(trajectory: Trajectory, name: str, fraction: float = 0.1,
              window=(0.0, np.inf)) -> float:
    """First time after the peak that the change of ``name`` falls below ``fraction`` of it."""
    times, values = _windowed(trajectory, name, window)
    if len(times) == 0 or values.max() <= 0:
        return float(window[0])
    top = int(np.argmax(values))
    below = np.nonzero(values[top:] < fraction * values[top])[0]
    return float(times[top + below[0]]) if len(below) else float(times[-1])


def ordered_unique(beats: list[Beat], min_gap_h: float = 1e-3) -> list[Beat]:
    """Beats sorted by time, dropping any that coincide with an earlier one."""
    result = []
    for beat in sorted(beats, key=lambda b: b.t):
        if not result or beat.t - result[-1].t > min_gap_h:
            result.append(beat)
    return result


def beat_at(beats: list[Beat], t: float) -> Beat | None:
    """The last of ``beats`` (in time order) at or before ``t`` (None before the first)."""
    passed = [beat for beat in beats if beat.t <= t + 1e-9]
    return passed[-1] if passed else None

"""A scene's time axis: its window in hours and a linear or logarithmic scale.

Maps a position 0..1 (slider, plot axis, timeline ruler) to a time in hours and back.
The log scale is ``log(1 + t/knee)``: minutes stay readable next to days. Pure Python.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeScale:
    """Time window ``[t0, t1]`` hours on a ``linear`` or ``log`` scale."""

    t0: float
    t1: float
    kind: str = "linear"
    knee_h: float = 0.25

    def __post_init__(self):
        if not self.t1 > self.t0:
            raise ValueError(f"time window must run forwards, got {self.t0} to {self.t1}")
        if self.kind not in ("linear", "log"):
            raise ValueError(f"scale must be linear or log, got {self.kind!r}")

    def _warp(self, t: float) -> float:
        if self.kind == "linear":
            return t
        return math.log1p(max(t - self.t0, 0.0) / self.knee_h)

    def to_position(self, t: float) -> float:
        """Position 0..1 of time ``t`` (clamped to the window)."""
        t = min(max(t, self.t0), self.t1)
        low, high = self._warp(self.t0), self._warp(self.t1)
        return (self._warp(t) - low) / (high - low)

    def to_time(self, position: float) -> float:
        """Time in hours at ``position`` 0..1 (clamped)."""
        position = min(max(position, 0.0), 1.0)
        if self.kind == "linear":
            return self.t0 + position * (self.t1 - self.t0)
        span = self._warp(self.t1)
        return self.t0 + self.knee_h * math.expm1(position * span)

    def clamp(self, t: float) -> float:
        """``t`` limited to the window."""
        return min(max(t, self.t0), self.t1)

    def ticks(self) -> list[float]:
        """Readable tick times inside the window (for rulers and axes)."""
        candidates = [0, 0.25, 0.5, 1, 2, 4, 6, 12, 24, 48, 72, 96, 168, 336, 504, 672, 1008,
                      1344, 2016, 2400]
        inside = [c for c in candidates if self.t0 <= c <= self.t1]
        if self.kind == "log":
            return inside
        step = _nice_step((self.t1 - self.t0) / 6)
        first = math.ceil(self.t0 / step) * step
        return [first + i * step for i in range(int((self.t1 - first) / step) + 1)]


def _nice_step(raw: float) -> float:
    for step in (1 / 12, 1 / 6, 0.25, 0.5, 1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672):
        if step >= raw:
            return step
    return 672.0

"""One scene's timeline over one trajectory: where time may go and where the beats are.

The ruler, playback, plots, captions, presenter, speaker notes and exports all ask the
same :class:`SceneTimeline`, so they agree on the window (clipped to what was simulated),
on stepping along the scene's own scale, and on which beat is the current one. Pure
Python; it never looks up a language (a scene's beats come labelled as it makes them).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from app.story.timescale import TimeScale
from app.story.windows import clipped_window, regimen_window

STEP_FRACTION = 0.01  # Left/Right move 1% of the scene's window (on its own scale)
AT_BEAT_H = 1e-6  # closer than this (3.6 ms) to a beat counts as being at it
SPACINGS = ("scale", "time")


class StoryScene(Protocol):
    """What a timeline needs of a scene: its window, its scale, how far its data reaches
    and its beats."""

    window: tuple[float, float]
    scale: str

    def horizon_for(self, trajectory: Any) -> float:
        """The hour the scene's data for ``trajectory`` ends (a scene drawn from its own
        longer companion runs reaches past the trajectory's end)."""

    def beats(self, trajectory: Any, lang: str | None = None) -> Sequence[Any]:
        """Key moments in time order, each with a time ``t`` in hours, labelled in ``lang``
        (None: the widgets' language)."""


def scene_timescale(scene: StoryScene, trajectory: Any) -> TimeScale:
    """The scene's window clipped to what ``trajectory`` lets it show, on its own scale:
    what the timeline, the scenes' beats and every paint's clamp share."""
    window = regimen_window(getattr(scene, "id", ""), scene.window, trajectory)
    return TimeScale(*clipped_window(window, scene.horizon_for(trajectory)), scene.scale)


def clamp_to_scene(scene: StoryScene, trajectory: Any, t: float) -> float:
    """``t`` limited to the scene's clipped window (as the window's time is)."""
    return scene_timescale(scene, trajectory).clamp(t)


class SceneTimeline:
    """A scene's time axis clipped to a trajectory, its beats, and moves along both.

    Times are hours since the first dose. The beats are found once, on first use, labelled
    in ``lang`` (None: the widgets' language), and kept for the life of the timeline (build
    a new one for a new scene, trajectory or language).
    """

    def __init__(self, scene: StoryScene, trajectory: Any, lang: str | None = None):
        self.scene = scene
        self.trajectory = trajectory
        self.lang = lang
        self.scale = scene_timescale(scene, trajectory)
        self._beats: tuple | None = None

    @property
    def t0(self) -> float:
        """Start of the window in hours."""
        return self.scale.t0

    @property
    def t1(self) -> float:
        """End of the window in hours (no later than the trajectory's end)."""
        return self.scale.t1

    @property
    def beats(self) -> tuple:
        """The scene's beats for this trajectory, in time order (found once)."""
        if self._beats is None:
            self._beats = tuple(self.scene.beats(self.trajectory, self.lang))
        return self._beats

    # --- time ---------------------------------------------------------------------------
    def clamp(self, t: float) -> float:
        """``t`` limited to the window."""
        return self.scale.clamp(t)

    def position(self, t: float) -> float:
        """Where ``t`` lies along the scene's own scale, 0 (start) to 1 (end)."""
        return self.scale.to_position(t)

    def time_at(self, position: float) -> float:
        """The time at ``position`` 0..1 along the scene's own scale (clamped)."""
        return self.scale.to_time(position)

    def step(self, t: float, direction: int, fraction: float = STEP_FRACTION) -> float:
        """The time ``fraction`` of the window back (-1) or forward (+1) from ``t``, measured
        along the scene's own scale (a log scene steps minutes early and days late)."""
        return self.time_at(self.position(t) + direction * fraction)

    def at_end(self, t: float) -> bool:
        """Whether ``t`` is at (or within 0.1% of) the end of the window."""
        return self.position(t) >= 0.999

    # --- beats ----------------------------------------------------------------------------
    def next_beat(self, t: float):
        """The first beat after ``t`` (one at ``t`` does not count), or None."""
        return next((b for b in self.beats if b.t > t + AT_BEAT_H), None)

    def previous_beat(self, t: float):
        """The last beat before ``t`` (one at ``t`` does not count), or None."""
        return next((b for b in reversed(self.beats) if b.t < t - AT_BEAT_H), None)

    def beat_at(self, t: float):
        """The beat whose moment is showing at ``t``: the last one reached, or None before
        the first."""
        return next((b for b in reversed(self.beats) if b.t <= t + AT_BEAT_H), None)

    def beats_reached(self, t: float) -> int:
        """How many beats ``t`` has reached (0 before the first)."""
        return sum(1 for b in self.beats if b.t <= t + AT_BEAT_H)

    def beat_named(self, key: str):
        """The beat with ``key``, or None if this scene has none by that name."""
        return next((b for b in self.beats if b.key == key), None)

    def first_time(self) -> float:
        """Where the scene starts being told: its first beat, else the window's start."""
        return self.beats[0].t if self.beats else self.t0

    def last_time(self) -> float:
        """Where the scene's story ends: its last beat, else the window's end."""
        return self.beats[-1].t if self.beats else self.t1

    # --- frames ---------------------------------------------------------------------------
    def frame_times(self, n: int, spacing: str = "scale", start: float | None = None,
                    end: float | None = None) -> list[float]:
        """``n`` frame times from ``start`` to ``end`` (the window by default), both ends
        included: evenly along the scene's own scale (``"scale"``, as playback moves) or
        evenly in hours (``"time"``)."""
        if spacing not in SPACINGS:
            raise ValueError(f"spacing must be one of {', '.join(SPACINGS)}, got {spacing!r}")
        if n < 1:
            raise ValueError(f"a clip needs at least one frame, got {n}")
        start = self.t0 if start is None else start
        end = self.t1 if end is None else end
        if n == 1:
            return [start]
        if spacing == "time":
            step = (end - start) / (n - 1)
            inner = [start + step * i for i in range(1, n - 1)]
        else:
            first, last = self.position(start), self.position(end)
            inner = [self.time_at(first + (last - first) * i / (n - 1)) for i in range(1, n - 1)]
        return [start, *inner, end]

"""A scene's window of hours for one trajectory: the catalogue's window, stretched to cover a
repeated regimen where the scene tells a regimen's story (the timeline then clips it to what
was simulated).

Overview, spine growth and hit and run tell what a course of doses does over days, so
their window runs to the last dose plus the span the catalogue gives one dose (a single
dose keeps the catalogue's window). The minute-scale scenes (3 to 5) show one dose's
first hours; two time scales and other hypotheses compare fixed courses; they keep theirs.
"""
from __future__ import annotations

from typing import Any

from app.story.beats import last_dose_start

REGIMEN_SCENES = frozenset({"overview", "spine-growth", "hit-and-run"})
MIN_SPAN_H = 1e-3  # a run shorter than the scene's start still gets a usable window


def regimen_window(scene_id: str, window: tuple[float, float], trajectory: Any
                   ) -> tuple[float, float]:
    """The window (hours) scene ``scene_id`` tells of ``trajectory``: ``window`` stretched
    over the whole regimen for a regimen scene (``app.story.timeline.scene_timescale``
    then clips it to what was simulated)."""
    t0, t1 = window
    if scene_id in REGIMEN_SCENES:
        t1 = max(t1, last_dose_start(trajectory.scenario) + (t1 - t0))
    return t0, t1


def clipped_window(window: tuple[float, float], horizon_h: float) -> tuple[float, float]:
    """``window`` cut at ``horizon_h``, the end of what was simulated; a run that ends
    before the window starts still leaves a usable window of :data:`MIN_SPAN_H`."""
    t0, t1 = window
    return t0, max(min(t1, horizon_h), t0 + MIN_SPAN_H)


def scene_window(scene_id: str, window: tuple[float, float], trajectory: Any
                 ) -> tuple[float, float]:
    """The window (hours) a scene drawn from ``trajectory`` alone shows of it: its
    :func:`regimen_window`, clipped to the trajectory's end (captions use it; the window's
    timeline asks the scene how far its data reaches, ``SceneTimeline``)."""
    return clipped_window(regimen_window(scene_id, window, trajectory), trajectory.t_end)

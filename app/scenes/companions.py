"""Companion runs a comparison scene draws beside the lecturer's own scenario.

Two scenes compare: ``two-timescales`` sets an SSRI beside ketamine over weeks, and
``hit-and-run`` notes what esketamine and arketamine add. Their companions are pure
functions of the scenario (regimens of ``app.story.regimens`` given to the same patient:
weight, stress and blockers), simulated once and cached, so frames stay pure and cheap.
Companions are kept thinned (``Trajectory.thinned``): a six-week run is 10 MiB on the
model's one-minute grid and about 1 MiB thinned, and no picture of weeks shows the
difference (under 0.1 % of any curve's range). The cache keeps 12 MiB, least recently used
going first, and never fewer than the three runs one frame may need (``caches``).
"""
from __future__ import annotations

from app.model import Scenario, Trajectory, simulate
from app.scenes.caches import COMPANION_BYTES, BoundedCache
from app.story.regimens import ARKETAMINE_IV, ESKETAMINE_56, KETAMINE_IV, SSRI_COURSE


def trajectory_bytes(trajectory: Trajectory) -> int:
    """Bytes of a trajectory's arrays (its times and every observable)."""
    return trajectory.t.nbytes + sum(trajectory[name].nbytes for name in trajectory.names)


RUNS = BoundedCache(COMPANION_BYTES, trajectory_bytes, keep_at_least=3)


def _simulated(scenario: Scenario) -> Trajectory:
    return RUNS.get(scenario, lambda: simulate(scenario).thinned())


def extended(scenario: Scenario, horizon_h: float) -> Trajectory:
    """The scenario itself, simulated at least ``horizon_h`` hours."""
    return _simulated(scenario.with_changes(horizon_h=max(scenario.horizon_h, horizon_h)))


def ssri_course(scenario: Scenario, horizon_h: float) -> Trajectory:
    """Escitalopram 10 mg daily for six weeks, with the scenario's stress and blockers."""
    return _simulated(SSRI_COURSE.beside(scenario, horizon_h))


def ketamine_infusion(scenario: Scenario, horizon_h: float) -> Trajectory:
    """One 0.5 mg/kg racemic infusion over 40 min, with the scenario's stress and blockers."""
    return _simulated(KETAMINE_IV.beside(scenario, horizon_h))


def esketamine_spray(scenario: Scenario, horizon_h: float) -> Trajectory:
    """One intranasal esketamine dose of 56 mg, the label's first-day dose."""
    return _simulated(ESKETAMINE_56.beside(scenario, horizon_h))


def arketamine_infusion(scenario: Scenario, horizon_h: float) -> Trajectory:
    """Arketamine 0.5 mg/kg IV over 40 min (the dose of the first human studies)."""
    return _simulated(ARKETAMINE_IV.beside(scenario, horizon_h))

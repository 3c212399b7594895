"""Companion runs a comparison scene draws beside the lecturer's own scenario.

Two scenes compare: ``two-timescales`` sets an SSRI beside ketamine over weeks, and
``hit-and-run`` notes what esketamine and arketamine add. Their companions are pure
functions of the scenario (same stress and blockers), simulated once and cached, so frames
stay pure and cheap. A six-week run is about 10 MiB: the cache keeps 32 MiB, least recently
used going first, and never fewer than the three runs one frame may need (``caches``).
"""
from __future__ import annotations

from app.model import Scenario, Trajectory, simulate
from app.scenes.caches import COMPANION_BYTES, BoundedCache

SSRI_WEEKS = 6


def trajectory_bytes(trajectory: Trajectory) -> int:
    """Bytes of a trajectory's arrays (its times and every observable)."""
    return trajectory.t.nbytes + sum(trajectory[name].nbytes for name in trajectory.names)


RUNS = BoundedCache(COMPANION_BYTES, trajectory_bytes, keep_at_least=3)


def _simulated(scenario: Scenario) -> Trajectory:
    return RUNS.get(scenario, lambda: simulate(scenario))


def extended(scenario: Scenario, horizon_h: float) -> Trajectory:
    """The scenario itself, simulated at least ``horizon_h`` hours."""
    return _simulated(scenario.with_changes(horizon_h=max(scenario.horizon_h, horizon_h)))


def ssri_course(scenario: Scenario, horizon_h: float) -> Trajectory:
    """Escitalopram 10 mg daily for six weeks, with the scenario's stress and blockers."""
    return _simulated(Scenario(drug="ssri", route="oral", dose_mg=10.0, n_doses=SSRI_WEEKS * 7,
                               dose_interval_h=24.0, stress=scenario.stress,
                               blockers=scenario.blockers, body_weight_kg=scenario.body_weight_kg,
                               horizon_h=horizon_h))


def ketamine_infusion(scenario: Scenario, horizon_h: float) -> Trajectory:
    """One 0.5 mg/kg racemic infusion over 40 min, with the scenario's stress and blockers."""
    return _simulated(Scenario(stress=scenario.stress, blockers=scenario.blockers,
                               body_weight_kg=scenario.body_weight_kg,
                               dose_mg=0.5 * scenario.body_weight_kg, horizon_h=horizon_h))


def esketamine_spray(scenario: Scenario, horizon_h: float, dose_mg: float = 56.0) -> Trajectory:
    """One intranasal esketamine dose (by default 56 mg, the label's first-day dose)."""
    return _simulated(Scenario(drug="esketamine", route="intranasal", dose_mg=dose_mg,
                               stress=scenario.stress, blockers=scenario.blockers,
                               body_weight_kg=scenario.body_weight_kg, horizon_h=horizon_h))


def arketamine_infusion(scenario: Scenario, horizon_h: float) -> Trajectory:
    """Arketamine 0.5 mg/kg IV over 40 min (the dose of the first human studies)."""
    return _simulated(Scenario(drug="arketamine", stress=scenario.stress,
                               blockers=scenario.blockers, body_weight_kg=scenario.body_weight_kg,
                               dose_mg=0.5 * scenario.body_weight_kg, horizon_h=horizon_h))

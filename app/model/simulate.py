"""``simulate(scenario) -> Trajectory``: pharmacokinetics, then the cascade, on one grid."""
from __future__ import annotations

import numpy as np

from .cascade import cascade
from .observables import OBSERVABLE_INFO
from .pharmacokinetics import concentrations
from .scenario import Scenario
from .trajectory import Trajectory

#: Grid step: one minute resolves the fastest event (the glutamate burst, tens of minutes).
STEP_H = 1.0 / 60.0

#: Observables' names in causal order (a public contract, docs/design.md), then the SSRI
#: extras: the keys of ``observables.OBSERVABLE_INFO``, where each one's record is.
OBSERVABLES = tuple(OBSERVABLE_INFO)


def time_grid(horizon_h: float) -> np.ndarray:
    """Uniform grid from 0 to ``horizon_h`` hours, ``STEP_H`` apart."""
    count = int(round(horizon_h / STEP_H)) + 1
    return np.arange(count) * STEP_H


def simulate(scenario: Scenario | None = None) -> Trajectory:
    """Simulate ``scenario`` (default: ``Scenario()``) over its horizon.

    Returns
    -------
    Trajectory
        every name in ``OBSERVABLES`` on a one-minute grid, hours since the first dose.
    """
    scenario = scenario or Scenario()
    t = time_grid(scenario.horizon_h)
    plasma, brain = concentrations(scenario, t)
    series = {"plasma_uM": plasma, "brain_uM": brain, **cascade(scenario, brain, STEP_H)}
    return Trajectory(scenario, t, {name: series[name] for name in OBSERVABLES})

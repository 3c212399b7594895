"""The science: a kinetic model of the ketamine cascade. numpy only (never Qt, and no
scipy at run time, which would cost a second at start-up).

Units: time in hours, concentrations in µM, fractions 0..1, other levels relative to
their pre-dose baseline (= 1), blood pressure as a rise in mmHg; each observable's record
(label, unit, colour role, baseline, typical range, meaning) in ``OBSERVABLE_INFO``, and the
few other numbers pictures draw in ``facts``.
"""
from .evidence import EVIDENCE, Evidence
from .observables import OBSERVABLE_INFO, Observable
from .parameters import PARAMETERS, Parameter
from .scenario import BLOCKERS, DRUGS, ROUTES, ROUTES_BY_DRUG, Scenario, ScenarioError
from .simulate import OBSERVABLES, simulate
from .trajectory import Trajectory

__all__ = [
    "BLOCKERS", "DRUGS", "EVIDENCE", "Evidence", "OBSERVABLE_INFO", "OBSERVABLES", "Observable",
    "PARAMETERS", "Parameter", "ROUTES", "ROUTES_BY_DRUG", "Scenario", "ScenarioError",
    "Trajectory", "simulate",
]

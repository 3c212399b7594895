"""The dose window: one dose of the current drug at many doses, and what the model gives.

``dose_sweep(scenario, doses)`` simulates a single dose of the scenario's drug, by its
route, infusion time, patient (weight, stress) and blockers, at each dose in mg/kg, and
keeps the four measures scene 9 draws against dose: peak extracellular glutamate, relief
24 h after the dose, peak dissociation and peak blood-pressure rise, with their first day
over time (the scene's time slider). Only the NMDA drugs are swept: an SSRI's dose is not
given in mg/kg, and it acts through none of these links.

Each run is simulated only as long as the measures need (:data:`SWEEP_HORIZON_H`), on the
model's own one-minute grid, so a sweep is exactly the full simulation cut short: the
cascade is causal, and nothing before 25 h depends on what comes after.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .cascade import NMDA_KI
from .scenario import RANGES, Scenario
from .simulate import simulate

#: The drugs the sweep is for: those that block NMDA receptors.
NMDA_DRUGS: tuple[str, ...] = tuple(NMDA_KI)
#: When relief is read: the day after the dose, when trials first measure it.
RELIEF_AT_H = 24.0
#: How long each run is simulated: the relief hour and an hour's margin.
SWEEP_HORIZON_H = RELIEF_AT_H + 1.0
#: The default doses: 0.05 to 10 mg/kg, evenly spaced on a log axis.
SWEEP_DOSES_MG_PER_KG = np.geomspace(0.05, 10.0, 33)
#: The columns of the sweep's table (CSV export): dose, then the four measures.
DOSE_SWEEP_HEADER = ("dose_mg_per_kg", "peak_glutamate", "relief_24h", "peak_dissociation",
                     "peak_blood_pressure_mmHg")
#: The time courses the sweep keeps, by observable (the measures are taken from them).
COURSES = ("glutamate", "antidepressant_effect", "dissociation", "blood_pressure_mmHg")


@dataclass(frozen=True, eq=False)
class DoseSweep:
    """What one dose of ``scenario``'s drug does at each of ``doses_mg_per_kg``: the four
    measures (one value per dose) and, in ``courses``, each observable of :data:`COURSES`
    over the first day (one row per dose, one column per time of ``t``)."""

    scenario: Scenario
    doses_mg_per_kg: np.ndarray
    peak_glutamate: np.ndarray
    relief_24h: np.ndarray
    peak_dissociation: np.ndarray
    peak_pressure_mmHg: np.ndarray
    t: np.ndarray
    courses: dict

    def at(self, name: str, t: float) -> np.ndarray:
        """Observable ``name`` at hour ``t`` for every dose (interpolated in time)."""
        index = float(np.interp(t, self.t, np.arange(len(self.t))))
        low = int(np.floor(index))
        high = min(low + 1, len(self.t) - 1)
        share = index - low
        course = self.courses[name]
        return course[:, low] * (1.0 - share) + course[:, high] * share

    def peak_until(self, name: str, t: float) -> np.ndarray:
        """The largest value of ``name`` each dose has reached by hour ``t``."""
        end = int(np.searchsorted(self.t, t, side="right"))
        return np.maximum(self.courses[name][:, :max(end, 1)].max(axis=1), self.at(name, t))

    @property
    def current(self) -> int | None:
        """The row of the scenario's own dose (None when it lies outside the sweep)."""
        hits = np.nonzero(np.isclose(self.doses_mg_per_kg, self.scenario.dose_mg_per_kg,
                                     rtol=1e-9, atol=0.0))[0]
        return int(hits[0]) if len(hits) else None

    def table(self) -> tuple[list[str], np.ndarray]:
        """The sweep as a table: a header and one row per dose."""
        return list(DOSE_SWEEP_HEADER), np.column_stack([self.doses_mg_per_kg, self.peak_glutamate,
                                        self.relief_24h, self.peak_dissociation,
                                        self.peak_pressure_mmHg])


def sweeps(scenario: Scenario) -> bool:
    """Whether the dose sweep is defined for ``scenario``'s drug (an NMDA blocker)."""
    return scenario.drug in NMDA_DRUGS


def single_dose(scenario: Scenario, dose_mg_per_kg: float) -> Scenario:
    """One dose of ``scenario``'s drug at ``dose_mg_per_kg``, simulated for the sweep."""
    low, high = RANGES["dose_mg"]
    dose = min(max(dose_mg_per_kg * scenario.body_weight_kg, low), high)
    return scenario.with_changes(dose_mg=dose, n_doses=1, horizon_h=SWEEP_HORIZON_H)


def doses_for(scenario: Scenario) -> np.ndarray:
    """The default doses with the scenario's own among them when it lies in their range
    (so the sweep holds the current dose exactly, not between two of its rows)."""
    own = scenario.dose_mg_per_kg
    doses = SWEEP_DOSES_MG_PER_KG
    if doses[0] <= own <= doses[-1]:
        doses = np.union1d(doses, [own])
    return doses


def dose_sweep(scenario: Scenario, doses_mg_per_kg=SWEEP_DOSES_MG_PER_KG) -> DoseSweep:
    """Simulate one dose of ``scenario``'s drug at each dose (mg/kg) and measure it.

    Raises ValueError for a drug that blocks no NMDA receptors (see :func:`sweeps`)."""
    if not sweeps(scenario):
        raise ValueError(f"the dose sweep is for the NMDA drugs, not {scenario.drug!r}")
    doses = np.asarray(doses_mg_per_kg, dtype=float)
    runs = [simulate(single_dose(scenario, dose)) for dose in doses]
    t = runs[0].t
    # single precision: the first day of 4 measures at 34 doses is 0.8 MB, not 1.6
    courses = {name: np.array([run[name] for run in runs], dtype=np.float32)
               for name in COURSES}
    for course in courses.values():
        course.setflags(write=False)
    relief = np.array([run.value("antidepressant_effect", RELIEF_AT_H) for run in runs])
    return DoseSweep(scenario, _frozen(doses), _frozen(courses["glutamate"].max(axis=1)),
                     _frozen(relief), _frozen(courses["dissociation"].max(axis=1)),
                     _frozen(courses["blood_pressure_mmHg"].max(axis=1)), t, courses)


def _frozen(values: np.ndarray) -> np.ndarray:
    values = np.array(values, dtype=float)
    values.setflags(write=False)
    return values

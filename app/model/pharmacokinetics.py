"""Pharmacokinetics: dose -> plasma -> brain, in closed form on the time grid.

A linear mammillary model: an absorption depot (intranasal, oral), a central compartment
(plasma), up to two peripheral compartments (a fast one and a slow, deep one), and a brain
effect site that follows plasma with a first-order equilibration half-time.

Every form of ketamine (racemic, S, R) shares one disposition: the same volumes and
inter-compartmental clearances, each form with its own published clearance. The deep
compartment carries the slow terminal phase (half-life near 9 h) that the esketamine label
reports; racemic studies sampled over the first hours see the 2-3 h phase before it.
Intranasal esketamine is given as 28 mg devices 5 min apart, each its own depot dose.
The system ``dx/dt = A x + inputs`` is diagonalised once; each eigen-mode is then an exact
first-order recursion (zero-order hold for infusions, impulses for depot doses) solved by
``filters.recurrence``. No ODE solver.

Clearances scale with body weight to the power 0.75, volumes linearly (reference 70 kg).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .filters import recurrence
from .parameters import value
from .scenario import Scenario

REFERENCE_WEIGHT_KG = 70.0
#: Clearances scale with (body weight / reference) to this power (allometric scaling).
ALLOMETRIC_CLEARANCE_EXPONENT = 0.75


@dataclass(frozen=True)
class DrugKinetics:
    """Disposition of one drug at 70 kg: volumes L, clearances L/h, rates 1/h."""

    molar_mass: float
    clearance: float
    central_volume: float
    peripheral_volume: float
    distribution_clearance: float
    effect_half_time_h: float
    bioavailability: dict
    absorption_rate: dict
    deep_volume: float = 0.0
    deep_clearance: float = 0.0
    device_mg: float = 0.0
    device_interval_h: float = 0.0

    def scaled(self, body_weight_kg: float) -> DrugKinetics:
        """The same drug in a person of ``body_weight_kg`` (allometric scaling)."""
        ratio = body_weight_kg / REFERENCE_WEIGHT_KG
        clearance = ratio ** ALLOMETRIC_CLEARANCE_EXPONENT
        return replace(
            self, clearance=self.clearance * clearance, central_volume=self.central_volume * ratio,
            peripheral_volume=self.peripheral_volume * ratio,
            distribution_clearance=self.distribution_clearance * clearance,
            deep_volume=self.deep_volume * ratio, deep_clearance=self.deep_clearance * clearance)


def _ketamine_like(drug: str) -> DrugKinetics:
    """One disposition for every form; clearance, nasal bioavailability and devices differ."""
    central, fast_total = value("ketamine_central_volume"), value("ketamine_volume_ss")
    esketamine = drug == "esketamine"
    prefix = "esketamine" if esketamine else "ketamine"
    return DrugKinetics(
        molar_mass=value("ketamine_molar_mass"),
        clearance=value(f"{prefix}_clearance"),
        central_volume=central,
        peripheral_volume=fast_total - central,
        distribution_clearance=value("ketamine_distribution_clearance"),
        effect_half_time_h=value("ketamine_effect_site_half_time"),
        bioavailability={"iv": 1.0,
                         "intranasal": value(f"{prefix}_intranasal_bioavailability"),
                         "oral": value("ketamine_oral_bioavailability")},
        absorption_rate={"intranasal": value("intranasal_absorption_rate"),
                         "oral": value("oral_ketamine_absorption_rate")},
        deep_volume=value("ketamine_terminal_volume_ss") - fast_total,
        deep_clearance=value("ketamine_deep_clearance"),
        device_mg=value("esketamine_device_mg") if esketamine else 0.0,
        device_interval_h=value("esketamine_device_interval") if esketamine else 0.0,
    )


def kinetics_for(drug: str) -> DrugKinetics | None:
    """Disposition parameters of ``drug`` (None for ``none``).

    The enantiomers share racemic ketamine's volumes and distribution (a modelling choice:
    they distribute alike, and human arketamine kinetics are sparsely published); each has
    its own clearance where one is published (esketamine: the label).
    """
    if drug in ("ketamine", "arketamine", "esketamine"):
        return _ketamine_like(drug)
    if drug == "ssri":
        return DrugKinetics(
            molar_mass=value("ssri_molar_mass"), clearance=value("ssri_clearance"),
            central_volume=value("ssri_volume"), peripheral_volume=0.0,
            distribution_clearance=0.0,
            effect_half_time_h=value("ssri_effect_site_half_time"),
            bioavailability={"oral": value("ssri_bioavailability")},
            absorption_rate={"oral": value("ssri_absorption_rate")})
    return None


def system_matrix(kinetics: DrugKinetics, absorption_rate: float) -> np.ndarray:
    """Matrix A of ``dx/dt = A x`` for x = [depot mg, central mg, (peripheral mg),
    (deep mg), brain mg/L]; a peripheral compartment exists when its volume is > 0."""
    peripherals = [(volume, flow) for volume, flow in
                   ((kinetics.peripheral_volume, kinetics.distribution_clearance),
                    (kinetics.deep_volume, kinetics.deep_clearance)) if volume > 0.0]
    n = 3 + len(peripherals)
    a = np.zeros((n, n))
    a[0, 0] = -absorption_rate
    a[1, 0] = absorption_rate
    a[1, 1] = -kinetics.clearance / kinetics.central_volume
    for index, (volume, flow) in enumerate(peripherals, start=2):
        a[1, 1] -= flow / kinetics.central_volume
        a[1, index] = flow / volume
        a[index, 1] = flow / kinetics.central_volume
        a[index, index] = -flow / volume
    k_e0 = np.log(2.0) / kinetics.effect_half_time_h
    a[-1, 1] = k_e0 / kinetics.central_volume
    a[-1, -1] = -k_e0
    return a


def dose_inputs(scenario: Scenario, kinetics: DrugKinetics, t: np.ndarray):
    """Infusion rate into plasma (mg/h, per step) and depot doses (mg, per sample)."""
    step = t[1] - t[0]
    rate = np.zeros_like(t)
    depot = np.zeros_like(t)
    absorbed = scenario.dose_mg * kinetics.bioavailability[scenario.route]
    for start in scenario.dose_times_h():
        first = int(round(start / step))
        if first >= len(t):
            break
        if scenario.route == "iv":
            steps = max(1, int(round(scenario.infusion_min / 60.0 / step)))
            rate[first:first + steps] += absorbed / (steps * step)
            continue
        devices = device_times_h(scenario.dose_mg, kinetics, start)
        for when in devices:
            index = int(round(when / step))
            if index < len(t):
                depot[index] += absorbed / len(devices)
    return rate, depot


def device_times_h(dose_mg: float, kinetics: DrugKinetics, start_h: float) -> list[float]:
    """When each nasal device of one dose is given (one administration for other drugs):
    esketamine comes in 28 mg devices, 5 min apart (56 mg: at 0 and 5 min)."""
    if kinetics.device_mg <= 0.0:
        return [start_h]
    count = max(1, int(np.ceil(dose_mg / kinetics.device_mg - 1e-9)))
    return [start_h + k * kinetics.device_interval_h for k in range(count)]


def concentrations(scenario: Scenario, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Plasma and brain (effect-site) concentrations in µM on the uniform grid ``t`` (h)."""
    kinetics = kinetics_for(scenario.drug)
    if kinetics is None or scenario.dose_mg == 0.0:
        return np.zeros_like(t), np.zeros_like(t)
    kinetics = kinetics.scaled(scenario.body_weight_kg)
    k_a = kinetics.absorption_rate.get(scenario.route, 1.0)  # unused for IV
    states = _solve_linear(system_matrix(kinetics, k_a), *dose_inputs(scenario, kinetics, t),
                           t[1] - t[0])
    to_um = 1000.0 / kinetics.molar_mass  # mg/L -> µM
    plasma = np.maximum(states[1] / kinetics.central_volume, 0.0) * to_um
    brain = np.maximum(states[-1], 0.0) * to_um
    return plasma, brain


def _solve_linear(a: np.ndarray, rate: np.ndarray, depot: np.ndarray, step: float) -> np.ndarray:
    """States of ``dx/dt = A x + e1*rate(t)`` with impulses ``e0*depot`` (x = 0 at t = 0)."""
    eigenvalues, vectors = np.linalg.eig(a)
    if np.max(np.abs(eigenvalues.imag)) > 1e-9:
        raise ArithmeticError("pharmacokinetic system has oscillating modes")
    eigenvalues, vectors = eigenvalues.real, vectors.real
    inverse = np.linalg.inv(vectors)
    previous_rate = np.concatenate(([0.0], rate[:-1]))  # rate held over the previous step
    modes = np.empty((len(eigenvalues), len(rate)))
    for i, lam in enumerate(eigenvalues):
        decay = np.exp(lam * step)
        gain = (decay - 1.0) / lam if abs(lam * step) > 1e-12 else step
        pushed = gain * inverse[i, 1] * previous_rate + inverse[i, 0] * depot
        modes[i] = recurrence(pushed, decay)
    return vectors @ modes

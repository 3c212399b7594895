"""Pharmacokinetics: dose -> plasma -> brain, in closed form on the time grid.

A linear mammillary model: an absorption depot (intranasal, oral), a central compartment
(plasma), at most one peripheral compartment, and a brain effect site that follows plasma
with a first-order equilibration half-time. The system ``dx/dt = A x + inputs`` is
diagonalised once; each eigen-mode is then an exact first-order recursion (zero-order
hold for infusions, impulses for depot doses) solved by ``filters.recurrence``. No ODE
solver.

Clearances scale with body weight to the power 0.75, volumes linearly (reference 70 kg).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from .filters import recurrence
from .parameters import value
from .scenario import Scenario

REFERENCE_WEIGHT_KG = 70.0


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

    def scaled(self, body_weight_kg: float) -> "DrugKinetics":
        """The same drug in a person of ``body_weight_kg`` (allometric scaling)."""
        ratio = body_weight_kg / REFERENCE_WEIGHT_KG
        return DrugKinetics(
            self.molar_mass, self.clearance * ratio ** 0.75, self.central_volume * ratio,
            self.peripheral_volume * ratio, self.distribution_clearance * ratio ** 0.75,
            self.effect_half_time_h, self.bioavailability, self.absorption_rate)


def _ketamine_like(prefix: str) -> DrugKinetics:
    central = value(f"{prefix}_central_volume")
    return DrugKinetics(
        molar_mass=value("ketamine_molar_mass"),
        clearance=value(f"{prefix}_clearance"),
        central_volume=central,
        peripheral_volume=value(f"{prefix}_volume_ss") - central,
        distribution_clearance=value(f"{prefix}_distribution_clearance"),
        effect_half_time_h=value("ketamine_effect_site_half_time"),
        bioavailability={"iv": 1.0,
                         "intranasal": value(f"{prefix}_intranasal_bioavailability"),
                         "oral": value("ketamine_oral_bioavailability")},
        absorption_rate={"intranasal": value("intranasal_absorption_rate"),
                         "oral": value("oral_ketamine_absorption_rate")},
    )


def kinetics_for(drug: str) -> DrugKinetics | None:
    """Disposition parameters of ``drug`` (None for ``none``).

    Arketamine is given racemic ketamine's disposition: a modelling choice, since human
    arketamine kinetics are sparsely published and the enantiomers are cleared alike.
    """
    if drug in ("ketamine", "arketamine"):
        return _ketamine_like("ketamine")
    if drug == "esketamine":
        return _ketamine_like("esketamine")
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
    """Matrix A of ``dx/dt = A x`` for x = [depot mg, central mg, (peripheral mg), brain mg/L]."""
    k_el = kinetics.clearance / kinetics.central_volume
    k_e0 = np.log(2.0) / kinetics.effect_half_time_h
    two_compartment = kinetics.peripheral_volume > 0.0
    n = 4 if two_compartment else 3
    a = np.zeros((n, n))
    a[0, 0] = -absorption_rate
    a[1, 0] = absorption_rate
    a[1, 1] = -k_el
    if two_compartment:
        k12 = kinetics.distribution_clearance / kinetics.central_volume
        k21 = kinetics.distribution_clearance / kinetics.peripheral_volume
        a[1, 1] -= k12
        a[1, 2] = k21
        a[2, 1] = k12
        a[2, 2] = -k21
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
        else:
            depot[first] += absorbed
    return rate, depot


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

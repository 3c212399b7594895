"""The pharmacokinetics of ``pharmacokinetics.py`` as SBML: amounts in mg with rate rules,
the disposition derived from the parameter table (scaled to the body weight), and the
dosing regimen as events.

``pharmacokinetics.py`` solves the same linear system in closed form on the one-minute
grid, with dose times rounded to the grid; here doses start at their exact times. A regimen
is two or three events whatever the number of doses: "a dose starts" (every
``dose_interval_h`` until ``n_doses`` were given) starts an infusion or, for a depot route,
the nasal devices of one dose (esketamine: 28 mg devices 5 min apart), each a "device"
event adding its share to the depot; "the infusion ends" stops the infusion.
"""
from __future__ import annotations

from dataclasses import dataclass

from .pharmacokinetics import (
    ALLOMETRIC_CLEARANCE_EXPONENT,
    REFERENCE_WEIGHT_KG,
    device_times_h,
    kinetics_for,
)
from .sbml_cascade import Assigned
from .sbml_math import Expr, number, positive, sym, time
from .scenario import Scenario

MG_PER_L = "milligram_per_litre"


@dataclass(frozen=True)
class Constant:
    """A constant of the scenario (not of the parameter table): dose, weight, blockers."""

    name: str
    value: float
    units: str
    meaning: str


@dataclass(frozen=True)
class Derived:
    """A constant computed from others at the start (an initial assignment)."""

    name: str
    formula: Expr
    units: str
    meaning: str


@dataclass(frozen=True)
class Rate:
    """A state ``name`` with ``d name/dt = formula``, starting at ``initial``."""

    name: str
    formula: Expr
    units: str
    meaning: str
    initial: float = 0.0


@dataclass(frozen=True)
class Event:
    """When ``trigger`` turns true, set each variable to its formula (all evaluated first)."""

    name: str
    trigger: Expr
    assignments: tuple
    priority: int
    meaning: str
    initial_value: bool = False
    persistent: bool = True


def _disposition(drug: str) -> dict:
    """Which table parameters give ``drug``'s disposition (``kinetics_for`` reads the same)."""
    if drug == "ssri":
        return {"molar_mass": sym("ssri_molar_mass"), "clearance": sym("ssri_clearance"),
                "central_volume": sym("ssri_volume"),
                "effect_half_time": sym("ssri_effect_site_half_time"),
                "bioavailability": {"oral": sym("ssri_bioavailability")},
                "absorption_rate": {"oral": sym("ssri_absorption_rate")}}
    prefix = "esketamine" if drug == "esketamine" else "ketamine"
    fast_total = sym("ketamine_volume_ss")
    return {"molar_mass": sym("ketamine_molar_mass"), "clearance": sym(f"{prefix}_clearance"),
            "central_volume": sym("ketamine_central_volume"),
            "peripheral_volume": fast_total - sym("ketamine_central_volume"),
            "distribution_clearance": sym("ketamine_distribution_clearance"),
            "deep_volume": sym("ketamine_terminal_volume_ss") - fast_total,
            "deep_clearance": sym("ketamine_deep_clearance"),
            "effect_half_time": sym("ketamine_effect_site_half_time"),
            "bioavailability": {"iv": number(1.0),
                                "intranasal": sym(f"{prefix}_intranasal_bioavailability"),
                                "oral": sym("ketamine_oral_bioavailability")},
            "absorption_rate": {"intranasal": sym("intranasal_absorption_rate"),
                                "oral": sym("oral_ketamine_absorption_rate")}}


def _scenario_constants(scenario: Scenario, devices: int, device_interval_h: float) -> list:
    infusion = [Constant("infusion_h", scenario.infusion_min / 60.0, "hour",
                         "length of each IV infusion")] if scenario.route == "iv" else [
        Constant("devices_per_dose", devices, "dimensionless",
                 "administrations per dose (esketamine: 28 mg nasal devices)"),
        Constant("device_interval_h", device_interval_h, "hour",
                 "time between the devices of one dose")]
    return [
        Constant("body_weight_kg", scenario.body_weight_kg, "kilogram", "body weight"),
        Constant("reference_weight_kg", REFERENCE_WEIGHT_KG, "kilogram",
                 "weight the table's clearances and volumes are given for"),
        Constant("allometric_clearance_exponent", ALLOMETRIC_CLEARANCE_EXPONENT,
                 "dimensionless", "clearances scale with the weight ratio to this power"),
        Constant("dose_mg", scenario.dose_mg, "milligram", "amount given per dose"),
        Constant("n_doses", scenario.n_doses, "dimensionless", "doses in the regimen"),
        Constant("dose_interval_h", scenario.dose_interval_h, "hour", "time between doses"),
        *infusion,
    ]


def _derived(scenario: Scenario, names: dict) -> list:
    ratio = sym("body_weight_kg") / sym("reference_weight_kg")
    scaling = ratio ** sym("allometric_clearance_exponent")
    derived = [
        Derived("clearance", names["clearance"] * scaling, "litre_per_hour",
                "clearance at this body weight"),
        Derived("central_volume", names["central_volume"] * ratio, "litre",
                "central (plasma) volume at this body weight"),
        Derived("k_e0", Expr("ln", 2.0) / names["effect_half_time"], "per_hour",
                "plasma -> brain equilibration rate"),
        Derived("bioavailability", names["bioavailability"][scenario.route], "dimensionless",
                "fraction of each dose reaching plasma by this route"),
    ]
    for kind in ("peripheral", "deep"):
        if f"{kind}_volume" in names:
            flow = "distribution_clearance" if kind == "peripheral" else "deep_clearance"
            derived += [Derived(f"{kind}_volume", names[f"{kind}_volume"] * ratio, "litre",
                                f"{kind} compartment volume at this body weight"),
                        Derived(f"{kind}_clearance", names[flow] * scaling, "litre_per_hour",
                                f"central <-> {kind} clearance at this body weight")]
    if scenario.route != "iv":
        derived.append(Derived("k_a", names["absorption_rate"][scenario.route], "per_hour",
                               "first-order absorption rate from the depot"))
    return derived


def _rates(scenario: Scenario, names: dict) -> list:
    central = sym("central_mg") / sym("central_volume")
    into_central = -sym("clearance") * central
    rates = []
    for kind in ("peripheral", "deep"):
        if f"{kind}_volume" in names:
            flow = sym(f"{kind}_clearance") * (central - sym(f"{kind}_mg") / sym(f"{kind}_volume"))
            into_central = into_central - flow
            rates.append(Rate(f"{kind}_mg", flow, "milligram",
                              f"drug in the {kind} compartment, mg"))
    if scenario.route == "iv":
        into_central = into_central + sym("infusion_rate")
    else:
        absorbed = sym("k_a") * sym("depot_mg")
        into_central = into_central + absorbed
        rates.insert(0, Rate("depot_mg", -absorbed, "milligram",
                             "drug waiting to be absorbed (nose or gut), mg"))
    rates.insert(1 if scenario.route != "iv" else 0,
                 Rate("central_mg", into_central, "milligram", "drug in plasma, mg"))
    rates.append(Rate("brain_mg_per_l", sym("k_e0") * (central - sym("brain_mg_per_l")),
                      "milligram_per_litre", "drug at the effect site, mg/L"))
    return rates


def _events(scenario: Scenario) -> list:
    due = (time() >= sym("next_dose_h")) & (sym("doses_given") < sym("n_doses"))
    regimen = (("doses_given", sym("doses_given") + 1),
               ("next_dose_h", sym("next_dose_h") + sym("dose_interval_h")))
    if scenario.route == "iv":
        start = (("infusion_rate", sym("dose_mg") * sym("bioavailability") / sym("infusion_h")),
                 ("infusion_ends_h", sym("next_dose_h") + sym("infusion_h")))
        return [Event("infusion_ends", time() >= sym("infusion_ends_h"),
                      (("infusion_rate", number(0.0, "milligram_per_hour")),), 2,
                      "the infusion stops", initial_value=True, persistent=False),
                Event("dose_starts", due, start + regimen, 1, "a dose starts: an infusion")]
    start = (("devices_left", sym("devices_per_dose")), ("next_device_h", sym("next_dose_h")))
    device_due = (time() >= sym("next_device_h")) & (sym("devices_left") > 0)
    device = (("depot_mg", sym("depot_mg")
               + sym("dose_mg") * sym("bioavailability") / sym("devices_per_dose")),
              ("devices_left", sym("devices_left") - 1),
              ("next_device_h", sym("next_device_h") + sym("device_interval_h")))
    return [Event("dose_starts", due, start + regimen, 2, "a dose starts"),
            Event("device", device_due, device, 1, "one administration reaches the depot")]


def _regimen_state(scenario: Scenario) -> list:
    state = [Constant("doses_given", 0, "dimensionless", "doses started so far"),
             Constant("next_dose_h", 0.0, "hour", "when the next dose starts")]
    if scenario.route == "iv":
        return state + [
            Constant("infusion_rate", 0.0, "milligram_per_hour", "infusion into plasma now"),
            Constant("infusion_ends_h", 0.0, "hour", "when the running infusion stops")]
    return state + [Constant("devices_left", 0, "dimensionless", "devices of this dose to come"),
                    Constant("next_device_h", 0.0, "hour", "when the next device is given")]


@dataclass(frozen=True)
class Dosing:
    """Everything of the pharmacokinetics for one scenario, ready to be written as SBML."""

    constants: list
    derived: list
    rates: list
    assigned: list
    events: list
    regimen_state: list


def dosing(scenario: Scenario) -> Dosing:
    """The pharmacokinetics of ``scenario``; without a drug, concentrations fixed at 0."""
    kinetics = kinetics_for(scenario.drug)
    if kinetics is None:
        zero = [Assigned(name, number(0.0, "micromolar"), "micromolar", "no drug given")
                for name in ("plasma_uM", "brain_uM")]
        return Dosing([], [], [], zero, [], [])
    names = _disposition(scenario.drug)
    devices = device_times_h(scenario.dose_mg, kinetics, 0.0)
    interval = devices[1] - devices[0] if len(devices) > 1 else 0.0
    # mg/L divided by g/mol is mmol/L: 1000 thousandths (= 1) make it read in µM
    to_micromolar = number(1000.0, "thousandth") / names["molar_mass"]
    assigned = [
        Assigned("plasma_uM", positive(sym("central_mg") / sym("central_volume"), MG_PER_L)
                 * to_micromolar, "micromolar", "drug in plasma"),
        Assigned("brain_uM", positive(sym("brain_mg_per_l"), MG_PER_L) * to_micromolar,
                 "micromolar", "drug at the effect site in the brain"),
    ]
    return Dosing(_scenario_constants(scenario, len(devices), interval),
                  _derived(scenario, names), _rates(scenario, names), assigned,
                  _events(scenario), _regimen_state(scenario))

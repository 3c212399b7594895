"""The kinetic model of one scenario as SBML Level 3 Version 2, for COPASI, Tellurium or
any other SBML tool: ``to_sbml(scenario) -> str``.

Every quantity is a global parameter; states change by rate rules (the pharmacokinetics in
mg, ``sbml_dosing``; the cascade's relaxations, ``sbml_cascade``), the drives and
observables are assignment rules, and the dosing regimen is a few events. The numbers come
from ``parameters.PARAMETERS``, each written once with its unit, plausible range, meaning
and published source (as XHTML notes and as an annotation); the scenario's choices (dose,
weight, blockers as 0/1 flags) are constants that a researcher can change in the tool.
Every name in ``OBSERVABLES`` is an identifier of the model, so a simulation's columns match
``simulate``'s (``tests/model/test_sbml.py`` simulates both with libRoadRunner).

Qt-free and libSBML-free: the XML is written with the standard library.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from app import __version__

from .parameters import PARAMETERS
from .sbml_cascade import BLOCKER_FLAGS, Assigned, Relaxed, cascade_links
from .sbml_dosing import Constant, Derived, Rate, dosing
from .sbml_math import SBML_NS, math_element, sym
from .scenario import Scenario

XHTML_NS = "http://www.w3.org/1999/xhtml"
#: Namespace of this app's per-parameter annotation (a name, not a place to visit).
ANNOTATION_NS = "urn:ketamine-cascade:parameter"

#: SBML unit ids of the parameter table's units.
UNIT_IDS = {"g/mol": "gram_per_mole", "L/h": "litre_per_hour", "L": "litre", "h": "hour",
            "1/h": "per_hour", "mg": "milligram", "µM": "micromolar", "mmHg": "mmHg",
            "fraction": "dimensionless", "x Ki": "dimensionless", "": "dimensionless",
            "per unit": "dimensionless", "relative": "dimensionless"}

#: Unit definitions: id -> ((kind, exponent, scale, multiplier), ...).
UNIT_DEFINITIONS = {
    "hour": (("second", 1, 0, 3600.0),),
    "per_hour": (("second", -1, 0, 3600.0),),
    "milligram": (("gram", 1, -3, 1.0),),
    "micromolar": (("mole", 1, -6, 1.0), ("litre", -1, 0, 1.0)),
    "gram_per_mole": (("gram", 1, 0, 1.0), ("mole", -1, 0, 1.0)),
    "litre_per_hour": (("litre", 1, 0, 1.0), ("second", -1, 0, 3600.0)),
    "milligram_per_hour": (("gram", 1, -3, 1.0), ("second", -1, 0, 3600.0)),
    "milligram_per_litre": (("gram", 1, -3, 1.0), ("litre", -1, 0, 1.0)),
    "thousandth": (("dimensionless", 1, -3, 1.0),),
    "mmHg": (("pascal", 1, 0, 133.322387415),),
}


def to_sbml(scenario: Scenario | None = None) -> str:
    """The model of ``scenario`` (default: ``Scenario()``) as SBML L3V2 text."""
    scenario = scenario or Scenario()
    pk = dosing(scenario)
    links = cascade_links(scenario)
    assigned = pk.assigned + [link for link in links if isinstance(link, Assigned)]
    relaxed = [link for link in links if isinstance(link, Relaxed)]
    constants = pk.constants + _scenario_flags(scenario)
    formulas = ([item.formula for item in pk.derived + pk.rates + assigned]
                + [link.drive for link in relaxed]
                + [value for event in pk.events for _, value in event.assignments])
    used = set().union(*(formula.symbols() for formula in formulas))
    used |= {link.tau for link in relaxed}

    root = ET.Element("sbml", {"xmlns": SBML_NS, "level": "3", "version": "2"})
    model = ET.SubElement(root, "model", id="ketamine_cascade", name=_title(scenario),
                          timeUnits="hour")
    model.append(_notes(_model_notes(scenario)))
    _add_units(model)
    parameters = ET.SubElement(model, "listOfParameters")
    for name in sorted(used & PARAMETERS.keys(), key=list(PARAMETERS).index):
        parameters.append(_table_parameter(name))
    for item in constants:
        _add_parameter(parameters, item.name, item.units, item.meaning, value=item.value,
                       constant=True)
    for item in pk.regimen_state:  # changed by the dosing events
        _add_parameter(parameters, item.name, item.units, item.meaning, value=item.value)
    for item in pk.derived:
        _add_parameter(parameters, item.name, item.units, item.meaning, constant=True)
    for item in pk.rates:
        _add_parameter(parameters, item.name, item.units, item.meaning, value=item.initial)
    for item in relaxed + assigned:
        _add_parameter(parameters, item.name, item.units, item.meaning)
    _add_initial_assignments(model, pk.derived, relaxed)
    _add_rules(model, pk.rates, relaxed, assigned)
    _add_events(model, pk.events)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _scenario_flags(scenario: Scenario) -> list[Constant]:
    flags = [Constant(flag, float(blocker in scenario.blockers), "dimensionless",
                      f"1 when {blocker} is given (it cuts its link), else 0")
             for blocker, flag in BLOCKER_FLAGS.items()]
    return flags + [Constant("stress", scenario.stress, "dimensionless",
                             "0 healthy .. 1 chronic stress")]


def _title(scenario: Scenario) -> str:
    blockers = ", ".join(sorted(scenario.blockers)) or "no blocker"
    return (f"Ketamine Cascade: {scenario.drug} {scenario.dose_mg:g} mg {scenario.route}, "
            f"{scenario.n_doses} dose(s), {blockers}")


def _model_notes(scenario: Scenario) -> list[str]:
    return [
        f"The kinetic model of Ketamine Cascade {__version__} for one scenario: "
        + json.dumps(scenario.to_dict(), separators=(", ", ": ")),
        f"Time in hours from the first dose; simulate from 0 to {scenario.horizon_h:g} h "
        "(the scenario's horizon). Concentrations in µM, other levels relative to their "
        "pre-dose baseline (= 1), blood pressure as a rise in mmHg.",
        "Each link of the cascade relaxes towards its drive: d x/dt = (drive - x)/tau. "
        "The app solves the same equations exactly on a one-minute grid (doses start on "
        "the nearest minute); an ODE solver reproduces it within 1% of each observable's "
        "range over the run (a one-minute bolus rises within one step of the grid, which "
        "then lags by about 3% at the interneurons). The drives use max and min, not "
        "piecewise: libRoadRunner stalled on piecewise conditions of levels at rest. "
        "Blockers are 0/1 constants (*_applied); every parameter from the app's table "
        "carries its unit, range, meaning and source in its notes.",
        "libRoadRunner: give a fixed absolute tolerance per state (a list); given one "
        "number it rescales them by the states' values at each dose, and a state at rest "
        "near zero then stalls the solver.",
    ]


def _notes(paragraphs: list[str]) -> ET.Element:
    notes = ET.Element("notes")
    body = ET.SubElement(notes, "body", xmlns=XHTML_NS)
    for text in paragraphs:
        ET.SubElement(body, "p").text = text
    return notes


def _add_units(model: ET.Element) -> None:
    definitions = ET.SubElement(model, "listOfUnitDefinitions")
    for name, units in UNIT_DEFINITIONS.items():
        listing = ET.SubElement(ET.SubElement(definitions, "unitDefinition", id=name),
                                "listOfUnits")
        for kind, exponent, scale, multiplier in units:
            ET.SubElement(listing, "unit", kind=kind, exponent=str(exponent), scale=str(scale),
                          multiplier=repr(multiplier))


def _add_parameter(parent, name, units, meaning, value=None, constant=False) -> ET.Element:
    element = ET.SubElement(parent, "parameter", id=name, units=units,
                            constant="true" if constant else "false")
    if value is not None:
        element.set("value", repr(float(value)))
    element.append(_notes([meaning]))
    return element


def _table_parameter(name: str) -> ET.Element:
    """A parameter of the table with its unit, range, meaning and source."""
    row = PARAMETERS[name]
    element = ET.Element("parameter", id=name, value=repr(row.value), units=UNIT_IDS[row.unit],
                         constant="true")
    unit = f" {row.unit}" if row.unit else ""
    element.append(_notes([f"{row.value:g}{unit} (plausible {row.low:g} to {row.high:g}); "
                           f"{row.meaning or name.replace('_', ' ')}",
                           f"Source: {row.source}"]))
    annotation = ET.SubElement(element, "annotation")
    ET.SubElement(annotation, "kc:parameter", {
        "xmlns:kc": ANNOTATION_NS, "kc:value": repr(row.value), "kc:unit": row.unit,
        "kc:low": repr(row.low), "kc:high": repr(row.high), "kc:group": row.group,
        "kc:source": row.source})
    return element


def _add_initial_assignments(model, derived: list[Derived], relaxed: list[Relaxed]) -> None:
    listing = ET.SubElement(model, "listOfInitialAssignments")
    for symbol, formula in [(d.name, d.formula) for d in derived] + [
            (link.name, link.drive) for link in relaxed]:  # a relaxed state starts at rest
        ET.SubElement(listing, "initialAssignment", symbol=symbol).append(math_element(formula))


def _add_rules(model, rates: list[Rate], relaxed: list[Relaxed], assigned) -> None:
    listing = ET.SubElement(model, "listOfRules")
    for rate in rates:
        ET.SubElement(listing, "rateRule", variable=rate.name).append(
            math_element(rate.formula))
    for link in relaxed:
        ET.SubElement(listing, "rateRule", variable=link.name).append(
            math_element((link.drive - sym(link.name)) / sym(link.tau)))
    for item in assigned:
        ET.SubElement(listing, "assignmentRule", variable=item.name).append(
            math_element(item.formula))


def _add_events(model, events) -> None:
    if not events:
        return
    listing = ET.SubElement(model, "listOfEvents")
    for event in events:
        element = ET.SubElement(listing, "event", id=event.name,
                                useValuesFromTriggerTime="true")
        element.append(_notes([event.meaning]))
        trigger = ET.SubElement(element, "trigger",
                                initialValue=str(event.initial_value).lower(),
                                persistent=str(event.persistent).lower())
        trigger.append(math_element(event.trigger))
        ET.SubElement(element, "priority").append(math_element(event.priority))
        assignments = ET.SubElement(element, "listOfEventAssignments")
        for variable, formula in event.assignments:
            ET.SubElement(assignments, "eventAssignment", variable=variable).append(
                math_element(formula))

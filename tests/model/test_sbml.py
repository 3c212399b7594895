"""The model as SBML, read without SBML libraries: every observable is in it, every number
of the parameter table is written once with its unit and source, the scenario's choices are
constants, and the dosing regimen is a few events whatever the number of doses."""
import xml.etree.ElementTree as ET

import pytest

from app.model import OBSERVABLES, PARAMETERS, Scenario
from app.model.sbml import ANNOTATION_NS, UNIT_IDS, to_sbml

CORE = "{http://www.sbml.org/sbml/level3/version2/core}"
XHTML = "{http://www.w3.org/1999/xhtml}"

NBQX = Scenario(blockers={"nbqx"})
ESKETAMINE_COURSE = Scenario(drug="esketamine", route="intranasal", dose_mg=84, n_doses=8,
                             dose_interval_h=84.0, horizon_h=840.0)
SSRI = Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42, horizon_h=1008.0)


def _model(scenario):
    return ET.fromstring(to_sbml(scenario).encode()).find(f"{CORE}model")


def _parameters(scenario):
    return {p.get("id"): p for p in _model(scenario).iter(f"{CORE}parameter")}


def _notes_text(element):
    return " ".join("".join(p.itertext()) for p in element.find(f"{CORE}notes").iter(f"{XHTML}p"))


@pytest.mark.parametrize("scenario", [Scenario(), NBQX, ESKETAMINE_COURSE, SSRI,
                                      Scenario(drug="none"), Scenario(route="oral")])
def test_every_observable_is_a_quantity_of_the_model(scenario):
    parameters = _parameters(scenario)
    assert [name for name in OBSERVABLES if name not in parameters] == []


def test_table_parameters_carry_the_tables_value_unit_and_source():
    parameters = _parameters(Scenario())
    written = [name for name in PARAMETERS if name in parameters]
    assert "ketamine_clearance" in written and "synaptic_protein_lifetime" in written
    for name in written:
        row, element = PARAMETERS[name], parameters[name]
        assert float(element.get("value")) == row.value
        assert element.get("units") == UNIT_IDS[row.unit]
        assert element.get("constant") == "true"
        assert f"Source: {row.source}" in _notes_text(element)
        note = element.find(f"{CORE}annotation/{{{ANNOTATION_NS}}}parameter")
        assert note.get(f"{{{ANNOTATION_NS}}}source") == row.source
        assert float(note.get(f"{{{ANNOTATION_NS}}}low")) == row.low
        assert float(note.get(f"{{{ANNOTATION_NS}}}high")) == row.high


def test_every_unit_of_the_table_has_an_sbml_unit():
    assert {row.unit for row in PARAMETERS.values()} <= UNIT_IDS.keys()


def test_a_changed_table_value_reaches_the_sbml(monkeypatch):
    row = PARAMETERS["ketamine_clearance"]
    monkeypatch.setitem(PARAMETERS, "ketamine_clearance",
                        type(row)(**{**row.__dict__, "value": 123.0}))
    assert float(_parameters(Scenario())["ketamine_clearance"].get("value")) == 123.0


def test_the_scenario_is_written_as_constants():
    parameters = _parameters(Scenario(dose_mg=50.0, body_weight_kg=80.0, stress=0.5,
                                      blockers={"rapamycin"}))
    values = {name: float(parameters[name].get("value")) for name in (
        "dose_mg", "body_weight_kg", "stress", "rapamycin_applied", "nbqx_applied",
        "trkb_antagonist_applied", "infusion_h")}
    assert values == {"dose_mg": 50.0, "body_weight_kg": 80.0, "stress": 0.5,
                      "rapamycin_applied": 1.0, "nbqx_applied": 0.0,
                      "trkb_antagonist_applied": 0.0, "infusion_h": 40.0 / 60.0}


def test_a_regimen_is_a_few_events_whatever_the_number_of_doses():
    model = _model(ESKETAMINE_COURSE)
    parameters = _parameters(ESKETAMINE_COURSE)
    assert [event.get("id") for event in model.iter(f"{CORE}event")] == ["dose_starts", "device"]
    assert float(parameters["n_doses"].get("value")) == 8
    assert float(parameters["devices_per_dose"].get("value")) == 3  # 84 mg in 28 mg devices
    assert float(parameters["device_interval_h"].get("value")) == pytest.approx(5 / 60)


def test_without_a_drug_the_concentrations_stay_zero_and_nothing_is_dosed():
    model = _model(Scenario(drug="none"))
    assert model.find(f"{CORE}listOfEvents") is None
    rules = {rule.get("variable"): rule for rule in model.iter(f"{CORE}assignmentRule")}
    assert "".join(rules["brain_uM"].itertext()).split() == ["0.0"]

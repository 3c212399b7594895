"""Switching the drug selects its usual route, dose and regimen (an SSRI never keeps
ketamine's 35 mg IV infusion); the patient (weight, stress, blockers) stays."""
import pytest

from app.model import DRUGS

USUAL = {  # drug: (route, dose mg for 80 kg, doses, hours between doses, simulated days)
    "ketamine": ("iv", 40.0, 1, 24.0, 14),
    "esketamine": ("intranasal", 56.0, 1, 24.0, 14),
    "arketamine": ("iv", 40.0, 1, 24.0, 14),
    "ssri": ("oral", 10.0, 42, 24.0, 56),
    "none": ("iv", 0.0, 1, 24.0, 14),
}


def choose_drug(window, drug):
    controls = window.controls
    controls.drug.setCurrentIndex(controls.drug.findData(drug))


@pytest.mark.parametrize("drug", [d for d in DRUGS if d != "ketamine"])
def test_switching_the_drug_shows_its_usual_regimen(window, qtbot, drug):
    controls = window.controls
    controls.weight.setValue(80)
    controls.blockers["nbqx"].setChecked(True)
    controls._commit()
    choose_drug(window, drug)
    route, dose, n_doses, interval, days = USUAL[drug]
    assert controls.route.currentData() == route
    assert controls.dose.value() == dose
    assert controls.n_doses.value() == n_doses and controls.interval.value() == interval
    assert controls.horizon.value() == days
    assert controls.weight.value() == 80 and controls.blockers["nbqx"].isChecked()
    scenario = window.state.scenario
    assert (scenario.drug, scenario.route, scenario.dose_mg) == (drug, route, dose)
    assert scenario.body_weight_kg == 80 and scenario.blockers == {"nbqx"}
    assert window.menus.named["undo"].text() == "Undo drug change"
    choose_drug(window, "ketamine")
    assert (controls.route.currentData(), controls.dose.value()) == ("iv", 40.0)
    assert controls.horizon.value() == 14
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == window.state.scenario,
                    timeout=10000)
    window.runner.wait()


def test_ketamine_per_kilogram_follows_the_patients_weight(window, qtbot):
    window.controls.weight.setValue(100)
    window.controls._commit()
    choose_drug(window, "arketamine")
    assert window.controls.dose.value() == 50.0  # 0.5 mg/kg
    assert window.controls.per_kg.text() == "= 0.5 mg/kg"
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == window.state.scenario,
                    timeout=10000)
    window.runner.wait()

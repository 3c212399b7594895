"""The dose sweep of scene 9: what one dose gives from 0.05 to 10 mg/kg, against the
literature and against the full simulation it shortens."""
import numpy as np
import pytest

from app.model import Scenario, simulate
from app.model.dose_sweep import (
    RELIEF_AT_H,
    SWEEP_DOSES_MG_PER_KG,
    dose_sweep,
    doses_for,
    single_dose,
    sweeps,
)


@pytest.fixture(scope="module")
def sweep():
    return dose_sweep(Scenario(), doses_for(Scenario()))


def at_dose(sweep, values, dose):
    """A measure of the sweep at ``dose`` mg/kg (interpolated on the log axis)."""
    return float(np.interp(np.log(dose), np.log(sweep.doses_mg_per_kg), values))


def test_moghaddam_1997_glutamate_is_an_inverted_u_of_dose(sweep):
    """Moghaddam 1997 (J Neurosci, rat): sub-anaesthetic doses raise prefrontal glutamate,
    anaesthetic doses do not. The surge at 0.5 mg/kg clearly exceeds both ends."""
    rise = {dose: at_dose(sweep, sweep.peak_glutamate, dose) - 1.0 for dose in (0.05, 0.5, 10)}
    assert rise[0.5] > 0.5
    assert rise[0.5] > 2.0 * rise[0.05] and rise[0.5] > 2.0 * rise[10]
    best = sweep.doses_mg_per_kg[int(np.argmax(sweep.peak_glutamate))]
    assert 0.3 <= best <= 2.0  # sub-anaesthetic, not the ends of the axis


def test_moghaddam_1997_an_anaesthetic_dose_lowers_glutamate_below_baseline(sweep):
    """Moghaddam 1997: the anaesthetic dose lowered prefrontal glutamate. In the model the
    top dose's glutamate falls well below baseline within two hours; 0.5 mg/kg never does."""
    window = sweep.t <= 2.0
    assert sweep.courses["glutamate"][-1][window].min() < 0.5
    assert sweep.courses["glutamate"][sweep.current][window].min() > 0.95


def test_relief_has_a_window_and_side_effects_only_grow(sweep):
    """Zarate 2006 / Berman 2000: 0.5 mg/kg relieves by the next day; Fava 2018: 0.1 mg/kg
    does little. Dissociation and blood pressure rise with every dose."""
    assert at_dose(sweep, sweep.relief_24h, 0.5) > 0.7
    assert at_dose(sweep, sweep.relief_24h, 0.1) < 0.5 * at_dose(sweep, sweep.relief_24h, 0.5)
    assert at_dose(sweep, sweep.relief_24h, 10) < 0.1
    assert np.all(np.diff(sweep.peak_dissociation) > 0)
    assert np.all(np.diff(sweep.peak_pressure_mmHg) > 0)


def test_the_shortened_runs_match_the_full_simulation():
    """Each run stops after a day; the measures equal those of the two-week simulation."""
    dose = 0.5
    full = simulate(Scenario(dose_mg=dose * 70.0))
    measured = dose_sweep(Scenario(), [dose])
    assert np.isclose(measured.peak_glutamate[0], full["glutamate"].max(), rtol=1e-6)
    assert np.isclose(measured.relief_24h[0], full.value("antidepressant_effect", RELIEF_AT_H),
                      rtol=1e-4)
    assert np.isclose(measured.peak_dissociation[0], full["dissociation"].max(), rtol=1e-6)
    assert np.isclose(measured.peak_pressure_mmHg[0], full["blood_pressure_mmHg"].max(),
                      rtol=1e-6)


def test_the_sweep_holds_the_scenarios_own_dose_as_a_row():
    scenario = Scenario(dose_mg=30.0)  # 0.43 mg/kg, between two default doses
    swept = dose_sweep(scenario, doses_for(scenario))
    assert swept.doses_mg_per_kg[swept.current] == pytest.approx(scenario.dose_mg_per_kg)
    assert len(swept.doses_mg_per_kg) == len(SWEEP_DOSES_MG_PER_KG) + 1
    outside = Scenario(dose_mg=1400.0)  # 20 mg/kg, beyond the axis
    assert dose_sweep(outside, doses_for(outside)).current is None


def test_the_sweep_gives_one_dose_of_the_drug_by_its_route_to_the_same_patient():
    scenario = Scenario(drug="esketamine", route="intranasal", dose_mg=56.0, n_doses=8,
                        dose_interval_h=84.0, body_weight_kg=80.0, stress=0.5)
    one = single_dose(scenario, 0.5)
    assert (one.drug, one.route, one.body_weight_kg, one.stress) == (
        "esketamine", "intranasal", 80.0, 0.5)
    assert one.n_doses == 1 and one.dose_mg == pytest.approx(40.0)


def test_only_the_nmda_drugs_are_swept():
    assert sweeps(Scenario()) and sweeps(Scenario(drug="arketamine"))
    assert not sweeps(Scenario(drug="ssri", route="oral", dose_mg=10))
    assert not sweeps(Scenario(drug="none"))


def test_scrubbing_the_peak_so_far_rises_to_the_inverted_u(sweep):
    early, late = sweep.peak_until("glutamate", 0.1), sweep.peak_until("glutamate", 24.0)
    assert np.all(early <= late + 1e-9)
    assert np.allclose(late, sweep.peak_glutamate, rtol=1e-5)
    assert np.allclose(sweep.at("glutamate", 0.0), 1.0, atol=1e-6)

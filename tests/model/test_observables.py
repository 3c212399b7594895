"""Every observable has one record (name, label, unit, colour role, baseline, typical
range, meaning) and the model's other public numbers agree with what it simulates."""
import numpy as np
import pytest

from app.model import OBSERVABLE_INFO, OBSERVABLES, Scenario, simulate
from app.model.facts import (
    BLOOD_PRESSURE_MAX_RISE_MMHG,
    SPINE_CEILING,
    baseline_spine_density,
    blocks_nmda,
    nmda_half_block_um,
)
from app.model.observables import observable

#: What the typical ranges promise to hold: ketamine up to 2 mg/kg (healthy and stressed),
#: a course of esketamine, six weeks of an SSRI, arketamine.
USUAL_RUNS = [Scenario(dose_mg=dose, stress=stress) for dose in (35, 70, 140)
              for stress in (0.0, 1.0)] + [
    Scenario(drug="esketamine", route="intranasal", dose_mg=84, n_doses=8,
             dose_interval_h=84, horizon_h=840),
    Scenario(drug="ssri", route="oral", dose_mg=20, n_doses=42, horizon_h=1008),
    Scenario(drug="arketamine"),
]


@pytest.fixture(scope="module")
def usual_trajectories():
    return [simulate(scenario) for scenario in USUAL_RUNS]


def test_every_simulated_observable_has_a_record_and_every_record_is_simulated():
    trajectory = simulate(Scenario(horizon_h=2))
    assert trajectory.names == OBSERVABLES == tuple(OBSERVABLE_INFO)
    for name in trajectory.names:
        assert observable(name).name == name


def test_an_unknown_observable_is_named_in_the_error():
    with pytest.raises(KeyError, match="glutamate"):
        observable("glutamat")


def test_records_are_complete_and_frozen():
    for record in OBSERVABLE_INFO.values():
        assert record.label.strip() and record.unit.strip() and record.meaning.strip()
        low, high = record.typical_range
        assert low <= record.baseline <= high, record.name
    with pytest.raises(AttributeError):
        OBSERVABLE_INFO["bdnf"].unit = "ng/ml"
    with pytest.raises(TypeError):
        OBSERVABLE_INFO["bdnf"] = OBSERVABLE_INFO["glutamate"]


def test_without_a_drug_every_observable_stays_at_its_baseline():
    healthy = simulate(Scenario(drug="none", route="iv", stress=0.0, horizon_h=48))
    for record in OBSERVABLE_INFO.values():
        assert np.allclose(healthy[record.name], record.baseline, atol=1e-9), record.name


def test_stress_lowers_only_the_spines_before_a_dose():
    stressed = simulate(Scenario(drug="none", route="iv", stress=0.5, horizon_h=48))
    assert np.allclose(stressed["spine_density"], baseline_spine_density(0.5))
    assert baseline_spine_density(0.5) < OBSERVABLE_INFO["spine_density"].baseline
    for record in OBSERVABLE_INFO.values():
        if record.name != "spine_density":
            assert np.allclose(stressed[record.name], record.baseline, atol=1e-9), record.name


def test_the_usual_runs_stay_within_the_typical_ranges(usual_trajectories):
    for record in OBSERVABLE_INFO.values():
        low, high = record.typical_range
        for trajectory in usual_trajectories:
            values = trajectory[record.name]
            assert low - 1e-9 <= values.min() and values.max() <= high + 1e-9, (
                record.name, trajectory.scenario)


def test_units_carried_in_csv_column_names_agree_with_the_records():
    suffixes = {"_uM": "µM", "_mmHg": "mmHg"}
    for record in OBSERVABLE_INFO.values():
        named = [unit for suffix, unit in suffixes.items() if record.name.endswith(suffix)]
        if record.unit in suffixes.values():
            assert named == [record.unit], record.name
        else:
            assert named == [], record.name


def test_the_csv_header_is_the_records_names_after_time():
    header = simulate(Scenario(horizon_h=2)).csv_text().splitlines()[0]
    assert header == ",".join(["t_h", *(record.name for record in OBSERVABLE_INFO.values())])


def test_the_spine_and_pressure_limits_bound_what_the_model_gives():
    huge = simulate(Scenario(dose_mg=700, stress=0.0, horizon_h=72))
    assert huge["spine_density"].max() <= SPINE_CEILING
    assert huge["blood_pressure_mmHg"].max() <= BLOOD_PRESSURE_MAX_RISE_MMHG
    assert huge["blood_pressure_mmHg"].max() > 0.8 * BLOOD_PRESSURE_MAX_RISE_MMHG


def test_interneurons_are_half_blocked_at_a_lower_concentration_than_pyramidal_cells():
    for drug in ("ketamine", "esketamine", "arketamine"):
        assert blocks_nmda(drug)
        assert nmda_half_block_um(drug, "interneuron") < nmda_half_block_um(drug, "pyramidal")
    assert nmda_half_block_um("esketamine", "interneuron") < nmda_half_block_um(
        "arketamine", "interneuron")
    assert not blocks_nmda("ssri") and not blocks_nmda("none")
    assert nmda_half_block_um("none", "pyramidal") == nmda_half_block_um("ketamine", "pyramidal")
    with pytest.raises(ValueError, match="interneuron"):
        nmda_half_block_um("ketamine", "astrocyte")


def test_the_half_block_concentration_blocks_half_the_receptors_in_the_model():
    """A long infusion holds the brain level; the block settles where the facts say."""
    half = nmda_half_block_um("ketamine", "interneuron")
    run = simulate(Scenario(infusion_min=600, horizon_h=10))
    brain, block = run["brain_uM"], run["nmda_block_interneuron"]
    i = int(np.argmin(np.abs(brain - half)))
    assert block[i] == pytest.approx(brain[i] / (brain[i] + half), abs=0.05)

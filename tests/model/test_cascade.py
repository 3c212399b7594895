"""What a pharmacologist checks first: baseline, causal order, hit and run, blockers."""
import numpy as np
import pytest

from app.model import OBSERVABLES, Scenario, simulate
from tests.model.helpers import half_peak_time, peak_response

CHAIN = ["plasma_uM", "brain_uM", "nmda_block_interneuron", "interneuron_activity",
         "pyramidal_activity", "glutamate", "ampa_activation", "p_eef2", "bdnf",
         "trkb_activation", "mtor_activity", "synaptic_proteins", "spine_density",
         "antidepressant_effect"]

#: Links that saturate almost at once may reach half their peak a few minutes before
#: their cause does (a Hill curve is half-way up while the concentration is still rising).
SATURATING_LEAD_H = {"nmda_block_interneuron": 5 / 60}


@pytest.fixture(scope="module")
def default_run():
    return simulate()


def test_no_drug_keeps_every_observable_at_baseline_for_14_days():
    trajectory = simulate(Scenario(drug="none", horizon_h=14 * 24))
    for name in OBSERVABLES:
        assert np.allclose(trajectory[name], trajectory[name][0], atol=1e-12), name


@pytest.mark.parametrize("scenario", [
    Scenario(),
    Scenario(drug="esketamine", route="intranasal", dose_mg=84),
    Scenario(drug="arketamine", dose_mg=35),
    Scenario(dose_mg=70, infusion_min=1),
], ids=["ketamine-iv", "esketamine-nasal", "arketamine-iv", "ketamine-bolus"])
def test_links_reach_half_their_peak_in_causal_order(scenario):
    trajectory = simulate(scenario)
    chain = CHAIN[:-1]  # relief starts from the proteins, before the spines (below)
    times = [half_peak_time(trajectory, name) for name in chain]
    for (earlier, t0), (later, t1) in zip(zip(chain, times), zip(chain[1:], times[1:])):
        lead = SATURATING_LEAD_H.get(later, 0.0)
        assert t0 - lead < t1, f"{later} ({t1 * 60:.1f} min) before {earlier} ({t0 * 60:.1f} min)"
    relief = half_peak_time(trajectory, "antidepressant_effect")
    assert times[chain.index("synaptic_proteins")] < relief < times[-1]


def test_interneurons_are_blocked_far_more_than_pyramidal_cells_at_a_low_dose(default_run):
    interneuron = default_run["nmda_block_interneuron"].max()
    pyramidal = default_run["nmda_block_pyramidal"].max()
    assert interneuron > 0.4
    assert pyramidal < 0.2
    assert interneuron > 3 * pyramidal


def test_disinhibition_gives_a_brief_glutamate_burst(default_run):
    glutamate = default_run["glutamate"]
    peak_time = default_run.t[np.argmax(glutamate)]
    assert glutamate.max() > 1.5
    assert peak_time < 1.5
    # brief: mostly gone within a few hours, while the drug is still measurable
    assert default_run.value("glutamate", 3.0) - 1 < 0.3 * (glutamate.max() - 1)
    assert default_run.value("plasma_uM", 3.0) > 0.1 * default_run["plasma_uM"].max()


def test_hit_and_run_effect_outlasts_the_drug(default_run):
    cmax = default_run["plasma_uM"].max()
    effect = default_run["antidepressant_effect"]
    assert default_run.value("plasma_uM", 24) < 0.01 * cmax  # below 1% of Cmax
    assert default_run.value("antidepressant_effect", 24) > 0.9 * effect.max()
    assert default_run["dissociation"].max() > 0.1
    assert default_run.value("dissociation", 4) < 0.1 * default_run["dissociation"].max()
    pressure = default_run["blood_pressure_mmHg"]
    assert default_run.value("blood_pressure_mmHg", 6) < 0.2 * pressure.max()
    assert default_run.value("antidepressant_effect", 7 * 24) > 0.25 * effect.max()


def test_effect_appears_within_hours(default_run):
    assert default_run.value("antidepressant_effect", 4) > 0.05
    assert half_peak_time(default_run, "antidepressant_effect") < 12


UPSTREAM_OF = {
    "nbqx": ("glutamate", "ampa_activation"),
    "trkb_antagonist": ("bdnf", "trkb_activation"),
    "rapamycin": ("trkb_activation", "mtor_activity"),
}


@pytest.mark.parametrize("blocker", sorted(UPSTREAM_OF))
def test_blocker_removes_everything_downstream_and_leaves_upstream(default_run, blocker):
    blocked = simulate(Scenario(blockers={blocker}))
    last_intact, first_cut = UPSTREAM_OF[blocker]
    cut_at = CHAIN.index(first_cut)
    for name in CHAIN[:cut_at]:
        assert np.allclose(blocked[name], default_run[name]), f"{blocker} changed upstream {name}"
        if CHAIN.index(name) >= CHAIN.index("brain_uM"):
            assert peak_response(blocked, name) > 0.01, name
    for name in CHAIN[cut_at:]:
        assert peak_response(default_run, name) > 0.01, name
        assert np.allclose(blocked[name], blocked[name][0]), f"{blocker} left {name} responding"
    # side effects follow the drug, not the cascade: a blocker leaves them alone
    assert np.allclose(blocked["dissociation"], default_run["dissociation"])


def test_higher_ketamine_dose_blocks_more_and_dissociates_more(default_run):
    higher = simulate(Scenario(dose_mg=70))
    for name in ("nmda_block_interneuron", "nmda_block_pyramidal", "dissociation",
                 "blood_pressure_mmHg"):
        assert higher[name].max() > default_run[name].max() * 1.1, name


def test_anaesthetic_dose_blocks_pyramidal_cells_and_lowers_glutamate(default_run):
    anaesthetic = simulate(Scenario(dose_mg=700, infusion_min=1, horizon_h=48))  # 10 mg/kg
    brain = anaesthetic["brain_uM"]
    assert anaesthetic["nmda_block_pyramidal"].max() > 0.7
    assert anaesthetic["dissociation"].max() > 0.95
    # while the brain holds anaesthetic levels, pyramidal cells are blocked too: glutamate
    # falls below baseline instead of surging, and no surge follows (the network has adapted)
    anaesthetised = (brain > 3.0) & (anaesthetic.t > 5 / 60)  # past the first minutes' rise
    assert anaesthetic["glutamate"][anaesthetised].max() < 1.0
    assert anaesthetic["glutamate"].max() - 1 < 0.1 * (default_run["glutamate"].max() - 1)
    assert anaesthetic.value("antidepressant_effect", 24) < 0.1 * default_run.value(
        "antidepressant_effect", 24)


def test_enantiomers_differ_in_potency():
    common = dict(route="iv", dose_mg=35)
    s = simulate(Scenario(drug="esketamine", **common))
    r = simulate(Scenario(drug="arketamine", **common))
    assert s["nmda_block_interneuron"].max() > r["nmda_block_interneuron"].max()
    assert s["dissociation"].max() > 2 * r["dissociation"].max()


def test_chronic_stress_lowers_baseline_spines():
    stressed = simulate(Scenario(stress=1.0, horizon_h=48))
    healthy = simulate(Scenario(stress=0.0, horizon_h=48))
    assert stressed["spine_density"][0] < healthy["spine_density"][0] == pytest.approx(1.0)


def test_repeated_esketamine_keeps_the_effect_up():
    twice_weekly = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84,
                                     n_doses=8, dose_interval_h=84, horizon_h=35 * 24))
    once = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84,
                             horizon_h=35 * 24))
    assert twice_weekly.value("antidepressant_effect", 27 * 24) > 2 * once.value(
        "antidepressant_effect", 27 * 24)
    assert (np.diff(twice_weekly["plasma_uM"]) > 0).sum() > 0

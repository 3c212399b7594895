"""Time courses against the studies they come from; each test names its source.

The model maps rodent cell biology onto human drug exposure (docs/model.md, section on
the time base): rodent hours after an injection become hours after the drug reaches the
brain, which for the default 40-minute infusion is about its end.
"""
import numpy as np
import pytest

from app.model import Scenario, simulate
from tests.model.helpers import half_peak_time

RELIEF = "antidepressant_effect"


def mg_per_kg(dose, **fields):
    """Racemic ketamine at ``dose`` mg/kg for a 70 kg adult (40-min infusion by default)."""
    return Scenario(dose_mg=dose * 70.0, horizon_h=fields.pop("horizon_h", 48.0), **fields)


@pytest.fixture(scope="module")
def infusion():
    return simulate(Scenario(horizon_h=14 * 24))


@pytest.fixture(scope="module")
def esketamine_84():
    return simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84, horizon_h=48))


# --- relief: a fast start from synaptic potentiation, spines carry it ---------------------
def test_relief_is_significant_within_2_hours_zarate_2006_kishimoto_2016(infusion):
    """Zarate 2006 (Arch Gen Psychiatry): better than placebo from 110 min; Kishimoto 2016
    (Psychol Med) meta-analysis: from 40 min. The model's relief starts once the synaptic
    proteins rise (about an hour), so 2 h is tested, not 40 min."""
    at_24h = infusion.value(RELIEF, 24)
    assert infusion.value(RELIEF, 2) > 0.3 * at_24h
    assert infusion.value(RELIEF, 4) > 0.5 * at_24h


def test_relief_peaks_near_24_hours_and_lasts_about_a_week_zarate_2006(infusion):
    """Zarate 2006: largest effect at about 24 h; effect of one infusion fades over a week."""
    peak = infusion[RELIEF].max()
    assert 12 <= infusion.t[np.argmax(infusion[RELIEF])] <= 36
    assert infusion.value(RELIEF, 24) > 0.95 * peak
    assert 0.25 * peak < infusion.value(RELIEF, 7 * 24) < 0.75 * peak


def test_spines_sustain_relief_but_are_not_needed_to_start_it_moda_sava_2019(infusion):
    """Moda-Sava 2019 (Science): relief begins before new spines form; spines (12-24 h)
    carry it afterwards."""
    deficit = 1.0 - infusion["spine_density"][0]
    spines_restored_at_2h = (infusion.value("spine_density", 2) - infusion["spine_density"][0])
    assert spines_restored_at_2h < 0.25 * deficit
    assert infusion.value(RELIEF, 2) > 0.3
    assert half_peak_time(infusion, RELIEF) < half_peak_time(infusion, "spine_density")
    # days later the synaptic proteins have fallen further than the relief they sustain
    proteins = infusion["synaptic_proteins"] - 1.0
    assert (infusion.value(RELIEF, 96) / infusion[RELIEF].max()
            > infusion.value("synaptic_proteins", 96) - 1.0 and proteins.max() > 0)


def test_esketamine_effect_at_2_to_4_hours_is_a_large_part_of_24_hours(esketamine_84):
    """Intranasal esketamine trials (Janssen 2019 label) report improvement from hours
    after the first dose; the 4-h effect is most of the 24-h effect."""
    at_24h = esketamine_84.value(RELIEF, 24)
    assert esketamine_84.value(RELIEF, 2) > 0.3 * at_24h
    assert esketamine_84.value(RELIEF, 4) > 0.5 * at_24h


# --- mTOR: rapid and transient; synaptic proteins lasting -------------------------------
def test_mtor_is_rapid_and_transient_and_proteins_last_days_li_2010(infusion):
    """Li 2010 (Science, rat PFC): p-mTOR, p-p70S6K and p-4E-BP1 up by 30 min, peak at
    30-60 min, near baseline by 2 h; PSD-95, GluR1 and synapsin up from 2 h to 72 h.
    On the human time base the clock starts when the drug reaches the brain (the
    infusion ends at 40 min)."""
    mtor = infusion["mtor_activity"] - 1.0
    peak_time = infusion.t[np.argmax(mtor)]
    assert 0.75 <= peak_time <= 1.75
    assert infusion.value("mtor_activity", peak_time + 1.0) - 1 < 0.25 * mtor.max()
    assert infusion.value("mtor_activity", 4.0) - 1 < 0.02 * mtor.max()
    proteins = infusion["synaptic_proteins"] - 1.0
    assert infusion.value("synaptic_proteins", 2.0) - 1 > 0.5 * proteins.max()
    assert infusion.value("synaptic_proteins", 72.0) - 1 > 0.5 * proteins.max()


# --- the inverted U ---------------------------------------------------------------------
def test_glutamate_rises_at_low_doses_and_falls_at_anaesthetic_doses_moghaddam_1997():
    """Moghaddam 1997 (J Neurosci, rat): sub-anaesthetic doses raise prefrontal glutamate,
    an anaesthetic dose lowers it. Human anaesthetic dose: a 2 mg/kg bolus."""
    low, standard = simulate(mg_per_kg(0.1)), simulate(mg_per_kg(0.5))
    bolus = simulate(mg_per_kg(2.0, infusion_min=1))
    assert 1.0 < low["glutamate"].max() < standard["glutamate"].max()
    assert standard["glutamate"].max() > 1.5
    # while the anaesthetic bolus is on board (after its first minutes) glutamate is low
    on_board = (bolus.t >= 12 / 60) & (bolus.t <= 45 / 60)
    assert bolus["glutamate"][on_board].max() < 1.0
    assert bolus["glutamate"].min() < 0.8
    assert bolus["glutamate"].max() - 1 < 0.25 * (standard["glutamate"].max() - 1)


def test_relief_follows_the_inverted_u_fava_2018():
    """Fava 2018 (Mol Psychiatry): 0.5 and 1.0 mg/kg beat active placebo, 0.1 and 0.2 not
    clearly; the source article's point is a low dose. Anaesthetic doses do no better."""
    relief = {dose: simulate(mg_per_kg(dose)).value(RELIEF, 24) for dose in (0.1, 0.5, 1.0)}
    bolus = simulate(mg_per_kg(2.0, infusion_min=1)).value(RELIEF, 24)
    deep = simulate(mg_per_kg(10.0, infusion_min=1)).value(RELIEF, 24)
    assert relief[0.1] < 0.35 * relief[0.5]
    assert relief[1.0] == pytest.approx(relief[0.5], rel=0.15)
    assert bolus < 0.5 * relief[0.5]
    assert deep <= bolus + 0.01


# --- SSRI: weeks ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ssri_course():
    return simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42,
                             dose_interval_h=24, horizon_h=42 * 24))


def test_ssri_relief_takes_weeks_trivedi_2006(ssri_course):
    """Trivedi 2006 (Am J Psychiatry, STAR*D level 1, citalopram): response takes 2-6 weeks,
    mean time to response about 5.7 weeks."""
    six_weeks = ssri_course.value(RELIEF, 42 * 24)
    assert six_weeks > 0.4
    assert ssri_course.value(RELIEF, 14 * 24) < 0.2 * six_weeks
    assert ssri_course.value(RELIEF, 21 * 24) < 0.5 * six_weeks  # half arrives after week 3
    assert six_weeks > ssri_course.value(RELIEF, 35 * 24)  # still rising at week 6


def test_rapamycin_leaves_the_ssri_but_a_trkb_block_stops_it_saarelainen_2003(ssri_course):
    """Saarelainen 2003 (J Neurosci): antidepressant effects need BDNF-TrkB signalling; an
    mTOR dependence of SSRI action is not established, so the model routes the SSRI's
    structural path through TrkB-driven gene expression, not mTOR (Li 2010's rapamycin
    block applies to ketamine)."""
    common = dict(drug="ssri", route="oral", dose_mg=10, n_doses=42, dose_interval_h=24,
                  horizon_h=42 * 24)
    rapamycin = simulate(Scenario(blockers={"rapamycin"}, **common))
    trkb_blocked = simulate(Scenario(blockers={"trkb_antagonist"}, **common))
    six_weeks = ssri_course.value(RELIEF, 42 * 24)
    assert rapamycin.value(RELIEF, 42 * 24) > 0.9 * six_weeks
    assert trkb_blocked[RELIEF].max() < 1e-9
    ketamine_with_rapamycin = simulate(Scenario(blockers={"rapamycin"}, horizon_h=48))
    assert ketamine_with_rapamycin[RELIEF].max() < 1e-9


# --- side effects -----------------------------------------------------------------------
@pytest.mark.parametrize("dose", [56, 84])
def test_esketamine_blood_pressure_matches_the_label(dose):
    """Janssen 2019 (Spravato label): systolic +7 to +9 mmHg on average, largest about
    40 min after dosing, back near baseline after about 4 h."""
    run = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=dose, horizon_h=12))
    pressure = run["blood_pressure_mmHg"]
    assert 6.0 <= pressure.max() <= 10.0
    assert 30 <= run.t[np.argmax(pressure)] * 60 <= 50
    assert run.value("blood_pressure_mmHg", 4.0) < 0.4 * pressure.max()
    assert run.value("blood_pressure_mmHg", 6.0) < 0.25 * pressure.max()


def test_racemic_infusion_raises_blood_pressure_by_10_to_20_mmhg_riva_posse_2018(infusion):
    """Riva-Posse 2018 (J Affect Disord): peak systolic rises of roughly 10-20 mmHg during
    0.5 mg/kg infusions (the order of magnitude; the model gives the mean curve)."""
    pressure = infusion["blood_pressure_mmHg"]
    assert 10.0 <= pressure.max() <= 20.0
    assert infusion.t[np.argmax(pressure)] <= 1.0


def test_esketamine_84_mg_and_racemic_05_mg_per_kg_are_comparable(infusion, esketamine_84):
    """84 mg intranasal at 48 % bioavailability (label) is about 40 mg in plasma, near the
    35 mg of 0.5 mg/kg IV: dissociation and relief should be comparable, not double."""
    ratio = esketamine_84["dissociation"].max() / infusion["dissociation"].max()
    assert 0.67 < ratio < 1.5
    assert esketamine_84.value(RELIEF, 24) == pytest.approx(infusion.value(RELIEF, 24), rel=0.15)
    assert esketamine_84["blood_pressure_mmHg"].max() < infusion["blood_pressure_mmHg"].max()


# --- unstressed animals -----------------------------------------------------------------
def test_unstressed_animals_respond_modestly_li_2010_autry_2011(infusion):
    """Li 2010 (Science) and Autry 2011 (Nature): ketamine lowers immobility and adds
    spines in unstressed rodents too; with less to improve, the effect is smaller."""
    healthy = simulate(Scenario(stress=0.0, horizon_h=48))
    gain = healthy.value("spine_density", 24) - 1.0
    assert 0.03 < gain < 0.15
    relief = healthy.value(RELIEF, 24)
    assert 0.1 < relief < 0.6 * infusion.value(RELIEF, 24)

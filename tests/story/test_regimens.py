"""The regimens behind the clinical presets and the comparison scenes' companion runs."""
import pytest

from app.model import Scenario
from app.story.regimens import (
    ANAESTHETIC_KETAMINE,
    ESKETAMINE_TWICE_WEEKLY,
    KETAMINE_IV,
    PRESETS,
    SSRI_COURSE,
)


def test_a_dose_per_kilogram_follows_the_body_weight():
    assert KETAMINE_IV.scenario(body_weight_kg=80.0).dose_mg == pytest.approx(40.0)
    bolus = ANAESTHETIC_KETAMINE.scenario(body_weight_kg=60.0)
    assert bolus.dose_mg == pytest.approx(120.0) and bolus.infusion_min == 1.0


def test_the_default_scenario_is_the_ketamine_infusion():
    assert KETAMINE_IV.scenario() == Scenario()


def test_repeated_regimens_span_their_course():
    twice_weekly = ESKETAMINE_TWICE_WEEKLY.scenario()
    assert twice_weekly.dose_times_h()[-1] == pytest.approx(3.5 * 24 * 7)  # the last of 4 weeks
    ssri = SSRI_COURSE.scenario()
    assert ssri.n_doses == 42 and ssri.horizon_h >= ssri.dose_times_h()[-1]


def test_a_companion_run_treats_the_same_patient():
    patient = Scenario(body_weight_kg=90.0, stress=0.3, blockers={"rapamycin"}, horizon_h=48.0)
    companion = SSRI_COURSE.beside(patient, 1008.0)
    assert (companion.body_weight_kg, companion.stress, companion.blockers,
            companion.horizon_h) == (90.0, 0.3, frozenset({"rapamycin"}), 1008.0)
    assert KETAMINE_IV.beside(patient, 336.0).dose_mg == pytest.approx(45.0)


@pytest.mark.parametrize("regimen", PRESETS, ids=lambda regimen: regimen.name)
@pytest.mark.parametrize("weight", [20.0, 70.0, 250.0])
def test_every_preset_is_a_valid_scenario_at_any_body_weight(regimen, weight):
    assert regimen.scenario(body_weight_kg=weight, stress=0.0).drug == regimen.drug

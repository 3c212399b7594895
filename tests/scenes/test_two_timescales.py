"""Scene 2, two time scales: SSRI chemistry within hours, SSRI relief after weeks, ketamine
relief within a day; beats come from the companion runs, frames are pure and dose-bound."""
import numpy as np
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.two_timescales import comparison_pair
from tests.scenes.helpers import is_blank

SIZE = (640, 360)
DAY, WEEK = 24.0, 168.0
SCENE = SCENES["two-timescales"]


def beat_times(trajectory) -> dict:
    return {beat.key: beat.t for beat in SCENE.beats(trajectory)}


def test_the_window_is_six_weeks_even_for_a_two_week_run(default_run):
    assert default_run.t_end < 1008
    assert SCENE.window_for(default_run) == (0.0, 1008.0)


def test_chemistry_comes_in_hours_but_ssri_relief_in_weeks(default_run):
    times = beat_times(default_run)
    assert times["serotonin-up"] < DAY
    assert times["ssri-relief"] > WEEK
    assert times["rapid-relief"] < DAY
    assert times["serotonin-up"] < times["rapid-relief"] < times["ssri-relief"]


def test_beats_sit_where_the_model_says(default_run):
    ssri, ketamine = comparison_pair(default_run)
    times = beat_times(default_run)
    for run, key in ((ssri, "ssri-relief"), (ketamine, "rapid-relief")):
        relief = run["antidepressant_effect"]
        assert run.value("antidepressant_effect", times[key]) == pytest.approx(
            relief.max() / 2, rel=0.02)
    assert ssri.value("autoreceptor_desensitization", times["autoreceptors-half"]) == \
        pytest.approx(0.5, abs=0.01)


def test_beats_move_with_the_dose_and_the_drug(default_run):
    baseline = beat_times(default_run)["rapid-relief"]
    doubled = beat_times(simulate(Scenario(dose_mg=70.0)))["rapid-relief"]
    spray = beat_times(simulate(Scenario(drug="esketamine", route="intranasal",
                                         dose_mg=84.0)))["rapid-relief"]
    assert doubled != baseline and spray != baseline


def test_the_ssri_lecture_compares_itself_with_ketamine(qapp):
    run = simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42, horizon_h=1008))
    ssri, rapid = comparison_pair(run)
    assert ssri.scenario.drug == "ssri" and rapid.scenario.drug == "ketamine"
    assert beat_times(run)["ssri-relief"] > WEEK
    assert not is_blank(render_frame("two-timescales", run, 100.0, SIZE))


def test_a_cut_growth_pathway_has_no_relief_beats(qapp):
    run = simulate(Scenario(blockers={"trkb_antagonist"}))
    assert {"rapid-relief", "ssri-relief"}.isdisjoint(beat_times(run))
    assert "no relief" in SCENE.caption(run, 48.0)
    assert not is_blank(render_frame("two-timescales", run, 48.0, SIZE))


def test_rapamycin_cuts_ketamine_but_not_the_ssri(qapp):
    """The SSRI's slow path runs through TrkB-driven gene expression, not mTOR (model docs:
    Saarelainen 2003), so rapamycin leaves its relief and removes ketamine's."""
    run = simulate(Scenario(blockers={"rapamycin"}))
    times = beat_times(run)
    assert "rapid-relief" not in times and "ssri-relief" in times
    assert "no relief" in SCENE.caption(run, 48.0)


def test_frames_differ_between_beats(default_run, qapp):
    beats = SCENE.beats(default_run)
    frames = [render_frame("two-timescales", default_run, beat.t, SIZE) for beat in beats]
    assert not any(is_blank(frame) for frame in frames)
    assert all(a != b for a, b in zip(frames, frames[1:]))


def test_caption_quotes_the_numbers_of_the_moment(default_run):
    ssri, _ = comparison_pair(default_run)
    caption = SCENE.caption(default_run, 12.0)
    assert f"×{ssri.value('serotonin', 12.0):.1f}" in caption
    assert 1 <= caption.count(". ") + 1 <= 3
    late = SCENE.caption(default_run, 900.0)
    assert np.isfinite(len(late)) and "after weeks" in late

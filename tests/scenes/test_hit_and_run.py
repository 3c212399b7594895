"""Scene 7, hit and run: the drug and its side effects come and go within hours, the
rebuilding and relief stay for days; beats come from the trajectory, frames are pure."""
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from tests.scenes.helpers import is_blank

SIZE = (640, 360)
SCENE = SCENES["hit-and-run"]


def beat_times(trajectory) -> dict:
    return {beat.key: beat.t for beat in SCENE.beats(trajectory)}


def test_the_drug_is_gone_before_relief_peaks(default_run):
    times = beat_times(default_run)
    assert times["drug-peak"] < times["dissociation-fades"] < times["drug-gone"]
    assert times["drug-gone"] < times["relief-peak"] < times["relief-half-gone"]


def test_beats_sit_where_the_model_says(default_run):
    times = beat_times(default_run)
    plasma, relief = default_run["plasma_uM"], default_run["antidepressant_effect"]
    assert default_run.value("plasma_uM", times["drug-peak"]) == pytest.approx(plasma.max())
    assert default_run.value("plasma_uM", times["drug-gone"]) < 0.01 * plasma.max()
    assert default_run.value("plasma_uM", times["drug-gone"] - 0.1) >= 0.01 * plasma.max()
    assert default_run.value("antidepressant_effect", times["relief-peak"]) == \
        pytest.approx(relief.max())
    assert default_run.value("antidepressant_effect", times["relief-half-gone"]) < relief.max() / 2


def test_beats_move_with_the_dose_and_the_drug(default_run):
    baseline = beat_times(default_run)
    doubled = beat_times(simulate(Scenario(dose_mg=70.0)))
    spray = beat_times(simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84.0)))
    assert doubled["dissociation-fades"] > baseline["dissociation-fades"]
    # relief follows the glutamate surge's inverted U: a fifth of the dose rebuilds less,
    # so its relief is half gone sooner (a doubled dose is no better: docs/model.md)
    low = beat_times(simulate(Scenario(dose_mg=7.0)))
    assert low["relief-half-gone"] < baseline["relief-half-gone"]
    assert spray["drug-peak"] != baseline["drug-peak"]
    assert spray["drug-gone"] != baseline["drug-gone"]


def test_repeated_doses_tell_the_first_dose_and_the_drug_gone_after_the_last(qapp):
    run = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84, n_doses=8,
                            dose_interval_h=84, horizon_h=840))
    times = beat_times(run)
    assert times["drug-peak"] < run.scenario.dose_interval_h
    assert times["drug-gone"] > 7 * run.scenario.dose_interval_h
    assert not is_blank(render_frame("hit-and-run", run, 200.0, SIZE))


def test_a_cut_chain_has_no_relief_beats(qapp):
    run = simulate(Scenario(blockers={"rapamycin"}))
    assert {"relief-peak", "relief-half-gone"}.isdisjoint(beat_times(run))
    caption = SCENE.caption(run, 48.0)
    assert "no relief" in caption and "rapamycin" in caption
    assert not is_blank(render_frame("hit-and-run", run, 48.0, SIZE))


def test_an_ssri_course_has_no_drug_gone_beat(qapp):
    run = simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42, horizon_h=1008))
    assert "drug-gone" not in beat_times(run)
    assert not is_blank(render_frame("hit-and-run", run, 30.0, SIZE))


def test_frames_differ_between_beats(default_run, qapp):
    frames = [render_frame("hit-and-run", default_run, beat.t, SIZE)
              for beat in SCENE.beats(default_run)]
    assert not any(is_blank(frame) for frame in frames)
    assert all(a != b for a, b in zip(frames, frames[1:]))


def test_caption_follows_the_story(default_run):
    times = beat_times(default_run)
    early = SCENE.caption(default_run, times["drug-peak"])
    assert f"{default_run.value('plasma_uM', times['drug-peak']):.2f} µM" in early
    late = SCENE.caption(default_run, times["relief-peak"])
    assert "essentially gone" in late
    relief = default_run.value("antidepressant_effect", times["relief-peak"])
    assert f"{relief:.0%}" in late

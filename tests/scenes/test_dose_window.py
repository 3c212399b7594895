"""Scene 9, the dose window: the inverted U forms as one scrubs, the window and the
lecturer's dose are where the model puts them, and drugs the sweep is not for are told so."""
import pytest

from app.export import render_frame
from app.i18n import translator
from app.model import Scenario, simulate
from app.scenes import SCENES, prepare_scene_data
from app.story.scenes.dose_window import antidepressant_window, inverted_u_notes

SIZE = (480, 270)
SCENE = SCENES["dose-window"]


def sweep_of(trajectory):
    return prepare_scene_data(trajectory, ["dose-window"]).scenes["dose-window"]["sweep"]


def test_the_beats_come_from_the_sweep_in_order(default_run):
    keys = [beat.key for beat in SCENE.beats(default_run)]
    assert keys == ["surge-peak", "high-dose-low", "relief-half", "day-after"]


def test_the_window_holds_the_usual_dose_and_not_the_ends(default_run):
    low, high = antidepressant_window(sweep_of(default_run))
    assert 0.05 < low < 0.5 < high < 10


def test_the_day_after_caption_gives_the_numbers_and_the_window(default_run):
    text = SCENE.caption(default_run, 24.0)
    assert "0.5 mg/kg" in text and "relief" in text and "mmHg" in text
    low, high = antidepressant_window(sweep_of(default_run))
    assert f"{low:.2g}" in text and f"{high:.3g}" in text


def test_the_surge_caption_names_moghaddam(default_run):
    surge = SCENE.beats(default_run)[0]
    assert "Moghaddam 1997" in SCENE.caption(default_run, surge.t)


def test_the_picture_changes_as_the_surge_builds(default_run, qapp):
    first, second = SCENE.beats(default_run)[:2]
    assert render_frame("dose-window", default_run, first.t, SIZE) != render_frame(
        "dose-window", default_run, second.t, SIZE)


def test_the_whole_day_is_shown_even_for_a_short_run(qapp):
    short = simulate(Scenario(horizon_h=2.0))
    assert SCENE.window_for(short) == (0.0, 24.0)
    assert SCENE.beats(short)[-1].key == "day-after"


@pytest.mark.parametrize("scenario, words", [
    (Scenario(drug="ssri", route="oral", dose_mg=10), "blocks no NMDA receptors"),
    (Scenario(drug="none"), "no drug is given"),
])
def test_an_ssri_or_no_drug_is_told_the_sweep_is_for_the_nmda_drugs(scenario, words, qapp):
    trajectory = simulate(scenario)
    assert sweep_of(trajectory) is None
    beats = SCENE.beats(trajectory)
    assert [beat.key for beat in beats] == ["no-sweep"]
    assert words in SCENE.caption(trajectory, 1.0)
    render_frame("dose-window", trajectory, 1.0, SIZE)


def test_a_slow_route_is_told_it_shows_no_clear_inverted_u(qapp):
    """Moghaddam 1997 injected rats once; a large nasal dose of 28 mg sprays brings the drug
    in over hours, and the model's surge then holds: the picture says so, not the rat's U."""
    spray = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=56.0))
    note, detail = inverted_u_notes(sweep_of(spray), translator("en"))
    assert "no clear inverted U" in note and "28 mg sprays" in detail
    surge = SCENE.beats(spray)[0]
    assert "surge holds" in SCENE.caption(spray, surge.t)


def test_a_bolus_gives_the_inverted_u_without_an_early_rise(qapp):
    bolus = sweep_of(simulate(Scenario(infusion_min=1.0)))
    note, detail = inverted_u_notes(bolus, translator("en"))
    assert "largest near" in note and "only falls" in detail

"""Scene 8, other hypotheses: beats come from model events, each brings one rival
explanation forward (with its references in the caption, in both languages), and the
scene draws and exports like every other."""
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.base import caption_text
from app.scenes.other_hypotheses import HYPOTHESES, card_rect
from tests.scenes.helpers import is_blank, pixels

SCENE = SCENES["other-hypotheses"]
SIZE = (800, 450)


def beat_times(trajectory) -> dict:
    return {beat.key: beat.t for beat in SCENE.beats(trajectory)}


def test_it_comes_after_hit_and_run_and_has_at_least_three_beats(default_run):
    assert list(SCENES)[6:8] == ["hit-and-run", "other-hypotheses"]
    assert SCENE.number == 8
    times = beat_times(default_run)
    assert set(times) == {"drug-peak", "block-fades", "drug-gone", "relief-peak"}
    assert times["drug-peak"] < min(times["block-fades"], times["drug-gone"])
    assert max(times["block-fades"], times["drug-gone"]) < times["relief-peak"]


def test_beats_sit_on_model_events(default_run):
    times = beat_times(default_run)
    brain, block = default_run["brain_uM"], default_run["nmda_block_interneuron"]
    assert default_run.value("brain_uM", times["drug-peak"]) == pytest.approx(brain.max())
    assert default_run.value("nmda_block_interneuron", times["block-fades"]) < 0.1 * block.max()
    plasma = default_run["plasma_uM"]
    assert default_run.value("plasma_uM", times["drug-gone"]) < 0.01 * plasma.max()
    assert default_run.value("antidepressant_effect", times["relief-peak"]) == pytest.approx(
        default_run["antidepressant_effect"].max())


def test_beats_move_with_the_dose(default_run):
    doubled = beat_times(simulate(Scenario(dose_mg=70.0)))
    assert doubled["block-fades"] > beat_times(default_run)["block-fades"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_beat_names_its_hypothesis_and_reference(default_run, lang, qapp):
    references = {"drug-peak": "Autry 2011", "block-fades": "Yang 2018",
                  "drug-gone": "Zanos 2016", "relief-peak": "Williams 2018"}
    captions = {key: caption_text(SCENE, default_run, t, lang)
                for key, t in beat_times(default_run).items()}
    for key, reference in references.items():
        assert reference in captions[key], (key, captions[key])
    assert len(set(captions.values())) == len(captions)


def test_without_a_drug_there_is_a_beat_and_nothing_to_explain(qapp):
    run = simulate(Scenario(drug="none"))
    beats = SCENE.beats(run)
    assert [b.key for b in beats] == ["no-drug"]
    assert "no drug" in caption_text(SCENE, run, beats[0].t, "en").lower()


def test_an_ssri_is_told_the_hypotheses_are_about_ketamine(qapp):
    run = simulate(Scenario(drug="ssri", route="oral", dose_mg=10.0, n_doses=14,
                            dose_interval_h=24.0, horizon_h=14 * 24.0))
    beats = SCENE.beats(run)
    assert [b.key for b in beats] == ["not-ketamine"]
    assert "about ketamine" in caption_text(SCENE, run, beats[0].t, "en")


def test_under_a_blocker_the_caption_does_not_promise_relief(qapp):
    run = simulate(Scenario(blockers={"nbqx"}))
    t = next(b.t for b in SCENE.beats(run) if b.key == "block-fades")
    text = caption_text(SCENE, run, t, "en")
    assert "no relief follows" in text and "still building" not in text


def card_pixels(image, index):
    rect = card_rect(index)
    scale = SIZE[0] / 1600
    x0, y0 = int(rect.x() * scale), int(rect.y() * scale)
    return pixels(image)[y0:y0 + int(rect.height() * scale), x0:x0 + int(rect.width() * scale)]


def test_the_card_of_the_current_beat_is_brought_forward(default_run, qapp):
    times = beat_times(default_run)
    first = render_frame(SCENE.id, default_run, times["drug-peak"], SIZE)
    last = render_frame(SCENE.id, default_run, times["relief-peak"], SIZE)
    assert {h.beat for h in HYPOTHESES} == set(times)
    assert [h.beat for h in HYPOTHESES][0] == "drug-peak" and HYPOTHESES[3].beat == "relief-peak"
    assert (card_pixels(first, 0) != card_pixels(last, 0)).any()   # drug-peak card lit, then not
    assert (card_pixels(first, 3) != card_pixels(last, 3)).any()   # opioid card lit at the end
    assert (card_pixels(first, 1) == card_pixels(last, 1)).all()   # habenula card: same at both


@pytest.mark.parametrize("theme", ["dark", "projector", "high-contrast"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_it_draws_in_every_theme_and_language(default_run, theme, lang, qapp):
    image = render_frame(SCENE.id, default_run, 5.0, SIZE, lang=lang, theme=theme,
                         reduce_motion=True)
    assert not is_blank(image)


def test_its_plots_are_the_drug_the_block_and_relief(default_run):
    names = [series.observable for series in SCENE.plot_series(default_run)]
    assert names == ["brain_uM", "nmda_block_interneuron", "nmda_block_pyramidal",
                     "antidepressant_effect"]

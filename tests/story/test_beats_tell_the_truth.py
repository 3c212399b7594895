"""Beats and captions tell the truth about this run (issue 11): a beat only where its event
happens, windows that cover a repeated regimen, no lost spines in a healthy cortex,
grammatical sentences for every number, and a sentence of its own for each beat."""
import re

import pytest

from app.model import Scenario, simulate
from app.scenes import SCENES
from app.story.beats import last_dose_start
from app.story.regimens import ANAESTHETIC_KETAMINE, ESKETAMINE_TWICE_WEEKLY
from app.story.scenes import bdnf_mtor, glutamate_burst, interneuron_blockade, spine_growth
from app.story.scenes import hit_and_run as hit_and_run_story
from app.story.timeline import SceneTimeline

SCENARIOS = {
    "default": Scenario(),
    "NBQX": Scenario(blockers={"nbqx"}),
    "rapamycin": Scenario(blockers={"rapamycin"}),
    "TrkB antagonist": Scenario(blockers={"trkb_antagonist"}),
    "NBQX + rapamycin": Scenario(blockers={"nbqx", "rapamycin"}),
    "healthy cortex": Scenario(stress=0.0),
    "anaesthetic dose": ANAESTHETIC_KETAMINE.scenario(),
    "esketamine twice weekly": ESKETAMINE_TWICE_WEEKLY.scenario(),
    "no drug": Scenario(drug="none"),
}


@pytest.fixture(scope="module")
def runs():
    return {name: simulate(scenario) for name, scenario in SCENARIOS.items()}


def captions_at_beats(run, lang="en"):
    """(scene id, beat key, caption) at every beat of every scene."""
    return [(scene_id, beat.key, scene.caption(run, beat.t, lang))
            for scene_id, scene in SCENES.items() for beat in scene.beats(run, lang)]


@pytest.mark.parametrize("blockers", [{"nbqx"}, {"trkb_antagonist"}, {"rapamycin"}])
def test_a_blocked_chain_has_no_mtor_peak_and_no_rebuilding_beat(blockers):
    run = simulate(Scenario(blockers=blockers))
    for scene_id, scene in SCENES.items():
        labels = {beat.key: beat.label for beat in scene.beats(run, "en")}
        assert "mtor-peak" not in labels, scene_id
        assert not any("rebuilding" in label for label in labels.values()), (scene_id, labels)


def test_the_esketamine_regimen_is_told_to_its_last_dose_in_hit_and_run(runs):
    run = runs["esketamine twice weekly"]
    scene = SCENES["hit-and-run"]
    last_dose = last_dose_start(run.scenario)
    assert last_dose == 7 * 84.0
    assert scene.window_for(run)[1] > last_dose + 24
    assert SceneTimeline(scene, run).t1 == scene.window_for(run)[1]
    gone = [beat for beat in scene.beats(run, "en") if beat.key == "drug-gone"]
    assert len(gone) == 1 and gone[0].t > last_dose
    assert "last dose" in gone[0].label


def test_between_doses_the_caption_names_the_next_dose_not_the_drug_gone(runs):
    run = runs["esketamine twice weekly"]
    text = SCENES["hit-and-run"].caption(run, 60.0, "en")
    assert "next dose" in text and "+3 d 12 h" in text
    assert "essentially gone" not in text


def test_a_single_dose_keeps_the_catalogue_windows_of_the_regimen_scenes(runs):
    run = runs["default"]
    for scene_id in ("overview", "spine-growth", "hit-and-run"):
        scene = SCENES[scene_id]
        assert scene.window_for(run) == (scene.window[0], min(scene.window[1], run.t_end))


def test_a_healthy_cortex_never_speaks_of_lost_or_regrown_spines(runs):
    run = runs["healthy cortex"]
    for scene_id, key, text in captions_at_beats(run):
        assert "lost spines regrown" not in text and "regrown" not in text, (scene_id, key)
    for t in (1.0, 6.0, 30.0, 100.0):
        density = run.value("spine_density", t)
        name, value = hit_and_run_story.spines_readout(run, density, str)
        sentence = hit_and_run_story.spines_sentence(run, density, str)
        assert "lost" not in name.lower() and "lost" not in sentence.lower()
        assert value.startswith("+") and "beyond healthy" in sentence


def test_a_stressed_cortex_still_counts_lost_spines_regrown(runs):
    run = runs["default"]
    density = run.value("spine_density", 48.0)
    name, value = hit_and_run_story.spines_readout(run, density, str)
    assert name == "Lost spines regrown" and value.endswith("%")
    assert "of lost spines regrown" in hit_and_run_story.spines_sentence(run, density, str)


def _time_with_new_spines(run, new):
    """A time while spines are sprouting with exactly ``new`` of them new."""
    before = spine_growth.baseline_count(run.scenario.stress)
    for t in run.t[run.t > 0.5]:
        count = spine_growth.spine_count(run, float(t))
        if count - before == new and count >= spine_growth._highest_count_so_far(run, float(t)):
            return float(t)
    raise AssertionError(f"no time with {new} new spines")


def test_new_spines_are_counted_in_grammatical_english_for_one_and_two(runs):
    run = runs["default"]
    one = SCENES["spine-growth"].caption(run, _time_with_new_spines(run, 1), "en")
    two = SCENES["spine-growth"].caption(run, _time_with_new_spines(run, 2), "en")
    assert one.startswith("1 new spine has sprouted and is maturing"), one
    assert two.startswith("2 new spines have sprouted and are maturing"), two
    chinese = SCENES["spine-growth"].caption(run, _time_with_new_spines(run, 1), "zh_CN")
    assert "1个新树突棘" in chinese


def test_no_caption_counts_zero_new_spines(runs):
    run = runs["default"]
    for t in (0.0, 0.5, 1.0):
        assert "0 new spine" not in SCENES["spine-growth"].caption(run, t, "en")


# a caption may open with a clock (+32 min: ...); sentences after it open with a capital
SENTENCE_START = re.compile(r"(?:^|(?<!max)[.!?] )([^\s])")  # "max." abbreviates


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_every_english_caption_and_its_sentences_start_with_a_capital(runs, name):
    for scene_id, key, text in captions_at_beats(runs[name]):
        for first in SENTENCE_START.findall(text):
            assert first.isupper() or first.isdigit() or first in "+-", (scene_id, key, text)


def test_a_lower_case_blocker_name_opening_a_sentence_is_capitalised(runs):
    text = SCENES["spine-growth"].caption(runs["rapamycin"], 24.0, "en")
    assert text.startswith("Rapamycin cuts the chain"), text
    overview = SCENES["overview"].caption(runs["rapamycin"], 0.5, "en")
    assert " Rapamycin cuts the chain" in overview, overview


class Recorder:
    """A translator that keeps every template it is asked for (the untranslated text)."""

    def __init__(self):
        self.templates = []

    def __call__(self, text):
        self.templates.append(text)
        return text


def sentence_templates(story, run, t):
    """The untranslated sentence templates ``story``'s caption uses at ``t``."""
    recorder = Recorder()
    story.caption(run, t, recorder)
    return tuple(text for text in recorder.templates if text.rstrip().endswith("."))


NARRATED = {"interneuron-blockade": interneuron_blockade, "glutamate-burst": glutamate_burst,
            "bdnf-mtor": bdnf_mtor}


@pytest.mark.parametrize("name", ["default", "anaesthetic dose", "TrkB antagonist",
                                  "rapamycin", "healthy cortex"])
@pytest.mark.parametrize("scene_id", list(NARRATED))
def test_each_beat_of_the_narrated_scenes_has_its_own_sentence(runs, scene_id, name):
    run = runs[name]
    beats = SCENES[scene_id].beats(run, "en")
    templates = [sentence_templates(NARRATED[scene_id], run, beat.t) for beat in beats]
    assert len(set(templates)) == len(templates), list(zip([b.key for b in beats], templates))


@pytest.mark.parametrize("scene_id", list(NARRATED))
def test_the_narrated_captions_fit_two_presenter_lines(runs, scene_id):
    run = runs["default"]
    for beat in SCENES[scene_id].beats(run, "en"):
        assert len(SCENES[scene_id].caption(run, beat.t, "en")) <= 165, beat.key


@pytest.mark.parametrize("name", ["default", "esketamine twice weekly"])
def test_the_spine_readout_and_the_fire_agree_on_lost_spines_regrown(runs, name):
    run = runs[name]
    for t in (6.0, 48.0, 300.0, 700.0):
        if t > run.t_end:
            continue
        density = run.value("spine_density", t)
        _, value = hit_and_run_story.spines_readout(run, density, str)
        assert hit_and_run_story.spines_sentence(run, density, str).startswith(value + " of")

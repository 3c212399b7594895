"""Scene 3, interneuron blockade, as a viewer meets it: key moments found from the model,
frames that show something, change with the dose and come out the same every time."""
import numpy as np
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.art_synapse import plugged_count, plugged_set
from tests.scenes.helpers import pixels

SCENE_ID = "interneuron-blockade"
SIZE = (800, 450)


@pytest.fixture(scope="module")
def scene():
    return SCENES[SCENE_ID]


def test_the_scene_is_registered_as_number_three(scene):
    assert scene.number == 3
    assert list(SCENES).index(SCENE_ID) == 2


def test_the_peak_block_beat_is_where_the_block_peaks(qapp, scene, default_run):
    peak = {beat.key: beat.t for beat in scene.beats(default_run)}["peak-block"]
    block = default_run["nmda_block_interneuron"]
    assert default_run.value("nmda_block_interneuron", peak) == pytest.approx(block.max(), rel=1e-3)


def test_beats_move_when_the_infusion_is_faster(qapp, scene, default_run):
    slow = {beat.key: beat.t for beat in scene.beats(default_run)}
    fast = {beat.key: beat.t for beat in scene.beats(simulate(Scenario(infusion_min=1)))}
    assert fast["peak-block"] < slow["peak-block"]
    assert fast["half-block"] < slow["half-block"]


def test_frame_at_a_beat_is_a_picture_and_beats_look_different(qapp, scene, default_run):
    beats = scene.beats(default_run)
    first = pixels(render_frame(SCENE_ID, default_run, beats[0].t, size=SIZE))
    peak = pixels(render_frame(SCENE_ID, default_run, beats[2].t, size=SIZE))
    assert len(np.unique(peak.reshape(-1, 4), axis=0)) > 50
    assert np.abs(first.astype(int) - peak.astype(int)).mean() > 0.5


def test_caption_gives_the_block_of_the_moment_and_says_interneurons_go_first(
        qapp, scene, default_run):
    t = {beat.key: beat.t for beat in scene.beats(default_run)}["peak-block"]
    values = default_run.at(t)
    caption = scene.caption(default_run, t)
    assert f"{values['nmda_block_interneuron']:.0%}" in caption
    assert f"only {values['nmda_block_pyramidal']:.0%} of the pyramidal cell's" in caption
    assert "interneurons first" in caption


def test_an_anaesthetic_dose_plugs_the_pyramidal_receptors_too(qapp, scene):
    run = simulate(Scenario(dose_mg=700, infusion_min=1))
    caption = scene.caption(run, 0.5)
    assert "too" in caption and "interneurons first" not in caption


def test_caption_names_a_blocker_that_acts_downstream(qapp, scene):
    run = simulate(Scenario(blockers={"rapamycin"}))
    assert "Rapamycin acts further down the chain" in scene.caption(run, 0.75)


def test_no_ketamine_means_a_single_beat_and_a_resting_caption(qapp, scene):
    run = simulate(Scenario(drug="ssri", route="oral", dose_mg=10))
    assert [beat.key for beat in scene.beats(run)] == ["dose"]
    assert scene.caption(run, 1.0).startswith("Escitalopram does not block NMDA receptors: "
                                              "the interneuron fires steadily")
    nothing = simulate(Scenario(drug="none", dose_mg=0))
    assert scene.caption(nothing, 1.0).startswith("No drug in the brain: the interneuron")


def test_plugged_receptors_follow_the_block_fraction():
    assert plugged_count(0.56, 11) == 6
    assert len(plugged_set(0.56, 11, seed=5)) == 6
    assert plugged_set(0.3, 11, seed=5) <= plugged_set(0.6, 11, seed=5)

"""Scene 4, glutamate burst, as a viewer meets it: the burst's key moments, frames that
follow the dose, and NBQX keeping the AMPA receptors dark while glutamate still surges."""
import numpy as np
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.glutamate_burst import AMPA_X, POST_MEMBRANE_Y, RELEASE_SITES
from app.story.timeline import SceneTimeline
from tests.scenes.helpers import pixels

SCENE_ID = "glutamate-burst"
SIZE = (800, 450)
CANVAS = (1600, 900)   # rendered 1:1 with the logical canvas, so regions are in canvas units
#: Below the cleft, around the AMPA receptors and the spine beneath them.
AMPA_REGION = (int(AMPA_X[0]) - 40, int(POST_MEMBRANE_Y) - 10, int(AMPA_X[-1]) + 40,
               int(POST_MEMBRANE_Y) + 110)


@pytest.fixture(scope="module")
def scene():
    return SCENES[SCENE_ID]


@pytest.fixture(scope="module")
def nbqx_run():
    return simulate(Scenario(blockers={"nbqx"}))


def ampa_brightness(run, t: float) -> float:
    """Mean brightness of the AMPA receptor region at ``t``."""
    left, top, right, bottom = AMPA_REGION
    region = pixels(render_frame(SCENE_ID, run, t, size=CANVAS))[top:bottom, left:right, :3]
    return float(region.astype(float).mean())


def beat_times(scene, run) -> dict:
    return {beat.key: beat.t for beat in scene.beats(run)}


def test_the_scene_is_registered_as_number_four(scene):
    assert scene.number == 4
    assert list(SCENES).index(SCENE_ID) == 3


def test_the_peak_beat_is_the_glutamate_maximum(qapp, scene, default_run):
    peak = beat_times(scene, default_run)["peak"]
    assert default_run.value("glutamate", peak) == pytest.approx(default_run["glutamate"].max(),
                                                                 rel=1e-3)


def test_beats_move_when_the_infusion_is_faster(qapp, scene, default_run):
    slow = beat_times(scene, default_run)
    fast = beat_times(scene, simulate(Scenario(infusion_min=1)))
    assert fast["peak"] < slow["peak"]
    assert fast["rising"] < slow["rising"]


def test_frame_at_a_beat_is_a_picture_and_beats_look_different(qapp, scene, default_run):
    times = beat_times(scene, default_run)
    rest = pixels(render_frame(SCENE_ID, default_run, times["dose"], size=SIZE))
    peak = pixels(render_frame(SCENE_ID, default_run, times["peak"], size=SIZE))
    assert len(np.unique(peak.reshape(-1, 4), axis=0)) > 50
    assert np.abs(rest.astype(int) - peak.astype(int)).mean() > 0.5


def test_ampa_receptors_light_up_with_the_burst(qapp, scene, default_run):
    peak = beat_times(scene, default_run)["peak"]
    assert ampa_brightness(default_run, peak) > ampa_brightness(default_run, 0.0) + 2.0


def test_with_nbqx_the_ampa_receptors_stay_dark_while_glutamate_surges(qapp, scene, nbqx_run):
    peak = beat_times(scene, nbqx_run)["peak"]
    assert nbqx_run.value("glutamate", peak) > 1.5
    assert ampa_brightness(nbqx_run, peak) == pytest.approx(ampa_brightness(nbqx_run, 0.0),
                                                            abs=0.5)


def test_caption_says_when_nbqx_is_present(qapp, scene, default_run, nbqx_run):
    peak = beat_times(scene, nbqx_run)["peak"]
    assert "NBQX" in scene.caption(nbqx_run, peak)
    assert "NBQX" not in scene.caption(default_run, peak)


def test_caption_gives_the_glutamate_of_the_moment(qapp, scene, default_run):
    peak = beat_times(scene, default_run)["peak"]
    assert f"{default_run.value('glutamate', peak):.2f}x" in scene.caption(default_run, peak)


def test_an_anaesthetic_dose_first_holds_glutamate_down(qapp, scene):
    run = simulate(Scenario(dose_mg=700, infusion_min=1))
    assert run.value("glutamate", 0.5) < 1.0
    assert "falls" in scene.caption(run, 0.5)


def test_more_release_keeps_more_vesicles_fusing(scene, default_run):
    """Vesicles fuse as their glutamate leaves: over the same stretch of playback more sites
    stand open at the burst's peak than before the dose."""
    timeline = SceneTimeline(scene, default_run)
    peak = beat_times(scene, default_run)["peak"]

    def open_sites(t):
        start = timeline.position(t)
        times = [timeline.time_at(start + k * 0.002) for k in range(40)]
        return np.mean([sum(o > 0 for o in scene.glutamate_in_flight(default_run, u)
                            .openings(len(RELEASE_SITES))) for u in times])
    assert open_sites(peak) > open_sites(0.0) > 0


def test_an_anaesthetic_bolus_tells_a_fall_not_a_burst(scene):
    """At 2 mg/kg the pyramidal cells are silenced too (docs/model.md, Moghaddam 1997):
    the beats follow glutamate down and back, and the caption says it falls."""
    run = simulate(Scenario(dose_mg=140, infusion_min=1))
    beats = {beat.key: beat.t for beat in scene.beats(run)}
    assert {"falling", "lowest", "recovers"} <= set(beats)
    assert "peak" not in beats
    assert run.value("glutamate", beats["lowest"]) < 0.7
    assert "falls" in scene.caption(run, beats["lowest"])

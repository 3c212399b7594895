"""Every scene's window over a run is the one the window's timeline uses: beats, exports
and the clamp of every paint agree with what the lecturer can scrub to."""
from __future__ import annotations

import pytest

from app.model import Scenario, simulate
from app.scenes import SCENES
from app.story.timeline import SceneTimeline, clamp_to_scene


@pytest.fixture(scope="module")
def two_day_run():
    return simulate(Scenario(horizon_h=48.0))


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_scene_and_timeline_clip_the_window_alike(scene_id, default_run, two_day_run):
    scene = SCENES[scene_id]
    for run in (default_run, two_day_run):
        timeline = SceneTimeline(scene, run)
        assert scene.window_for(run) == (timeline.t0, timeline.t1)
        assert clamp_to_scene(scene, run, 1e6) == timeline.t1


def test_two_timescales_can_be_scrubbed_to_every_beat_of_a_two_week_run(default_run):
    # the SSRI's relief arrives after weeks, past the lecturer's two-week run: the companion
    # runs cover six weeks, so the timeline must reach it
    timeline = SceneTimeline(SCENES["two-timescales"], default_run)
    assert default_run.t_end < timeline.beats[-1].t <= timeline.t1
    assert all(timeline.clamp(beat.t) == beat.t for beat in timeline.beats)

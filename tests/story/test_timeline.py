"""SceneTimeline: one scene's window, beats and moves over one trajectory (no Qt)."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest

from app.story.timeline import STEP_FRACTION, SceneTimeline


@dataclass(frozen=True)
class Moment:
    key: str
    label: str
    t: float


@dataclass
class Run:
    t_end: float


class FakeScene:
    """A scene with a window, a scale and beats at fixed hours; counts beat searches."""

    def __init__(self, window=(0.0, 336.0), scale="log", beat_times=(0.5, 2.0, 24.0)):
        self.window, self.scale = window, scale
        self.beat_times = beat_times
        self.searches = 0

    def horizon_for(self, trajectory):
        return trajectory.t_end

    def beats(self, trajectory, lang=None):
        self.searches += 1
        return [Moment(f"b{i}", f"beat {i}", t) for i, t in enumerate(self.beat_times)]


def timeline(**scene) -> SceneTimeline:
    return SceneTimeline(FakeScene(**scene), Run(t_end=336.0))


def test_the_window_is_clipped_to_what_was_simulated():
    short = SceneTimeline(FakeScene(window=(0.0, 336.0)), Run(t_end=48.0))
    assert (short.t0, short.t1) == (0.0, 48.0)
    assert short.clamp(100.0) == 48.0


def test_clamp_keeps_times_inside_the_window():
    line = timeline(window=(1.0, 24.0), scale="linear")
    assert line.clamp(-5.0) == 1.0
    assert line.clamp(30.0) == 24.0
    assert line.clamp(6.5) == 6.5


def test_a_linear_step_is_one_hundredth_of_the_window():
    line = timeline(window=(0.0, 10.0), scale="linear")
    assert line.step(5.0, 1) == pytest.approx(5.0 + 10.0 * STEP_FRACTION)
    assert line.step(5.0, -1) == pytest.approx(5.0 - 10.0 * STEP_FRACTION)


def test_a_log_step_is_short_early_and_long_late():
    line = timeline(window=(0.0, 336.0), scale="log")
    early = line.step(0.5, 1) - 0.5
    late = line.step(200.0, 1) - 200.0
    assert 0 < early < 0.1 < 1.0 < late
    assert line.position(line.step(0.5, 1)) == pytest.approx(line.position(0.5) + STEP_FRACTION)


def test_steps_stop_at_the_ends_of_the_window():
    line = timeline(window=(0.0, 10.0), scale="linear")
    assert line.step(0.0, -1) == 0.0
    assert line.step(10.0, 1) == 10.0


def test_next_beat_between_beats_and_at_a_beat():
    line = timeline()
    assert line.next_beat(0.0).key == "b0"
    assert line.next_beat(1.0).key == "b1"
    assert line.next_beat(2.0).key == "b2"  # at b1: the next is b2, not b1 again
    assert line.next_beat(24.0) is None


def test_previous_beat_between_beats_and_at_a_beat():
    line = timeline()
    assert line.previous_beat(100.0).key == "b2"
    assert line.previous_beat(24.0).key == "b1"  # at b2: the previous is b1
    assert line.previous_beat(1.0).key == "b0"
    assert line.previous_beat(0.5) is None


def test_beat_at_is_the_last_beat_reached():
    line = timeline()
    assert line.beat_at(0.1) is None
    assert line.beat_at(0.5).key == "b0"
    assert line.beat_at(23.9).key == "b1"
    assert line.beat_at(300.0).key == "b2"
    assert [line.beats_reached(t) for t in (0.1, 0.5, 5.0, 300.0)] == [0, 1, 2, 3]


def test_first_and_last_times_are_the_beats_or_the_window():
    assert (timeline().first_time(), timeline().last_time()) == (0.5, 24.0)
    bare = timeline(window=(0.0, 12.0), beat_times=())
    assert (bare.first_time(), bare.last_time()) == (0.0, 12.0)


@pytest.mark.parametrize("spacing", ["scale", "time"])
def test_frame_times_run_from_end_to_end_and_only_forwards(spacing):
    line = timeline()
    times = line.frame_times(50, spacing, 0.0, 336.0)
    assert len(times) == 50
    assert (times[0], times[-1]) == (0.0, 336.0)
    assert all(a < b for a, b in zip(times, times[1:]))


def test_frame_times_on_the_scale_spend_as_long_on_the_first_hour_as_playback_does():
    line = timeline()
    by_scale, by_time = line.frame_times(101), line.frame_times(101, "time")
    assert by_time[1] == pytest.approx(3.36)
    assert by_scale[1] == pytest.approx(line.time_at(0.01))
    assert sum(t < 1.0 for t in by_scale) > 10 > sum(t < 1.0 for t in by_time)


def test_frame_times_of_one_frame_and_a_bad_spacing():
    line = timeline()
    assert line.frame_times(1, start=2.0, end=5.0) == [2.0]
    with pytest.raises(ValueError):
        line.frame_times(10, "pages")


def test_beats_are_found_once_per_timeline():
    scene = FakeScene()
    line = SceneTimeline(scene, Run(t_end=336.0))
    first = line.beats
    line.next_beat(0.0), line.previous_beat(30.0), line.beat_at(3.0)
    assert line.beats is first
    assert scene.searches == 1
    assert SceneTimeline(scene, Run(t_end=336.0)).beats == first  # a new run searches anew
    assert scene.searches == 2


def test_the_story_layer_loads_without_qt():
    code = ("import sys, app.story.timeline, app.story.timescale; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_a_run_ending_before_the_window_starts_still_leaves_a_usable_window():
    from app.story.windows import MIN_SPAN_H, clipped_window
    assert clipped_window((2.0, 24.0), 1.0) == (2.0, 2.0 + MIN_SPAN_H)
    assert clipped_window((0.0, 24.0), 12.0) == (0.0, 12.0)
    assert clipped_window((0.0, 24.0), 48.0) == (0.0, 24.0)

"""Entering a scene or a lesson's start beat before the scene's data is prepared: the
move is made when the data comes, not dropped."""
import pytest

from app.scenes import prepare_scene_data


@pytest.fixture
def only_overview_prepared(window):
    """The window as just after a new run: only the shown scene's data is there."""
    from PySide6.QtWidgets import QApplication
    state = window.state
    window.runner.wait()
    QApplication.processEvents()  # the worker's results delivered before they are replaced
    state.scene_data = prepare_scene_data(state.trajectory, ["overview"])
    return state


def test_a_scene_entered_early_starts_at_its_first_beat_once_ready(window,
                                                                   only_overview_prepared):
    state = only_overview_prepared
    state.set_time(0.0)
    window.navigation.jump_to_scene("two-timescales")
    assert state.timeline is None and state.t == 0.0
    state.set_scene_data(prepare_scene_data(state.trajectory))
    assert state.t == state.timeline.beats[0].t > 0.0


def test_a_start_beat_asked_for_early_is_reached_once_ready(window, only_overview_prepared):
    state = only_overview_prepared
    state.set_scene("two-timescales")
    window.navigation.go_to_beat_key("ssri-relief")
    state.set_scene_data(prepare_scene_data(state.trajectory))
    assert state.t == state.timeline.beat_named("ssri-relief").t


def test_a_move_waiting_for_data_is_dropped_when_the_lecturer_moves_on(window,
                                                                        only_overview_prepared):
    state = only_overview_prepared
    window.navigation.jump_to_scene("two-timescales")
    state.set_scene("overview")
    state.set_time(1.0)
    state.set_scene_data(prepare_scene_data(state.trajectory))
    assert state.t == 1.0

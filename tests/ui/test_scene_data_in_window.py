"""The window's simulation worker prepares what the comparison scenes draw (companion
runs) with each trajectory, so the canvas paints them without simulating."""
import numpy as np
from PySide6.QtGui import QImage

from app.scenes import SCENES, companions


def distinct_colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)[:, :image.width()]
    return len(np.unique(pixels))


def test_a_comparison_scene_paints_from_the_workers_data(window, qtbot, monkeypatch):
    state = window.state
    state.set_scenario(state.scenario.with_changes(stress=0.63))
    qtbot.waitUntil(lambda: state.trajectory.scenario.stress == 0.63
                    and state.scene_data is not None
                    and state.scene_data.trajectory is state.trajectory
                    and set(state.scene_data.scenes) == set(SCENES), timeout=30000)
    state.set_scene("two-timescales")
    companions.RUNS.clear()  # a paint asking for a companion run would now simulate

    def no_simulation(*_args, **_kwargs):
        raise AssertionError("the canvas simulated while painting")
    monkeypatch.setattr(companions, "simulate", no_simulation)
    failures = []
    window.canvas.paintFailed.connect(failures.append)
    picture = window.canvas.grab().toImage()
    assert failures == []
    assert distinct_colours(picture) > 500  # the scene, not a "Simulating…" message


def test_the_canvas_waits_for_the_data_instead_of_simulating(window, qtbot):
    state = window.state
    qtbot.waitUntil(lambda: state.scene_data is not None
                    and "hit-and-run" in state.scene_data.scenes, timeout=30000)
    state.set_scene("hit-and-run")
    painted = window.canvas.grab().toImage()
    state.scene_data = None  # as between a new trajectory and its data
    assert distinct_colours(window.canvas.grab().toImage()) < distinct_colours(painted) / 5


def test_a_new_trajectory_arrives_with_the_shown_scenes_data(window, qtbot):
    """On a comparison scene, changing the dose never shows "Simulating…" in between."""
    state = window.state
    state.set_scene("two-timescales")
    ready_on_arrival = []
    state.trajectoryChanged.connect(lambda trajectory: ready_on_arrival.append(
        state.scene_data is not None and state.scene_data.trajectory is trajectory
        and "two-timescales" in state.scene_data.scenes))
    state.set_scenario(state.scenario.with_changes(dose_mg=42.0))
    qtbot.waitUntil(lambda: state.trajectory.scenario.dose_mg == 42.0, timeout=30000)
    assert ready_on_arrival and all(ready_on_arrival)


def test_a_first_start_paints_before_it_prepares_the_other_scenes(qtbot):
    """The weeks-long companion runs must not compete with building and painting the first
    frame: at the first frame only the shown scene's data exists; the rest follows."""
    from PySide6.QtCore import QSettings

    from app.ui import simulation
    from app.ui.window import MainWindow
    assert simulation.OTHER_SCENES_AFTER_MS >= 500  # what a real start waits
    QSettings().clear()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_frame_done, timeout=10000)
    assert set(window.state.scene_data.scenes) == {window.state.scene_id}
    assert not window.runner.busy
    qtbot.waitUntil(lambda: set(window.state.scene_data.scenes) == set(SCENES), timeout=30000)
    window.runner.wait()
    window.close()

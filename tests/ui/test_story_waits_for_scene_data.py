"""Two-timescales' beats, caption and plots read six-week companion runs: the window asks
for them only once the worker has prepared them, never simulating on the GUI thread."""
import threading

import pytest

from app.scenes import companions


@pytest.fixture
def no_companion_runs(monkeypatch):
    """Companion runs fail to simulate from now on; the threads that tried are recorded."""
    companions.RUNS.clear()
    tried = []

    def failing(scenario):
        tried.append(threading.current_thread())
        raise RuntimeError("companion runs unavailable in this test")
    monkeypatch.setattr(companions, "simulate", failing)
    return tried


def test_switching_to_two_timescales_before_its_data_never_simulates(qtbot, no_companion_runs):
    from PySide6.QtCore import QSettings

    from app.ui.window import MainWindow
    QSettings().clear()
    window = MainWindow()  # opens on the overview; the others' data is prepared in the worker
    qtbot.addWidget(window)
    window.runner.wait()  # the worker failed to prepare the comparison scenes' data
    state = window.state
    state.set_scene("two-timescales")
    assert state.timeline is None
    assert "Simulating…" in window.captions.toPlainText()
    assert window.timeline.toolTip() == ""  # no beat markers
    window.navigation.next_beat()
    gui = threading.current_thread()
    assert gui not in no_companion_runs
    window.runner.wait()
    window.close()


def test_once_prepared_two_timescales_tells_its_story_without_simulating(window, qtbot,
                                                                         monkeypatch):
    state = window.state
    qtbot.waitUntil(lambda: state.scene_data is not None
                    and "two-timescales" in state.scene_data.scenes, timeout=30000)
    gui, on_gui = threading.current_thread(), []
    real = companions.simulate

    def watched(scenario):
        if threading.current_thread() is gui:
            on_gui.append(scenario)
        return real(scenario)
    monkeypatch.setattr(companions, "simulate", watched)
    state.set_scene("two-timescales")
    assert [beat.key for beat in state.timeline.beats][-1] == "ssri-relief"
    assert "SSRI" in window.captions.toPlainText()
    assert on_gui == []

"""File > Export…: the dialog builds requests, exports run in the background, and failures
and cancels are explained with nothing left behind."""
import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QImage

from app.export import clips as clips_module
from app.export.requests import ClipRequest, DeckRequest, FrameRequest
from app.scenes import SCENES
from app.ui.export_dialog import ExportDialog


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_the_dialog_builds_a_frame_request_at_the_current_time(window, tmp_path):
    window.state.set_time(0.75)
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    request = dialog.request()
    assert isinstance(request, FrameRequest)
    assert request.scene_id == window.state.scene_id
    assert abs(request.t - 0.75) < 1e-9
    assert request.size == (1920, 1080)


def test_the_dialog_builds_clip_and_deck_requests(window, tmp_path):
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    choose(dialog.kind, "clip")
    choose(dialog.format, "mp4")
    dialog.path.setText(str(tmp_path / "clip.mp4"))
    clip = dialog.request()
    assert isinstance(clip, ClipRequest) and clip.fmt == "mp4" and clip.t_to > clip.t_from
    choose(dialog.kind, "deck")
    dialog.path.setText(str(tmp_path / "deck.pptx"))
    deck = dialog.request()
    assert isinstance(deck, DeckRequest) and deck.scene_ids == tuple(SCENES)


def test_a_bad_time_is_explained_in_the_dialog(window, tmp_path):
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    dialog.time.setText("soon")
    dialog._accept()
    assert "not a time" in dialog.problem.text()
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_an_export_runs_in_the_background_and_writes_the_file(window, qtbot, tmp_path):
    request = FrameRequest("overview", 1.0, tmp_path / "frame.png", size=(320, 180))
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.succeeded, timeout=20000) as done:
        job.thread.start()
    assert done.args[0] == [str(tmp_path / "frame.png")]
    assert QImage(str(tmp_path / "frame.png")).width() == 320


def test_a_cancelled_clip_leaves_nothing_behind(window, qtbot, tmp_path):
    request = ClipRequest("glutamate-burst", 0.0, 3.0, tmp_path / "frames", "png",
                          duration_s=20, fps=30, size=(320, 180))
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        job.thread.start()
        qtbot.wait(50)  # let a few frames be written first
        job.cancel()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_is_reported_in_words(window, qtbot, tmp_path, monkeypatch):
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    request = FrameRequest("overview", 1.0, tmp_path / "missing" / "frame.png", size=(320, 180))
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.failed, timeout=20000):
        job.thread.start()
    qtbot.waitUntil(lambda: bool(problems), timeout=2000)
    assert "does not exist" in problems[0] and "Nothing was written" in problems[0]


@pytest.mark.parametrize("error", [ZeroDivisionError("division by zero"), KeyError("beat"),
                                   RecursionError("deep")])
def test_an_unforeseen_error_in_the_export_thread_is_reported_and_the_window_lives_on(
        window, qtbot, tmp_path, monkeypatch, caplog, error):
    """Any exception in the worker reaches the GUI thread as a failure; no widget is made
    in the worker (which crashed the app)."""
    problems = []

    def report_problem(message):
        problems.append((message, QThread.currentThread() is window.thread()))

    def render_then_fail(scene_id, *args, **kwargs):
        if calls.append(scene_id) or len(calls) > 3:  # a few frames written, then a bug
            raise error
        return real_render(scene_id, *args, **kwargs)

    calls = []
    real_render = clips_module.render_frame
    monkeypatch.setattr(clips_module, "render_frame", render_then_fail)
    monkeypatch.setattr(window, "report_problem", report_problem)
    request = ClipRequest("glutamate-burst", 0.0, 3.0, tmp_path / "frames", "png",
                          duration_s=1, fps=10, size=(160, 90))
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.failed, timeout=20000):
        job.thread.start()
    qtbot.waitUntil(lambda: bool(problems), timeout=2000)
    message, in_gui_thread = problems[0]
    assert in_gui_thread
    assert f"an unexpected error ({type(error).__name__})" in message
    assert "Nothing was written" in message
    assert type(error).__name__ in caplog.text  # the traceback is logged
    assert list(tmp_path.iterdir()) == []
    window.state.set_time(1.0)  # the window still works
    assert window.isVisible()


def test_the_spacing_option_shows_its_whole_label_and_reason(window, qtbot):
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    qtbot.addWidget(dialog)
    choose(dialog.kind, "clip")
    dialog.show()
    qtbot.waitExposed(dialog)
    box, hint = dialog.follow_scale, dialog.follow_scale_hint
    assert box.isVisible() and hint.isVisible()
    assert box.width() >= box.sizeHint().width()          # the check box's text is not cut
    assert hint.wordWrap() and hint.geometry().right() <= dialog.width()
    assert hint.height() >= hint.heightForWidth(hint.width())   # every wrapped line shows
    dialog.close()


def test_the_dose_windows_data_for_a_drug_it_does_not_sweep_is_refused_in_the_dialog(
        window, tmp_path):
    """Scene 9 with no drug: the dialog says so and stays open, instead of closing and
    failing in the background."""
    from app.model import Scenario
    window.state.set_scenario(Scenario(drug="none"))
    window.state.set_scene("dose-window")
    dialog = ExportDialog(window.state, window.canvas.settings, window)
    choose(dialog.kind, "plots")
    choose(dialog.scene, "dose-window")
    dialog.path.setText(str(tmp_path / "sweep.csv"))
    dialog._accept()
    assert "sweeps only the NMDA drugs" in dialog.problem.text()
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert not (tmp_path / "sweep.csv").exists()

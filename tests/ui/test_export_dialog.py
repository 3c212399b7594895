"""File > Export…: the dialog builds requests, exports run in the background, and failures
and cancels are explained with nothing left behind."""
from PySide6.QtGui import QImage

from app.export.requests import ClipRequest, DeckRequest, FrameRequest
from app.scenes import SCENES
from app.ui.export_dialog import ExportDialog
from app.ui.export_job import start_export


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_the_dialog_builds_a_frame_request_at_the_current_time(window, tmp_path):
    window.state.set_time(0.75)
    dialog = ExportDialog(window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    request = dialog.request()
    assert isinstance(request, FrameRequest)
    assert request.scene_id == window.state.scene_id
    assert abs(request.t - 0.75) < 1e-9
    assert request.size == (1920, 1080)


def test_the_dialog_builds_clip_and_deck_requests(window, tmp_path):
    dialog = ExportDialog(window)
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
    dialog = ExportDialog(window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    dialog.time.setText("soon")
    dialog._accept()
    assert "not a time" in dialog.problem.text()
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_an_export_runs_in_the_background_and_writes_the_file(window, qtbot, tmp_path):
    request = FrameRequest("overview", 1.0, tmp_path / "frame.png", size=(320, 180))
    job = start_export(window, request, start=False)
    with qtbot.waitSignal(job.succeeded, timeout=20000) as done:
        job.thread.start()
    assert done.args[0] == [str(tmp_path / "frame.png")]
    assert QImage(str(tmp_path / "frame.png")).width() == 320


def test_a_cancelled_clip_leaves_nothing_behind(window, qtbot, tmp_path):
    request = ClipRequest("glutamate-burst", 0.0, 3.0, tmp_path / "frames", "png",
                          duration_s=20, fps=30, size=(320, 180))
    job = start_export(window, request, start=False)
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        job.thread.start()
        qtbot.wait(50)  # let a few frames be written first
        job.cancel()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_is_reported_in_words(window, qtbot, tmp_path, monkeypatch):
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    request = FrameRequest("overview", 1.0, tmp_path / "missing" / "frame.png", size=(320, 180))
    job = start_export(window, request, start=False)
    with qtbot.waitSignal(job.failed, timeout=20000):
        job.thread.start()
    qtbot.waitUntil(lambda: bool(problems), timeout=2000)
    assert "does not exist" in problems[0] and "Nothing was written" in problems[0]

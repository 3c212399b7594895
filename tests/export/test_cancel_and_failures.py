"""A cancelled or failed export leaves nothing behind; every failure is a plain ExportError."""
import errno
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.export import ExportError
from app.export.export import ExportCancelled, run
from app.export.requests import ClipRequest, DeckRequest, FrameRequest, PlotDataRequest

from .conftest import files_under


def cancel_after(frames):
    """A (progress, cancelled) pair that asks to stop once ``frames`` frames are done."""
    state = {"done": 0}

    def progress(done, total):
        state["done"] = done

    return progress, lambda: state["done"] >= frames


def clip(out, fmt, **extra):
    return ClipRequest("glutamate-burst", 0.0, 3.0, out, fmt, duration_s=2.0, fps=10,
                       size=(160, 90), **extra)


@pytest.mark.parametrize("fmt, name", [("png", "frames"), ("mp4", "c.mp4"), ("gif", "c.gif")])
def test_cancel_mid_clip_removes_everything(tmp_path, trajectory, fmt, name):
    progress, cancelled = cancel_after(5)
    with pytest.raises(ExportCancelled):
        run(clip(tmp_path / name, fmt), trajectory, progress, cancelled)
    assert files_under(tmp_path) == []


def test_cancel_keeps_a_png_folder_that_was_there_before(tmp_path, trajectory):
    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    progress, cancelled = cancel_after(3)
    with pytest.raises(ExportCancelled):
        run(clip(folder, "png"), trajectory, progress, cancelled)
    assert files_under(tmp_path) == ["frames", "frames/notes.txt"]


def test_cancel_mid_deck_writes_no_deck(tmp_path, trajectory):
    progress, cancelled = cancel_after(2)
    with pytest.raises(ExportCancelled):
        run(DeckRequest(("overview",), tmp_path / "d.pptx", (320, 180)), trajectory, progress,
            cancelled)
    assert files_under(tmp_path) == []


@pytest.mark.parametrize("make", [
    lambda folder: FrameRequest("overview", 1.0, folder / "f.png", size=(64, 36)),
    lambda folder: FrameRequest("overview", 1.0, folder / "f.svg", "svg", size=(64, 36)),
    lambda folder: clip(folder / "c.mp4", "mp4"),
    lambda folder: clip(folder / "c.gif", "gif"),
    lambda folder: clip(folder / "frames", "png"),
    lambda folder: DeckRequest(("overview",), folder / "d.pptx", (64, 36)),
    lambda folder: PlotDataRequest("overview", folder / "p.csv"),
])
@pytest.mark.parametrize("where", ["missing", "unwritable"])
def test_missing_or_unwritable_folders_are_reported(tmp_path, trajectory, unwritable_folder,
                                                    make, where):
    folder = tmp_path / "missing" if where == "missing" else unwritable_folder
    with pytest.raises(ExportError) as caught:
        run(make(folder), trajectory)
    assert any(words in str(caught.value) for words in
               ("does not exist", "not writable", "is a file"))
    assert files_under(tmp_path) in ([], [unwritable_folder.name])


def test_a_full_disk_is_named_and_leaves_nothing(tmp_path, trajectory, monkeypatch):
    def half_then_full(path, data):
        with open(path, "wb") as stream:
            stream.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    with pytest.raises(ExportError, match="the disk is full"):
        run(FrameRequest("overview", 1.0, tmp_path / "f.png", size=(64, 36)), trajectory)
    with pytest.raises(ExportError, match="the disk is full"):
        run(clip(tmp_path / "frames", "png"), trajectory)
    assert files_under(tmp_path) == []


def test_a_picture_qt_cannot_encode_is_an_export_error(tmp_path, trajectory, monkeypatch):
    monkeypatch.setattr(QImage, "save", lambda *args: False)
    with pytest.raises(ExportError, match="cannot encode the picture as PNG"):
        run(FrameRequest("overview", 1.0, tmp_path / "f.png", size=(64, 36)), trajectory)
    assert files_under(tmp_path) == []


def test_no_space_while_writing_a_deck_is_an_export_error(tmp_path, trajectory, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pptx.presentation.Presentation.save", full)
    with pytest.raises(ExportError, match="the disk is full"):
        run(DeckRequest(("overview",), tmp_path / "d.pptx", (64, 36)), trajectory)
    assert files_under(tmp_path) == []


def test_an_encoder_that_writes_too_few_frames_is_an_error(tmp_path, trajectory, monkeypatch):
    monkeypatch.setattr("imageio_ffmpeg.count_frames_and_secs", lambda path: (3, 0.3))
    with pytest.raises(ExportError, match="ffmpeg"):
        run(clip(tmp_path / "c.mp4", "mp4"), trajectory)
    assert files_under(tmp_path) == []


def test_a_time_outside_the_window_fails_before_anything_is_written(tmp_path, trajectory):
    with pytest.raises(ExportError, match="outside"):
        run(ClipRequest("glutamate-burst", 1.0, 9.0, tmp_path / "c", "png"), trajectory)
    assert files_under(tmp_path) == []

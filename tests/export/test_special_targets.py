"""Exports into a symlink, a device or a FIFO: the link's file is written, the device stays
a device; a deck export clears the clips folder of a deck export that was killed."""
import os
import select
import stat
import subprocess
import sys
import tempfile
import threading

import pytest
from PySide6.QtGui import QImage

from app.export import ExportError
from app.export.export import run
from app.export.requests import DeckRequest, FrameRequest, PlotDataRequest
from app.safefile import TEMPORARY_PREFIX

from .conftest import files_under


def frame(out, fmt="png"):
    return FrameRequest("overview", 1.0, out, fmt, size=(64, 36))


def test_a_frame_through_a_symlink_replaces_the_real_file(tmp_path, trajectory):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "f.png").write_bytes(b"old")
    link = tmp_path / "f.png"
    link.symlink_to(tmp_path / "real" / "f.png")
    run(frame(link), trajectory)
    assert link.is_symlink() and QImage(str(tmp_path / "real" / "f.png")).width() == 64
    assert files_under(tmp_path) == ["f.png", "real", "real/f.png"]


def test_exports_into_a_device_keep_the_device(tmp_path, trajectory):
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = "/dev/null"  # its folder is not writable, and need not be
    for request in (frame(device), frame(device, "svg"), PlotDataRequest("overview", device)):
        run(request, trajectory)
        assert stat.S_ISCHR(os.stat(device).st_mode)


def test_an_export_into_a_fifo_reaches_its_reader(tmp_path, trajectory):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = fifo_reader(fifo, received)
    run(frame(fifo), trajectory)
    reader.join()
    assert received[0].startswith(b"\x89PNG")


def fifo_reader(fifo, received: list) -> threading.Thread:
    """A reader on ``fifo``, already open when this returns, collecting everything
    written into ``received`` until the writers close. (Linux reports no hang-up on a
    FIFO before a first writer has connected, so select waits for the writer.)"""
    descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)

    def read():
        chunks = []
        while True:
            select.select([descriptor], [], [])
            try:
                chunk = os.read(descriptor, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
        os.close(descriptor)
        received.append(b"".join(chunks))

    thread = threading.Thread(target=read)
    thread.start()
    return thread


def test_an_export_into_a_fifo_nobody_reads_is_refused(tmp_path, trajectory):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="named pipe"):
        run(frame(fifo), trajectory)


def test_an_export_over_a_folder_is_refused(tmp_path, trajectory):
    (tmp_path / "f.png").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        run(frame(tmp_path / "f.png"), trajectory)


def test_a_deck_export_clears_a_killed_export_s_clips_folder(tmp_path, trajectory):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stale = os.path.join(tempfile.gettempdir(), f"{TEMPORARY_PREFIX}{child.pid}-clips-x")
    os.mkdir(stale)
    open(os.path.join(stale, "overview.mp4"), "wb").close()
    run(DeckRequest(("overview",), tmp_path / "d.pptx", (64, 36)), trajectory)
    assert not os.path.exists(stale)

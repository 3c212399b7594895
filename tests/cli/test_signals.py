"""Stopped commands leave nothing: SIGTERM acts like Ctrl+C (clean up, exit 143), Ctrl+C
cancels even a single frame (exit 130), and what a killed export (kill -9) leaves is
cleared by the next export into the folder, so a retry always works."""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.cli import main
from app.safefile import TEMPORARY_PREFIX

MAIN = Path(__file__).resolve().parents[2] / "main.py"
CLIP = ["--scene", "overview", "--from", "0", "--to", "1d", "--size", "320x180"]


def start_export(*arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(MAIN), "export", *arguments],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, process: subprocess.Popen) -> None:
    """Poll until ``condition()`` holds; fail if the process ends first."""
    while not condition():
        try:
            process.wait(0.05)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the export ended first: {process.stderr.read()}")


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_sigterm_during_an_mp4_export_removes_it_and_exits_143(tmp_path):
    export = start_export(*CLIP, "--duration", "60", "--fps", "30", "--format", "mp4",
                          "--out", str(tmp_path / "clip.mp4"))
    wait_for(lambda: any(name.startswith(TEMPORARY_PREFIX) for name in names(tmp_path)),
             export)
    export.send_signal(signal.SIGTERM)
    _, err = export.communicate(timeout=60)
    assert export.returncode == 143
    assert err.strip().splitlines()[-1] == "error: terminated"
    assert names(tmp_path) == []


def test_a_png_sequence_killed_with_sigkill_can_be_retried_into_the_same_folder(tmp_path):
    folder = tmp_path / "frames"
    arguments = [*CLIP, "--duration", "20", "--fps", "30", "--format", "png",
                 "--out", str(folder)]
    export = start_export(*arguments)
    wait_for(lambda: (folder / "frame_000005.png").exists(), export)
    export.kill()
    export.wait()
    assert (folder / "frame_000005.png").exists()  # the dead export's partial frames
    retry = subprocess.run([sys.executable, str(MAIN), "export", *arguments[:-4],
                            "--duration", "1", "--fps", "5", "--format", "png",
                            "--out", str(folder)], capture_output=True, text=True)
    assert retry.returncode == 0, retry.stderr
    assert names(folder) == [f"frame_{index:06d}.png" for index in range(5)]


def test_a_killed_mp4_export_s_temporary_is_cleared_by_the_next_export(tmp_path):
    export = start_export(*CLIP, "--duration", "60", "--fps", "30", "--format", "mp4",
                          "--out", str(tmp_path / "clip.mp4"))
    wait_for(lambda: any(name.startswith(TEMPORARY_PREFIX) for name in names(tmp_path)),
             export)
    export.kill()
    export.wait()
    assert any(name.startswith(f"{TEMPORARY_PREFIX}{export.pid}-") for name in names(tmp_path))
    assert main(["export", "--scene", "overview", "--time", "1h", "--size", "160x90",
                 "--out", str(tmp_path / "frame.png")]) == 0
    assert names(tmp_path) == ["frame.png"]


def test_ctrl_c_during_a_single_frame_cancels_it(tmp_path, capsys, monkeypatch):
    import app.export.frames as frames

    def then_interrupt(draw):
        def drawn(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGINT)  # delivered while the frame is drawn
            return draw(*args, **kwargs)
        return drawn

    monkeypatch.setattr(frames, "render_frame", then_interrupt(frames.render_frame))
    monkeypatch.setattr(frames, "render_svg", then_interrupt(frames.render_svg))
    for out in ("frame.png", "frame.svg"):
        assert main(["export", "--scene", "overview", "--time", "1h", "--size", "160x90",
                     "--out", str(tmp_path / out)]) == 130
    assert capsys.readouterr().err.strip().splitlines()[-1] == "error: interrupted"
    assert names(tmp_path) == []


def test_sigterm_during_a_deck_with_clips_leaves_no_deck_and_no_clips_folder(
        tmp_path, capsys, monkeypatch):
    import app.export.clips as clips
    real, calls = clips.render_frame, []

    def render_then_terminate(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        return real(*args, **kwargs)

    monkeypatch.setattr(clips, "render_frame", render_then_terminate)
    before = set(os.listdir(tempfile.gettempdir()))
    assert main(["export", "--scene", "overview", "--format", "pptx", "--embed-clips",
                 "--size", "320x180", "--out", str(tmp_path / "deck.pptx")]) == 143
    assert capsys.readouterr().err.strip() == "error: terminated"
    assert names(tmp_path) == []
    ours = f"{TEMPORARY_PREFIX}{os.getpid()}-"
    assert [name for name in set(os.listdir(tempfile.gettempdir())) - before
            if name.startswith(ours)] == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_sigterm_during_simulate_writes_no_csv(tmp_path, capsys, monkeypatch):
    from app.model import Trajectory
    real = Trajectory.csv_text

    def text_then_terminate(self, *args):
        os.kill(os.getpid(), signal.SIGTERM)
        return real(self, *args)

    monkeypatch.setattr(Trajectory, "csv_text", text_then_terminate)
    assert main(["simulate", "--horizon", "2h", "--csv", str(tmp_path / "run.csv")]) == 143
    assert names(tmp_path) == []


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="needs root")
def test_a_full_disk_is_one_clean_line_without_libpng_noise(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a small file system here")
    try:
        done = subprocess.run([sys.executable, str(MAIN), "export", "--scene", "overview",
                               "--time", "1h", "--out", str(disk / "big.png")],
                              capture_output=True, text=True)
        assert done.returncode == 2
        assert done.stderr.splitlines() == [f"error: cannot write {str(disk / 'big.png')!r}: "
                                            "the disk is full"]
        assert os.listdir(disk) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)

"""Clips round-trip: PNG sequences through QImage, MP4 through ffmpeg, GIF through Pillow."""
import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QImage

from app.export import ExportError
from app.export.clips import clip_times
from app.export.export import run
from app.export.gif import delays_ms
from app.export.requests import ClipRequest
from app.scenes import SCENES

from .conftest import files_under


def test_png_clip_writes_duration_times_fps_frames(tmp_path, trajectory):
    out = tmp_path / "frames"
    request = ClipRequest("glutamate-burst", 0.5, 2.5, out, "png", duration_s=1.0, fps=12,
                          size=(160, 90))
    paths = run(request, trajectory)
    assert len(paths) == 12 and files_under(out) == [f"frame_{i:06d}.png" for i in range(12)]
    first, last = QImage(str(paths[0])), QImage(str(paths[-1]))
    assert (first.width(), first.height()) == (160, 90)
    assert first.text("Time").startswith("0.5 h") and last.text("Time").startswith("2.5 h")
    assert "frame 12 of 12" in last.text("Time") and last.text("Scene") == "glutamate-burst"


def test_png_clip_into_an_existing_folder_of_frames_is_refused(tmp_path, trajectory):
    (tmp_path / "frame_000000.png").write_bytes(b"old")
    request = ClipRequest("overview", 0, 1, tmp_path, "png", duration_s=0.1, fps=10,
                          size=(64, 36))
    with pytest.raises(ExportError, match="already holds"):
        run(request, trajectory)


def test_clip_times_can_be_even_in_hours(trajectory):
    request = ClipRequest("hit-and-run", 0.0, 300.0, "x.mp4", duration_s=1, fps=11,
                          spacing="time")
    times = clip_times(request, trajectory)
    assert times == [30.0 * i for i in range(11)]


def test_clip_times_follow_the_scene_scale_by_default_as_playback_does(trajectory):
    request = ClipRequest("hit-and-run", 0.0, 300.0, "x.mp4", duration_s=1, fps=11)
    times = clip_times(request, trajectory)
    scale = SCENES["hit-and-run"].timescale_for(trajectory)
    positions = [scale.to_position(t) for t in times]
    assert times[0] == 0.0 and times[-1] == 300.0 and len(times) == 11
    assert np.allclose(np.diff(positions), positions[-1] / 10)
    assert times[1] < 30.0  # the first hours get frames of their own


def test_mp4_has_every_frame_at_the_asked_size(tmp_path, trajectory):
    out = tmp_path / "clip.mp4"
    request = ClipRequest("glutamate-burst", 0.0, 3.0, out, "mp4", duration_s=1.0, fps=10,
                          size=(320, 180))
    seen = []
    paths = run(request, trajectory, progress=lambda d, t: seen.append((d, t)))
    assert paths == [out, tmp_path / "clip.srt", tmp_path / "clip.vtt"]
    assert seen[-1] == (10, 10) and [d for d, _ in seen] == list(range(1, 11))
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert frames == 10 and seconds == pytest.approx(1.0, abs=0.05)
    reader = imageio_ffmpeg.read_frames(str(out))
    meta = next(reader)
    reader.close()
    assert meta["size"] == (320, 180) and meta["fps"] == 10
    assert files_under(tmp_path) == ["clip.mp4", "clip.srt", "clip.vtt"]


def test_full_hd_mp4_is_not_padded_to_1088(tmp_path, trajectory):
    out = tmp_path / "hd.mp4"
    run(ClipRequest("spine-growth", 1.0, 2.0, out, "mp4", duration_s=0.2, fps=10), trajectory)
    reader = imageio_ffmpeg.read_frames(str(out))
    meta = next(reader)
    frame = next(reader)
    reader.close()
    assert meta["size"] == (1920, 1080) and len(frame) == 1920 * 1080 * 3


def test_gif_loops_with_its_frames_and_provenance(tmp_path, trajectory):
    out = tmp_path / "clip.gif"
    request = ClipRequest("glutamate-burst", 0.5, 2.0, out, "gif", duration_s=1.0, fps=10,
                          size=(240, 135))
    run(request, trajectory)
    with Image.open(out) as gif:
        assert gif.size == (240, 135) and gif.info["loop"] == 0
        assert b"Scene: glutamate-burst" in gif.info["comment"]
        total_ms = 0
        for index in range(gif.n_frames):
            gif.seek(index)
            total_ms += gif.info["duration"]
        first = gif.n_frames
    assert first == 10 and total_ms == 1000


def test_gif_first_frame_keeps_the_theme_colours(tmp_path, trajectory):
    out = tmp_path / "clip.gif"
    run(ClipRequest("glutamate-burst", 1.0, 2.0, out, "gif", duration_s=0.2, fps=10,
                    size=(480, 270)), trajectory)
    with Image.open(out) as gif:
        frame = np.asarray(gif.convert("RGB"), dtype=int)
    background = frame[260, 5]  # bottom-left corner: the dark theme's background
    assert np.abs(background - (0x0d, 0x10, 0x17)).max() <= 12


def test_gif_delays_keep_the_frame_rate_on_average():
    assert delays_ms(3, 30) == [30, 40, 30]
    assert sum(delays_ms(30, 30)) == 1000 and sum(delays_ms(24, 24)) == 1000


def test_gif_frames_decode_exactly_to_the_quantised_renders(tmp_path, trajectory):
    from app.export import render_frame
    from app.export.gif import global_palette, quantise
    out = tmp_path / "clip.gif"
    request = ClipRequest("glutamate-burst", 0.5, 2.5, out, "gif", duration_s=1.0, fps=12,
                          size=(192, 108))
    run(request, trajectory)
    times = clip_times(request, trajectory)
    palette = global_palette(request, trajectory, times)
    colours = np.array(palette).reshape(-1, 3)
    with Image.open(out) as gif:
        for index in (1, 6, 11):
            gif.seek(index)
            decoded = np.asarray(gif.convert("RGB"), dtype=int)
            wanted = colours[quantise(render_frame("glutamate-burst", trajectory, times[index],
                                                   (192, 108)), palette)]
            assert np.array_equal(decoded, wanted)


def test_mp4_carries_provenance_and_needs_no_suffix(tmp_path, trajectory):
    import subprocess
    out = tmp_path / "clip-without-suffix"
    run(ClipRequest("overview", 0.0, 24.0, out, "mp4", duration_s=0.3, fps=10,
                    size=(160, 90)), trajectory)
    probe = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(out)],
                           capture_output=True, text=True)
    assert "comment" in probe.stderr and "Scene: overview" in probe.stderr
    assert '"drug":"ketamine"' in probe.stderr
    assert imageio_ffmpeg.count_frames_and_secs(str(out))[0] == 3

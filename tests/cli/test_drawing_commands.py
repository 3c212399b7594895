"""``main.py`` window options, ``scenes`` and ``export``: output and clear errors."""
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.scenes import SCENES

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_scenes_lists_every_scene_in_order(capsys):
    assert main(["scenes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(SCENES)


def test_export_writes_one_png_frame(tmp_path):
    out = tmp_path / "frame.png"
    assert main(["export", "--scene", "overview", "--time", "45min", "--format", "png",
                 "--size", "640x360", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 360)
    assert [p.name for p in tmp_path.iterdir()] == ["frame.png"]


def test_export_evidence_draws_the_overviews_evidence_view(tmp_path):
    frames = {}
    for name, extra in (("plain", []), ("evidence", ["--evidence"])):
        out = tmp_path / f"{name}.png"
        assert main(["export", "--scene", "overview", "--time", "2h", "--size", "640x360",
                     "--out", str(out), *extra]) == 0
        frames[name] = QImage(str(out))
    assert frames["plain"] != frames["evidence"]


@pytest.mark.parametrize("arguments, words", [
    (["--scene", "nope", "--time", "1h"], ["unknown scene", "overview"]),
    (["--scene", "overview", "--time", "soon"], ["not a time"]),
    (["--scene", "overview", "--time", "400d"], ["outside", "overview"]),
    (["--scene", "overview", "--time", "1h", "--size", "0x1080"], ["16 to 7680"]),
    (["--scene", "overview", "--time", "1h", "--size", "100000x10"], ["16 to 7680"]),
    (["--scene", "overview", "--time", "1h", "--size", "big"], ["WIDTHxHEIGHT"]),
    (["--scene", "overview", "--time", "1h", "--format", "bmp"], ["format"]),
    (["--scene", "overview", "--time", "1h", "--scenario", "/no/such.json"], ["does not exist"]),
])
def test_export_bad_input_is_one_error_line_and_no_file(tmp_path, capsys, arguments, words):
    out = tmp_path / "frame.png"
    assert main(["export", *arguments, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_is_reported(tmp_path, capsys):
    assert main(["export", "--scene", "overview", "--time", "1h",
                 "--out", str(tmp_path / "missing" / "f.png")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("arguments, words", [
    (["--scene", "nope"], ["unknown scene", "hit-and-run"]),
    (["--time", "yesterday"], ["not a time"]),
    (["--scene", "overview", "--time", "90d"], ["outside"]),
])
def test_window_bad_options_exit_2_listing_what_is_valid(capsys, arguments, words):
    assert main(arguments) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err


def test_screenshot_opens_the_window_paints_and_exits(tmp_path):
    out = tmp_path / "window.png"
    done = subprocess.run([sys.executable, str(MAIN), "--scene", "overview", "--time", "45min",
                           "--screenshot", str(out)], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() > 600 and image.height() > 400


# --- export: clips, decks, plot data (the export backend) -----------------------------------
def test_export_mp4_clip(tmp_path):
    import imageio_ffmpeg
    out = tmp_path / "clip.mp4"
    assert main(["export", "--scene", "glutamate-burst", "--from", "30min", "--to", "2h",
                 "--duration", "0.5", "--fps", "10", "--size", "320x180", "--out", str(out)]) == 0
    assert imageio_ffmpeg.count_frames_and_secs(str(out))[0] == 5
    # the captions as subtitles beside the clip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mp4", "clip.srt", "clip.vtt"]


def test_export_png_clip_writes_a_folder_of_frames(tmp_path):
    out = tmp_path / "frames"
    assert main(["export", "--scene", "overview", "--from", "0", "--to", "1d", "--format", "png",
                 "--duration", "1s", "--fps", "6", "--size", "160x90", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [f"frame_{i:06d}.png" for i in range(6)]


def test_export_gif_defaults_to_960x540(tmp_path):
    from PIL import Image
    out = tmp_path / "clip.gif"
    assert main(["export", "--scene", "spine-growth", "--from", "1h", "--to", "2d",
                 "--duration", "0.2", "--fps", "10", "--out", str(out)]) == 0
    with Image.open(out) as gif:
        assert gif.size == (960, 540) and gif.info["loop"] == 0


def test_export_pptx_takes_every_beat_of_several_scenes(tmp_path):
    from pptx import Presentation

    from app.model import simulate
    out = tmp_path / "deck.pptx"
    assert main(["export", "--scene", "overview,hit-and-run", "--format", "pptx",
                 "--size", "320x180", "--out", str(out)]) == 0
    trajectory = simulate()
    beats = sum(len(SCENES[s].beats(trajectory)) for s in ("overview", "hit-and-run"))
    assert len(Presentation(str(out)).slides) == 1 + beats


def test_export_csv_and_svg(tmp_path):
    csv_out, svg_out = tmp_path / "plots.csv", tmp_path / "frame.svg"
    assert main(["export", "--scene", "bdnf-mtor", "--out", str(csv_out)]) == 0
    assert csv_out.read_text().startswith("t_h,")
    assert main(["export", "--scene", "bdnf-mtor", "--time", "2h", "--size", "640x360",
                 "--out", str(svg_out)]) == 0
    assert "<svg" in svg_out.read_text()


@pytest.mark.parametrize("arguments, words", [
    (["--scene", "overview,spine-growth", "--time", "1h", "--out", "x.png"], ["pptx"]),
    (["--scene", "overview", "--from", "3h", "--to", "1h", "--out", "x.mp4"], ["end", "later"]),
    (["--scene", "glutamate-burst", "--from", "1h", "--to", "9h", "--out", "x.mp4"],
     ["outside", "glutamate-burst"]),
    (["--scene", "overview", "--time", "1h", "--out", "x.mp4"], ["--from"]),
    (["--scene", "overview", "--from", "1h", "--out", "x.mp4"], ["--to"]),
    (["--scene", "overview", "--from", "1h", "--to", "2h", "--fps", "0", "--out", "x.mp4"],
     ["frame rate"]),
    (["--scene", "overview", "--from", "1h", "--to", "2h", "--duration", "-1", "--out", "x.mp4"],
     ["duration"]),
    (["--scene", "overview", "--from", "1h", "--to", "2h", "--size", "641x361",
      "--out", "x.mp4"], ["even"]),
    (["--scene", "overview", "--out", "x.png"], ["--time"]),
    (["--scene", "overview", "--time", "1h", "--out", "x.pptx"], ["every beat"]),
    (["--scene", "overview", "--from", "1h", "--to", "2h", "--out", "x.svg"], ["one frame"]),
    (["--scene", "overview", "--from", "1h", "--to", "2h", "--transparent", "--out", "x.gif"],
     ["transparent"]),
    (["--scene", "overview", "--time", "1h", "--embed-clips", "--out", "x.png"], ["pptx"]),
    (["--scene", "overview", "--time", "1h", "--format", "webm", "--out", "x"], ["format"]),
    (["--scene", "overview", "--from", "0", "--to", "1h", "--duration", "long",
      "--out", "x.mp4"], ["seconds"]),
    (["--scene", "overview", "--time", "1h", "--fps", "10", "--out", "x.png"], ["clips"]),
])
def test_export_bad_combinations_are_one_error_line(tmp_path, capsys, monkeypatch, arguments,
                                                    words):
    monkeypatch.chdir(tmp_path)
    assert main(["export", *arguments]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_a_png_clip_removes_its_frames_and_exits_130(tmp_path, capsys,
                                                                   monkeypatch):
    import app.export.clips as clips
    calls = {"n": 0}
    real = clips.render_frame

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(clips, "render_frame", interrupted)
    for fmt, out in (("png", tmp_path / "frames"), ("mp4", tmp_path / "c.mp4")):
        calls["n"] = 0
        assert main(["export", "--scene", "overview", "--from", "0", "--to", "1d", "--format",
                     fmt, "--duration", "1", "--fps", "10", "--size", "160x90",
                     "--out", str(out)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_ctrl_c_signal_cancels_the_clip_at_the_next_frame(tmp_path, capsys, monkeypatch):
    import os
    import signal

    import app.export.clips as clips
    calls = {"n": 0}
    real = clips.render_frame

    def render_then_interrupt(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            os.kill(os.getpid(), signal.SIGINT)
        return real(*args, **kwargs)

    monkeypatch.setattr(clips, "render_frame", render_then_interrupt)
    # what the process had before the command (Python's default, or "ignored" when a
    # non-interactive shell started it in the background) comes back after it
    before = signal.getsignal(signal.SIGINT)
    assert main(["export", "--scene", "overview", "--from", "0", "--to", "1d", "--duration", "1",
                 "--fps", "10", "--size", "160x90", "--out", str(tmp_path / "c.mp4")]) == 130
    assert calls["n"] == 4 and capsys.readouterr().err.strip() == "error: interrupted"
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGINT) == before


def test_a_bad_lesson_file_exits_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.lesson.json"
    bad.write_text('{"schema_version": 99}', encoding="utf-8")
    assert main(["--lesson", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "newer" in err[0]


def test_theme_and_language_reach_an_exported_frame(tmp_path):
    english, chinese = tmp_path / "en.png", tmp_path / "zh.png"
    for out, lang in ((english, "en"), (chinese, "zh_CN")):
        assert main(["export", "--scene", "overview", "--time", "1h", "--size", "320x180",
                     "--lang", lang, "--theme", "high-contrast", "--out", str(out)]) == 0
    assert QImage(str(english)) != QImage(str(chinese))

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

"""--scenario and --lesson with hostile files: one error line at once, exit 2."""
import json
import os

import pytest

from app.cli import main


def error_of(capsys, *argv) -> str:
    assert main(list(argv)) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0]


@pytest.mark.parametrize("make, words", [
    (lambda tmp: os.mkfifo(tmp / "s.json") or tmp / "s.json", "is not a regular file"),
    (lambda tmp: "/dev/zero", "is not a regular file"),
    (lambda tmp: "/dev/urandom", "is not a regular file"),
    (lambda tmp: (tmp / "s.json").write_text('{"n_doses": ' + "7" * 5000 + "}")
     and tmp / "s.json", "far too large for a scenario"),
    (lambda tmp: (tmp / "s.json").write_text(json.dumps({"drug": "x" * 2_000_000}))
     and tmp / "s.json", "too large"),
    (lambda tmp: (tmp / "s.json").write_text(json.dumps({"drug": "x" * 500_000}))
     and tmp / "s.json", "is not one of"),
    (lambda tmp: (tmp / "s.json").write_text(json.dumps({f"k{i}": 1 for i in range(50_000)}))
     and tmp / "s.json", "and 49,995 more"),
])
def test_a_hostile_scenario_file_is_one_short_line(tmp_path, capsys, make, words):
    line = error_of(capsys, "simulate", "--scenario", str(make(tmp_path)), "--csv", "-")
    assert words in line and len(line) < 400


def test_a_scenario_file_with_a_byte_order_mark_is_read(tmp_path, capsys):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"dose_mg": 20, "horizon_h": 2}).encode())
    assert main(["simulate", "--scenario", str(path), "--csv", "-", "--step", "1h"]) == 0
    assert capsys.readouterr().out.startswith("t_h,")


def test_a_fifo_as_lesson_is_refused_at_once(tmp_path, capsys):
    os.mkfifo(tmp_path / "l.json")
    assert "is not a regular file" in error_of(capsys, "--lesson", str(tmp_path / "l.json"))


def test_a_huge_value_on_the_command_line_is_quoted_short(capsys):
    assert len(error_of(capsys, "simulate", "--drug", "x" * 100_000, "--csv", "-")) < 300
    assert len(error_of(capsys, "export", "--scene", "x" * 100_000, "--time", "1h",
                        "--out", "x.png")) < 300


def test_without_a_display_the_window_says_so_instead_of_aborting(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert "no display to open the window on" in error_of(capsys, "--scene", "overview")


def test_export_works_without_a_display(tmp_path):
    """Qt looked for an X server, found none and aborted the process (status 134)."""
    import subprocess
    import sys
    from pathlib import Path
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run([sys.executable, str(main_py), "export", "--scene", "overview",
                           "--time", "1h", "--size", "160x90", "--out", str(tmp_path / "f.png")],
                          env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "f.png").stat().st_size > 0

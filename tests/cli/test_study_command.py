"""``main.py --study``: the window opens in study mode, its progress in the user's data
folder (here a temporary one); it cannot be combined with presenter mode."""
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from app.cli import main

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_study_and_present_together_is_a_usage_error(capsys):
    assert main(["--study", "--present"]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "--study" in err and "Traceback" not in err


def test_study_opens_the_window_with_the_panel_and_keeps_progress_in_the_data_folder(tmp_path):
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    progress = tmp_path / "data" / "ketamine-cascade" / "Ketamine Cascade" / "study-progress.json"
    progress.parent.mkdir(parents=True)
    progress.write_text("not json", encoding="utf-8")  # a broken file never stops the window
    done = subprocess.run([sys.executable, str(MAIN), "--study", "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() > 600
    assert list(progress.parent.glob("study-progress.broken-*.json"))
    assert not progress.exists() or json.loads(progress.read_text(encoding="utf-8"))

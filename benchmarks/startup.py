"""Start-up: ``main.py --screenshot`` against a bare PySide6 + pyqtgraph window doing the
same (open, paint, grab, save, exit), both as fresh processes in the same run.

Budget (issue 3): at most 1.5x the bare window.

    python benchmarks/startup.py
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [0, 1, 0])
window.setCentralWidget(plot)
window.resize(1600, 900)
window.show()
def save():
    window.grab().toImage().save(sys.argv[1])
    app.quit()
QTimer.singleShot(0, save)
app.exec()
"""


def run_seconds(command: list[str], repeats: int = 7) -> float:
    """Median wall-clock time of a fresh process running ``command``, after one warm-up.

    Byte-code caching is allowed (and the warm-up writes it), as it is for an installed app:
    with PYTHONDONTWRITEBYTECODE set, our ~60 modules would be compiled on every start while
    PySide6 and pyqtgraph came precompiled from pip, which measures the wrong thing.
    """
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, check=True, env=environment, capture_output=True)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=environment, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bare = run_seconds([sys.executable, "-c", BARE, f"{folder}/bare.png"])
        ours = run_seconds([sys.executable, str(ROOT / "main.py"), "--screenshot",
                            f"{folder}/app.png"])
    print(f"bare PySide6 + pyqtgraph window   median {bare:6.3f} s")
    print(f"main.py --screenshot              median {ours:6.3f} s   x{ours / bare:4.2f} of bare "
          f"(budget x1.50)")


if __name__ == "__main__":
    main()

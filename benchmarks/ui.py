"""Window speed: playback frame rate in a 1280x720 canvas, and control change -> repaint.

Budgets (issue 3): playback holds 60 frames/s (a canvas paint well under 16.7 ms); a
control change re-simulates and repaints within 100 ms. The reference is the same
gradient/curve/label frame as benchmarks/frames.py, measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui.py
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.common import median_seconds  # noqa: E402
from benchmarks.frames import reference_frame  # noqa: E402


def wait_until(app, condition, timeout_s=10.0) -> None:
    end = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < end:
        app.processEvents()


def paced_window_frames(app, window, count: int = 120) -> float:
    """Median cost of one playback frame of the whole window (canvas, timeline, plots,
    caption), with frames requested 60 times a second as the playback timer does."""
    scale = window.plots.scale
    costs = []
    for i in range(count):
        start = time.perf_counter()
        window.state.set_time(scale.to_time(i / count))
        window.repaint()
        app.processEvents()
        costs.append(time.perf_counter() - start)
        while time.perf_counter() - start < 1 / 60:
            app.processEvents()
    return statistics.median(costs)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from app.scenes import SCENES
    from app.ui.window import MainWindow
    window = MainWindow()
    window.show()
    wait_until(app, lambda: window.first_frame_done)
    window.canvas.setFixedSize(1280, 720)
    app.processEvents()
    reference = median_seconds(reference_frame, repeats=15)
    print(f"reference frame (1920x1080)        median {reference * 1e3:6.2f} ms")
    for scene_id in window.state.scene_ids:
        window.state.set_scene(scene_id)
        times = [beat.t for beat in SCENES[scene_id].beats(window.state.trajectory)]
        counter = {"i": 0}

        def paint_once(times=times, counter=counter):
            window.state.set_time(times[counter["i"] % len(times)])
            counter["i"] += 1
            window.canvas.repaint()

        paint = median_seconds(paint_once, repeats=30)
        print(f"canvas 1280x720 {scene_id:22s} median {paint * 1e3:6.2f} ms  "
              f"({min(1 / paint, 999):4.0f} frames/s; x{paint / reference:4.2f} of reference; "
              f"budget 16.7 ms)")
    window.canvas.setMinimumSize(0, 0)
    window.canvas.setMaximumSize(16777215, 16777215)
    for scene_id in ("overview", "hit-and-run"):
        window.state.set_scene(scene_id)
        frame = paced_window_frames(app, window)
        print(f"whole window, paced at 60 Hz {scene_id:14s} median {frame * 1e3:6.2f} ms  "
              f"(x{frame / reference:4.2f} of reference; budget 16.7 ms)")
    window.state.set_scene("overview")
    delays = []
    for dose in (40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0):
        start = time.perf_counter()
        window.controls.dose.setValue(dose)
        wait_until(app, lambda dose=dose: window.state.trajectory.scenario.dose_mg == dose)
        window.canvas.repaint()
        delays.append(time.perf_counter() - start)
    delay = statistics.median(delays)
    print(f"control change -> new picture      median {delay * 1e3:6.1f} ms   "
          f"x{delay / reference:4.2f} of reference (budget 100 ms)")
    window.close()


if __name__ == "__main__":
    main()

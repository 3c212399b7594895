"""Frame speed: each scene's 1920x1080 frame against a reference frame in the same run.

Budget (issue 3): every scene at most half the time of the reference: 300 radial-gradient
circles, 20 cubic curves and 30 text labels painted at 1920x1080 (about 21 ms here).
Also the 1280x720 canvas paint, which must stay under 16.7 ms for 60 frames/s.

    QT_QPA_PLATFORM=offscreen python benchmarks/frames.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QRadialGradient  # noqa: E402

from app.export import ensure_gui_application, render_frame  # noqa: E402
from app.model import simulate  # noqa: E402
from app.scenes import SCENES  # noqa: E402
from benchmarks.common import median_seconds  # noqa: E402


def reference_frame() -> None:
    """300 gradient circles, 20 cubic curves, 30 labels on a 1920x1080 image."""
    rng = np.random.default_rng(3)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#101420"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for x, y in rng.uniform(0, 1, (300, 2)) * (1920, 1080):
        gradient = QRadialGradient(QPointF(x, y), 14)
        gradient.setColorAt(0, QColor("#E69F00"))
        gradient.setColorAt(1, QColor(230, 159, 0, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(QPointF(x, y), 14, 14)
    painter.setPen(QPen(QColor("#56B4E9"), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for row in rng.uniform(0, 1, (20, 8)) * (1920, 1080, 1920, 1080, 1920, 1080, 1920, 1080):
        path = QPainterPath(QPointF(row[0], row[1]))
        path.cubicTo(QPointF(row[2], row[3]), QPointF(row[4], row[5]), QPointF(row[6], row[7]))
        painter.drawPath(path)
    font = painter.font()
    font.setPixelSize(24)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    for i, (x, y) in enumerate(rng.uniform(0, 1, (30, 2)) * (1700, 1000)):
        painter.drawText(QRectF(x, y, 220, 40), f"label number {i}")
    painter.end()


def main() -> None:
    ensure_gui_application()
    trajectory = simulate()
    reference = median_seconds(reference_frame, repeats=20)
    print(f"{'reference frame (300 gradients, 20 curves, 30 labels)':56s} "
          f"median {reference * 1e3:7.2f} ms")
    for scene_id, scene in SCENES.items():
        times = [beat.t for beat in scene.beats(trajectory)]
        counter = {"i": 0}

        def one_frame(size, scene_id=scene_id, times=times, counter=counter):
            t = times[counter["i"] % len(times)]
            counter["i"] += 1
            render_frame(scene_id, trajectory, t, size)

        full = median_seconds(lambda: one_frame((1920, 1080)), repeats=30)
        canvas = median_seconds(lambda: one_frame((1280, 720)), repeats=30)
        verdict = "ok" if full <= reference / 2 else "OVER BUDGET"
        print(f"{scene_id:22s} 1080p median {full * 1e3:6.2f} ms  x{full / reference:5.2f} of "
              f"reference (budget x0.50: {verdict});  720p {canvas * 1e3:6.2f} ms "
              f"({1 / canvas:5.0f} frames/s possible)")


if __name__ == "__main__":
    main()

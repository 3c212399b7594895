"""Export speed, end to end through ``app.export.export.run``, against references measured
in the same run.

Budgets (issue "Presenting and exporting"):
- MP4, 1920x1080, 30 frames/s, 10 s (300 frames): at most 10 s. Reference: rendering the
  same 300 frames and nothing else (the floor any encoder adds to).
- PNG clip at 1920x1080: at least 15 frames/s and at least 1.5x the throughput of a
  reference that renders and saves the same frames one by one with ``QImage.save`` defaults.
- One 3840x2160 PNG frame: under 1 s. Reference: rendering it only.
- PPTX of four scenes (every beat, 1920x1080): under 20 s. Reference: rendering its frames.
- GIF, 960x540, 30 frames/s, 10 s: no budget, for information.

    QT_QPA_PLATFORM=offscreen python benchmarks/export.py
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.export import ensure_gui_application, render_frame  # noqa: E402
from app.export.clips import clip_times  # noqa: E402
from app.export.export import run  # noqa: E402
from app.export.requests import ClipRequest, DeckRequest, FrameRequest  # noqa: E402
from app.model import simulate  # noqa: E402
from app.scenes import SCENES  # noqa: E402
from benchmarks.common import median_seconds  # noqa: E402

SCENE = "glutamate-burst"
DECK_SCENES = ("overview", "glutamate-burst", "bdnf-mtor", "spine-growth")


def line(label: str, seconds: float, reference: float, budget: str, ok: bool,
         extra: str = "") -> None:
    """One aligned result line with the ratio to its reference and the verdict."""
    print(f"{label:34s} median {seconds:7.2f} s  reference {reference:6.2f} s  "
          f"x{seconds / reference:5.2f}  {extra:18s} budget {budget:24s} "
          f"{'ok' if ok else 'OVER'}")


def main() -> None:
    """Run every export benchmark and print one line each."""
    ensure_gui_application()
    trajectory = simulate()
    scratch = Path(tempfile.mkdtemp(prefix="export-bench-"))
    try:
        _mp4(trajectory, scratch)
        _png_clip(trajectory, scratch)
        _big_frame(trajectory, scratch)
        _deck(trajectory, scratch)
        _gif(trajectory, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _render_only(request: ClipRequest, trajectory) -> None:
    for t in clip_times(request, trajectory):
        render_frame(request.scene_id, trajectory, t, request.size)


def _mp4(trajectory, scratch: Path) -> None:
    request = ClipRequest(SCENE, 0.0, 3.0, scratch / "clip.mp4", "mp4")
    seconds = median_seconds(lambda: run(request, trajectory), 3, warmup=1)
    reference = median_seconds(lambda: _render_only(request, trajectory), 3, warmup=1)
    size_mb = request.out.stat().st_size / 1e6
    line("MP4 1080p 30 fps 10 s (300 frames)", seconds, reference, "<= 10 s", seconds <= 10,
         f"{size_mb:.1f} MB")


def _png_clip(trajectory, scratch: Path) -> None:
    request = ClipRequest(SCENE, 0.0, 3.0, scratch / "frames", "png", duration_s=2.0)
    frames = request.frame_count

    def ours():
        shutil.rmtree(request.out, ignore_errors=True)
        run(request, trajectory)

    def one_by_one():
        folder = scratch / "reference"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for index, t in enumerate(clip_times(request, trajectory)):
            render_frame(SCENE, trajectory, t, request.size).save(str(folder / f"{index}.png"))

    seconds = median_seconds(ours, 3, warmup=1)
    reference = median_seconds(one_by_one, 3, warmup=1)
    rate, reference_rate = frames / seconds, frames / reference
    ok = rate >= 15 and rate >= 1.5 * reference_rate
    line(f"PNG clip 1080p ({frames} frames)", seconds, reference,
         ">= 15 frames/s, >= 1.5x ref", ok,
         f"{rate:.1f} vs {reference_rate:.1f} f/s")


def _big_frame(trajectory, scratch: Path) -> None:
    request = FrameRequest(SCENE, 1.5, scratch / "4k.png", size=(3840, 2160))
    seconds = median_seconds(lambda: run(request, trajectory), 5, warmup=1)
    reference = median_seconds(lambda: render_frame(SCENE, trajectory, 1.5, (3840, 2160)), 5,
                               warmup=1)
    line("PNG frame 3840x2160", seconds, reference, "< 1 s", seconds < 1,
         f"{request.out.stat().st_size / 1e6:.1f} MB")


def _deck(trajectory, scratch: Path) -> None:
    request = DeckRequest(DECK_SCENES, scratch / "deck.pptx")
    beats = [(s, b.t) for s in DECK_SCENES for b in SCENES[s].beats(trajectory)]
    seconds = median_seconds(lambda: run(request, trajectory), 2, warmup=1)
    reference = median_seconds(lambda: [render_frame(s, trajectory, t) for s, t in beats], 2,
                               warmup=1)
    line(f"PPTX 4 scenes ({len(beats)} beat slides)", seconds, reference, "< 20 s",
         seconds < 20, f"{request.out.stat().st_size / 1e6:.1f} MB")


def _gif(trajectory, scratch: Path) -> None:
    request = ClipRequest(SCENE, 0.0, 3.0, scratch / "clip.gif", "gif", size=(960, 540))
    seconds = median_seconds(lambda: run(request, trajectory), 2, warmup=1)
    reference = median_seconds(lambda: _render_only(request, trajectory), 2, warmup=1)
    line("GIF 960x540 30 fps 10 s", seconds, reference, "none (information)", True,
         f"{request.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

"""Makes ``docs/gallery/``: one PNG per scene at its key beat, for the README.

    python -m tools.gallery
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.export.files import save_image
from app.export.render import ensure_gui_application, render_frame
from app.model import simulate
from app.scenes import SCENES

GALLERY = Path(__file__).resolve().parents[1] / "docs" / "gallery"
SIZE = (1280, 720)
MAX_BYTES = 300_000


def key_beat(scene, trajectory):
    """The beat that best sums a scene up: the one nearest the middle of its beats."""
    beats = scene.beats(trajectory)
    return beats[len(beats) // 2]


def make_gallery(folder: Path = GALLERY) -> list[Path]:
    """Render every scene at its key beat into ``folder``; returns the files written."""
    ensure_gui_application()
    folder.mkdir(parents=True, exist_ok=True)
    trajectory = simulate()
    written = []
    for number, (scene_id, scene) in enumerate(SCENES.items(), start=1):
        image = render_frame(scene_id, trajectory, key_beat(scene, trajectory).t, SIZE)
        path = folder / f"{number}-{scene_id}.png"
        save_image(image.convertToFormat(image.Format.Format_RGB888), path, "PNG", 0)
        if path.stat().st_size > MAX_BYTES:
            save_image(image.scaled(960, 540, mode=_smooth()).convertToFormat(
                image.Format.Format_RGB888), path, "PNG", 0)
        written.append(path)
    return written


def _smooth():
    from PySide6.QtCore import Qt
    return Qt.TransformationMode.SmoothTransformation


def main() -> int:
    """Write the gallery and list the files."""
    for path in make_gallery():
        print(f"{path}  {path.stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

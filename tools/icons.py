"""Makes the application icon's files from its one drawing, ``app/assets/icons/*.svg``:
PNGs (16 to 512 px: the window, the Linux desktop file), an ICO (Windows) and an ICNS
(macOS) for the desktop bundle.

    python -m tools.icons        # after changing the SVG
"""
from __future__ import annotations

import os
import sys

from app.resources import ICON_SVG, ICONS

SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_png(size: int):
    """The icon drawn at ``size`` px as a PIL image (transparent corners)."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    stem = ICON_SVG.stem
    images = {size: render_png(size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"{stem}-{size}.png", optimize=True)
    images[256].save(ICONS / f"{stem}.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    images[512].save(ICONS / f"{stem}.icns")
    print(f"{len(images)} PNGs, an ICO and an ICNS in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

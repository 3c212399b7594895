"""Writing exported files safely: a temporary name in the same folder, then a rename
(``app.safefile.atomic_path``, shared with scenarios and lessons).

A failed or cancelled write leaves nothing under the final name.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from app.export.progress import os_errors_as_export_errors
from app.export.render import ExportError, render_frame
from app.safefile import atomic_path

#: QImage.save quality for PNG: Qt uses zlib level (100 - quality) * 9 // 91, so 89 is level 1,
#: about 1.5x faster than Qt's default (level 6) with files still well compressed.
PNG_COMPRESSION_QUALITY = 89


def encoded_image(image, fmt: str = "PNG", quality: int = PNG_COMPRESSION_QUALITY) -> bytes:
    """``image`` encoded in memory. The file is then written by Python, whose errors (a full
    disk) are plain OSErrors: Qt's image writers would print raw ``libpng error`` lines."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise ExportError("export.cannot_encode", format=fmt)
    buffer.close()
    return data.data()


def save_image(image, path, fmt: str = "PNG", quality: int = PNG_COMPRESSION_QUALITY) -> None:
    """Save a QImage atomically; ExportError saying why it cannot be written."""
    data = encoded_image(image, fmt, quality)
    with os_errors_as_export_errors(path), atomic_path(path) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(data)


def save_frame_png(path, scene_id: str, trajectory, t: float, size=(1920, 1080),
                   lang: str = "en", theme: str = "dark", transparent: bool = False) -> None:
    """Render one frame and save it as PNG at ``path`` (atomically)."""
    image = render_frame(scene_id, trajectory, t, size, lang, theme, transparent)
    save_image(image, path)


__all__ = ["PNG_COMPRESSION_QUALITY", "atomic_path", "encoded_image", "save_frame_png",
           "save_image"]

"""Saving exported images safely: encoded in memory, then written to a temporary name in
the same folder and renamed (``app.safefile.atomic_path``, shared with scenarios and
lessons).

A failed or cancelled write leaves nothing under the final name.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from app.export.progress import Progress, os_errors_as_export_errors
from app.export.render import ExportError
from app.safefile import atomic_path

#: QImage.save quality for PNG: Qt maps quality q to zlib level (100 - q) * 9 // 91, so
#: 89 is level 1 (about 1.5x faster, for clips and screenshots; files still well compressed)
#: and -1 leaves libpng's default level 6 (single frames).
PNG_FAST = 89
PNG_DEFAULT = -1


def encoded_image(image, fmt: str = "PNG", quality: int = PNG_FAST) -> bytes:
    """``image`` encoded in memory. The file is then written by Python, whose errors (a full
    disk) are plain OSErrors: Qt's image writers would print raw ``libpng error`` lines."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise ExportError("export.cannot_encode", format=fmt)
    buffer.close()
    return data.data()


def save_image(image, path, fmt: str = "PNG", quality: int = PNG_FAST,
               progress: Progress | None = None) -> None:
    """Save a QImage atomically; ExportError saying why (full disk, no permission) if it
    cannot be written. A cancel asked for meanwhile (``progress``) leaves no file.
    Thread-safe: QImage.save releases the GIL, so a pool of threads can save frames."""
    data = encoded_image(image, fmt, quality)
    with os_errors_as_export_errors(path), atomic_path(path) as temporary:
        temporary.write_bytes(data)
        if progress is not None:
            progress.check()


__all__ = ["PNG_DEFAULT", "PNG_FAST", "encoded_image", "save_image"]

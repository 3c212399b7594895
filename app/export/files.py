"""Writing exported files safely: a temporary name in the same folder, then a rename.

A failed or cancelled write leaves nothing under the final name.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from app.export.render import ExportError, render_frame
from app.model.scenario import default_file_mode

#: QImage.save quality for PNG: Qt uses zlib level (100 - quality) * 9 // 91, so 89 is level 1,
#: about 1.5x faster than Qt's default (level 6) with files still well compressed.
PNG_COMPRESSION_QUALITY = 89


@contextmanager
def atomic_path(path):
    """Yield a temporary path beside ``path``; rename it onto ``path`` only on success."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"folder {str(folder)!r} is not writable")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.",
                                         suffix=target.suffix or ".tmp")
    os.close(handle)
    try:
        yield Path(temporary)
        os.chmod(temporary, default_file_mode())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def save_image(image, path, fmt: str = "PNG", quality: int = PNG_COMPRESSION_QUALITY) -> None:
    """Save a QImage atomically; ExportError if Qt cannot write it."""
    with atomic_path(path) as temporary:
        if not image.save(str(temporary), fmt, quality):
            raise ExportError(f"could not write {str(path)!r} (disk full or not writable?)")


def save_frame_png(path, scene_id: str, trajectory, t: float, size=(1920, 1080),
                   lang: str = "en", theme: str = "dark", transparent: bool = False) -> None:
    """Render one frame and save it as PNG at ``path`` (atomically)."""
    image = render_frame(scene_id, trajectory, t, size, lang, theme, transparent)
    save_image(image, path)

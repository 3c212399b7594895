"""Looping GIF clips, written frame by frame (memory stays flat however long the clip).

One global 256-colour palette serves every frame: median cut over frames sampled across
the clip, plus the theme's exact colours reserved so flat areas (badges, role colours)
stay true; the last index is kept free to mean "unchanged". No dithering: these scenes are
flat colours and soft glows, and dither noise would shimmer from frame to frame and triple
the file. Each frame after the first stores only the rectangle that changed, with the
unchanged pixels inside it transparent (long runs compress well); a frame identical to
the last lengthens its delay.
"""
from __future__ import annotations

import numpy as np
from PIL import GifImagePlugin, Image
from PySide6.QtGui import QColor, QImage

from app.export.render import render_frame, request_settings
from app.scenes import prepare_scene_data
from app.scenes.theme import OKABE_ITO, THEMES

PALETTE_SAMPLES = 9
UNCHANGED = 255  # palette index of a pixel that shows the previous frame through
_THEME_FIELDS = ("background_top", "background_bottom", "panel", "ink", "muted", "membrane",
                 "cytoplasm", "cleft")


def delays_ms(count: int, fps: int) -> list[int]:
    """Per-frame delays in ms, whole 1/100 s as GIF stores them, alternating so the clip
    keeps ``fps`` on average (30 frames/s -> 30, 30, 40 ms ...)."""
    return [(round((i + 1) * 100 / fps) - round(i * 100 / fps)) * 10 for i in range(count)]


def to_pil(image: QImage) -> Image.Image:
    """An opaque QImage (32-bit, Qt's BGRA byte order) as an RGB Pillow image, no copy
    through Qt."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()),
                            "raw", "BGRX", image.bytesPerLine(), 1)


def global_palette(request, trajectory, times: list[float], second=None) -> list[int]:
    """The clip's palette as 768 RGB values (see the module docstring); entry
    :data:`UNCHANGED` repeats entry 0 and is never chosen for a pixel. ``second`` is
    scenario B's run in compare mode (``app.export.compared.SecondRun``)."""
    width, height = request.size
    scale = min(1.0, 960 / width)
    sample_size = (max(16, round(width * scale)), max(16, round(height * scale)))
    picks = sorted({round(i * (len(times) - 1) / max(1, PALETTE_SAMPLES - 1))
                    for i in range(PALETTE_SAMPLES)})
    settings = request_settings(request).changed(size=sample_size, transparent=False)
    data = prepare_scene_data(trajectory, [request.scene_id])
    samples = [to_pil(render_frame(request.scene_id, trajectory, times[i], settings=settings,
                                   data=data, second=second)) for i in picks]
    sheet = Image.new("RGB", (sample_size[0], sample_size[1] * len(samples)))
    for row, sample in enumerate(samples):
        sheet.paste(sample, (0, sample_size[1] * row))
    fixed = _theme_colours(request.theme)
    adaptive = sheet.quantize(UNCHANGED - len(fixed) // 3, method=Image.Quantize.MEDIANCUT)
    palette = adaptive.getpalette()[:3 * UNCHANGED - len(fixed)] + fixed
    return palette + palette[:3]


def quantise(image: QImage, palette: list[int]) -> np.ndarray:
    """``image`` as palette indices (no dithering), never :data:`UNCHANGED`."""
    carrier = Image.new("P", (1, 1))
    carrier.putpalette(palette)
    indices = np.asarray(to_pil(image).quantize(palette=carrier, dither=Image.Dither.NONE))
    return np.where(indices == UNCHANGED, 0, indices).astype(np.uint8)


class GifWriter:
    """Streams frames into an open binary file as a looping GIF.

    ``add(indices)`` takes frames from :func:`quantise`; ``close()`` writes the last frame
    and the trailer.
    """

    def __init__(self, stream, palette: list[int], delays: list[int], comment: str):
        self._stream = stream
        self._palette = palette
        self._delays = delays
        self._comment = comment
        self._previous: np.ndarray | None = None
        self._pending = None  # (indices, offset, delay) waiting for the next frame
        self._index = 0

    def add(self, indices: np.ndarray) -> None:
        """Append one quantised frame."""
        delay = self._delays[self._index]
        self._index += 1
        if self._previous is None:
            info = {"loop": 0, "comment": self._comment, "optimize": False}
            header, _ = GifImagePlugin.getheader(self._image(indices), None, info)
            self._stream.write(b"".join(header))
            self._pending = (indices, (0, 0), delay)
        else:
            changed = indices != self._previous
            rows = np.flatnonzero(changed.any(axis=1))
            columns = np.flatnonzero(changed.any(axis=0))
            if rows.size == 0:
                pixels, offset, waited = self._pending
                self._pending = (pixels, offset, waited + delay)
                return
            self._flush()
            box = np.s_[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]
            delta = np.where(changed[box], indices[box], UNCHANGED).astype(np.uint8)
            self._pending = (delta, (int(columns[0]), int(rows[0])), delay)
        self._previous = indices

    def close(self) -> None:
        """Write the last pending frame and the GIF trailer."""
        self._flush()
        self._stream.write(b";")

    def _image(self, indices: np.ndarray) -> Image.Image:
        image = Image.fromarray(indices, "P")
        image.putpalette(self._palette)
        return image

    def _flush(self) -> None:
        if self._pending is None:
            return
        indices, offset, delay = self._pending
        # disposal 1 keeps each frame for the next to draw over; UNCHANGED shows it through
        for chunk in GifImagePlugin.getdata(self._image(indices), offset, duration=delay,
                                            transparency=UNCHANGED, disposal=1):
            self._stream.write(chunk)
        self._pending = None


def _theme_colours(theme_name: str) -> list[int]:
    theme = THEMES[theme_name]
    names = list(OKABE_ITO.values()) + [getattr(theme, name) for name in _THEME_FIELDS]
    names += list(theme.overrides.values())
    values: list[int] = []
    for name in dict.fromkeys(names):
        colour = QColor(name)
        values += [colour.red(), colour.green(), colour.blue()]
    return values

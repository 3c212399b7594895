"""Every text a scene paints: its words, colour, size and the pixels it covers, with the
pixels the same frame has there when no text is painted at all (what the text sits on).

``painted_texts`` renders a frame twice through the real drawing path (``paint_scene``):
once as usual, once with every ``draw_text`` left out. Static layers and glyph stamps are
drawn fresh (their caches would hand back text in the second frame), in place.
"""
import sys
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.i18n import tidy_spacing
from app.scenes import art_dendrite, prepare_scene_data, primitives, settings
from app.scenes.paint import paint_scene
from app.scenes.settings import RasterLayers, RenderSettings
from tests.scenes.helpers import pixels

SIZE = (1600, 900)  # one device pixel per canvas pixel: text sizes read as CSS pixels
#: A pixel belongs to a text when the text changed it by more than this in some channel.
GLYPH_CHANGE = 24


@dataclass
class PaintedText:
    """One ``draw_text`` call: what it wrote, how, and where on the frame."""

    text: str
    color: QColor          # with the painter's opacity folded into its alpha
    pixel_size: float      # canvas pixels, after the theme's and the reader's scaling
    bold: bool
    box: tuple             # left, top, right, bottom in frame pixels
    foreground: np.ndarray = None  # the frame's pixels inside box, text painted
    background: np.ndarray = None  # the same pixels without any text

    def glyph_backgrounds(self) -> np.ndarray:
        """What lies under the pixels this text (or another) changed: (n, 3)."""
        changed = np.abs(self.foreground.astype(int) - self.background.astype(int)).max(axis=2)
        return self.background[changed > GLYPH_CHANGE][:, :3]


class _Recorder:
    def __init__(self):
        self.records: list[PaintedText] = []
        self.draw = True
        self.origins: list[QPointF] = []  # top-left of the layer being drawn, canvas units
        self.original = primitives.draw_text

    def draw_text(self, painter, ctx, text, rect, size=20, color=None, bold=False,
                  align=primitives.ALIGN_LEFT, wrap=False, secondary=False):
        if not primitives.shown(ctx, secondary):
            return
        font = primitives.font(ctx, size, bold)
        painter.save()
        painter.setFont(font)
        flags = align | Qt.TextFlag.TextDontClip | (Qt.TextFlag.TextWordWrap if wrap else 0)
        box = painter.transform().mapRect(painter.boundingRect(rect, flags, tidy_spacing(text)))
        painter.restore()
        if self.origins:
            box.translate(self.origins[-1] * ctx.device_scale)
        if not self.draw:
            return
        self.original(painter, ctx, text, rect, size, color, bold, align, wrap)
        seen = QColor(painter.pen().color())  # the pen the real draw_text chose
        seen.setAlphaF(seen.alphaF() * painter.opacity())
        self.records.append(PaintedText(text, seen, font.pixelSize(), bold,
                                        (box.left(), box.top(), box.right(), box.bottom())))

    def stamp(self, painter, ctx, key, center, half, draw, alpha=1.0):
        """A glyph stamp drawn in place (the same picture as the cached blit)."""
        painter.save()
        painter.translate(center)
        painter.setOpacity(painter.opacity() * alpha)
        draw(painter, ctx, QPointF(0, 0))
        painter.restore()


class _FreshLayers(RasterLayers):
    """Layers drawn anew for every frame, the recorder told where each will be blitted."""

    def __init__(self, recorder: _Recorder):
        self.recorder = recorder

    def layer(self, ctx, owner, key, size: QRectF, draw) -> QImage:
        self.recorder.origins.append(size.topLeft())
        try:
            return settings._draw_layer(size, round(ctx.device_scale, 3), draw)
        finally:
            self.recorder.origins.pop()


@contextmanager
def _recording(monkeypatch):
    recorder = _Recorder()
    draw_text, stamp = primitives.draw_text, art_dendrite.stamp
    for name, module in list(sys.modules.items()):
        if not name.startswith("app.scenes"):
            continue
        if getattr(module, "draw_text", None) is draw_text:
            monkeypatch.setattr(module, "draw_text", recorder.draw_text)
        if getattr(module, "stamp", None) is stamp:
            monkeypatch.setattr(module, "stamp", recorder.stamp)
    yield recorder


def _frame(scene, trajectory, t, render_settings, data, layers) -> np.ndarray:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_scene(painter, scene, trajectory, t, QRectF(0, 0, *SIZE), render_settings, data,
                    layers)
    finally:
        painter.end()
    return pixels(image)


def painted_texts(monkeypatch, scene, trajectory, t, theme: str, lang: str = "en",
                  evidence: bool = False) -> list[PaintedText]:
    """The texts ``scene`` paints at ``t`` in ``theme``, each with its pixels and the
    pixels under it."""
    render_settings = RenderSettings(theme=theme, lang=lang, evidence=evidence, size=SIZE)
    data = prepare_scene_data(trajectory, [scene.id])
    with _recording(monkeypatch) as recorder:
        layers = _FreshLayers(recorder)
        with_text = _frame(scene, trajectory, t, render_settings, data, layers)
        records, recorder.records, recorder.draw = recorder.records, [], False
        without_text = _frame(scene, trajectory, t, render_settings, data, layers)
    for record in records:
        left, top, right, bottom = (int(round(v)) for v in record.box)
        left, top = max(left, 0), max(top, 0)
        record.foreground = with_text[top:bottom + 1, left:right + 1]
        record.background = without_text[top:bottom + 1, left:right + 1]
    return records

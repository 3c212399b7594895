"""``render_svg``: one scene at one time as SVG, through the same ``paint_scene`` as
``render_frame``, so the vector file shows what the canvas shows.

Scenes draw their static art into cached images (``RenderContext.cached_layer``), which
would land in an SVG as pictures with their text baked in. Here the cache hands out
placeholder images and :class:`_VectorPainter` replays the layer's drawing as vectors
wherever a placeholder is drawn, so lines stay lines and text stays ``<text>``. A layer
that needs raster compositing (e.g. a fade made with ``DestinationIn``), and the small
glow sprites, stay embedded pictures, at twice the device resolution.
"""
from __future__ import annotations

import re

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgGenerator

from app.export.compared import SecondRun
from app.export.render import ExportError, checked_frame
from app.model import Trajectory
from app.resources import FONT_FAMILY, FONT_SOURCE_FAMILY
from app.scenes import paint_scene, prepare_scene_data
from app.scenes.compare import paint_comparison
from app.scenes.settings import RasterLayers, RenderContext, RenderSettings
from app.story.catalogue import DEFAULT_LANGUAGE, DEFAULT_THEME, EXPORT_SIZE

_SOURCE_OVER = QPainter.CompositionMode.CompositionMode_SourceOver
_FONT_FAMILY = re.compile(rb'font-family="([^"]*)"')
_GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


def render_svg(scene_id: str, trajectory: Trajectory, t: float,
               size: tuple[int, int] = EXPORT_SIZE, lang: str = DEFAULT_LANGUAGE,
               theme: str = DEFAULT_THEME,
               transparent: bool = False, title: str = "", description: str = "", *,
               settings: RenderSettings | None = None,
               second: SecondRun | None = None) -> bytes:
    """Scene ``scene_id`` at ``t`` hours as the bytes of an SVG document of ``size`` pixels.

    Parameters are those of :func:`app.export.render_frame` (``settings`` replaces the
    look's parameters); ``title`` and ``description`` become the SVG's ``<title>`` and
    ``<desc>`` (provenance); ``second`` (scenario B's run) makes it the comparison, whose
    static layers stay pictures inside the SVG. Raises ExportError for an unknown scene,
    size, language or theme.
    """
    if settings is None:
        settings = RenderSettings(theme, lang, size=tuple(size), transparent=transparent)
    scene, (width, height), _ = checked_frame(scene_id, settings.size, settings.lang,
                                              settings.theme)
    data = prepare_scene_data(trajectory, [scene_id])
    layers, target = _VectorLayers(), QRectF(0, 0, width, height)
    if second is None:
        def paint(painter):
            paint_scene(painter, scene, trajectory, t, target, settings, data, layers)
    else:
        second = second.for_scene(scene_id)

        def paint(painter):
            paint_comparison(painter, scene, trajectory, second.trajectory, t, target, settings,
                             data, second.data, second.labels(trajectory, settings.lang),
                             experiment=second.experiment)
    return svg_document((width, height), title, description,
                        lambda generator: _VectorPainter(generator, layers), paint)


def svg_document(size: tuple[int, int], title: str, description: str, make_painter,
                 draw) -> bytes:
    """The bytes of an SVG of ``size`` pixels with ``<title>`` and ``<desc>``, drawn by
    ``draw(painter)`` on ``make_painter(generator)``; fonts named portably."""
    width, height = size
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(QImage(1, 1, QImage.Format.Format_RGB32).logicalDpiX())
    generator.setTitle(title)
    generator.setDescription(description)
    painter = make_painter(generator)
    try:
        draw(painter)
    finally:
        painter.end()
    buffer.close()
    return portable_font_families(bytes(data.data()))


def portable_font_families(svg: bytes) -> bytes:
    """Quote the font names Qt writes bare (``Noto Sans,DejaVu Sans,Sans Serif``), name the
    bundled font by its source's name, and end each list with the generic ``sans-serif``, so
    browsers and Inkscape pick the same fonts."""
    def quoted(match: re.Match) -> bytes:
        names = [name.strip() for name in match.group(1).decode("utf-8").split(",")]
        # the bundled subset is asked for by the name of the font it is cut from, which a
        # viewer's machine may have
        names = [FONT_SOURCE_FAMILY if name == FONT_FAMILY else name for name in names]
        families = [name if name in _GENERIC else f"'{name}'" for name in names
                    if name and name.lower() != "sans serif"]
        families.append("sans-serif")
        return f'font-family="{",".join(dict.fromkeys(families))}"'.encode()
    return _FONT_FAMILY.sub(quoted, svg)


class _VectorLayers(RasterLayers):
    """Cached layers as placeholders that the painter replays as vectors."""

    def __init__(self):
        self.deferred: dict[int, tuple] = {}

    def layer(self, ctx: RenderContext, owner: str, key: str, size: QRectF, draw) -> QImage:
        """A placeholder image of the layer's pixel size, or a real raster layer when the
        drawing needs compositing that SVG cannot express. (At the frame's own scale: the
        drawing's sprites are sized for ``ctx``, which a paint never changes.)"""
        if _needs_raster(draw):
            return super().layer(ctx, owner, key, size, draw)
        placeholder = QImage(max(1, int(size.width() * ctx.device_scale + 0.5)),
                             max(1, int(size.height() * ctx.device_scale + 0.5)),
                             QImage.Format.Format_ARGB32_Premultiplied)
        self.deferred[id(placeholder)] = (placeholder, draw, size, ctx.device_scale)
        return placeholder

    def replay_for(self, picture):
        """(draw, size, scale) if ``picture`` is one of this context's placeholders."""
        entry = self.deferred.get(id(picture))
        return entry[1:] if entry is not None and entry[0] is picture else None


class _VectorPainter(QPainter):
    """A QPainter that draws a placeholder layer by replaying the layer's drawing."""

    def __init__(self, device, layers: _VectorLayers):
        super().__init__(device)
        self._layers = layers

    def drawImage(self, *args):  # noqa: N802 (Qt's name)
        """Replay placeholders as vectors; draw real images as usual."""
        if not self._replayed(args):
            super().drawImage(*args)

    def drawPixmap(self, *args):  # noqa: N802 (Qt's name)
        """Replay placeholders as vectors; draw real pixmaps as usual."""
        if not self._replayed(args):
            super().drawPixmap(*args)

    def _replayed(self, args: tuple) -> bool:
        for index, arg in enumerate(args):
            replay = self._layers.replay_for(arg) if isinstance(arg, (QImage, QPixmap)) else None
            if replay is not None:
                target, source = _target_and_source(args, index, arg)
                self._replay(target, source, *replay)
                return True
        return False

    def _replay(self, target: QRectF, source: QRectF, draw, size: QRectF, scale: float) -> None:
        self.save()
        try:
            self.translate(target.topLeft())
            self.scale(target.width() / source.width(), target.height() / source.height())
            self.translate(-source.topLeft())
            self.scale(scale, scale)
            self.setClipRect(QRectF(0, 0, size.width(), size.height()),
                             Qt.ClipOperation.IntersectClip)
            self.setPen(QPen())
            self.setBrush(Qt.BrushStyle.NoBrush)
            self.setFont(QFont())
            draw(self)
        finally:
            self.restore()


def _target_and_source(args: tuple, index: int, picture) -> tuple[QRectF, QRectF]:
    """The target and source rectangles of a ``drawImage``/``drawPixmap`` call."""
    whole = QRectF(picture.rect())
    if index == 1 and isinstance(args[0], (QPointF,)):
        return QRectF(args[0].x(), args[0].y(), whole.width(), whole.height()), whole
    if index == 1:
        source = QRectF(args[2]) if len(args) > 2 else whole
        return QRectF(args[0]), source
    if index == 2:  # drawPixmap(x, y, pixmap)
        return QRectF(float(args[0]), float(args[1]), whole.width(), whole.height()), whole
    raise ExportError("export.svg_layer")


class _ProbePainter(QPainter):
    """Runs a layer's drawing on a 1x1 image to see whether it composites."""

    composites = False

    def setCompositionMode(self, mode):  # noqa: N802 (Qt's name)
        """Note any mode other than plain source-over."""
        if mode != _SOURCE_OVER:
            self.composites = True
        super().setCompositionMode(mode)


def _needs_raster(draw) -> bool:
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    probe = _ProbePainter(image)
    try:
        draw(probe)
    finally:
        probe.end()
    return probe.composites

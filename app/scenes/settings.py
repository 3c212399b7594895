"""How a picture is drawn: the settings a window or an export asks for, and the context that
paint code reads.

``RenderSettings`` is what the caller chooses (theme, language, reduce motion, evidence
view, text zoom, hall type, size, transparency); it is frozen and passed explicitly, never kept per
thread, so exports in several languages can run at once while the window shows another.
``RenderContext`` is built from it by ``paint_scene`` for each paint, with the device scale
of the target, the translator of the language and the scene's prepared data (companion
runs computed before painting); nothing given to a paint is changed by it.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.i18n import translator
from app.scenes.caches import LAYER_BYTES, ImageCache
from app.scenes.layout import PaintRecord
from app.scenes.painting import painter_on
from app.scenes.theme import Theme, theme_named
from app.story.catalogue import EXPORT_SIZE

_NOTHING_PREPARED: Mapping[str, object] = MappingProxyType({})
#: Hall type: the smallest type in canvas pixels. Presenting at 1920x1080 with captions
#: shown, a canvas pixel is 1.03 screen pixels, so 28 is 29 px on the screen: about 18 pt on
#: a slide, readable from the back of a lecture hall.
HALL_MIN_TEXT = 28
#: The smallest text the window's picture shows, in screen pixels: a picture made for a
#: projector, drawn on a laptop at 1030 px wide, had labels of 6 to 10 px.
SCREEN_MIN_TEXT_PX = 11.0


@dataclass(frozen=True)
class RenderSettings:
    """What a picture should look like: chosen by the window (canvas, presenter) or by an
    export request, and handed to ``paint_scene``.

    ``size`` is the image size of an export (the canvas paints at its own size);
    ``transparent`` leaves the background out (PNG and SVG exports). ``badge`` is the
    number in the title's badge: the scene's step in the lesson shown (None: the scene's
    own number), so the picture never disagrees with the lesson's numbering. ``min_text_px``:
    no text smaller than this many pixels of the target (the canvas; exports draw every size
    as designed, 0). ``hall_type`` is the type of presenter mode and of pictures for slides:
    no text under :data:`HALL_MIN_TEXT`, and secondary labels left out so the rest has room.
    """

    theme: str = "dark"
    lang: str = "en"
    reduce_motion: bool = False
    evidence: bool = False
    text_zoom: float = 1.0
    size: tuple[int, int] = EXPORT_SIZE
    transparent: bool = False
    hall_type: bool = False
    min_text_px: float = 0.0
    badge: int | None = None  # the scene's step in a lesson; None: its own number

    def changed(self, **changes) -> RenderSettings:
        """A copy with ``changes`` (the settings themselves never change)."""
        return replace(self, **changes)


class RasterLayers:
    """Static art drawn once into device-resolution images and cached (see
    :meth:`RenderContext.cached_layer`)."""

    def layer(self, ctx: RenderContext, owner: str, key: str, size: QRectF, draw) -> QImage:
        """The cached image of one static layer for ``ctx``'s theme, language and scale.

        A recorded paint draws the layer straight onto its painter, at ``size``, so its
        texts and hit regions are noted; it gets an empty image to draw."""
        if ctx.record is not None:
            return _draw_in_place(ctx.record.painter, size, draw)
        scale = round(ctx.device_scale, 3)
        cache_key = (owner, key, size.width(), size.height(), ctx.theme.name, ctx.lang, scale,
                     ctx.text_zoom, ctx.min_font, ctx.hall_type)
        return LAYERS.get(cache_key, lambda: _draw_layer(size, scale, draw))


RASTER_LAYERS = RasterLayers()


@dataclass(frozen=True)
class RenderContext:
    """What a paint call may know besides the trajectory: theme, language (and its
    translator, :attr:`tr`), device scale, reduce motion, text zoom, whether the evidence
    behind each link is drawn, the data prepared for the scene before painting, the
    smallest font size in picture units (:attr:`min_font`, 0: none) and whether the type
    is for a hall (:attr:`RenderSettings.hall_type`)."""

    theme: Theme
    lang: str = "en"
    device_scale: float = 1.0
    reduce_motion: bool = False
    text_zoom: float = 1.0  # Ctrl+= / Ctrl+-: larger type for low vision
    evidence: bool = False
    prepared: Mapping[str, object] = field(default_factory=lambda: _NOTHING_PREPARED)
    layers: RasterLayers = field(default=RASTER_LAYERS, repr=False)
    #: Where the paint notes its texts, rules and glossary regions (None: not recorded).
    record: PaintRecord | None = field(default=None, repr=False)
    hall_type: bool = False
    min_font: float = 0.0
    badge: int | None = None  # the number in the title's badge (None: the scene's own)

    @classmethod
    def of(cls, settings: RenderSettings, device_scale: float = 1.0,
           prepared: Mapping[str, object] = _NOTHING_PREPARED,
           layers: RasterLayers = RASTER_LAYERS, view_scale: float = 1.0,
           record: PaintRecord | None = None) -> RenderContext:
        """The context of one paint with ``settings`` at ``device_scale`` pixels per unit,
        shown at ``view_scale`` screen pixels per unit (the device scale without the
        screen's pixel ratio); ``record`` notes what the paint draws."""
        return cls(theme_named(settings.theme), settings.lang, device_scale,
                   settings.reduce_motion, settings.text_zoom, settings.evidence, prepared,
                   layers, badge=settings.badge,
                   min_font=smallest_font(settings.min_text_px, view_scale),
                   hall_type=settings.hall_type, record=record)

    @property
    def tr(self) -> Callable[[str], str]:
        """The translator of the picture's language: bind it as ``tr = ctx.tr`` and call
        ``tr("...")`` so lupdate files the string under context ``""``."""
        return translator(self.lang)

    def cached_layer(self, owner: str, key: str, size: QRectF, draw) -> QImage:
        """An image of static art, drawn once per (owner, key, size, theme, language, scale)
        and kept while :data:`LAYERS` has room (44 MiB, least recently used go first).

        ``draw(painter)`` paints in logical coordinates with the origin at ``size``'s
        top-left; the image has device resolution so it stays crisp at any size.
        """
        return self.layers.layer(self, owner, key, size, draw)


def _draw_in_place(painter: QPainter, size: QRectF, draw) -> QImage:
    painter.save()
    try:
        painter.translate(size.topLeft())
        draw(painter)
    finally:
        painter.restore()
    empty = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    empty.fill(Qt.GlobalColor.transparent)
    return empty
def smallest_font(min_text_px: float, view_scale: float) -> float:
    """The font size in picture units that shows ``min_text_px`` pixels at ``view_scale``
    pixels per unit, rounded to a quarter so that caches keyed on it stay few."""
    if min_text_px <= 0 or view_scale <= 0:
        return 0.0
    return math.ceil(min_text_px / view_scale * 4) / 4


def _draw_layer(size: QRectF, scale: float, draw) -> QImage:
    image = QImage(max(1, int(size.width() * scale + 0.5)),
                   max(1, int(size.height() * scale + 0.5)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painter_on(image, QPainter.RenderHint.Antialiasing
                    | QPainter.RenderHint.TextAntialiasing
                    | QPainter.RenderHint.SmoothPixmapTransform) as painter:
        painter.scale(scale, scale)
        draw(painter)
    return image


#: Static art layers, at most 44 MiB whatever the size drawn (see ``caches``).
LAYERS = ImageCache(LAYER_BYTES)

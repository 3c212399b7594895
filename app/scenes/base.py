"""What every scene is: a title, a time window, beats, a caption and a pure ``paint``.

Scenes draw on one logical canvas of ``CANVAS_W x CANVAS_H`` (1600 x 900) which
:func:`paint_scene` scales, letterboxed, onto any target: the window, a 4K PNG, an SVG.
The frame is a pure function of (trajectory, t, size, language, theme): nothing is kept
from the previous frame; moving things take their positions from closed-form functions
of ``t`` and a fixed seed.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from app.i18n import scene_language, tidy_spacing, translated
from app.model import Trajectory
from app.scenes.caches import LAYER_BYTES, ImageCache
from app.scenes.painting import painter_on
from app.scenes.theme import Theme
from app.scenes.timescale import TimeScale

CANVAS_W, CANVAS_H = 1600.0, 900.0
#: Where a scene's own picture goes (below the title bar, above the legend row).
ART_RECT = QRectF(40.0, 120.0, 1520.0, 700.0)
LEGEND_RECT = QRectF(40.0, 836.0, 1520.0, 48.0)


def tr(text: str) -> str:
    """A user-visible picture string in the language of the frame being drawn."""
    return translated(text)


@dataclass(frozen=True)
class Beat:
    """A named key moment of a scene, found from the trajectory (never a fixed hour)."""

    key: str
    label: str
    t: float


@dataclass(frozen=True)
class LegendItem:
    """One legend entry: a role colour, a label already translated (``tr("...")``) and a
    shape (``dot``, ``line``, ``square``, ``ring``)."""

    role: str
    label: str
    shape: str = "dot"


@dataclass(frozen=True)
class PlotSeries:
    """One curve of the plots panel: an observable of a trajectory, with a label prefix."""

    observable: str
    source: Trajectory
    prefix: str = ""


_view = threading.local()


@contextmanager
def evidence_shown(show: bool):
    """Frames drawn inside this block (this thread) show the evidence view by default."""
    previous = getattr(_view, "evidence", False)
    _view.evidence = show
    try:
        yield
    finally:
        _view.evidence = previous


class RenderContext:
    """What a paint call may know besides the trajectory: theme, language, device scale,
    and whether the evidence behind each link is drawn (None: the surrounding
    :func:`evidence_shown` block's setting, off by default)."""

    def __init__(self, theme: Theme, lang: str = "en", device_scale: float = 1.0,
                 reduce_motion: bool = False, text_zoom: float = 1.0,
                 evidence: bool | None = None):
        self.theme = theme
        self.lang = lang
        self.device_scale = device_scale
        self.reduce_motion = reduce_motion
        self.text_zoom = text_zoom  # Ctrl+= / Ctrl+-: larger type for low vision
        self.evidence = getattr(_view, "evidence", False) if evidence is None else evidence

    def cached_layer(self, owner: str, key: str, size: QRectF, draw) -> QImage:
        """An image of static art, drawn once per (owner, key, size, theme, language, scale)
        and kept while :data:`LAYERS` has room (48 MiB, least recently used go first).

        ``draw(painter)`` paints in logical coordinates with the origin at ``size``'s
        top-left; the image has device resolution so it stays crisp at any size.
        """
        scale = round(self.device_scale, 3)
        cache_key = (owner, key, size.width(), size.height(), self.theme.name, self.lang, scale,
                     self.text_zoom)
        return LAYERS.get(cache_key, lambda: _draw_layer(size, scale, draw))


def _draw_layer(size: QRectF, scale: float, draw) -> QImage:
    image = QImage(max(1, int(size.width() * scale + 0.5)), max(1, int(size.height() * scale + 0.5)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painter_on(image, QPainter.RenderHint.Antialiasing
                    | QPainter.RenderHint.TextAntialiasing
                    | QPainter.RenderHint.SmoothPixmapTransform) as painter:
        painter.scale(scale, scale)
        draw(painter)
    return image


#: Static art layers, at most 48 MiB whatever the size drawn (see ``caches``).
LAYERS = ImageCache(LAYER_BYTES)


class Scene:
    """Base class of the scenes. Subclasses set the class attributes and override
    :meth:`beats`, :meth:`caption`, :meth:`legend` and :meth:`paint_art`; a scene with
    an evidence view overrides :meth:`evidence_legend` too."""

    id: str = ""
    number: int = 0
    title: str = ""
    subtitle: str = ""
    window: tuple[float, float] = (0.0, 1.0)
    scale: str = "linear"
    plots: tuple[str, ...] = ()

    @property
    def timescale(self) -> TimeScale:
        """The scene's window and scale as a :class:`TimeScale`."""
        return TimeScale(self.window[0], self.window[1], self.scale)

    def window_for(self, trajectory: Trajectory) -> tuple[float, float]:
        """The window clipped to what the trajectory simulated."""
        t0, t1 = self.window
        return t0, max(min(t1, trajectory.t_end), t0 + 1e-3)

    def timescale_for(self, trajectory: Trajectory) -> TimeScale:
        """:attr:`timescale` clipped to the trajectory's horizon."""
        return TimeScale(*self.window_for(trajectory), self.scale)

    def beats(self, trajectory: Trajectory) -> list[Beat]:
        """Key moments in time order, found from the trajectory."""
        raise NotImplementedError

    def caption(self, trajectory: Trajectory, t: float) -> str:
        """What the picture shows at ``t``, in plain words with the numbers of the moment."""
        raise NotImplementedError

    def legend(self) -> list[LegendItem]:
        """The symbols this scene draws."""
        return []

    def evidence_legend(self) -> list[LegendItem] | None:
        """The legend of the evidence view (None: the scene has no evidence view)."""
        return None

    def plot_series(self, trajectory: Trajectory) -> list[PlotSeries]:
        """The curves the plots panel shows: :attr:`plots` of ``trajectory`` by default;
        a comparison scene adds its companion runs."""
        return [PlotSeries(name, trajectory) for name in self.plots]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        """Draw the scene's picture inside :data:`ART_RECT` (logical coordinates)."""
        raise NotImplementedError


def caption_text(scene: Scene, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
    """The scene's caption at ``t`` in ``lang`` (default: the current language), tidied for
    the language's punctuation: what every panel, slide note and overlay shows. With
    rapamycin chosen it adds that this re-enacts a rodent experiment, and the human result."""
    if lang is None:
        return _full_caption(scene, trajectory, t)
    with scene_language(lang):
        return _full_caption(scene, trajectory, t)


def _full_caption(scene: Scene, trajectory: Trajectory, t: float) -> str:
    from app.scenes.evidence_view import rapamycin_sentence  # late: it draws with primitives
    extra = rapamycin_sentence(trajectory.scenario)
    return tidy_spacing(scene.caption(trajectory, t) + (" " + extra if extra else ""))


def paint_scene(painter: QPainter, scene: Scene, trajectory: Trajectory, t: float,
                target: QRectF, ctx: RenderContext, transparent: bool = False) -> None:
    """Paint ``scene`` at time ``t`` into ``target`` (device coordinates), letterboxed.

    The one drawing path behind the canvas, every export and the tests.
    """
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    if not transparent:
        _paint_background(painter, target, ctx.theme)
    scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
    painter.translate(target.x() + (target.width() - CANVAS_W * scale) / 2,
                      target.y() + (target.height() - CANVAS_H * scale) / 2)
    painter.scale(scale, scale)
    ctx.device_scale = scale * _extra_device_scale(painter)
    painter.setClipRect(QRectF(0, 0, CANVAS_W, CANVAS_H))
    t = scene.timescale_for(trajectory).clamp(t)
    try:
        with scene_language(ctx.lang):
            _paint_layers(painter, scene, trajectory, t, ctx)
    finally:
        painter.restore()


def _paint_layers(painter, scene, trajectory, t, ctx) -> None:
    from app.scenes import (
        chrome,  # late: chrome draws with the primitives, which import base
    )
    chrome.paint_title_bar(painter, scene, trajectory, t, ctx)
    painter.save()
    try:
        scene.paint_art(painter, trajectory, t, ctx)
    finally:
        painter.restore()
    evidence_legend = scene.evidence_legend() if ctx.evidence else None
    chrome.paint_legend(painter, scene.legend() if evidence_legend is None else evidence_legend,
                        ctx)


def _extra_device_scale(painter: QPainter) -> float:
    device = painter.device()
    try:
        return float(device.devicePixelRatioF())
    except AttributeError:
        return 1.0


def _paint_background(painter: QPainter, target: QRectF, theme: Theme) -> None:
    gradient = QLinearGradient(QPointF(0, target.top()), QPointF(0, target.bottom()))
    gradient.setColorAt(0.0, QColor(theme.background_top))
    gradient.setColorAt(1.0, QColor(theme.background_bottom))
    painter.fillRect(target, gradient)

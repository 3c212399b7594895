"""The one drawing path: a scene at a time, letterboxed onto any target, with its title bar
and legend, as the render settings ask. Behind the canvas, every export and the tests."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QLinearGradient, QPainter

from app.model import Trajectory
from app.scenes import chrome
from app.scenes.base import CANVAS_H, CANVAS_W, Scene
from app.scenes.layout import PaintRecord
from app.scenes.scene_data import SceneData
from app.scenes.settings import (
    RASTER_LAYERS,
    RasterLayers,
    RenderContext,
    RenderSettings,
)
from app.scenes.theme import Theme
from app.story.timeline import clamp_to_scene


class SceneDataMissing(RuntimeError):
    """A scene that needs prepared data (companion runs) was asked to paint without it:
    the caller must prepare it first, never the paint (it would simulate on the GUI thread)."""


def paint_scene(painter: QPainter, scene: Scene, trajectory: Trajectory, t: float,
                target: QRectF, settings: RenderSettings, data: SceneData | None = None,
                layers: RasterLayers = RASTER_LAYERS, record: PaintRecord | None = None) -> None:
    """Paint ``scene`` at time ``t`` into ``target`` (device coordinates), letterboxed,
    as ``settings`` ask; ``data`` is the trajectory's prepared scene data (needed by the
    comparison scenes). Nothing given is changed: the context is built for this paint.
    ``record`` notes where texts, rules and glossary terms went (``app.scenes.layout``).

    The one drawing path behind the canvas, every export and the tests.
    """
    prepared = prepared_for(scene, trajectory, data)
    with on_canvas(painter, target, settings, prepared, layers, record) as ctx:
        _paint_layers(painter, scene, trajectory, clamp_to_scene(scene, trajectory, t), ctx)


@contextmanager
def on_canvas(painter: QPainter, target: QRectF, settings: RenderSettings,
              prepared=None, layers: RasterLayers = RASTER_LAYERS,
              record: PaintRecord | None = None) -> Iterator[RenderContext]:
    """Set ``painter`` up to draw the logical canvas letterboxed into ``target`` (device
    coordinates): the background painted unless transparent, the canvas clipped; yields the
    render context of this paint, and restores the painter after it."""
    painter.save()
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
        ctx = RenderContext.of(settings, scale * _extra_device_scale(painter), prepared or {},
                               layers, view_scale=scale, record=record)
        if not settings.transparent:
            _paint_background(painter, target, ctx.theme)
        painter.translate(target.x() + (target.width() - CANVAS_W * scale) / 2,
                          target.y() + (target.height() - CANVAS_H * scale) / 2)
        painter.scale(scale, scale)
        if record is not None:
            record.begin(painter)
        painter.setClipRect(QRectF(0, 0, CANVAS_W, CANVAS_H))
        yield ctx
    finally:
        painter.restore()


def canvas_point(target: QRectF, point: QPointF) -> QPointF:
    """Where ``point`` (device coordinates) falls on the logical canvas of a scene painted
    letterboxed into ``target``, as :func:`paint_scene` places it."""
    scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
    left = target.x() + (target.width() - CANVAS_W * scale) / 2
    top = target.y() + (target.height() - CANVAS_H * scale) / 2
    return QPointF((point.x() - left) / scale, (point.y() - top) / scale)


def scene_ready(scene: Scene, trajectory: Trajectory, data: SceneData | None) -> bool:
    """Whether ``scene`` can paint ``trajectory`` with ``data`` (it needs none, or ``data``
    holds what it needs for that trajectory)."""
    return (type(scene).prepare is Scene.prepare
            or data is not None and data.trajectory is trajectory and scene.id in data.scenes)


def prepared_for(scene: Scene, trajectory: Trajectory, data: SceneData | None):
    """What ``scene`` has prepared for ``trajectory`` in ``data``; SceneDataMissing if it
    needs data that is not there."""
    if not scene_ready(scene, trajectory, data):
        raise SceneDataMissing(f"scene {scene.id} needs its data prepared before painting")
    return data.scenes[scene.id] if data is not None and scene.id in data.scenes else {}


def _paint_layers(painter, scene, trajectory, t, ctx) -> None:
    chrome.paint_title_bar(painter, scene, trajectory, t, ctx)
    painter.save()
    try:
        scene.paint_art(painter, trajectory, t, ctx)
    finally:
        painter.restore()
    evidence_legend = scene.evidence_legend(ctx.tr) if ctx.evidence else None
    chrome.paint_legend(painter, scene.legend(ctx.tr) if evidence_legend is None
                        else evidence_legend, ctx)


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

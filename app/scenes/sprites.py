"""Glowing molecules and the motion of many small things: sprites drawn once and cached.

A pre-rendered glowing dot costs about 2 µs to draw; a gradient-filled one about 60 µs, so
the many molecules of a scene are drawn from sprites (``SPRITES``, bounded in bytes), and
their positions are pure functions of seeds and a phase (frames stay pure).
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRadialGradient

from app.scenes.base import RenderContext
from app.scenes.caches import SPRITE_BYTES, ImageCache
from app.scenes.painting import painter_on
from app.scenes.primitives import as_color


def glow_dot(painter: QPainter, ctx: RenderContext, center: QPointF, radius: float,
             color: QColor | str, alpha: float = 1.0) -> None:
    """A soft glowing molecule, drawn from a cached sprite."""
    qcolor = as_color(ctx, color)
    device_radius = round(radius * ctx.device_scale * 2) / 2
    sprite = SPRITES.get(("dot", qcolor.rgb(), device_radius),
                         lambda: _draw_sprite(qcolor.rgb(), device_radius))
    blit_centered(painter, center, sprite, alpha)


def blit_centered(painter: QPainter, center: QPointF, sprite: QImage, alpha: float = 1.0) -> None:
    """Draw a device-resolution sprite centred on a logical point, unscaled.

    Sprites are rendered at device size, so drawing them through the identity transform
    takes Qt's plain blit path: about 20x cheaper than a smoothly scaled pixmap.
    """
    device = painter.transform().map(center)
    painter.save()
    painter.resetTransform()
    painter.setOpacity(alpha)
    painter.drawImage(QPointF(round(device.x() - sprite.width() / 2),
                               round(device.y() - sprite.height() / 2)), sprite)
    painter.restore()


#: Molecule sprites and halos at device resolution, at most 24 MiB (see ``caches``).
SPRITES = ImageCache(SPRITE_BYTES)


def _draw_sprite(rgb: int, device_radius: float) -> QImage:
    side = max(4, int(math.ceil(device_radius * 4)))
    image = _transparent_square(side)
    base = QColor.fromRgb(rgb)
    with painter_on(image) as painter:
        _paint_halo(painter, base, side, 0.18)
        center = QPointF(side / 2, side / 2)
        core = QRadialGradient(center - QPointF(side * 0.06, side * 0.06), side / 4)
        core.setColorAt(0.0, base.lighter(160))
        core.setColorAt(1.0, base)
        painter.setBrush(core)
        painter.drawEllipse(center, side / 4, side / 4)
    return image


def _transparent_square(side: int) -> QImage:
    """A transparent square image to draw a sprite on."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _paint_halo(painter: QPainter, base: QColor, side: int, middle_alpha: float) -> None:
    """A soft radial halo of ``base`` filling a ``side`` square."""
    gradient = QRadialGradient(QPointF(side / 2, side / 2), side / 2)
    gradient.setColorAt(0.0, with_alpha(base, 0.55))
    gradient.setColorAt(0.5, with_alpha(base, middle_alpha))
    gradient.setColorAt(1.0, with_alpha(base, 0.0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawEllipse(QRectF(0, 0, side, side))


def with_alpha(color: QColor, alpha: float) -> QColor:
    """A copy of ``color`` with opacity ``alpha`` (held to 0..1)."""
    result = QColor(color)
    result.setAlphaF(min(max(alpha, 0.0), 1.0))
    return result


def glow(painter: QPainter, ctx: RenderContext, center: QPointF, radius: float,
         color, strength: float) -> None:
    """A halo of light behind something that is active (``strength`` 0..1).

    Drawn from a cached halo sprite: a large radial gradient filled every frame would
    cost more than the rest of the scene.
    """
    if strength <= 0.01:
        return
    qcolor = as_color(ctx, color)
    side = max(4, int(round(radius * ctx.device_scale * 2)))
    sprite = SPRITES.get(("halo", qcolor.rgb(), side), lambda: _draw_halo(qcolor.rgb(), side))
    blit_centered(painter, center, sprite, min(strength, 1.0))


def _draw_halo(rgb: int, side: int) -> QImage:
    image = _transparent_square(side)
    with painter_on(image) as painter:
        _paint_halo(painter, QColor.fromRgb(rgb), side, 0.2)
    return image


@lru_cache(maxsize=64)
def particle_seeds(seed: int, count: int) -> np.ndarray:
    """Fixed random numbers for ``count`` particles: columns x, y, phase, speed, size in 0..1."""
    return np.random.default_rng(seed).random((count, 5))


def drift(seeds: np.ndarray, phase: float, amplitude: float) -> np.ndarray:
    """Closed-form wandering offsets (n x 2) at animation ``phase``: pure in ``phase``."""
    angle = seeds[:, 2] * 2 * math.pi + phase * (0.6 + seeds[:, 3])
    return amplitude * np.column_stack((np.sin(angle * 1.3) + 0.4 * np.sin(angle * 2.9),
                                        np.cos(angle * 1.1) + 0.4 * np.sin(angle * 2.3)))


def motion_phase(position: float, cycles: float = 40.0) -> float:
    """An animation phase from the scene position 0..1: jiggles at the same visual speed
    whatever the window length (radians)."""
    return position * cycles * 2 * math.pi

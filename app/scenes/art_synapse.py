"""Drawing helpers shared by the synapse close-ups (scenes 3 and 4).

Molecule clouds bound to a count, receptor sites along a membrane and their ketamine
plugs, fusing vesicles, close-up membrane compartments, panels, firing traces split into a
still (cacheable) frame and moving spikes, ratio gauges with a baseline tick, inhibitory
links. Like the primitives, every function is pure.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPen

from app.scenes.base import RenderContext
from app.scenes.cells import spike_strip, vesicle
from app.scenes.primitives import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    draw_label,
    draw_text,
    gauge,
    number_in,
    soft_shadow,
    text_width,
    type_pixels,
)
from app.scenes.sprites import blit_centered, drift, glow, glow_dot, particle_seeds

#: Maximum particles any cloud draws (keeps a frame cheap at absurd doses).
MAX_PARTICLES = 200


def molecule_cloud(painter: QPainter, ctx: RenderContext, rect: QRectF, count: float,
                   role: str, phase: float, seed: int, radius: float = 5.0,
                   amplitude: float = 10.0) -> None:
    """``count`` molecules (a float: the last one fades in) wandering inside ``rect``.

    Base positions come from ``particle_seeds(seed)``; the wander is ``drift`` at ``phase``,
    so positions are a pure function of (seed, phase). Molecule k is the same molecule in
    every frame, so a rising count adds molecules without reshuffling the others.
    """
    count = min(max(count, 0.0), float(MAX_PARTICLES))
    shown = int(math.ceil(count))
    if shown == 0:
        return
    seeds = particle_seeds(seed, MAX_PARTICLES)[:shown]
    margin = min(amplitude * 1.5 + radius, rect.width() / 2, rect.height() / 2)
    xs = rect.left() + margin + seeds[:, 0] * (rect.width() - 2 * margin)
    ys = rect.top() + margin + seeds[:, 1] * (rect.height() - 2 * margin)
    offsets = drift(seeds, phase, amplitude)
    xs = np.clip(xs + offsets[:, 0], rect.left() + radius, rect.right() - radius)
    ys = np.clip(ys + offsets[:, 1], rect.top() + radius, rect.bottom() - radius)
    last_alpha = count - (shown - 1)
    for k in range(shown):
        size = radius * (0.85 + 0.3 * seeds[k, 4])
        glow_dot(painter, ctx, QPointF(xs[k], ys[k]), size, role,
                 last_alpha if k == shown - 1 else 1.0)


@lru_cache(maxsize=32)
def plug_order(seed: int, count: int) -> tuple[int, ...]:
    """A fixed, scattered order in which ``count`` receptors receive a plug."""
    return tuple(int(i) for i in np.argsort(particle_seeds(seed, count)[:, 0]))


def plugged_set(fraction: float, count: int, seed: int) -> set[int]:
    """Which of ``count`` receptors are plugged: ``round(fraction x count)`` of them."""
    return set(plug_order(seed, count)[:plugged_count(fraction, count)])


def plugged_count(fraction: float, count: int) -> int:
    """Receptors plugged when a ``fraction`` of ``count`` is blocked."""
    return int(round(min(max(fraction, 0.0), 1.0) * count))


def sites_on_path(path: QPainterPath, center: QPointF,
                  spans: tuple[tuple[float, float, int], ...]) -> list[tuple[QPointF, float]]:
    """Receptor sites on a membrane outline: ``(point, angle)`` with the angle (degrees,
    for ``painter.rotate``) turning a receptor's top outwards, away from ``center``.

    ``spans`` lists ``(start, end, n)``: n sites evenly from ``start`` to ``end`` (fractions
    of the outline's length).
    """
    sites = []
    for start, end, n in spans:
        for i in range(n):
            percent = start + (end - start) * (i + 0.5) / n
            point = path.pointAtPercent(percent)
            ahead = path.pointAtPercent(min(percent + 0.002, 1.0))
            behind = path.pointAtPercent(max(percent - 0.002, 0.0))
            tx, ty = ahead.x() - behind.x(), ahead.y() - behind.y()
            nx, ny = -ty, tx
            if nx * (point.x() - center.x()) + ny * (point.y() - center.y()) < 0:
                nx, ny = -nx, -ny
            sites.append((point, math.degrees(math.atan2(nx, -ny))))
    return sites


def fusing_vesicle(painter: QPainter, ctx: RenderContext, x: float, membrane_y: float,
                   radius: float, role: str, opening: float, membrane_role: str) -> None:
    """A vesicle at a release site on a membrane facing down: docked (``opening`` 0), or
    fused into the membrane as an omega, emptying its transmitter below (up to 1)."""
    if opening <= 0.0:
        side = 2 * radius + 6
        sprite = ctx.cached_layer("art_synapse", f"vesicle-{role}-{radius}",
                                  QRectF(0, 0, side, side),
                                  lambda layer_painter: vesicle(layer_painter, ctx,
                                                                QPointF(side / 2, side / 2),
                                                                radius, role))
        blit_centered(painter, QPointF(x, membrane_y - radius - 4), sprite)
        return
    center_y = membrane_y - radius * (1.0 - 0.6 * opening)
    gap = 25 + 55 * opening                      # degrees opened on each side of the bottom
    half = radius * math.sin(math.radians(gap))
    lip = half + 4 + 4 * opening
    box = QRectF(x - radius, center_y - radius, 2 * radius, 2 * radius)
    omega = QPainterPath(QPointF(x - lip, membrane_y))
    omega.lineTo(x - half, center_y + radius * math.cos(math.radians(gap)))
    omega.arcTo(box, -90 - gap, -(360 - 2 * gap))
    omega.lineTo(x + lip, membrane_y)
    glow(painter, ctx, QPointF(x, membrane_y + 8), radius * 2.0, role, 0.9 * opening)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("cleft"))
    painter.drawPath(omega)
    seam = 4.0 * ctx.theme.line_scale + 2           # the membrane line under the opening
    painter.drawRect(QRectF(x - lip, membrane_y - seam / 2, 2 * lip, seam))
    painter.setPen(QPen(ctx.theme.color(membrane_role), 4.0 * ctx.theme.line_scale,
                        Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(omega)


def panel(painter: QPainter, ctx: RenderContext, rect: QRectF) -> None:
    """A quiet rounded card that groups readouts."""
    painter.setPen(QPen(ctx.theme.color("muted", 0.25), 1.2))
    painter.setBrush(ctx.theme.color("panel", 0.55))
    painter.drawRoundedRect(rect, 16, 16)


def ratio_gauge(painter: QPainter, ctx: RenderContext, rect: QRectF, ratio: float, label: str,
                role: str, full_scale: float = 2.0) -> None:
    """A gauge for a level relative to baseline: ``x1.67``; a tick marks baseline (1x)."""
    gauge(painter, ctx, rect, ratio / full_scale, label, f"×{ratio:.2f}", role)
    text_height = rect.height() * 0.5
    if ctx.hall_type:  # as the gauge lays out the hall's taller words
        text_height = max(text_height, type_pixels(ctx, text_height * 0.85) * 1.3)
    bar_top = rect.y() + text_height + 4
    x = rect.x() + rect.width() / full_scale
    painter.setPen(QPen(ctx.theme.color("ink", 0.85), 2.0))
    painter.drawLine(QPointF(x, bar_top - 3), QPointF(x, rect.bottom() + 1))


def trace_frame(painter: QPainter, ctx: RenderContext, rect: QRectF, title: str) -> None:
    """The still part of a firing trace (title and screen): draw it into a cached layer."""
    draw_text(painter, ctx, title, QRectF(rect.x(), rect.y(), rect.width(), 28), 20, "muted",
              False, ALIGN_LEFT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("cleft", 0.8))
    painter.drawRoundedRect(_trace_screen(rect), 8, 8)


def trace_spikes(painter: QPainter, ctx: RenderContext, rect: QRectF, value_text: str,
                 rate: float, phase: float, role: str, seed: int) -> None:
    """The moving part of a firing trace: the reading and the spikes, whose count follows
    ``rate`` (1 = resting firing) and whose positions are a pure function of ``phase``."""
    if ctx.hall_type:  # the hall's larger title leaves room for the number only
        value_text = number_in(value_text)
    draw_text(painter, ctx, value_text, QRectF(rect.x(), rect.y(), rect.width(), 28), 21, role,
              True, ALIGN_RIGHT)
    spike_strip(painter, ctx, _trace_screen(rect).adjusted(8, 6, -8, -4), rate, phase, role, seed)


def _trace_screen(rect: QRectF) -> QRectF:
    return QRectF(rect.x(), rect.y() + 34, rect.width(), rect.height() - 34)


def ketamine_plug(painter: QPainter, ctx: RenderContext, center: QPointF, size: float,
                  angle: float) -> None:
    """The ketamine plug of :func:`primitives.nmda_receptor`, alone: drawn over a receptor
    that was painted unplugged into a cached layer."""
    painter.save()
    painter.translate(center)
    painter.rotate(angle)
    painter.setPen(QPen(ctx.theme.color("ketamine").darker(130), 1.5))
    painter.setBrush(ctx.theme.color("ketamine"))
    painter.drawEllipse(QPointF(0, -size * 0.15), size * 0.36, size * 0.36)
    painter.restore()


def inhibitory_link(painter: QPainter, ctx: RenderContext, start: QPointF, end: QPointF,
                    strength: float) -> None:
    """An inhibitory connection (line ending in a bar) whose weight follows ``strength``."""
    strength = min(max(strength, 0.0), 1.2)
    color = ctx.theme.color("gaba", 0.25 + 0.75 * min(strength, 1.0))
    pen = QPen(color, (1.5 + 4.5 * strength) * ctx.theme.line_scale, Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(start, end)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    px, py = -dy / length * 14, dx / length * 14
    painter.drawLine(QPointF(end.x() - px, end.y() - py), QPointF(end.x() + px, end.y() + py))


def solid_label(painter: QPainter, ctx: RenderContext, text: str, anchor: QPointF,
                size: float = 18, color=None, align: str = "center",
                bold: bool = False) -> QRectF:
    """:func:`draw_label` on an opaque backdrop, for labels over moving molecules."""
    width = text_width(ctx, text, size, bold) + 16
    height = type_pixels(ctx, size) * 1.5
    left = {"center": anchor.x() - width / 2, "left": anchor.x(),
            "right": anchor.x() - width}[align]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("background_bottom"))
    painter.drawRoundedRect(QRectF(left, anchor.y() - height / 2, width, height),
                            height / 2, height / 2)
    return draw_label(painter, ctx, text, anchor, size, color, align, bold)


def compartment_path(rect: QRectF, radius: float, flat_side: str) -> QPainterPath:
    """A rounded box with one straight side (``top`` or ``bottom``): a bouton's release face
    or a spine head's receptor face."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    half = QRectF(rect.x(), rect.center().y() if flat_side == "bottom" else rect.y(),
                  rect.width(), rect.height() / 2)
    square = QPainterPath()
    square.addRect(half)
    return path.united(square)


def membrane_compartment(painter: QPainter, ctx: RenderContext, path: QPainterPath,
                         role: str) -> None:
    """A close-up piece of a cell: shaded cytoplasm inside a membrane tinted by ``role``."""
    soft_shadow(painter, path, 6.0)
    bounds = path.boundingRect()
    gradient = QLinearGradient(bounds.topLeft(), bounds.bottomRight())
    base = ctx.theme.color("cytoplasm")
    tint = ctx.theme.color(role)
    gradient.setColorAt(0.0, _mix(base, tint, 0.22).lighter(115))
    gradient.setColorAt(1.0, _mix(base, tint, 0.10))
    painter.setPen(QPen(tint, 4.0 * ctx.theme.line_scale))
    painter.setBrush(QBrush(gradient))
    painter.drawPath(path)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)

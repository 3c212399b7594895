"""The cells and molecules every scene draws alike: receptors (NMDA, AMPA, TrkB), vesicles,
cell bodies, and a firing strip. Shared so a receptor in scene 3 looks like the one in
scene 4."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QRadialGradient

from app.scenes.base import RenderContext
from app.scenes.layout import note_region
from app.scenes.primitives import soft_shadow
from app.scenes.sprites import glow, particle_seeds

#: The glossary term of a cell drawn in a role's colour.
CELL_TERMS = {"interneuron": "GABA interneuron", "pyramidal": "Pyramidal neuron"}


def nmda_receptor(painter: QPainter, ctx: RenderContext, center: QPointF, plugged: bool,
                  size: float = 18.0, angle: float = 0.0) -> None:
    """An NMDA receptor: two blue subunits around a pore; a purple ketamine plug if blocked."""
    painter.save()
    painter.translate(center)
    painter.rotate(angle)
    color = ctx.theme.color("nmda")
    painter.setPen(QPen(color.darker(140), 1.5))
    painter.setBrush(color)
    for side in (-1, 1):
        painter.drawRoundedRect(QRectF(side * size * 0.55 - size * 0.4, -size, size * 0.8,
                                       size * 2), size * 0.3, size * 0.3)
    if plugged:
        painter.setPen(QPen(ctx.theme.color("ketamine").darker(130), 1.5))
        painter.setBrush(ctx.theme.color("ketamine"))
        painter.drawEllipse(QPointF(0, -size * 0.15), size * 0.36, size * 0.36)
    note_region(painter, ctx, "NMDA receptor", QRectF(-size, -size, 2 * size, 2 * size))
    painter.restore()


def ampa_receptor(painter: QPainter, ctx: RenderContext, center: QPointF, activation: float,
                  blocked: bool = False, size: float = 18.0, angle: float = 0.0) -> None:
    """An AMPA receptor (yellow), glowing with ``activation`` 0..1; grey cap if NBQX-bound."""
    if activation > 0.02 and not blocked:
        glow(painter, ctx, center, size * 2.2, "ampa", activation)
    painter.save()
    painter.translate(center)
    painter.rotate(angle)
    color = ctx.theme.color("ampa")
    painter.setPen(QPen(color.darker(150), 1.5))
    painter.setBrush(color if not blocked else color.darker(180))
    path = QPainterPath()
    path.addRoundedRect(QRectF(-size * 0.8, -size, size * 1.6, size * 2), size * 0.8, size * 0.5)
    painter.drawPath(path)
    painter.setBrush(ctx.theme.color("cleft"))
    painter.drawRect(QRectF(-size * 0.12, -size * 0.9, size * 0.24, size * 1.8))
    if blocked:
        painter.setPen(QPen(ctx.theme.color("blocked"), 2))
        painter.setBrush(ctx.theme.color("blocker"))
        painter.drawRect(QRectF(-size * 0.7, -size * 1.35, size * 1.4, size * 0.55))
    note_region(painter, ctx, "AMPA receptor", QRectF(-size, -size, 2 * size, 2 * size))
    painter.restore()


def trkb_receptor(painter: QPainter, ctx: RenderContext, center: QPointF, activation: float,
                  blocked: bool = False, size: float = 18.0, angle: float = 0.0) -> None:
    """A TrkB receptor: a green Y-shaped dimer, glowing with ``activation``."""
    if activation > 0.02 and not blocked:
        glow(painter, ctx, center, size * 2.2, "trkb", activation)
    painter.save()
    painter.translate(center)
    painter.rotate(angle)
    color = ctx.theme.color("trkb") if not blocked else ctx.theme.color("grey")
    pen = QPen(color, size * 0.35, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(0, size), QPointF(0, 0))
    painter.drawLine(QPointF(0, 0), QPointF(-size * 0.6, -size))
    painter.drawLine(QPointF(0, 0), QPointF(size * 0.6, -size))
    note_region(painter, ctx, "TrkB", QRectF(-size, -size, 2 * size, 2 * size))
    painter.restore()


def vesicle(painter: QPainter, ctx: RenderContext, center: QPointF, radius: float, role: str,
            fill: float = 1.0) -> None:
    """A synaptic vesicle: a membrane circle holding ``fill`` (0..1) of transmitter dots."""
    painter.setPen(QPen(ctx.theme.color("membrane", 0.9), 1.6))
    painter.setBrush(ctx.theme.color(role, 0.18))
    painter.drawEllipse(center, radius, radius)
    dots = int(round(5 * fill))
    for k in range(dots):
        angle = k * 2 * math.pi / 5 + 0.4
        spot = QPointF(center.x() + radius * 0.45 * math.cos(angle),
                       center.y() + radius * 0.45 * math.sin(angle))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color(role))
        painter.drawEllipse(spot, radius * 0.2, radius * 0.2)


def pyramidal_soma_path(center: QPointF, size: float) -> QPainterPath:
    """A pyramidal cell body: a rounded triangle pointing up (apical dendrite on top)."""
    path = QPainterPath()
    top = QPointF(center.x(), center.y() - size)
    left = QPointF(center.x() - size * 0.85, center.y() + size * 0.6)
    right = QPointF(center.x() + size * 0.85, center.y() + size * 0.6)
    path.moveTo(top)
    path.quadTo(QPointF(center.x() - size * 0.2, center.y()), left)
    path.quadTo(QPointF(center.x(), center.y() + size * 0.85), right)
    path.quadTo(QPointF(center.x() + size * 0.2, center.y()), top)
    return path


def cell_body(painter: QPainter, ctx: RenderContext, path: QPainterPath, role: str,
              activity: float = 0.0) -> None:
    """Fill a cell outline with a shaded gradient of its role colour, brighter when active."""
    bounds = path.boundingRect()
    soft_shadow(painter, path, 5.0)
    base = ctx.theme.color(role)
    gradient = QRadialGradient(bounds.center() - QPointF(bounds.width() * 0.2,
                                                         bounds.height() * 0.25),
                               max(bounds.width(), bounds.height()) * 0.8)
    light = min(max(activity, 0.0), 1.5)
    gradient.setColorAt(0.0, base.lighter(int(130 + 40 * light)))
    gradient.setColorAt(1.0, base.darker(int(190 - 50 * min(light, 1.0))))
    painter.setPen(QPen(base.lighter(120), 2.0 * ctx.theme.line_scale))
    painter.setBrush(QBrush(gradient))
    painter.drawPath(path)
    if role in CELL_TERMS:
        note_region(painter, ctx, CELL_TERMS[role], bounds)


def spike_strip(painter: QPainter, ctx: RenderContext, rect: QRectF, rate: float, phase: float,
                role: str, seed: int = 7) -> None:
    """An oscilloscope strip of action potentials: spike count follows ``rate`` (relative,
    1 = baseline firing); spike positions are a pure function of ``phase``."""
    painter.setPen(QPen(ctx.theme.color("muted", 0.5), 1.2))
    painter.drawLine(QPointF(rect.left(), rect.bottom() - 4),
                     QPointF(rect.right(), rect.bottom() - 4))
    count = int(round(max(rate, 0.0) * 6))
    seeds = particle_seeds(seed, 40)
    pen = QPen(ctx.theme.color(role), 2.2 * ctx.theme.line_scale)
    painter.setPen(pen)
    for k in range(count):
        x = rect.left() + ((seeds[k, 0] + phase * 0.05 * (0.7 + seeds[k, 3])) % 1.0) * rect.width()
        painter.drawLine(QPointF(x, rect.bottom() - 4), QPointF(x, rect.top() + 2))

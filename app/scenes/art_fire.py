"""The hit-and-run metaphor, drawn: the drug is the spark, the rebuilding it starts is the
fire, and an arrow lit by mTOR joins them (scene 7). Pure functions of their arguments."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from app.scenes.art_chart import arrow_glow, draw_fit
from app.scenes.base import RenderContext
from app.scenes.primitives import ALIGN_CENTER, cut_mark
from app.scenes.sprites import glow, glow_dot, particle_seeds, with_alpha
from app.scenes.theme import OKABE_ITO
from app.story.names import BLOCKER_NAMES

#: Where the spark burns, where the fire stands, and where the embers set off (logical px).
SPARK, FIRE, EMBERS_FROM = QPointF(118, 742), QPointF(690, 792), 470.0


def paint_ignition(painter: QPainter, ctx: RenderContext, scenario, mtor: float) -> None:
    """The arrow from spark to fire, lit by mTOR activity; cut when a blocker is present."""
    tr = ctx.tr
    start, end = QPointF(EMBERS_FROM, SPARK.y()), QPointF(610, SPARK.y())
    arrow_glow(painter, ctx, start, end, "mtor", mtor)
    label = QRectF(455, 756, 170, 24)
    if not scenario.blockers:
        draw_fit(painter, ctx, tr("switches on mTOR"), label, 17, "muted", False, ALIGN_CENTER,
                 secondary=True)
        return
    cut_mark(painter, ctx, QPointF((start.x() + end.x()) / 2, start.y()))
    names = " + ".join(tr(BLOCKER_NAMES[name]) for name in sorted(scenario.blockers))
    draw_fit(painter, ctx, names, label, 17, "blocked", True, ALIGN_CENTER)


def paint_spark(painter: QPainter, ctx: RenderContext, level: float, role: str,
                 phase: float) -> None:
    """A star whose size follows the drug in the brain, shedding embers towards the fire."""
    radius = 8 + 40 * min(max(level, 0.0), 1.0)
    glow(painter, ctx, SPARK, radius * 1.9, role, 0.3 + level)
    points = [QPointF(SPARK.x() + r * math.cos(a), SPARK.y() + r * math.sin(a))
              for r, a in ((radius if k % 2 == 0 else radius * 0.38, k * math.pi / 8 + phase * 0.02)
                           for k in range(16))]
    gradient = QRadialGradient(SPARK, radius)
    gradient.setColorAt(0.0, QColor("#ffffff"))
    gradient.setColorAt(0.45, ctx.theme.color(role).lighter(140))
    gradient.setColorAt(1.0, ctx.theme.color(role))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawPolygon(QPolygonF(points))
    seeds = particle_seeds(71, 12)
    for k in range(int(round(12 * level))):
        u = (seeds[k, 0] + phase * 0.01 * (0.5 + seeds[k, 3])) % 1.0
        x = EMBERS_FROM + u * (FIRE.x() - 40 - EMBERS_FROM)
        y = SPARK.y() - 26 * math.sin(math.pi * u) * (0.4 + seeds[k, 1]) + 30 * u * u
        glow_dot(painter, ctx, QPointF(x, y), 3 + 2 * seeds[k, 4], "orange", 1 - 0.6 * u)


def paint_fire(painter: QPainter, ctx: RenderContext, level: float, heat: float,
                phase: float) -> None:
    """Logs and flames: flame height follows the spines regrown, glow the synaptic proteins."""
    glow(painter, ctx, QPointF(FIRE.x(), FIRE.y() - 40), 95, "proteins", heat)
    wood = ctx.theme.color("pyramidal").darker(230)
    painter.setPen(QPen(wood.darker(140), 1.5))
    painter.setBrush(wood)
    for angle in (-12, 12):
        painter.save()
        painter.translate(FIRE)
        painter.rotate(angle)
        painter.drawRoundedRect(QRectF(-62, -8, 124, 16), 8, 8)
        painter.restore()
    for k, (dx, size) in enumerate(((-34, 0.6), (34, 0.65), (-16, 0.85), (16, 0.8), (0, 1.0))):
        flicker = 1.0 + 0.08 * math.sin(phase * (0.9 + 0.13 * k) + k * 1.7)
        flame(painter, ctx, QPointF(FIRE.x() + dx, FIRE.y() - 6), 16 + 14 * size * level,
               (10 + 95 * level) * size * flicker)


def flame(painter: QPainter, ctx: RenderContext, base: QPointF, half_width: float,
           height: float) -> None:
    """One tongue of flame: vermillion at the root, yellow at the tip, in the palette's own
    bright colours whatever the theme (a picture of fire; the projector's deepened meaning
    colours made it a brown one)."""
    x, y = base.x(), base.y()
    path = QPainterPath(QPointF(x - half_width, y))
    path.cubicTo(QPointF(x - half_width, y - height * 0.55),
                 QPointF(x - half_width * 0.15, y - height * 0.7), QPointF(x, y - height))
    path.cubicTo(QPointF(x + half_width * 0.15, y - height * 0.7),
                 QPointF(x + half_width, y - height * 0.55), QPointF(x + half_width, y))
    path.closeSubpath()
    gradient = QLinearGradient(base, QPointF(x, y - height))
    for stop, name, alpha in ((0.0, "vermillion", 0.95), (0.5, "orange", 0.9),
                              (1.0, "yellow", 0.75)):
        gradient.setColorAt(stop, with_alpha(QColor(OKABE_ITO[name]), alpha))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawPath(path)


# --- clinical forms ---------------------------------------------------------------------

"""The pyramidal neuron of scene 2: a small dendritic tree whose twigs regrow and whose
spines come back as ``spine_density`` rises; spines lost to stress are dotted ghosts."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.model.facts import STRESS_SPINE_LOSS, baseline_spine_density
from app.scenes.art_chart import draw_fit
from app.scenes.base import RenderContext
from app.scenes.cells import cell_body, pyramidal_soma_path
from app.scenes.layout import note_region
from app.scenes.primitives import ALIGN_RIGHT
from app.scenes.sprites import glow_dot

BRANCHES = (((1030, 470), (900, 408)), ((1030, 445), (1172, 392)), ((1030, 372), (880, 318)),
            ((1030, 342), (1182, 282)), ((1030, 262), (950, 228)), ((1030, 262), (1112, 226)))
TWIGS = (((952, 433), (918, 386)), ((1110, 415), (1140, 452)), ((930, 335), (902, 372)),
         ((1120, 306), (1128, 252)), ((980, 241), (958, 270)), ((1082, 240), (1104, 268)))
TRUNK = ((1030, 505), (1030, 262))
HEALTHY_SPINES = 40


def spine_slots() -> list[tuple[float, float, float, float]]:
    """Where spines can sit (x, y, normal x, normal y), in a fixed random order of growth."""
    slots = []
    for (x0, y0), (x1, y1) in BRANCHES + (((1030, 480), (1030, 272)),):
        length = math.hypot(x1 - x0, y1 - y0)
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        count = int(length // 24)
        for k in range(count):
            share, side = (k + 0.8) / (count + 0.3), (1 if k % 2 else -1)
            slots.append((x0 + (x1 - x0) * share, y0 + (y1 - y0) * share, nx * side, ny * side))
    return [slots[i] for i in np.random.default_rng(11).permutation(len(slots))]


SPINE_SLOTS = spine_slots()


def paint_neuron_static(painter: QPainter, ctx: RenderContext) -> None:
    """The pyramidal neuron's trunk, branches and soma; dashed ghosts of full-length twigs."""
    tr = ctx.tr
    painter.setPen(QPen(ctx.theme.color("grey", 0.45), 3, Qt.PenStyle.DashLine,
                        Qt.PenCapStyle.RoundCap))
    for start, end in TWIGS:
        painter.drawLine(QPointF(*start), QPointF(*end))
    color = ctx.theme.color("pyramidal")
    basal = (((1010, 540), (935, 562)), ((1050, 540), (1125, 562)))
    for width, shade in ((11, color.darker(170)), (7, color.darker(115))):
        painter.setPen(QPen(shade, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for start, end in (TRUNK,) + BRANCHES + basal:
            painter.drawLine(QPointF(*start), QPointF(*end))
    cell_body(painter, ctx, pyramidal_soma_path(QPointF(1030, 527), 34), "pyramidal", 0.4)
    draw_fit(painter, ctx, tr("dendrite"), QRectF(1040, 470, 110, 24), 17, "muted",
             secondary=True)  # no room for the hall's type beside the branch
    draw_fit(painter, ctx, tr("cell body"), QRectF(860, 516, 130, 24), 17, "muted", False,
             ALIGN_RIGHT)


def paint_neuron(painter: QPainter, ctx: RenderContext, values: dict, stress: float) -> None:
    """Twigs extend and spines appear with ``spine_density``; spines present before the dose
    are dark, new ones glow, those still lost to stress are dotted ghosts."""
    density = values["spine_density"]
    lowest = 1 - STRESS_SPINE_LOSS
    reach = 0.3 + 0.7 * min(max((density - lowest) / (1 - lowest), 0.0), 1.0)
    painter.setPen(QPen(ctx.theme.color("pyramidal").darker(115), 5, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap))
    for (x0, y0), (x1, y1) in TWIGS:
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + (x1 - x0) * reach, y0 + (y1 - y0) * reach))
    present = HEALTHY_SPINES * density
    before = HEALTHY_SPINES * baseline_spine_density(stress)
    for rank, slot in enumerate(SPINE_SLOTS):
        if rank < present:
            spine(painter, ctx, slot, min(present - rank, 1.0), new=rank >= before)
        elif rank < HEALTHY_SPINES:
            spine(painter, ctx, slot, 1.0, ghost=True)


def spine(painter: QPainter, ctx: RenderContext, slot, grown: float, new: bool = False,
           ghost: bool = False) -> None:
    """One dendritic spine: a stalk and a head (``grown`` 0..1 of full size)."""
    x, y, nx, ny = slot
    length = 12 * grown
    base, neck = QPointF(x, y), QPointF(x + nx * length, y + ny * length)
    head = QPointF(x + nx * (length + 4), y + ny * (length + 4))
    if ghost:
        painter.setPen(QPen(ctx.theme.color("grey", 0.55), 1.6, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(base, neck)
        painter.drawEllipse(head, 5, 5)
        return
    color = ctx.theme.color("spine")
    painter.setPen(QPen(color if new else color.darker(130), 2.5, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap))
    painter.drawLine(base, neck)
    note_region(painter, ctx, "Dendritic spine", QRectF(head.x() - 6, head.y() - 6, 12, 12))
    if new:
        glow_dot(painter, ctx, head, 5.5 * max(grown, 0.3), color.lighter(130))
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color.darker(115))
    painter.drawEllipse(head, 5 * grown, 5 * grown)

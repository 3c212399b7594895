"""The evidence behind each link, as the pictures show it: arrows by level, species
letters, the legend, and the "rodent experiment" tag on rapamycin. The words and the
evidence sentence of a beat are in ``app.story.evidence``.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.model import EVIDENCE
from app.scenes.base import LegendItem, RenderContext
from app.scenes.primitives import ALIGN_CENTER, draw_text, text_width, type_pixels
from app.story.evidence import LEVEL_NAMES, SPECIES_MARKS, SPECIES_NAMES

#: Solid, dashed, dotted: how sure the link is.
LEVEL_PENS = {"established": Qt.PenStyle.SolidLine, "supported": Qt.PenStyle.DashLine,
              "contested": Qt.PenStyle.DotLine}


# --- drawing ------------------------------------------------------------------------------
def species_marks(key: tuple[str, str], tr) -> str:
    """``H R iv``: the species marks of a link, translated."""
    return " ".join(tr(SPECIES_MARKS[s]) for s in EVIDENCE[key].species_in_order)


def paint_marks(painter: QPainter, ctx: RenderContext, key: tuple[str, str],
                at: QPointF) -> None:
    """The species marks of ``key`` in a small pill centred on ``at``."""
    text = species_marks(key, ctx.tr)
    width, height = text_width(ctx, text, 14, True) + 12, type_pixels(ctx, 14) * 1.5
    rect = QRectF(at.x() - width / 2, at.y() - height / 2, width, height)
    painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.2))
    painter.setBrush(ctx.theme.color("panel", 0.9))
    painter.drawRoundedRect(rect, height / 2, height / 2)
    draw_text(painter, ctx, text, rect, 14, "ink", True, ALIGN_CENTER)


def legend_items(tr) -> list[LegendItem]:
    """The evidence view's legend: the three line styles and the three species marks."""
    items = [LegendItem("muted", tr(LEVEL_NAMES[level]), f"line:{level}")
             for level in LEVEL_PENS]
    items += [LegendItem("ink", tr(SPECIES_NAMES[s]), f"mark:{tr(SPECIES_MARKS[s])}")
              for s in SPECIES_MARKS]
    return items


def paint_rodent_tag(painter: QPainter, ctx: RenderContext, top_center: QPointF,
                     width: float = 300.0) -> QRectF:
    """Under the rapamycin pill: this is a rodent experiment; in people it did not block.

    Not in hall type: there the caption says it (``rapamycin_sentence``) and the tag's two
    lines would cover the chain."""
    tr = ctx.tr
    rect = QRectF(top_center.x() - width / 2, top_center.y(), width, 50)
    if ctx.hall_type:
        return rect
    painter.setPen(QPen(ctx.theme.color("vermillion"), 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(ctx.theme.color("panel", 0.92))
    painter.drawRoundedRect(rect, 8, 8)
    draw_text(painter, ctx, tr("rodent experiment"), QRectF(rect.x(), rect.y() + 2, width, 22),
              15, "vermillion", True, ALIGN_CENTER)
    draw_text(painter, ctx, tr("in people: not blocked (Abdallah 2020)"),
              QRectF(rect.x(), rect.y() + 24, width, 22), 14, "ink", False, ALIGN_CENTER)
    return rect

"""Scene 5's row of stage cards under the dendrite: one card per link of the chain, left to
right, with its title (drawn once into the static layer), its reading of the moment, and a
cut mark and a drug tag where a blocker sits.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath

from app.scenes import evidence_view
from app.scenes.base import RenderContext
from app.scenes.chrome import fitted_size
from app.scenes.primitives import (
    ALIGN_CENTER,
    arrow,
    blocker_badge,
    cut_mark,
    draw_text,
    number_in,
    soft_shadow,
    text_width,
)
from app.story.names import BLOCKER_NAMES
from app.story.scenes.bdnf_mtor import over_baseline

STAGE_X = (165.0, 415.0, 665.0, 915.0, 1165.0, 1415.0)
CARD_W, CARD_TOP, CARD_H = 226.0, 662.0, 112.0
HALL_CARD_TOP, HALL_CARD_H = 636.0, 188.0  # three lines of the hall's type and the reading


def card_span(ctx: RenderContext) -> tuple[float, float]:
    """The cards' top and height: taller in hall type."""
    return (HALL_CARD_TOP, HALL_CARD_H) if ctx.hall_type else (CARD_TOP, CARD_H)

#: (card title, role, observable reading) per stage, left to right.
STAGES = (
    (QT_TRANSLATE_NOOP("", "AMPA receptors activated"), "ampa",
     lambda v, tr: f"×{v['ampa_activation']:.2f}"),
    (QT_TRANSLATE_NOOP("", "eEF2 brake released"), "eef2",
     lambda v, tr: tr("p-eEF2 {value:.0%} of baseline").format(value=v["p_eef2"])),
    (QT_TRANSLATE_NOOP("", "BDNF translated and released"), "bdnf",
     lambda v, tr: f"×{v['bdnf']:.2f}"),
    (QT_TRANSLATE_NOOP("", "TrkB activated"), "trkb",
     lambda v, tr: f"×{v['trkb_activation']:.2f}"),
    (QT_TRANSLATE_NOOP("", "mTOR, the cell's foreman"), "mtor",
     lambda v, tr: f"×{v['mtor_activity']:.2f}"),
    (QT_TRANSLATE_NOOP("", "Synapse building blocks"), "proteins",
     lambda v, tr: over_baseline(v["synaptic_proteins"] - 1, tr)),
)
#: Which stage each blocker sits on.
BLOCKED_STAGE = {"nbqx": 0, "trkb_antagonist": 3, "rapamycin": 4}
BADGE_AT = {"nbqx": QPointF(165, 268), "trkb_antagonist": QPointF(935, 256),
            "rapamycin": QPointF(1165, 392)}  # clear of the mTOR node


def paint_stage_cards(painter: QPainter, ctx: RenderContext) -> None:
    """The cards with their titles and the arrows between them (static art)."""
    tr = ctx.tr
    top, height = card_span(ctx)
    for x, (title, role, _) in zip(STAGE_X, STAGES):
        card = QRectF(x - CARD_W / 2, top, CARD_W, height)
        path = QPainterPath()
        path.addRoundedRect(card, 16, 16)
        soft_shadow(painter, path, 4)
        painter.setPen(ctx.theme.color(role, 0.7))
        painter.setBrush(ctx.theme.color("panel"))
        painter.drawPath(path)
        draw_text(painter, ctx, tr(title), QRectF(card.x() + 8, card.y() + 6, card.width() - 16,
                                                  height - 58), 18, "ink", True, ALIGN_CENTER,
                  wrap=True)
    middle = top + height / 2
    for x in STAGE_X[:-1]:
        arrow(painter, ctx, QPointF(x + CARD_W / 2 + 2, middle),
              QPointF(x + 250 - CARD_W / 2 - 2, middle), "muted", 2.5, 10, 0.8)


def paint_stage_readings(painter: QPainter, ctx: RenderContext, values: dict,
                         blockers) -> None:
    """Each card's number of the moment; a cut mark and a drug tag for each blocker."""
    tr = ctx.tr
    top, height = card_span(ctx)
    for x, (_, role, reading) in zip(STAGE_X, STAGES):
        text = reading(values, tr)
        if ctx.hall_type and text_width(ctx, text, 23, True) > CARD_W - 16:
            text = number_in(text)  # the card's title says of what
        draw_text(painter, ctx, text, QRectF(x - CARD_W / 2, top + height - 50, CARD_W, 40),
                  fitted_size(ctx, text, 23, CARD_W - 16, True), role, True, ALIGN_CENTER)
    for blocker in sorted(blockers):
        stage = BLOCKED_STAGE[blocker]
        if stage > 0:
            cut_mark(painter, ctx, QPointF(STAGE_X[stage] - 125, top + height / 2), 20)
        blocker_badge(painter, ctx, BADGE_AT[blocker], tr(BLOCKER_NAMES[blocker]))
        if blocker == "rapamycin":
            evidence_view.paint_rodent_tag(painter, ctx, QPointF(BADGE_AT[blocker].x(), 528))

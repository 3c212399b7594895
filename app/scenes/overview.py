"""Scene 1, overview: the whole pathway as a map, each link glowing with its observable."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.model import Trajectory
from app.model.evidence import EVIDENCE
from app.model.facts import baseline_spine_density
from app.scenes import evidence_view
from app.scenes.base import LegendItem, RenderContext, Scene
from app.scenes.chrome import fitted_size
from app.scenes.layout import note_region
from app.scenes.primitives import (
    ALIGN_CENTER,
    arrow,
    blocker_badge,
    cut_mark,
    draw_text,
    gauge,
    number_in,
    soft_shadow,
    text_width,
)
from app.scenes.sprites import glow
from app.story.catalogue import CATALOGUE
from app.story.names import BLOCKER_NAMES
from app.story.scenes import overview as story
from app.story.scenes.overview import NODES, node_label

#: Which node each blocker cuts (the arrow into it carries the cut mark).
CUTS = {"nbqx": "ampa_activation", "trkb_antagonist": "trkb_activation",
        "rapamycin": "mtor_activity"}

NODE_W, NODE_H = 236.0, 118.0
#: The glossary entry a node's card opens (hovered or clicked in the window).
NODE_TERMS = {"brain_uM": "Ketamine", "nmda_block_interneuron": "NMDA receptor",
              "interneuron_activity": "GABA interneuron", "pyramidal_activity": "Disinhibition",
              "glutamate": "Glutamate", "ampa_activation": "AMPA receptor", "p_eef2": "eEF2",
              "bdnf": "BDNF", "trkb_activation": "TrkB", "mtor_activity": "mTOR",
              "synaptic_proteins": "PSD-95", "spine_density": "Dendritic spine"}
HALL_NODE_H = 150.0  # two lines of the hall's type, the reading and the bar


def _layout(height: float = NODE_H) -> list[QRectF]:
    """Snake layout: five nodes left to right, five right to left, three left to right."""
    rects = []
    xs = [60 + i * 300 for i in range(5)]
    for x in xs:
        rects.append(QRectF(x, 146, NODE_W, height))
    for x in reversed(xs):
        rects.append(QRectF(x, 370, NODE_W, height))
    for x in xs[:3]:
        rects.append(QRectF(x, 594, NODE_W, height))
    return rects


RECTS = _layout()
HALL_RECTS = _layout(HALL_NODE_H)
SIDE_BOX = QRectF(1000, 584, 540, 150)

def node_rects(ctx: RenderContext) -> list[QRectF]:
    """The cards' places: taller in hall type, for its larger type."""
    return HALL_RECTS if ctx.hall_type else RECTS


class OverviewScene(Scene):
    """The pathway map: which link is lit up now, and where a blocker cuts it."""

    entry = CATALOGUE["overview"]

    story = story

    def evidence_legend(self, tr) -> list[LegendItem]:
        return evidence_view.legend_items(tr)

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ketamine", tr("drug")),
                LegendItem("interneuron", tr("inhibitory (GABA)")),
                LegendItem("glutamate", tr("excitatory (glutamate)")),
                LegendItem("bdnf", tr("growth signal")), LegendItem("mtor", tr("mTOR")),
                LegendItem("spine", tr("synapses and mood")),
                LegendItem("blocked", tr("blocked link"), "line")]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        tr = ctx.tr
        values = trajectory.at(t)
        s0 = baseline_spine_density(trajectory.scenario.stress)
        levels = [min(max(node.level(values, s0), 0.0), 1.0) for node in NODES]
        cut_nodes = {CUTS[b]: b for b in trajectory.scenario.blockers}
        rects = node_rects(ctx)
        for node, rect, level in zip(NODES, rects, levels):
            glow(painter, ctx, rect.center(), rect.width() * 0.75, node.role, level)
        for i in range(len(NODES) - 1):
            cut = NODES[i + 1].observable in cut_nodes
            if ctx.evidence:
                self._paint_evidence_link(painter, ctx, i, levels[i], cut)
            else:
                self._paint_link(painter, ctx, i, levels[i], cut)
        art = QRectF(0, 0, 1600, 900)
        drug = trajectory.scenario.drug
        layer = ctx.cached_layer(self.id, f"static-{drug}", art,
                                 lambda p: self._paint_static(p, ctx, drug))
        painter.drawImage(art, layer, QRectF(layer.rect()))
        for node, rect, level in zip(NODES, rects, levels):
            self._paint_node_state(painter, ctx, node, rect, level, node.reading(values, s0, tr))
        for observable, blocker in cut_nodes.items():
            index = [n.observable for n in NODES].index(observable)
            start, end = _link_points(index - 1, rects)
            middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            vertical = abs(start.x() - end.x()) < 1
            # a horizontal link's gap is narrower than the tag: it goes above the row, in
            # the space between the rows, clear of the cards (the hall's cards are taller)
            lift = HALL_NODE_H / 2 + 34 if ctx.hall_type else NODE_H / 2 + 30
            badge_at = (QPointF(middle.x() - 110, middle.y()) if vertical
                        else QPointF(middle.x(), middle.y() - lift))
            badge = blocker_badge(painter, ctx, badge_at, tr(BLOCKER_NAMES[blocker]))
            if blocker == "rapamycin":
                evidence_view.paint_rodent_tag(painter, ctx, QPointF(badge.center().x(),
                                                                     badge.top() - 54))
        self._paint_side_effects(painter, ctx, values)

    def _paint_link(self, painter, ctx, index, level, cut) -> None:
        start, end = _link_points(index, node_rects(ctx))
        arrow(painter, ctx, start, end, "muted", 3.0, 14.0, 0.45)
        if level > 0.02 and not cut:
            arrow(painter, ctx, start, end, NODES[index].role, 5.0, 16.0, min(1.0, 0.25 + level))
        if cut:
            cut_mark(painter, ctx, QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2))

    def _paint_evidence_link(self, painter, ctx, index, level, cut) -> None:
        """The link drawn by how sure it is (solid, dashed, dotted) with its species."""
        start, end = _link_points(index, node_rects(ctx))
        key = (NODES[index].observable, NODES[index + 1].observable)
        lit = level > 0.02 and not cut
        arrow(painter, ctx, start, end, NODES[index].role if lit else "muted", 4.0, 16.0,
              min(1.0, 0.45 + level) if lit else 0.7,
              style=evidence_view.LEVEL_PENS[EVIDENCE[key].level])
        middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
        vertical = abs(start.x() - end.x()) < 1
        evidence_view.paint_marks(painter, ctx, key, QPointF(middle.x() + 40, middle.y())
                                  if vertical else QPointF(middle.x(), middle.y() + 26))
        if cut:
            cut_mark(painter, ctx, middle)

    def _paint_static(self, painter, ctx, drug: str) -> None:
        """Node cards with their names (the first names the drug) and the side-effect box:
        drawn once per size, theme and drug."""
        tr = ctx.tr
        for node, rect in zip(NODES, node_rects(ctx)):
            path = QPainterPath()
            path.addRoundedRect(rect, 22, 22)
            soft_shadow(painter, path, 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ctx.theme.color("panel"))
            painter.drawPath(path)
            if node.observable in NODE_TERMS:
                note_region(painter, ctx, NODE_TERMS[node.observable], rect)
            label = node_label(node, drug, tr)
            # a label without spaces (Chinese) cannot wrap cleanly: it shrinks to one line
            size = 19 if " " in label else fitted_size(ctx, label, 19, rect.width() - 20, True)
            draw_text(painter, ctx, label, QRectF(rect.x() + 10, rect.y() + 8,
                                                  rect.width() - 20, rect.height() - 68),
                      size, "ink", True, ALIGN_CENTER, wrap=True)
        path = QPainterPath()
        path.addRoundedRect(SIDE_BOX, 18, 18)
        painter.setPen(QPen(ctx.theme.color("muted", 0.4), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(ctx.theme.color("panel", 0.6))
        painter.drawPath(path)
        note_region(painter, ctx, "Dissociation", SIDE_BOX)
        draw_text(painter, ctx, tr("Side effects follow the drug (gone within hours)"),
                  QRectF(SIDE_BOX.x() + 18, SIDE_BOX.y() + 8, SIDE_BOX.width() - 36, 34), 17,
                  "muted", True, secondary=True)

    def _paint_node_state(self, painter, ctx, node, rect, level, reading) -> None:
        """What changes with time: the card's border, its level bar and its reading."""
        painter.setPen(QPen(ctx.theme.color(node.role, 0.35 + 0.65 * level),
                            (2 + 3 * level) * ctx.theme.line_scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 22, 22)
        if level > 0.005:
            bar = QRectF(rect.x() + 16, rect.bottom() - 20, (rect.width() - 32) * level, 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ctx.theme.color(node.role))
            painter.drawRoundedRect(bar, 4, 4)
        if ctx.hall_type and text_width(ctx, reading, 20, True) > rect.width() - 20:
            reading = number_in(reading)  # the card's name says of what
        draw_text(painter, ctx, reading,
                  QRectF(rect.x() + 10, rect.bottom() - 56, rect.width() - 20, 28),
                  fitted_size(ctx, reading, 20, rect.width() - 20, True), node.role, True,
                  ALIGN_CENTER)

    def _paint_side_effects(self, painter, ctx, values) -> None:
        tr = ctx.tr
        box = SIDE_BOX
        top = box.y() + (12 if ctx.hall_type else 46)  # in a hall the box has no title
        gauge(painter, ctx, QRectF(box.x() + 18, top, box.width() - 36, 44),
              values["dissociation"], tr("Dissociation"),
              tr("{value:.0%} of maximum").format(value=values["dissociation"]),
              "dissociation")
        gauge(painter, ctx, QRectF(box.x() + 18, top + (70 if ctx.hall_type else 50),
                                   box.width() - 36, 44),
              values["blood_pressure_mmHg"] / 30.0, tr("Blood pressure rise"),
              f"+{values['blood_pressure_mmHg']:.0f} mmHg", "pressure")


def _link_points(index: int, rects: list[QRectF]) -> tuple[QPointF, QPointF]:
    """Arrow from node ``index`` to node ``index + 1`` along the snake."""
    a, b = rects[index], rects[index + 1]
    if abs(a.center().y() - b.center().y()) < 1:
        if b.center().x() > a.center().x():
            return QPointF(a.right() + 6, a.center().y()), QPointF(b.left() - 6, b.center().y())
        return QPointF(a.left() - 6, a.center().y()), QPointF(b.right() + 6, b.center().y())
    return QPointF(a.center().x(), a.bottom() + 6), QPointF(b.center().x(), b.top() - 6)

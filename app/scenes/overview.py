"""Scene 1, overview: the whole pathway as a map, each link glowing with its observable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.i18n import translated
from app.model import Trajectory
from app.model.cascade import baseline_spine_density
from app.model.evidence import EVIDENCE
from app.model.parameters import value as parameter
from app.scenes import evidence_view
from app.scenes.base import Beat, LegendItem, RenderContext, Scene
from app.scenes.beats import fade_time, largest_change, ordered_unique, peak_time
from app.scenes.chrome import BLOCKER_NAMES, fitted_size
from app.scenes.primitives import (
    ALIGN_CENTER,
    arrow,
    blocker_badge,
    cut_mark,
    draw_text,
    gauge,
    glow,
    soft_shadow,
)
from app.timefmt import format_clock


@dataclass(frozen=True)
class Node:
    """One link of the chain on the map."""

    observable: str
    label: str
    role: str
    level: Callable[[dict, float], float]   # (values at t, baseline spines) -> 0..1
    reading: Callable[[dict, float, Callable[[str], str]], str]


def signed_percent(change: float) -> str:
    """``+39%`` / ``-21%``, and a plain ``0%`` for changes too small to show."""
    return "0%" if abs(change) < 0.005 else f"{change:+.0%}"


def _ratio(name):
    return lambda v, s0, tr: f"×{v[name]:.2f}"


NODES = (
    Node("brain_uM", QT_TRANSLATE_NOOP("", "Ketamine in brain"), "ketamine",  # follows plasma
         lambda v, s0: v["brain_uM"] / 1.0, lambda v, s0, tr: f"{v['brain_uM']:.2f} µM"),
    Node("nmda_block_interneuron", QT_TRANSLATE_NOOP("", "NMDA block on interneurons"), "nmda",
         lambda v, s0: v["nmda_block_interneuron"],
         lambda v, s0, tr: tr("{value:.0%} of receptors").format(value=v["nmda_block_interneuron"])),
    Node("interneuron_activity", QT_TRANSLATE_NOOP("", "Interneurons fall silent"), "interneuron",
         lambda v, s0: (1 - v["interneuron_activity"]) / 0.85,
         lambda v, s0, tr: tr("firing {value:.0%} of baseline").format(value=v["interneuron_activity"])),
    Node("pyramidal_activity", QT_TRANSLATE_NOOP("", "Pyramidal cells disinhibited"), "pyramidal",
         lambda v, s0: v["pyramidal_activity"] - 1, _ratio("pyramidal_activity")),
    Node("glutamate", QT_TRANSLATE_NOOP("", "Glutamate surge"), "glutamate",
         lambda v, s0: v["glutamate"] - 1, _ratio("glutamate")),
    Node("ampa_activation", QT_TRANSLATE_NOOP("", "AMPA receptors activated"), "ampa",
         lambda v, s0: v["ampa_activation"] - 1, _ratio("ampa_activation")),
    Node("p_eef2", QT_TRANSLATE_NOOP("", "eEF2 brake released"), "eef2",
         lambda v, s0: (1 - v["p_eef2"]) / 0.6,
         lambda v, s0, tr: tr("p-eEF2 {value:.0%} of baseline").format(value=v["p_eef2"])),
    Node("bdnf", QT_TRANSLATE_NOOP("", "BDNF translated"), "bdnf",
         lambda v, s0: (v["bdnf"] - 1) / 0.8, _ratio("bdnf")),
    Node("trkb_activation", QT_TRANSLATE_NOOP("", "TrkB activated"), "trkb",
         lambda v, s0: (v["trkb_activation"] - 1) / 0.8, _ratio("trkb_activation")),
    Node("mtor_activity", QT_TRANSLATE_NOOP("", "mTOR switched on"), "mtor",
         lambda v, s0: v["mtor_activity"] - 1, _ratio("mtor_activity")),
    Node("synaptic_proteins", QT_TRANSLATE_NOOP("", "Synaptic proteins made"), "proteins",
         lambda v, s0: (v["synaptic_proteins"] - 1) / 0.5,
         lambda v, s0, tr: tr("{value} over baseline").format(
             value=signed_percent(v["synaptic_proteins"] - 1))),
    Node("spine_density", QT_TRANSLATE_NOOP("", "New dendritic spines"), "spine",
         lambda v, s0: (v["spine_density"] - s0) / max(parameter("spine_ceiling") - s0, 1e-6),
         lambda v, s0, tr: tr("{value:.0%} of healthy").format(value=v["spine_density"])),
    Node("antidepressant_effect", QT_TRANSLATE_NOOP("", "Symptom relief"), "mood",
         lambda v, s0: v["antidepressant_effect"],
         lambda v, s0, tr: tr("{value:.0%} of max. relief").format(value=v["antidepressant_effect"])),
)

MOVED = 0.01  # a change from baseline smaller than this is no event worth a beat
ACTIVE = 0.15  # a link this lit (0..1 of its card's scale) counts as set in motion


def links_that_matter(levels: list[tuple[float, Node]], count: int = 4) -> list[Node]:
    """The most strongly lit links now, in chain order, with the front of the wave (the
    last link set in motion) always among them."""
    active = [(level, i) for i, (level, _) in enumerate(levels) if level > ACTIVE]
    front = max(i for _, i in active)
    strongest = {i for _, i in sorted(active, reverse=True)[:count - 1]} | {front}
    return [levels[i][1] for i in sorted(strongest)]


#: Which node each blocker cuts (the arrow into it carries the cut mark).
CUTS = {"nbqx": "ampa_activation", "trkb_antagonist": "trkb_activation",
        "rapamycin": "mtor_activity"}

NODE_W, NODE_H = 236.0, 118.0


def _layout() -> list[QRectF]:
    """Snake layout: five nodes left to right, five right to left, three left to right."""
    rects = []
    xs = [60 + i * 300 for i in range(5)]
    for x in xs:
        rects.append(QRectF(x, 146, NODE_W, NODE_H))
    for x in reversed(xs):
        rects.append(QRectF(x, 370, NODE_W, NODE_H))
    for x in xs[:3]:
        rects.append(QRectF(x, 594, NODE_W, NODE_H))
    return rects


RECTS = _layout()
SIDE_BOX = QRectF(1000, 584, 540, 150)


class OverviewScene(Scene):
    """The pathway map: which link is lit up now, and where a blocker cuts it."""

    id = "overview"
    number = 1
    title = QT_TRANSLATE_NOOP("", "The whole cascade")
    subtitle = QT_TRANSLATE_NOOP("", "From one dose of ketamine to new synapses and lasting relief")
    window = (0.0, 14 * 24.0)
    scale = "log"
    plots = ("brain_uM", "glutamate", "mtor_activity", "spine_density", "antidepressant_effect")

    def beats(self, trajectory: Trajectory, tr=translated) -> list[Beat]:
        window = self.window_for(trajectory)
        found = [Beat("dose", tr("Dose starts"), 0.0)]
        glutamate = peak_time(trajectory, "glutamate", window)
        if trajectory.value("glutamate", glutamate) >= 1.0:
            found.append(Beat("glutamate-peak", tr("Glutamate surge"), glutamate))
        else:  # an anaesthetic dose silences the pyramidal cells too
            found.append(Beat("glutamate-low", tr("Glutamate falls instead of surging"),
                              glutamate))
        # links that hardly move (a cut chain, an SSRI's mTOR) get no beat
        for key, label, name in (("mtor-peak", tr("mTOR at its peak"), "mtor_activity"),
                                 ("spine-peak", tr("Most spines restored"), "spine_density")):
            if largest_change(trajectory, name, window) > MOVED:
                found.append(Beat(key, label, peak_time(trajectory, name, window)))
        found.append(Beat("drug-gone", tr("Drug almost gone, rebuilding goes on"),
                          fade_time(trajectory, "plasma_uM", 0.01, window)))
        return ordered_unique(found)

    def caption(self, trajectory: Trajectory, t: float, tr=translated) -> str:
        values = trajectory.at(t)
        s0 = baseline_spine_density(trajectory.scenario.stress)
        levels = [(node.level(values, s0), node) for node in NODES]
        head = tr("At {clock}, ").format(clock=format_clock(t, tr))
        if not any(level > ACTIVE for level, _ in levels):
            return head + tr("the chain is at rest: nothing has been set in motion yet, or "
                             "everything has settled back.")
        lit = tr("; ").join(tr("{link} ({reading})").format(link=tr(node.label),
                                                            reading=node.reading(values, s0, tr))
                            for node in links_that_matter(levels))
        blocked = [tr(BLOCKER_NAMES[b]) for b in sorted(trajectory.scenario.blockers)]
        tail = (tr(" {names} cuts the chain: everything after its link stays at rest.")
                .format(names=" + ".join(blocked)) if blocked else "")
        return head + tr("most active now: {links}.").format(links=lit) + tail

    def evidence_legend(self, tr) -> list[LegendItem]:
        return evidence_view.legend_items(tr)

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ketamine", tr("drug")), LegendItem("interneuron", tr("inhibitory (GABA)")),
                LegendItem("glutamate", tr("excitatory (glutamate)")),
                LegendItem("bdnf", tr("growth signal")), LegendItem("mtor", tr("mTOR")),
                LegendItem("spine", tr("synapses and mood")),
                LegendItem("vermillion", tr("blocked link"), "line")]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        tr = ctx.tr
        values = trajectory.at(t)
        s0 = baseline_spine_density(trajectory.scenario.stress)
        levels = [min(max(node.level(values, s0), 0.0), 1.0) for node in NODES]
        cut_nodes = {CUTS[b]: b for b in trajectory.scenario.blockers}
        for node, rect, level in zip(NODES, RECTS, levels):
            glow(painter, ctx, rect.center(), rect.width() * 0.75, node.role, level)
        for i in range(len(NODES) - 1):
            cut = NODES[i + 1].observable in cut_nodes
            if ctx.evidence:
                self._paint_evidence_link(painter, ctx, i, levels[i], cut)
            else:
                self._paint_link(painter, ctx, i, levels[i], cut)
        art = QRectF(0, 0, 1600, 900)
        layer = ctx.cached_layer(self.id, "static", art, lambda p: self._paint_static(p, ctx))
        painter.drawImage(art, layer, QRectF(layer.rect()))
        for node, rect, level in zip(NODES, RECTS, levels):
            self._paint_node_state(painter, ctx, node, rect, level, node.reading(values, s0, tr))
        for observable, blocker in cut_nodes.items():
            index = [n.observable for n in NODES].index(observable)
            start, end = _link_points(index - 1)
            middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            vertical = abs(start.x() - end.x()) < 1
            badge_at = (QPointF(middle.x() - 110, middle.y()) if vertical
                        else QPointF(middle.x(), middle.y() - 40))
            badge = blocker_badge(painter, ctx, badge_at, tr(BLOCKER_NAMES[blocker]))
            if blocker == "rapamycin":
                evidence_view.paint_rodent_tag(painter, ctx, QPointF(badge.center().x(),
                                                                     badge.top() - 58))
        self._paint_side_effects(painter, ctx, values)

    def _paint_link(self, painter, ctx, index, level, cut) -> None:
        start, end = _link_points(index)
        arrow(painter, ctx, start, end, "muted", 3.0, 14.0, 0.45)
        if level > 0.02 and not cut:
            arrow(painter, ctx, start, end, NODES[index].role, 5.0, 16.0, min(1.0, 0.25 + level))
        if cut:
            cut_mark(painter, ctx, QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2))

    def _paint_evidence_link(self, painter, ctx, index, level, cut) -> None:
        """The link drawn by how sure it is (solid, dashed, dotted) with its species."""
        start, end = _link_points(index)
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

    def _paint_static(self, painter, ctx) -> None:
        """Node cards with their names and the side-effect box: drawn once per size/theme."""
        tr = ctx.tr
        for node, rect in zip(NODES, RECTS):
            path = QPainterPath()
            path.addRoundedRect(rect, 22, 22)
            soft_shadow(painter, path, 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ctx.theme.color("panel"))
            painter.drawPath(path)
            label = tr(node.label)
            # a label without spaces (Chinese) cannot wrap cleanly: it shrinks to one line
            size = 19 if " " in label else fitted_size(ctx, label, 19, rect.width() - 20, True)
            draw_text(painter, ctx, label, QRectF(rect.x() + 10, rect.y() + 8,
                                                  rect.width() - 20, 50),
                      size, "ink", True, ALIGN_CENTER, wrap=True)
        path = QPainterPath()
        path.addRoundedRect(SIDE_BOX, 18, 18)
        painter.setPen(QPen(ctx.theme.color("muted", 0.4), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(ctx.theme.color("panel", 0.6))
        painter.drawPath(path)
        draw_text(painter, ctx, tr("Side effects follow the drug (gone within hours)"),
                  QRectF(SIDE_BOX.x() + 18, SIDE_BOX.y() + 8, SIDE_BOX.width() - 36, 34), 17,
                  "muted", True)

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
        draw_text(painter, ctx, reading, QRectF(rect.x() + 10, rect.y() + 62, rect.width() - 20, 28),
                  fitted_size(ctx, reading, 20, rect.width() - 20, True), node.role, True,
                  ALIGN_CENTER)

    def _paint_side_effects(self, painter, ctx, values) -> None:
        tr = ctx.tr
        box = SIDE_BOX
        gauge(painter, ctx, QRectF(box.x() + 18, box.y() + 46, box.width() - 36, 44),
              values["dissociation"], tr("Dissociation"),
              tr("{value:.0%} of maximum").format(value=values["dissociation"]),
              "dissociation")
        gauge(painter, ctx, QRectF(box.x() + 18, box.y() + 96, box.width() - 36, 44),
              values["blood_pressure_mmHg"] / 30.0, tr("Blood pressure rise"),
              f"+{values['blood_pressure_mmHg']:.0f} mmHg", "pressure")


def _link_points(index: int) -> tuple[QPointF, QPointF]:
    """Arrow from node ``index`` to node ``index + 1`` along the snake."""
    a, b = RECTS[index], RECTS[index + 1]
    if abs(a.center().y() - b.center().y()) < 1:
        if b.center().x() > a.center().x():
            return QPointF(a.right() + 6, a.center().y()), QPointF(b.left() - 6, b.center().y())
        return QPointF(a.left() - 6, a.center().y()), QPointF(b.right() + 6, b.center().y())
    return QPointF(a.center().x(), a.bottom() + 6), QPointF(b.center().x(), b.top() - 6)

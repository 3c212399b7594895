"""Scene 6, spine-growth: a dendrite branch thinned by chronic stress puts out new spines
as synaptic proteins accumulate; they mature from filopodia to mushroom spines, restore
the lost synapses (and the mood meter with them), and recede days later.

The branch has fixed, seeded spine sites; the spines drawn are the first
``spine_count(trajectory, t)`` of a fixed order, so a spine keeps its place as ``t`` moves
and which spines exist is a pure function of ``spine_density``.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from app.model import Trajectory
from app.model.facts import SPINE_CEILING, baseline_spine_density
from app.scenes import evidence_view
from app.scenes.art_dendrite import (
    Branch,
    arc_meter,
    arc_meter_track,
    branch_highlight,
    draw_ghost_spine,
    draw_spine,
    soma_path,
)
from app.scenes.base import ART_RECT, LegendItem, RenderContext, Scene
from app.scenes.cells import cell_body
from app.scenes.primitives import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    blocker_badge,
    draw_label,
    draw_text,
    gauge,
    soft_shadow,
    text_width,
)
from app.scenes.sprites import glow, motion_phase, particle_seeds
from app.story.catalogue import CATALOGUE
from app.story.names import BLOCKER_NAMES
from app.story.scenes import spine_growth as story
from app.story.scenes.spine_growth import (
    N_HEALTHY,
    N_SITES,
    baseline_count,
    spine_count,
)

BRANCH = Branch(((165, 745), (300, 450), (700, 650), (1150, 262)), 30.0, 10.0)
SOMA_CENTER, SOMA_SIZE = QPointF(150, 752), 62.0
PANEL = QRectF(1206, 136, 344, 640)
#: The branch and its spines (tests compare this region between frames).
BRANCH_REGION = QRectF(60, 190, 1130, 560)
PROTEIN_SPAN = 0.4                  # synaptic-protein rise that matures a spine fully


def _spine_sites() -> list[tuple]:
    """Fixed sites (u along the branch, side, angle jitter, length, appearance rank)."""
    seeds = particle_seeds(61, N_SITES)
    rank = np.argsort(np.argsort(seeds[:, 4]))
    sites = []
    for k in range(N_SITES):
        side = 1 if k % 2 == 0 else -1
        slot = k // 2 + 0.5 + 0.3 * (seeds[k, 0] - 0.5)
        u = 0.13 + 0.84 * slot / (N_SITES // 2)
        sites.append((u, side, 40.0 * (seeds[k, 1] - 0.5), 44.0 + 22.0 * seeds[k, 3],
                      int(rank[k])))
    return sites


SITES = _spine_sites()


def present_sites(count: int) -> list[tuple]:
    """The sites holding a spine when ``count`` spines exist, in order of appearance: the
    first ``count`` of a fixed order, so a spine keeps its site as the count changes."""
    return sorted((site for site in SITES if site[4] < count), key=lambda site: site[4])


def thickness(stress: float) -> float:
    """Branch thickness relative to healthy: chronic stress thins it (static per scenario)."""
    return 1.0 - 1.5 * (1.0 - baseline_spine_density(stress))


class SpineGrowthScene(Scene):
    """New spines sprout on a stress-thinned branch, mature, and recede days later."""

    entry = CATALOGUE["spine-growth"]

    story = story

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("pyramidal", tr("dendrite and its spines"), "square"),
                LegendItem("spine", tr("new spine")),
                LegendItem("muted", tr("lost to stress"), "ring"),
                LegendItem("proteins", tr("synaptic proteins"), "square"),
                LegendItem("mood", tr("symptom relief"), "line"),
                LegendItem("blocked", tr("blocked"), "line")]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        stress = trajectory.scenario.stress
        before = baseline_count(stress)
        layer = ctx.cached_layer(self.id, f"branch-{before}-{thickness(stress):.3f}", ART_RECT,
                                 lambda p: _paint_static(p, ctx, stress))
        painter.drawImage(ART_RECT, layer, QRectF(layer.rect()))
        values = trajectory.at(t)
        count = spine_count(trajectory, t)
        phase = 0.0 if ctx.reduce_motion else motion_phase(self.timescale_for(trajectory)
                                                           .to_position(t), 60.0)
        _paint_new_spines(painter, ctx, stress, count, before, values, phase)
        _paint_panel(painter, ctx, values, count, before)
        if trajectory.scenario.blockers:
            _paint_blocker_tag(painter, ctx, sorted(trajectory.scenario.blockers))


# --- geometry of one spine ---------------------------------------------------------------
def _site_geometry(site, stress: float) -> tuple[QPointF, float, float]:
    """Base point on the membrane, pointing angle (degrees) and full length of a site."""
    u, side, jitter, length, _ = site
    base = BRANCH.edge(u, side, thickness(stress))
    nx, ny = BRANCH.normal(u)
    angle = math.degrees(math.atan2(ny * side, nx * side)) + jitter
    return base, angle, length


def maturity(count_exact: float, rank: int, proteins: float) -> float:
    """0 (filopodium) .. 1 (mushroom) for the new spine of appearance ``rank``: grows with
    how far spine density has risen past the spine's birth, and with synaptic proteins."""
    grown = (count_exact - (rank + 0.5)) / 2.5
    supplied = 0.5 * min(max((proteins - 1.0) / PROTEIN_SPAN, 0.0), 1.0)
    return min(max(grown + supplied, 0.0), 1.0)


# --- static art (cached per stress level) --------------------------------------------------
def _paint_static(painter: QPainter, ctx: RenderContext, stress: float) -> None:
    """Ghosts of lost spines, the spines present before the dose, the branch, the soma,
    the panel frame and the labels that never change."""
    painter.translate(-ART_RECT.x(), -ART_RECT.y())
    before, thick = baseline_count(stress), thickness(stress)
    if thick < 0.999:
        painter.setPen(QPen(ctx.theme.color("muted", 0.5), 1.6, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(BRANCH.outline(1.0))
    for site in SITES:
        base, angle, length = _site_geometry(site, stress)
        if before <= site[4] < N_HEALTHY:
            draw_ghost_spine(painter, ctx, base, angle, length)
        elif site[4] < before:
            draw_spine(painter, ctx, base, angle, length, 1.0,
                       ctx.theme.color("pyramidal").darker(115))
    neuron = BRANCH.outline(thick).united(_soma_path())
    cell_body(painter, ctx, neuron, "pyramidal", 0.15)
    branch_highlight(painter, BRANCH, thick, QColor(255, 255, 255, 46))
    _paint_static_labels(painter, ctx, stress)
    _paint_panel_frame(painter, ctx)


def _soma_path() -> QPainterPath:
    """The cell body, its apex turned along the start of the branch."""
    nx, ny = BRANCH.normal(0.0)
    return soma_path(SOMA_CENTER, SOMA_SIZE, math.degrees(math.atan2(nx, -ny)) + 90.0)


def _paint_static_labels(painter: QPainter, ctx: RenderContext, stress: float) -> None:
    """Heading, cell body, and callouts to a mature spine, a lost one, the healthy outline."""
    tr = ctx.tr
    draw_text(painter, ctx, tr("A dendrite of a pyramidal neuron in prefrontal cortex"),
              QRectF(60, 126, 1100, 30), 19, "muted")
    draw_label(painter, ctx, tr("cell body"), QPointF(SOMA_CENTER.x() + 70, SOMA_CENTER.y() + 30),
               17, "muted", "left")
    mature, ghost, _ = _callout_sites(stress)
    if mature is not None:
        _callout(painter, ctx, tr("mature (mushroom) spine"), mature, stress, "ink")
    if ghost is not None:
        _callout(painter, ctx, tr("lost to chronic stress"), ghost, stress, "muted")
    if thickness(stress) < 0.999:
        tip = BRANCH.point(1.0)
        draw_label(painter, ctx, tr("healthy thickness"), QPointF(tip.x() - 70, tip.y() - 70),
                   17, "muted")


def _paint_panel_frame(painter: QPainter, ctx: RenderContext) -> None:
    """The side panel's card, headings and the empty dial track."""
    tr = ctx.tr
    path = QPainterPath()
    path.addRoundedRect(PANEL, 18, 18)
    soft_shadow(painter, path, 5)
    painter.setPen(QPen(ctx.theme.color("muted", 0.35), 1.5))
    painter.setBrush(ctx.theme.color("panel", 0.92))
    painter.drawPath(path)
    left, width = PANEL.x() + 20, PANEL.width() - 40
    draw_text(painter, ctx, tr("Spines on this branch"), QRectF(left, 148, width, 30), 20, "ink",
              True)
    draw_text(painter, ctx, tr("Symptom relief"), QRectF(left, 456, width, 30), 20, "ink", True)
    dial = _dial_rect()
    arc_meter_track(painter, ctx, dial)
    draw_text(painter, ctx, "0%", QRectF(dial.left() - 20, dial.center().y() + 14, 60, 24), 16,
              "muted", align=ALIGN_CENTER, secondary=True)
    draw_text(painter, ctx, "100%", QRectF(dial.right() - 40, dial.center().y() + 14, 60, 24), 16,
              "muted", align=ALIGN_CENTER, secondary=True)
    draw_text(painter, ctx, tr("share of the model's largest relief"),
              QRectF(left, 712, width, 56), 16, "muted", align=ALIGN_CENTER, wrap=True,
              secondary=True)


def _dial_rect() -> QRectF:
    """The square the mood meter's half circle is drawn in."""
    return QRectF(PANEL.center().x() - 104, 548, 208, 208)


def _callout_sites(stress: float):
    """Sites to label: a mature spine, a ghost (last to come back), the first new spine."""
    before = baseline_count(stress)
    by_rank = {site[4]: site for site in SITES}
    ghost = by_rank.get(N_HEALTHY - 1) if before < N_HEALTHY else None
    first_new = by_rank.get(before)
    taken = [s[0] for s in (ghost, first_new) if s is not None]
    candidates = [s for s in SITES if s[4] < before and 0.15 < s[0] < 0.85 and s[1] > 0]
    mature = max(candidates, key=lambda s: min((abs(s[0] - u) for u in taken), default=1.0),
                 default=None)
    return mature, ghost, first_new


def _callout(painter: QPainter, ctx: RenderContext, text: str, site, stress: float,
             color: str, bold: bool = False) -> None:
    """A label out beyond a spine's head, joined to it by a thin leader line."""
    tip, anchor = _beyond_tip(site, stress, 4), _beyond_tip(site, stress, 58)
    painter.setPen(QPen(ctx.theme.color(color, 0.7), 1.5))
    painter.drawLine(tip, anchor)
    _, angle, _ = _site_geometry(site, stress)
    along = math.cos(math.radians(angle))
    align = "left" if along > 0.5 else "right" if along < -0.5 else "center"
    width = text_width(ctx, text, 17, bold) + 16
    left = {"left": anchor.x(), "right": anchor.x() - width,
            "center": anchor.x() - width / 2}[align]
    dx = max(BRANCH_REGION.left() - left, 0.0) + min(BRANCH_REGION.right() - left - width, 0.0)
    dy = (-14 if math.sin(math.radians(angle)) < 0 else 14) if align == "center" else 0.0
    draw_label(painter, ctx, text, QPointF(anchor.x() + dx, anchor.y() + dy), 17, color, align,
               bold)


def _beyond_tip(site, stress: float, gap: float) -> QPointF:
    """The point ``gap`` px beyond the full length of the spine at ``site``."""
    base, angle, length = _site_geometry(site, stress)
    reach = length + gap
    return QPointF(base.x() + math.cos(math.radians(angle)) * reach,
                   base.y() + math.sin(math.radians(angle)) * reach)


# --- what changes every frame --------------------------------------------------------------
def _paint_new_spines(painter, ctx, stress, count, before, values, phase) -> None:
    """Spines beyond the pre-dose count: number from ``spine_density``, shape (filopodium to
    mushroom) from how far density has risen since each was born and ``synaptic_proteins``;
    young filopodia wave (they are motile)."""
    tr = ctx.tr
    exact = N_HEALTHY * values["spine_density"]
    green = ctx.theme.color("spine")
    for site in present_sites(count)[before:]:
        rank = site[4]
        m = maturity(exact, rank, values["synaptic_proteins"])
        base, angle, length = _site_geometry(site, stress)
        angle += (1.0 - m) * 14.0 * math.sin(phase * (0.5 + 0.1 * (rank % 5)) + rank)
        reach = length * (1.0 - 0.3 * m) - 4
        head = QPointF(base.x() + math.cos(math.radians(angle)) * reach,
                       base.y() + math.sin(math.radians(angle)) * reach)
        glow(painter, ctx, head, 30, "spine", 0.35 + 0.5 * (1.0 - m))
        draw_spine(painter, ctx, base, angle, length, m, green)
    _, _, first_new = _callout_sites(stress)
    if first_new is not None and first_new[4] < count:
        _callout(painter, ctx, tr("new spine"), first_new, stress, "spine", bold=True)


def _paint_panel(painter, ctx, values, count, before) -> None:
    """Count of spines, spine density against healthy, synaptic proteins, the mood dial."""
    tr = ctx.tr
    left, width = PANEL.x() + 20, PANEL.width() - 40
    new = count - before
    draw_text(painter, ctx, str(count), QRectF(left, 180, 90, 60), 46,
              "spine" if new > 0 else "ink", True)
    draw_text(painter, ctx, tr("of {healthy} on a healthy branch").format(healthy=N_HEALTHY),
              QRectF(left + 86, 196, width - 86, 40), 18, "muted", wrap=True, secondary=True)
    status = (tr("+{new} new since the dose").format(new=new) if new > 0 else
              tr("{lost} lost to chronic stress").format(lost=N_HEALTHY - count)
              if count < N_HEALTHY else tr("none lost"))
    draw_text(painter, ctx, status, QRectF(left, 242, width, 30), 19,
              "spine" if new > 0 else "muted", True)
    density = values["spine_density"]
    top = SPINE_CEILING + 0.05
    bar = QRectF(left, 292, width, 54)
    gauge(painter, ctx, bar, density / top, tr("Spine density"), f"{density:.0%}", "spine")
    draw_text(painter, ctx, tr("share of a healthy branch"),
              QRectF(left, bar.bottom() + 2, width * 0.6, 20), 15, "muted", secondary=True)
    healthy_x = bar.x() + bar.width() / top
    painter.setPen(QPen(ctx.theme.color("ink"), 3))
    tick_top = bar.y() + (38 if ctx.hall_type else 27)  # below the hall's taller words
    painter.drawLine(QPointF(healthy_x, tick_top), QPointF(healthy_x, bar.bottom() + 2))
    draw_text(painter, ctx, tr("healthy"), QRectF(healthy_x - 80, bar.bottom() + 2, 90, 22), 16,
              "muted", align=ALIGN_RIGHT, secondary=True)
    proteins = values["synaptic_proteins"] - 1.0
    gauge(painter, ctx, QRectF(left, 384, width, 54), proteins / 0.6, tr("Synaptic proteins"),
          f"{round(proteins, 2) + 0.0:+.0%}", "proteins")
    draw_text(painter, ctx, tr("change from baseline"), QRectF(left, 437, width, 18), 14,
              "muted", secondary=True)
    arc_meter(painter, ctx, _dial_rect(), values["antidepressant_effect"], "mood", track=False)


def _paint_blocker_tag(painter, ctx, blockers) -> None:
    """Drug tags saying which blocker cut the chain, and what that means here."""
    tr = ctx.tr
    x, y = 70.0, 200.0
    for blocker in blockers:
        name = tr(BLOCKER_NAMES[blocker])
        width = text_width(ctx, name, 16, True) + 18
        x = blocker_badge(painter, ctx, QPointF(x + width / 2, y), name).right() + 10
    draw_text(painter, ctx, tr("cut the chain: no new spines"), QRectF(x, y - 16, 600, 32), 19,
              "blocked", True)
    if "rapamycin" in blockers:
        evidence_view.paint_rodent_tag(painter, ctx, QPointF(220, y + 26))

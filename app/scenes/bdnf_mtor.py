"""Scene 5, bdnf-mtor: inside a dendrite, strong AMPA activation releases the eEF2 brake,
ribosomes translate BDNF mRNA already in place, released BDNF activates TrkB, TrkB turns on
mTOR (the cell's foreman), and mTOR has the building blocks of new synapses made.

Left to right the picture follows the chain; every moving part reads one observable (see
the comment where it is drawn). Glutamate crosses from the terminal to the AMPA receptors and
released BDNF leaves the dendrite, wanders and finds a TrkB receptor, each molecule on its
own continuous path; how many are in flight follows ``glutamate`` and ``bdnf``. A blocker
tags its target, which stays dark; the model already holds everything downstream at
baseline, so the picture simply draws the model.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from app.model import Trajectory
from app.model.facts import EEF2_MAX_DEPHOSPHORYLATION
from app.scenes.art_dendrite import (
    BUILDING_BLOCKS,
    building_block,
    dendrite_tube,
    eef2_factor,
    fade_ends,
    mrna_strand,
    phosphate_tag,
    ribosome,
    stamp,
)
from app.scenes.art_stage_cards import paint_stage_cards, paint_stage_readings
from app.scenes.base import ART_RECT, LegendItem, RenderContext, Scene
from app.scenes.cells import ampa_receptor, cell_body, trkb_receptor
from app.scenes.layout import note_region
from app.scenes.particles import Flow, counts_from, flights, motion_clock, wander_phase
from app.scenes.primitives import ALIGN_CENTER, arrow, draw_label, draw_text, soft_shadow
from app.scenes.sprites import drift, glow, glow_dot, particle_seeds
from app.scenes.synapse_flows import Cleft, Search, crossing, draw_molecules, seeking
from app.scenes.theme import ink_on
from app.story.catalogue import CATALOGUE
from app.story.scenes import bdnf_mtor as story

TUBE = QRectF(40, 312, 1520, 318)
MTOR_CENTER, MTOR_RADIUS = QPointF(1165, 470), 44.0
#: The mTOR hub itself (tests check that it stays dark under rapamycin).
MTOR_REGION = QRectF(MTOR_CENTER.x() - 36, MTOR_CENTER.y() - 36, 72, 72)
#: Extracellular space where released BDNF floats.
BDNF_REGION = QRectF(560, 140, 720, 130)
EEF2_SLOTS = tuple(QPointF(x, y) for y in (372, 437, 502, 567) for x in (370, 470))
STRAND_Y, STRAND_X, STRAND_LEN = (392.0, 472.0, 552.0), 568.0, 200.0
TRKB_X = (835.0, 885.0, 935.0, 985.0, 1035.0)
#: Where new building blocks settle: a sunflower heap under the spine, filled from its middle.
SITE_SLOTS = tuple(QPointF(1428 + 21 * np.sqrt(k + 0.6) * np.cos(k * 2.39996),
                           462 + 18.5 * np.sqrt(k + 0.6) * np.sin(k * 2.39996)) for k in range(24))
SPINE_BASE = QPointF(1415, TUBE.top())
SPINE_GROWTH_PER_UNIT, SPINE_MAX_GROWTH = 0.5, 1.25
RIBOSOMES_PER_STRAND, STRAND_LAPS_PER_UNIT = 3, 5.0
BDNF_PER_UNIT, GLUTAMATE_PER_UNIT, NEW_BLOCKS_PER_UNIT = 14, 7, 40
AMPA_X = (105.0, 165.0, 225.0)
#: Molecules in flight: a glutamate crossing takes 1.8 s of 1x playback, a BDNF search 5 s.
GLUTAMATE_FLOW = Flow(3 * GLUTAMATE_PER_UNIT, 1.8, salt=51)
BDNF_FLOW = Flow(3 * BDNF_PER_UNIT, 5.0, salt=54)


def _clip(x: float) -> float:
    return min(max(x, 0.0), 1.0)


def levels(values: dict) -> dict:
    """Each link's evoked change as 0..1 (what glows and how strongly)."""
    largest_fall = EEF2_MAX_DEPHOSPHORYLATION
    return {"ampa": _clip((values["ampa_activation"] - 1) / 0.7),
            "brake_released": _clip((1 - values["p_eef2"]) / largest_fall),
            "trkb": _clip((values["trkb_activation"] - 1) / 0.6),
            "mtor": _clip((values["mtor_activity"] - 1) / 0.7)}


def translation_so_far(trajectory: Trajectory) -> np.ndarray:
    """The integral of (1 - p_eef2) from the start to each sample time (trapezoids), computed
    once per trajectory before painting (:meth:`BdnfMtorScene.prepare`)."""
    released = 1.0 - trajectory["p_eef2"]
    steps = np.diff(trajectory.t) * (released[1:] + released[:-1]) / 2.0
    return np.concatenate(([0.0], np.cumsum(steps)))


def translation_progress(trajectory: Trajectory, t: float,
                         so_far: np.ndarray | None = None) -> float:
    """BDNF translated so far: the integral of (1 - p_eef2) from 0 to ``t`` (hours), from
    ``so_far`` (:func:`translation_so_far`, computed here if not given)."""
    if so_far is None:
        so_far = translation_so_far(trajectory)
    i = int(np.searchsorted(trajectory.t, t, side="right"))
    if i == 0:
        return 0.0
    before = trajectory.t[i - 1]
    last = (1.0 - trajectory["p_eef2"][i - 1] + 1.0 - trajectory.value("p_eef2", t)) / 2.0
    return float(so_far[i - 1] + (t - before) * last)


class BdnfMtorScene(Scene):
    """The brake released: eEF2, BDNF translation, TrkB, mTOR and synapse building blocks."""

    entry = CATALOGUE["bdnf-mtor"]

    story = story

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ampa", tr("AMPA receptor"), "square"),
                LegendItem("ink", tr("phosphate brake on eEF2"), "ring"),
                LegendItem("bdnf", tr("BDNF")), LegendItem("trkb", tr("TrkB receptor"), "line"),
                LegendItem("mtor", tr("mTOR")),
                LegendItem("proteins", tr("synapse building blocks"), "square"),
                LegendItem("blocked", tr("blocked link"), "line")]

    def prepare(self, trajectory: Trajectory) -> dict[str, object]:
        """The translation done by each sample time (an integral over the whole run)."""
        return {"translation": translation_so_far(trajectory)}

    def molecules_in_flight(self, trajectory: Trajectory, t: float, still: bool = False):
        """(glutamate, BDNF) at ``t``: each as (positions n x 2, opacity, age 0..1), as many
        in flight as ``GLUTAMATE_PER_UNIT x glutamate`` and ``BDNF_PER_UNIT x bdnf`` ask for.
        ``still`` (reduce motion): fixed places, the counts of ``t``."""
        scale = self.timescale_for(trajectory)
        clock, blockers = motion_clock(scale, t), trajectory.scenario.blockers

        def count(name, per_unit):
            return counts_from(scale, lambda time: per_unit * trajectory.value(name, time))
        released = flights(GLUTAMATE_FLOW, clock, count("glutamate", GLUTAMATE_PER_UNIT), still)
        cleft = Cleft((100.0, 140.0, 180.0, 220.0), 234.0, AMPA_X, TUBE.top() - 20,
                      ("nbqx" in blockers,) * len(AMPA_X), reach=60.0, per_packet=1)
        glutamate = crossing(released, cleft)
        search = Search((790.0, TUBE.top() - 6), (BDNF_REGION.left() + 14, BDNF_REGION.top() + 16,
                                                  BDNF_REGION.right() - 14,
                                                  BDNF_REGION.bottom() - 24),
                        TRKB_X, TUBE.top() - 34, "trkb_antagonist" in blockers)
        messengers = flights(BDNF_FLOW, clock, count("bdnf", BDNF_PER_UNIT), still)
        return ((glutamate.positions, glutamate.alpha, released.age),
                (*seeking(messengers, search), messengers.age))

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        values = trajectory.at(t)
        level = levels(values)
        blockers = trajectory.scenario.blockers
        clock = motion_clock(self.timescale_for(trajectory), t)
        phase = 0.0 if ctx.reduce_motion else wander_phase(clock)
        layer = ctx.cached_layer(self.id, "static", ART_RECT, lambda p: _paint_static(p, ctx))
        painter.drawImage(ART_RECT, layer, QRectF(layer.rect()))
        glutamate, bdnf = self.molecules_in_flight(trajectory, t, ctx.reduce_motion)
        _paint_glutamate_and_ampa(painter, ctx, glutamate, level, "nbqx" in blockers)
        _paint_eef2(painter, ctx, values["p_eef2"], phase)
        _paint_translation(painter, ctx, level["brake_released"],
                           translation_progress(trajectory, t, ctx.prepared["translation"]),
                           phase)
        _paint_bdnf_and_trkb(painter, ctx, bdnf, level, "trkb_antagonist" in blockers)
        _paint_spine(painter, ctx, spine_growth(values["synaptic_proteins"]))
        _paint_mtor(painter, ctx, level, "rapamycin" in blockers)
        _paint_building_blocks(painter, ctx, values["synaptic_proteins"], level["mtor"], phase)
        paint_stage_readings(painter, ctx, values, blockers)


# --- static art (cached once per size, theme and language) -------------------------------
def _paint_static(painter: QPainter, ctx: RenderContext) -> None:
    """Dendrite, membranes, presynaptic terminal, spine, mRNA strands, cards and labels."""
    tr = ctx.tr
    painter.translate(-ART_RECT.x(), -ART_RECT.y())
    dendrite_tube(painter, ctx, TUBE)
    fade_ends(painter, QRectF(ART_RECT.x(), TUBE.top() - 12, ART_RECT.width(),
                              TUBE.height() + 40), 70)
    _paint_terminal(painter, ctx)
    for y in STRAND_Y:
        mrna_strand(painter, ctx, QPointF(STRAND_X, y), STRAND_LEN)
    paint_stage_cards(painter, ctx)
    draw_text(painter, ctx, tr("outside the cell"), QRectF(300, 128, 240, 28), 17, "muted",
              align=ALIGN_CENTER)
    draw_text(painter, ctx, tr("inside the dendrite"), QRectF(56, 592, 220, 28), 17, "ink")
    draw_label(painter, ctx, tr("eEF2"), QPointF(420, 606), 17, "eef2")
    draw_label(painter, ctx, tr("ribosomes on BDNF mRNA"), QPointF(668, 606), 17, "bdnf")
    # beside the neck: above the head, the growing head would reach it
    draw_label(painter, ctx, tr("dendritic spine"), QPointF(1388, 292), 17, "muted", "right")


def _paint_terminal(painter: QPainter, ctx: RenderContext) -> None:
    """The presynaptic terminal whose glutamate reaches the AMPA receptors."""
    tr = ctx.tr
    path = QPainterPath()
    path.addRoundedRect(QRectF(70, 136, 190, 96), 46, 46)
    cell_body(painter, ctx, path, "pyramidal", 0.2)
    draw_text(painter, ctx, tr("glutamate terminal"), QRectF(90, 142, 150, 84), 18,
              ink_on(ctx.theme.color("pyramidal")), True, ALIGN_CENTER, wrap=True)


def spine_growth(proteins: float) -> float:
    """How much larger the spine is drawn (1: as at rest) for ``synaptic_proteins``: the
    building blocks mTOR has made go into it (+40 % of them, 1.2 times as tall and wide)."""
    return min(max(1.0 + SPINE_GROWTH_PER_UNIT * (proteins - 1.0), 0.9), SPINE_MAX_GROWTH)


def _paint_spine(painter: QPainter, ctx: RenderContext, growth: float) -> None:
    """The spine on the dendrite, where the new building blocks are headed, scaled by
    ``growth`` from where its neck meets the dendrite."""
    path = QPainterPath()
    path.moveTo(1398, TUBE.top() + 2)
    path.cubicTo(1400, 280, 1396, 262, 1380, 246)
    path.cubicTo(1350, 214, 1372, 168, 1415, 168)
    path.cubicTo(1458, 168, 1480, 214, 1450, 246)
    path.cubicTo(1434, 262, 1430, 280, 1432, TUBE.top() + 2)
    path.closeSubpath()
    painter.save()
    painter.translate(SPINE_BASE)
    painter.scale(growth, growth)
    painter.translate(-SPINE_BASE)
    soft_shadow(painter, path, 5)
    painter.setPen(ctx.theme.color("membrane", 0.85))
    painter.setBrush(ctx.theme.color("cytoplasm").lighter(130))
    painter.drawPath(path)
    painter.setPen(ctx.theme.color("proteins", 0.0))
    painter.setBrush(ctx.theme.color("proteins", 0.55))
    painter.drawRoundedRect(QRectF(1386, 172, 58, 10), 5, 5)
    note_region(painter, ctx, "Dendritic spine", path.boundingRect())
    painter.restore()


# --- moving parts (drawn every frame) -----------------------------------------------------
def _paint_glutamate_and_ampa(painter, ctx, glutamate, level, blocked) -> None:
    """Glutamate crossing to the AMPA receptors (count follows ``glutamate``); AMPA
    receptors glowing with ``ampa_activation``; the signal arrow into the cytoplasm."""
    for x in AMPA_X:
        if not blocked:
            glow(painter, ctx, QPointF(x, TUBE.top()), 44, "ampa", level["ampa"])
        stamp(painter, ctx, f"ampa-{blocked}", QPointF(x, TUBE.top()), 26,
              lambda p, c, o: ampa_receptor(p, c, o, 0.0, blocked, 16))
    draw_molecules(painter, ctx, *glutamate[:2], 5.0, "glutamate")
    if level["ampa"] > 0.02 and not blocked:
        arrow(painter, ctx, QPointF(210, 352), QPointF(322, 420), "ampa", 4, 14,
              0.3 + 0.7 * level["ampa"], bend=-0.2)


def _paint_eef2(painter, ctx, p_eef2, phase) -> None:
    """eEF2 factors: phosphate tags shown = round(N x ``p_eef2``); the rest float off."""
    slots = len(EEF2_SLOTS)
    tagged = min(max(round(slots * p_eef2), 0), slots)
    order = np.argsort(particle_seeds(52, slots)[:, 0])
    offsets = drift(particle_seeds(53, slots), phase, 4)
    for rank, index in enumerate(order):
        center = EEF2_SLOTS[index] + QPointF(*offsets[index])
        stamp(painter, ctx, "eef2", center, 24, lambda p, c, o: eef2_factor(p, c, o, 19))
        tag = center + QPointF(-17, -17)
        if rank < tagged:
            stamp(painter, ctx, "phosphate", tag, 12, lambda p, c, o: phosphate_tag(p, c, o, 10))
        else:
            away = QPointF(*(offsets[index] * 1.6))
            stamp(painter, ctx, "phosphate-small", tag + QPointF(34, -10) + away, 9,
                  lambda p, c, o: phosphate_tag(p, c, o, 7), 0.45)


def _paint_translation(painter, ctx, released, progress, phase) -> None:
    """Ribosomes on BDNF mRNA: how many carry a nascent BDNF chain follows 1 - p_eef2; how
    far they have moved is the translation done so far (its integral over time)."""
    per_strand = RIBOSOMES_PER_STRAND
    total = per_strand * len(STRAND_Y)
    active = round(total * released)
    seeds = particle_seeds(55, total)
    rank = np.argsort(np.argsort(seeds[:, 1]))  # the order in which ribosomes get busy
    for index in range(total):
        strand_y = STRAND_Y[index // per_strand]
        start = ((index % per_strand) + 0.35 * seeds[index, 0]) / per_strand
        busy = rank[index] < active
        position = (start + progress * STRAND_LAPS_PER_UNIT) % 1.0
        x = STRAND_X + 16 + position * (STRAND_LEN - 32)
        if busy:
            for bead in range(1, 2 + int(position * 6)):
                wobble = 3.0 * math.sin(bead + phase * 0.4 + index)
                glow_dot(painter, ctx, QPointF(x - 4 * bead + wobble, strand_y - 20 - 7 * bead),
                         3.6, "bdnf")
        stamp(painter, ctx, f"ribosome-{busy}", QPointF(x, strand_y - 2), 20,
              lambda p, c, o, b=busy: ribosome(p, c, o, b, 12))
    if released > 0.02:
        arrow(painter, ctx, QPointF(786, 380), QPointF(800, 262), "bdnf", 3.5, 13,
              0.25 + 0.75 * released, dashed=True, bend=0.15)


def _paint_bdnf_and_trkb(painter, ctx, bdnf, level, blocked) -> None:
    """Released BDNF finding TrkB (count follows ``bdnf``) and TrkB receptors (glow and
    bound BDNF follow ``trkb_activation``); the signal on to mTOR."""
    draw_molecules(painter, ctx, *bdnf[:2], 7.0, "bdnf")
    bound = 0 if blocked else round(len(TRKB_X) * _clip(0.3 + 0.7 * level["trkb"]))
    for rank, index in enumerate((2, 1, 3, 0, 4)):
        center = QPointF(TRKB_X[index], TUBE.top() - 8)
        if not blocked:
            glow(painter, ctx, center, 44, "trkb", level["trkb"])
        stamp(painter, ctx, f"trkb-{blocked}", center, 24,
              lambda p, c, o: trkb_receptor(p, c, o, 0.0, blocked, 16))
        if rank < bound:
            for side in (-1, 1):
                glow_dot(painter, ctx, QPointF(center.x() + side * 7, center.y() - 26), 6, "bdnf")
    if level["trkb"] > 0.02 and not blocked:
        arrow(painter, ctx, QPointF(1000, 340), QPointF(1112, 440), "trkb", 4, 14,
              0.3 + 0.7 * level["trkb"], bend=0.15)


def _paint_mtor(painter, ctx, level, blocked) -> None:
    """The mTOR hub: its light follows ``mtor_activity`` (dark under rapamycin)."""
    strength = 0.0 if blocked else level["mtor"]
    glow(painter, ctx, MTOR_CENTER, 130, "mtor", strength)
    path = QPainterPath()
    path.addEllipse(MTOR_CENTER, MTOR_RADIUS, MTOR_RADIUS)
    cell_body(painter, ctx, path, "mtor", strength)
    if strength > 0.02:                       # rays reach further the busier the foreman
        painter.setPen(QPen(ctx.theme.color("mtor"), 4 * ctx.theme.line_scale))
        inner, outer = MTOR_RADIUS + 8, MTOR_RADIUS + 8 + 22 * strength
        for k in range(8):
            dx, dy = math.cos((k + 0.5) * math.pi / 4), math.sin((k + 0.5) * math.pi / 4)
            painter.drawLine(MTOR_CENTER + QPointF(dx * inner, dy * inner),
                             MTOR_CENTER + QPointF(dx * outer, dy * outer))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, int(120 * (1 - strength))))   # dark when idle
    painter.drawPath(path)
    note_region(painter, ctx, "mTOR", path.boundingRect())
    # on a backdrop: the body under it goes from dark (idle) to its light colour (busy)
    stamp(painter, ctx, "mtor-label", MTOR_CENTER, 40, lambda p, c, o: draw_label(
        p, c, "mTOR", o, 19, "ink", bold=True))


def _paint_building_blocks(painter, ctx, proteins, mtor_level, phase) -> None:
    """New PSD-95, receptors and actin: count follows the rise of ``synaptic_proteins``."""
    if mtor_level > 0.02:
        arrow(painter, ctx, QPointF(MTOR_CENTER.x() + 62, MTOR_CENTER.y()),
              QPointF(1296, MTOR_CENTER.y()), "mtor", 4, 14, 0.3 + 0.7 * mtor_level)
    made = min(len(SITE_SLOTS), round(NEW_BLOCKS_PER_UNIT * max(proteins - 1.0, 0.0)))
    offsets = drift(particle_seeds(56, len(SITE_SLOTS)), phase, 3)
    for k in range(made):
        kind = BUILDING_BLOCKS[k % len(BUILDING_BLOCKS)]
        stamp(painter, ctx, kind, SITE_SLOTS[k] + QPointF(*offsets[k]), 18,
              lambda p, c, o, kind=kind: building_block(p, c, o, kind, 12))

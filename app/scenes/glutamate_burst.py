"""Scene 4, glutamate burst: the disinhibited pyramidal cell fires a burst, its terminal
releases a surge of glutamate and AMPA receptors (which ketamine does not block) light up.

What each moving thing follows (all read from ``trajectory.at(t)``):

- interneuron halo and the weight of its inhibitory link: ``interneuron_activity``;
- pyramidal halo, spike trace and vesicle fusion at the release sites: ``pyramidal_activity``;
- glutamate in the cleft: ``glutamate`` (25 molecules in flight at baseline), released in
  packets of five by a vesicle fusing at a release site, crossing the cleft and binding a
  receptor across from it (:mod:`app.scenes.synapse_flows`); vesicles fuse as packets leave;
- an AMPA receptor with glutamate bound passes a current of ions;
- AMPA receptor glow, cation influx and the spine's glow: ``ampa_activation``;
- plugged postsynaptic NMDA receptors: ``nmda_block_pyramidal`` x 4; now and then the
  ketamine plugged longest leaves and another enters an open channel, the count kept.
With NBQX (``scenario.blockers``) a tag sits on the AMPA receptors; the model keeps
``ampa_activation`` at baseline, so they stay dark while glutamate still surges; glutamate
reaches them but does not bind.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.model import Trajectory
from app.scenes.art_synapse import (
    MAX_PARTICLES,
    compartment_path,
    fusing_vesicle,
    inhibitory_link,
    ketamine_plug,
    membrane_compartment,
    panel,
    plug_order,
    plugged_count,
    ratio_gauge,
    trace_frame,
    trace_spikes,
)
from app.scenes.base import ART_RECT, LegendItem, RenderContext, Scene
from app.scenes.cells import (
    ampa_receptor,
    cell_body,
    nmda_receptor,
    pyramidal_soma_path,
    vesicle,
)
from app.scenes.layout import note_region
from app.scenes.particles import Flow, counts_from, flights, motion_clock, plug_turnover
from app.scenes.primitives import arrow, blocker_badge, draw_label, draw_text, gauge
from app.scenes.sprites import glow, glow_dot, motion_phase, particle_seeds
from app.scenes.synapse_flows import (
    Cleft,
    Crossing,
    blocker_flights,
    channel_current,
    crossing,
    draw_molecules,
    plugs_at,
)
from app.story.catalogue import CATALOGUE
from app.story.scenes import glutamate_burst as story

GLUTAMATE_AT_REST = 25.0                           # molecules in the cleft at baseline
PRE_MEMBRANE_Y, POST_MEMBRANE_Y = 430.0, 500.0
RELEASE_SITES = tuple(565.0 + 104 * i for i in range(6))
AMPA_X = (545.0, 615.0, 685.0, 755.0)
NMDA_X = (855.0, 925.0, 995.0, 1065.0)
RECEPTOR_SIZE = 20.0
PACKET = 5                                         # glutamate molecules one vesicle releases
#: Glutamate packets: a crossing, binding and letting go takes 2.4 s of 1x playback.
RELEASE = Flow(capacity=MAX_PARTICLES // PACKET, lifetime=2.4, salt=43)
KETAMINE_DWELL = 3.0                               # seconds between one plug leaving and the next
INTERNEURON_CENTER, INTERNEURON_RADIUS = QPointF(130, 290), 42.0
PYRAMIDAL_CENTER, PYRAMIDAL_SIZE = QPointF(320, 300), 58.0
CIRCUIT_CARD = QRectF(50, 136, 370, 290)
TRACE_CARD = QRectF(50, 496, 370, 314)
TRACES = (QRectF(68, 510, 334, 134), QRectF(68, 662, 334, 134))
PANEL = QRectF(1180, 136, 370, 674)


def ampa_glow_level(ampa_activation: float) -> float:
    """AMPA receptor glow 0..1 from ``ampa_activation`` (faint at baseline 1, full near 1.8)."""
    return min(max(0.15 + (ampa_activation - 1.0) * 1.1, 0.0), 1.0)


def synapse_cleft(nbqx: bool) -> Cleft:
    """The cleft of this picture: six release sites, the AMPA then the NMDA receptors
    (NBQX on the AMPA receptors refuses glutamate)."""
    return Cleft(RELEASE_SITES, PRE_MEMBRANE_Y + 6, AMPA_X + NMDA_X,
                 POST_MEMBRANE_Y - RECEPTOR_SIZE - 4, (nbqx,) * len(AMPA_X)
                 + (False,) * len(NMDA_X))


class GlutamateBurstScene(Scene):
    """A glutamate synapse close up: release, the cleft, AMPA and NMDA receptors."""

    entry = CATALOGUE["glutamate-burst"]

    story = story

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("glutamate", tr("glutamate")),
                LegendItem("glutamate", tr("vesicle"), "ring"),
                LegendItem("ampa", tr("AMPA receptor"), "square"),
                LegendItem("nmda", tr("NMDA receptor"), "square"),
                LegendItem("ketamine", tr("ketamine plug")),
                LegendItem("interneuron", tr("GABA interneuron"), "square"),
                LegendItem("pyramidal", tr("pyramidal cell"), "square")]

    def glutamate_in_flight(self, trajectory: Trajectory, t: float,
                            still: bool = False) -> Crossing:
        """Every glutamate molecule in the cleft at ``t``: packets released at the rate that
        keeps ``GLUTAMATE_AT_REST x glutamate`` molecules in flight, each on its path from a
        fusing vesicle to a receptor. ``still`` (reduce motion): fixed places, the count
        of ``t``."""
        scale = self.timescale_for(trajectory)
        packets = flights(RELEASE, motion_clock(scale, t), counts_from(
            scale, lambda time: GLUTAMATE_AT_REST * trajectory.value("glutamate", time) / PACKET),
            still)
        return crossing(packets, synapse_cleft("nbqx" in trajectory.scenario.blockers))

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        values = trajectory.at(t)
        nbqx = "nbqx" in trajectory.scenario.blockers
        scale = self.timescale_for(trajectory)
        phase = 0.0 if ctx.reduce_motion else motion_phase(scale.to_position(t))
        clock = motion_clock(scale, t)
        glutamate = self.glutamate_in_flight(trajectory, t, ctx.reduce_motion)
        self._paint_circuit_glow(painter, ctx, values)
        layer = ctx.cached_layer(self.id, f"synapse-nbqx-{nbqx}", ART_RECT,
                                 lambda layer_painter: self._paint_static(layer_painter, ctx,
                                                                          nbqx))
        painter.drawImage(ART_RECT, layer, QRectF(layer.rect()))
        self._paint_circuit(painter, ctx, values)
        level = ampa_glow_level(values["ampa_activation"])   # at baseline under NBQX
        glow(painter, ctx, QPointF(650, 600), 190, "ampa", (level - 0.15) * 0.8)
        for x, opening in zip(RELEASE_SITES, glutamate.openings(len(RELEASE_SITES))):
            fusing_vesicle(painter, ctx, x, PRE_MEMBRANE_Y, 19, "glutamate", opening, "pyramidal")
        self._paint_receptors(painter, ctx, values, level, nbqx)
        self._paint_moving_molecules(painter, ctx, trajectory, glutamate, clock, nbqx)
        self._paint_readouts(painter, ctx, values, phase)

    # --- moving parts -------------------------------------------------------------------
    def _paint_circuit_glow(self, painter, ctx, values) -> None:
        """Halos behind the small circuit: each cell's firing."""
        glow(painter, ctx, INTERNEURON_CENTER, INTERNEURON_RADIUS * 1.8, "interneuron",
             values["interneuron_activity"])
        glow(painter, ctx, PYRAMIDAL_CENTER, PYRAMIDAL_SIZE * 2.0, "pyramidal",
             (values["pyramidal_activity"] - 1.0) * 1.5)

    def _paint_circuit(self, painter, ctx, values) -> None:
        """The interneuron dims and its inhibitory link thins as its firing falls."""
        tr = ctx.tr
        activity = values["interneuron_activity"]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color("background_bottom", 0.6 * min(max(1 - activity, 0), 1)))
        painter.drawEllipse(INTERNEURON_CENTER, INTERNEURON_RADIUS, INTERNEURON_RADIUS)
        inhibitory_link(painter, ctx, QPointF(178, 293), QPointF(270, 305), activity)
        for x, text, role in ((INTERNEURON_CENTER.x(),
                               tr("firing {v:.0%} of baseline").format(v=activity), "interneuron"),
                              (PYRAMIDAL_CENTER.x(), tr("firing ×{v:.2f}").format(
                                  v=values["pyramidal_activity"]), "pyramidal")):
            # the traces below say it too, and the hall's type would run them together
            draw_label(painter, ctx, text, QPointF(x, 386), 18, role, bold=True, secondary=True)

    def _paint_receptors(self, painter, ctx, values, level, nbqx) -> None:
        """AMPA receptors glow with ``ampa_activation`` (an NBQX-capped receptor never glows);
        NMDA plugs follow the pyramidal block."""
        tr = ctx.tr
        for x in AMPA_X:
            ampa_receptor(painter, ctx, QPointF(x, POST_MEMBRANE_Y), level, nbqx, RECEPTOR_SIZE)
            if level > 0.2:
                arrow(painter, ctx, QPointF(x, POST_MEMBRANE_Y + 28),
                      QPointF(x, POST_MEMBRANE_Y + 74), "ampa", 3.0, 11.0, min(1.0, level))
        if nbqx:
            blocker_badge(painter, ctx, QPointF(650, POST_MEMBRANE_Y + 52), tr("NBQX"), 18)
        ampa_text = (tr("blocked by NBQX") if nbqx
                     else tr("activation ×{v:.2f}").format(v=values["ampa_activation"]))
        draw_label(painter, ctx, ampa_text, QPointF(650, 664), 18, "ampa", bold=True)
        draw_label(painter, ctx, tr("{n} of {total} plugged").format(
            n=plugged_count(values["nmda_block_pyramidal"], len(NMDA_X)), total=len(NMDA_X)),
            QPointF(960, 664), 18, "ink", bold=True)

    def _paint_moving_molecules(self, painter, ctx, trajectory, glutamate, clock,
                                nbqx) -> None:
        """Glutamate on its way or bound (a bound AMPA receptor passes ions unless NBQX caps
        it); ketamine seated in NMDA channels, one entering and one leaving now and then."""
        still = ctx.reduce_motion
        for index, x in enumerate(AMPA_X):
            if not nbqx and not still and glutamate.bound_to(index):
                channel_current(painter, ctx, x, POST_MEMBRANE_Y - 8, POST_MEMBRANE_Y + 26,
                                clock, "ampa")
        draw_molecules(painter, ctx, glutamate.positions, glutamate.alpha, 5.0, "glutamate")
        turnover = plug_turnover(plug_order(17, len(NMDA_X)),
                                 plugs_at(trajectory, self.timescale_for(trajectory),
                                          "nmda_block_pyramidal", len(NMDA_X)),
                                 clock, KETAMINE_DWELL, still=still)
        for index in turnover.seated:
            ketamine_plug(painter, ctx, QPointF(NMDA_X[index], POST_MEMBRANE_Y), RECEPTOR_SIZE,
                          0.0)
        for point, opacity in blocker_flights(
                turnover, lambda i: QPointF(NMDA_X[i], POST_MEMBRANE_Y - 3),
                lambda i: QPointF(NMDA_X[i] + 34, PRE_MEMBRANE_Y + 12)):
            glow_dot(painter, ctx, point, 7.0, "ketamine", opacity)

    def _paint_readouts(self, painter, ctx, values, phase) -> None:
        """Both firing traces and the three gauges."""
        tr = ctx.tr
        trace_spikes(painter, ctx, TRACES[0], f"{values['interneuron_activity']:.0%}",
                     values["interneuron_activity"], phase, "interneuron", seed=7)
        trace_spikes(painter, ctx, TRACES[1], f"×{values['pyramidal_activity']:.2f}",
                     values["pyramidal_activity"], phase, "pyramidal", seed=13)
        x, width, top = PANEL.x() + 20, PANEL.width() - 40, PANEL.y()
        ratio_gauge(painter, ctx, QRectF(x, top + 56, width, 50), values["glutamate"],
                    tr("Extracellular glutamate"), "glutamate")
        ratio_gauge(painter, ctx, QRectF(x, top + 130, width, 50), values["ampa_activation"],
                    tr("AMPA activation"), "ampa")
        block = values["nmda_block_pyramidal"]
        gauge(painter, ctx, QRectF(x, top + 204, width, 50), block, tr("NMDA block"),
              f"{block:.0%}", "nmda")

    # --- static art (cached) ------------------------------------------------------------
    def _paint_static(self, painter: QPainter, ctx: RenderContext, nbqx: bool) -> None:
        """Cards, terminal, cleft, spine, the small circuit, the receptor key, fixed labels."""
        tr = ctx.tr
        painter.translate(-ART_RECT.x(), -ART_RECT.y())
        for card in (CIRCUIT_CARD, TRACE_CARD, PANEL):
            panel(painter, ctx, card)
        x, width = PANEL.x() + 20, PANEL.width() - 40
        draw_text(painter, ctx, tr("At the synapse"), QRectF(x, PANEL.y() + 12, width, 30), 20,
                  "ink", True)
        draw_text(painter, ctx, tr("Tick = baseline (×1)"), QRectF(x, PANEL.y() + 266, width, 26),
                  16, "muted")
        painter.setPen(QPen(ctx.theme.color("muted", 0.3), 1.2))
        painter.drawLine(QPointF(x, PANEL.y() + 322), QPointF(x + width, PANEL.y() + 322))
        if nbqx or not ctx.hall_type:  # in a hall the caption explains the receptors
            self._paint_key(painter, ctx, QRectF(x, PANEL.y() + 344, width, 320), nbqx)
        trace_frame(painter, ctx, TRACES[0], tr("Interneuron firing"))
        trace_frame(painter, ctx, TRACES[1], tr("Pyramidal firing"))
        self._paint_terminal(painter, ctx)
        self._paint_spine(painter, ctx)
        for x in NMDA_X:
            nmda_receptor(painter, ctx, QPointF(x, POST_MEMBRANE_Y), False, RECEPTOR_SIZE)
        circle = QPainterPath()
        circle.addEllipse(INTERNEURON_CENTER, INTERNEURON_RADIUS, INTERNEURON_RADIUS)
        cell_body(painter, ctx, circle, "interneuron", 0.4)
        cell_body(painter, ctx, pyramidal_soma_path(PYRAMIDAL_CENTER, PYRAMIDAL_SIZE),
                  "pyramidal", 0.4)
        for x, text, role in ((INTERNEURON_CENTER.x(), tr("Interneuron"), "interneuron"),
                              (PYRAMIDAL_CENTER.x(), tr("Pyramidal cell"), "pyramidal")):
            # in a hall the two names would meet: the traces below name the cells
            draw_label(painter, ctx, text, QPointF(x, 196), 19, role, bold=True, secondary=True)
        labels = ((tr("Axon terminal of the pyramidal cell"), QPointF(800, 170), "ink"),
                  (tr("Synaptic cleft"), QPointF(410, 465), "muted"),
                  (tr("AMPA receptors"), QPointF(650, 626), "ink"),
                  (tr("NMDA receptors"), QPointF(960, 626), "ink"),
                  (tr("Dendrite of the next neuron"), QPointF(800, 780), "ink"))
        for text, anchor, color in labels:
            draw_label(painter, ctx, text, anchor, 19, color)
        # the head is the spine: named inside it, where no arrow or badge comes
        draw_label(painter, ctx, tr("Dendritic spine"), QPointF(960, 566), 18, "ink")

    def _paint_key(self, painter, ctx, rect, nbqx) -> None:
        """What each receptor does here, with its symbol; says so when NBQX is present."""
        tr = ctx.tr
        ampa = (tr("NBQX blocks the AMPA receptors: glutamate still surges, but they stay shut.")
                if nbqx else tr("AMPA receptors open when glutamate binds. Ketamine does not "
                                "block them."))
        nmda = tr("Ketamine plugs NMDA receptors; on pyramidal cells only a few at a low dose.")
        for row, (text, color) in enumerate(((ampa, "vermillion" if nbqx else "ink"),
                                             (nmda, "ink"))):
            top = rect.y() + row * 150
            icon = QPointF(rect.x() + 18, top + 34)
            if row == 0:
                ampa_receptor(painter, ctx, icon, 0.0, nbqx, 16)
            else:
                nmda_receptor(painter, ctx, icon, True, 16)
            draw_text(painter, ctx, text, QRectF(rect.x() + 52, top, rect.width() - 52, 140), 19,
                      color, False, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                      wrap=True)

    def _paint_terminal(self, painter, ctx) -> None:
        """The presynaptic bouton, its axon from the small pyramidal cell, the vesicle pool."""
        axon = QPainterPath(QPointF(PYRAMIDAL_CENTER.x() + 40, PYRAMIDAL_CENTER.y() + 20))
        axon.cubicTo(QPointF(420, 330), QPointF(430, 290), QPointF(520, 290))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ctx.theme.color("pyramidal"), 10, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.drawPath(axon)
        bouton = compartment_path(QRectF(490, 146, 620, PRE_MEMBRANE_Y - 146), 80, "bottom")
        membrane_compartment(painter, ctx, bouton, "pyramidal")
        seeds = particle_seeds(47, 14)
        for k in range(14):
            center = QPointF(560 + (k % 7) * 80 + seeds[k, 0] * 24,
                             232 + (k // 7) * 70 + seeds[k, 1] * 30)
            vesicle(painter, ctx, center, 20, "glutamate")

    def _paint_spine(self, painter, ctx) -> None:
        """The cleft band, then the postsynaptic spine head, neck and dendrite."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color("cleft", 0.9))
        painter.drawRect(QRectF(470, PRE_MEMBRANE_Y, 660, POST_MEMBRANE_Y - PRE_MEMBRANE_Y))
        spine = QPainterPath()
        spine.addRoundedRect(QRectF(450, 752, 700, 58), 29, 29)
        head = compartment_path(QRectF(490, POST_MEMBRANE_Y, 620, 206), 80, "top")
        neck = QPainterPath()
        neck.addRoundedRect(QRectF(740, 660, 120, 110), 30, 30)
        membrane_compartment(painter, ctx, spine.united(head).united(neck), "pyramidal")
        note_region(painter, ctx, "Dendritic spine",
                    head.boundingRect().united(neck.boundingRect()))

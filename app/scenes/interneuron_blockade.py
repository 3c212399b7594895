"""Scene 3, interneuron blockade: ketamine plugs the NMDA receptors of a GABA interneuron,
the interneuron falls quiet and its inhibition of the pyramidal neuron fades.

What each moving thing follows (all read from ``trajectory.at(t)``):

- ketamine molecules in the tissue: ``brain_uM`` (30 per µM, at most 150);
- plugged NMDA receptors on the interneuron: ``nmda_block_interneuron`` x 11;
- plugged NMDA receptors on the pyramidal neuron: ``nmda_block_pyramidal`` x 8; on each
  cell, now and then the ketamine plugged longest leaves its channel and another enters one,
  the count kept (``particles.plug_turnover``);
- interneuron brightness, spike trace and GABA in its synapse: ``interneuron_activity``;
- pyramidal halo and spike trace: ``pyramidal_activity``;
- the markers on the inset (block against concentration): ``brain_uM`` and both blocks.
"""
from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPen, Qt

from app.model import Trajectory
from app.model.facts import nmda_half_block_um
from app.scenes.art_synapse import (
    ketamine_plug,
    molecule_cloud,
    panel,
    plug_order,
    plugged_count,
    sites_on_path,
    solid_label,
    trace_frame,
    trace_spikes,
)
from app.scenes.base import ART_RECT, LegendItem, RenderContext, Scene
from app.scenes.cells import cell_body, nmda_receptor, pyramidal_soma_path, vesicle
from app.scenes.layout import note_rule
from app.scenes.particles import motion_clock, plug_turnover, wander_phase
from app.scenes.primitives import ALIGN_CENTER, ALIGN_RIGHT, draw_label, draw_text, gauge
from app.scenes.sprites import glow, glow_dot, motion_phase
from app.scenes.synapse_flows import blocker_flights, plugs_at
from app.story.catalogue import CATALOGUE
from app.story.names import in_brain_label
from app.story.scenes import interneuron_blockade as story
from app.story.scenes.interneuron_blockade import inset_title, ketamine_in_brain, tissue_label

KETAMINE_PER_UM, KETAMINE_CAP = 30.0, 150.0     # molecules per µM; at most 150 (5 µM)
INTERNEURON_CENTER, INTERNEURON_RADIUS = QPointF(300, 460), 100.0
PYRAMIDAL_CENTER, PYRAMIDAL_SIZE = QPointF(880, 430), 130.0
BOUTON = QRectF(800, 562, 160, 66)                 # the GABA terminal under the pyramidal soma
GABA_CLEFT = QRectF(814, 524, 132, 38)
GABA_AT_REST = 16                                  # GABA molecules in the cleft at resting firing
TISSUE = QRectF(50, 130, 1110, 480)                # where ketamine molecules wander
PANEL = QRectF(1180, 136, 370, 676)
READOUT_X, READOUT_W = PANEL.x() + 20, PANEL.width() - 40
TRACES = (QRectF(READOUT_X, PANEL.y() + 300, READOUT_W, 140),
          QRectF(READOUT_X, PANEL.y() + 480, READOUT_W, 140))
RECEPTOR_SIZE = 13.0
INSET = QRectF(50, 626, 650, 184)                  # block vs. concentration, both cell types
PLOT = QRectF(130, 672, 362, 96)
#: The curves' names, right of the plot: inside it the moving cursor would cross them.
CURVE_KEY_X = PLOT.right() + 22
LOG_RANGE = (-1.5, 1.5)                            # log10 µM on the inset's x axis
#: Seconds of 1x playback between one ketamine leaving a cell's channel and the next entering.
KETAMINE_DWELL = {"interneuron": 2.2, "pyramidal": 3.4}


def _interneuron_path() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(INTERNEURON_CENTER, INTERNEURON_RADIUS, INTERNEURON_RADIUS)
    return path


@lru_cache(maxsize=1)
def interneuron_sites() -> tuple:
    """NMDA receptor sites around the interneuron soma, leaving room for its axon."""
    return tuple(sites_on_path(_interneuron_path(), INTERNEURON_CENTER, ((0.16, 0.98, 11),)))


@lru_cache(maxsize=1)
def pyramidal_sites() -> tuple:
    """NMDA receptor sites on the two flanks of the pyramidal soma."""
    return tuple(sites_on_path(pyramidal_soma_path(PYRAMIDAL_CENTER, PYRAMIDAL_SIZE),
                               PYRAMIDAL_CENTER, ((0.07, 0.31, 4), (0.69, 0.93, 4))))


def _outward(site: tuple[QPointF, float], distance: float) -> QPointF:
    """The point ``distance`` out from a receptor site along its axis, away from the cell."""
    point, angle = site
    radians = math.radians(angle)
    return QPointF(point.x() + math.sin(radians) * distance,
                   point.y() - math.cos(radians) * distance)


def _plot_x(conc_um: float) -> float:
    """Inset x for a brain concentration (log scale, clamped to the axis)."""
    low, high = LOG_RANGE
    position = (math.log10(max(conc_um, 10 ** low)) - low) / (high - low)
    return PLOT.left() + min(position, 1.0) * PLOT.width()


def _plot_y(fraction: float) -> float:
    """Inset y for a block fraction 0..1."""
    return PLOT.bottom() - fraction * PLOT.height()


class InterneuronBlockadeScene(Scene):
    """A GABA interneuron losing its NMDA drive, and the pyramidal neuron it stops holding
    back; the pyramidal cell's own receptors stay mostly free at a low dose."""

    entry = CATALOGUE["interneuron-blockade"]

    story = story

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ketamine", tr("ketamine")),
                LegendItem("nmda", tr("NMDA receptor"), "square"),
                LegendItem("interneuron", tr("GABA interneuron"), "square"),
                LegendItem("gaba", tr("GABA")),
                LegendItem("pyramidal", tr("pyramidal neuron"), "square")]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        values = trajectory.at(t)
        values["ketamine_uM"] = ketamine_in_brain(trajectory, values)
        values["drug"] = trajectory.scenario.drug
        scale = self.timescale_for(trajectory)
        phase = 0.0 if ctx.reduce_motion else motion_phase(scale.to_position(t))
        clock = motion_clock(scale, t)
        wander = 0.0 if ctx.reduce_motion else wander_phase(clock)
        # ketamine in the tissue follows brain_uM; the cell layer covers what is inside cells
        molecule_cloud(painter, ctx, TISSUE,
                       min(KETAMINE_PER_UM * values["ketamine_uM"], KETAMINE_CAP),
                       "ketamine", wander, seed=31, radius=7.0, amplitude=14)
        glow(painter, ctx, INTERNEURON_CENTER, INTERNEURON_RADIUS * 1.7, "interneuron",
             values["interneuron_activity"])
        glow(painter, ctx, PYRAMIDAL_CENTER, PYRAMIDAL_SIZE * 1.6, "pyramidal",
             (values["pyramidal_activity"] - 1.0) * 1.5)
        drug = trajectory.scenario.drug
        layer = ctx.cached_layer(self.id, f"cells-{drug}", ART_RECT,
                                 lambda layer_painter: self._paint_static(layer_painter, ctx,
                                                                          drug))
        painter.drawImage(ART_RECT, layer, QRectF(layer.rect()))
        self._paint_silence(painter, ctx, values["interneuron_activity"])
        self._paint_plugs(painter, ctx, trajectory, scale, clock)
        # GABA in the inhibitory synapse follows interneuron_activity
        molecule_cloud(painter, ctx, GABA_CLEFT, GABA_AT_REST * values["interneuron_activity"],
                       "gaba", wander, seed=37, radius=4.0, amplitude=5)
        self._paint_counts(painter, ctx, values)
        self._paint_dose_markers(painter, ctx, values)
        self._paint_readouts(painter, ctx, values, phase)

    # --- moving parts -------------------------------------------------------------------
    def _paint_silence(self, painter, ctx, activity) -> None:
        """The interneuron soma dims as its firing (``interneuron_activity``) falls."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color("background_bottom", 0.6 * min(max(1 - activity, 0), 1)))
        inner = INTERNEURON_RADIUS - RECEPTOR_SIZE      # leave the receptors on the rim bright
        painter.drawEllipse(INTERNEURON_CENTER, inner, inner)

    def _paint_plugs(self, painter, ctx, trajectory, scale, clock) -> None:
        """Ketamine plugs on round(block x N) receptors of each cell type; a molecule
        entering or leaving a channel travels along the receptor's axis."""
        for sites, cell, seed in ((interneuron_sites(), "interneuron", 5),
                                  (pyramidal_sites(), "pyramidal", 9)):
            turnover = plug_turnover(plug_order(seed, len(sites)),
                                     plugs_at(trajectory, scale, f"nmda_block_{cell}",
                                              len(sites)),
                                     clock, KETAMINE_DWELL[cell], still=ctx.reduce_motion)
            for index in turnover.seated:
                point, angle = sites[index]
                ketamine_plug(painter, ctx, point, RECEPTOR_SIZE, angle)
            for point, opacity in blocker_flights(turnover, lambda i, s=sites: _outward(s[i], 2),
                                                  lambda i, s=sites: _outward(s[i], 56)):
                glow_dot(painter, ctx, point, 7.0, "ketamine", opacity)

    def _paint_counts(self, painter, ctx, values) -> None:
        """Labels with the numbers of the moment next to each cell and the synapse."""
        tr = ctx.tr
        for x, fraction, total in ((INTERNEURON_CENTER.x(), values["nmda_block_interneuron"],
                                    len(interneuron_sites())),
                                   (690.0, values["nmda_block_pyramidal"], len(pyramidal_sites()))):
            solid_label(painter, ctx, tr("NMDA plugged: {n} of {total}").format(
                n=plugged_count(fraction, total), total=total), QPointF(x, 306), 19, "ink",
                bold=True)
        draw_label(painter, ctx, tr("GABA release {rate:.0%} of baseline").format(
            rate=values["interneuron_activity"]), QPointF(880, 700), 19, "gaba", bold=True)
        solid_label(painter, ctx, tissue_label(values["drug"], values["ketamine_uM"], tr),
                    QPointF(60, 162), 19, "ketamine", "left", True)

    def _paint_dose_markers(self, painter, ctx, values) -> None:
        """Where the moment sits on the inset: brain_uM across, each block fraction up."""
        x = _plot_x(values["ketamine_uM"])
        painter.setPen(QPen(ctx.theme.color("ketamine", 0.8), 2, Qt.PenStyle.DashLine))
        cursor = QLineF(x, PLOT.top(), x, PLOT.bottom())
        painter.drawLine(cursor)
        note_rule(painter, ctx, cursor)
        for name, role in (("nmda_block_pyramidal", "pyramidal"),
                           ("nmda_block_interneuron", "interneuron")):
            glow_dot(painter, ctx, QPointF(x, _plot_y(values[name])), 7, role)

    def _paint_readouts(self, painter, ctx, values, phase) -> None:
        """The side panel: block gauges, the brain concentration, both cells' firing."""
        tr = ctx.tr
        top = PANEL.y()
        for row, (name, label, role) in enumerate((
                ("nmda_block_interneuron", tr("Interneurons"), "interneuron"),
                ("nmda_block_pyramidal", tr("Pyramidal cells"), "pyramidal"))):
            gauge(painter, ctx, QRectF(READOUT_X, top + 52 + row * 70, READOUT_W, 50),
                  values[name], label,
                  f"{values[name]:.0%}", role)  # the heading says of what: no room for more
        conc = values["brain_uM"]  # an SSRI's too: it is there, it only plugs nothing
        gauge(painter, ctx, QRectF(READOUT_X, top + 206, READOUT_W, 50), conc / 2.0,
              in_brain_label(values["drug"], tr), f"{conc:.2f} µM", "ketamine")
        trace_spikes(painter, ctx, TRACES[0],
                     f"{values['interneuron_activity']:.0%}",
                     values["interneuron_activity"], phase, "interneuron", seed=7)
        trace_spikes(painter, ctx, TRACES[1], f"×{values['pyramidal_activity']:.2f}",
                     values["pyramidal_activity"], phase, "pyramidal", seed=13)

    # --- static art (cached) ------------------------------------------------------------
    def _paint_static(self, painter: QPainter, ctx: RenderContext, drug: str) -> None:
        """Cells with unplugged receptors, axon, GABA terminal, panels, fixed labels."""
        tr = ctx.tr
        painter.translate(-ART_RECT.x(), -ART_RECT.y())
        self._paint_dose_response(painter, ctx, drug)
        self._paint_axon(painter, ctx)
        cell_body(painter, ctx, _interneuron_path(), "interneuron", 0.4)
        self._paint_pyramidal(painter, ctx)
        self._paint_bouton(painter, ctx)
        for point, angle in interneuron_sites() + pyramidal_sites():
            nmda_receptor(painter, ctx, point, False, RECEPTOR_SIZE, angle)
        draw_label(painter, ctx, tr("GABA interneuron"), QPointF(INTERNEURON_CENTER.x(), 266),
                   21, "interneuron", bold=True)
        draw_label(painter, ctx, tr("Pyramidal neuron"), QPointF(690, 266), 21, "pyramidal",
                   bold=True)
        draw_label(painter, ctx, tr("Inhibitory GABA synapse"), QPointF(880, 662), 19, "ink")
        panel(painter, ctx, PANEL)
        draw_text(painter, ctx, tr("NMDA receptors plugged"),
                  QRectF(READOUT_X, PANEL.y() + 12, READOUT_W, 30), 20, "ink", True)
        trace_frame(painter, ctx, TRACES[0], tr("Interneuron firing"))
        trace_frame(painter, ctx, TRACES[1], tr("Pyramidal firing"))

    def _paint_axon(self, painter, ctx) -> None:
        """The interneuron's axon, running to its terminal under the pyramidal soma."""
        start = QPointF(INTERNEURON_CENTER.x() + 94, INTERNEURON_CENTER.y() + 34)
        path = QPainterPath(start)
        path.cubicTo(QPointF(560, 480), QPointF(660, 600), QPointF(BOUTON.left() + 14,
                                                                  BOUTON.center().y()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for color, width in ((ctx.theme.color("interneuron").darker(130), 11),
                             (ctx.theme.color("interneuron"), 7)):
            painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(path)

    def _paint_pyramidal(self, painter, ctx) -> None:
        """Apical and basal dendrites, then the triangular soma."""
        color = ctx.theme.color("pyramidal")
        top = PYRAMIDAL_CENTER.y() - PYRAMIDAL_SIZE
        for points, width in (((QPointF(880, top + 10), QPointF(880, 150)), 16),
                              ((QPointF(880, 200), QPointF(820, 150)), 8),
                              ((QPointF(880, 230), QPointF(950, 165)), 8),
                              ((QPointF(790, 480), QPointF(730, 540)), 10),
                              ((QPointF(970, 480), QPointF(1040, 540)), 10)):
            painter.setPen(QPen(color.darker(140), width + 4, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(*points)
            painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(*points)
        cell_body(painter, ctx, pyramidal_soma_path(PYRAMIDAL_CENTER, PYRAMIDAL_SIZE),
                  "pyramidal", 0.4)

    def _paint_bouton(self, painter, ctx) -> None:
        """The interneuron's terminal, filled with GABA vesicles, facing the soma."""
        path = QPainterPath()
        path.addRoundedRect(BOUTON, 34, 34)
        cell_body(painter, ctx, path, "interneuron", 0.2)
        for k in range(4):
            vesicle(painter, ctx, QPointF(BOUTON.left() + 32 + k * 32, BOUTON.center().y() + 6
                                          - 8 * (k % 2)), 12, "gaba")

    def _paint_dose_response(self, painter, ctx, drug) -> None:
        """The inset: steady-state block against brain ketamine for each cell type
        (half-block at Ki x interneuron / pyramidal IC50 factor, from the model's parameters)."""
        tr = ctx.tr
        panel(painter, ctx, INSET)
        draw_text(painter, ctx, inset_title(drug, tr),
                  QRectF(INSET.x() + 16, INSET.y() + 8, INSET.width() - 32, 30), 19, "ink", True)
        painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.5))
        painter.drawLine(PLOT.bottomLeft(), PLOT.bottomRight())
        painter.drawLine(PLOT.bottomLeft(), PLOT.topLeft())
        for fraction, text in ((0.0, "0%"), (1.0, "100%")):
            draw_text(painter, ctx, text, QRectF(PLOT.left() - 70, _plot_y(fraction) - 12, 62, 24),
                      16, "muted", align=ALIGN_RIGHT)
        for conc, text in ((0.1, "0.1"), (1.0, "1"), (10.0, "10 µM")):
            draw_text(painter, ctx, text, QRectF(_plot_x(conc) - 40, PLOT.bottom() + 6, 80, 24),
                      16, "muted", align=ALIGN_CENTER)
        for role in ("pyramidal", "interneuron"):
            half = nmda_half_block_um(drug, role)
            points = [QPointF(_plot_x(conc), _plot_y(conc / (conc + half)))
                      for conc in (10 ** (LOG_RANGE[0] + (LOG_RANGE[1] - LOG_RANGE[0]) * i / 60)
                                   for i in range(61))]
            painter.setPen(QPen(ctx.theme.color(role), 3 * ctx.theme.line_scale))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(points)
            for start, end in zip(points, points[1:]):
                note_rule(painter, ctx, QLineF(start, end))
        self._paint_curve_key(painter, ctx)

    def _paint_curve_key(self, painter, ctx) -> None:
        """Which curve is which: a swatch and a name per cell type, right of the plot."""
        tr = ctx.tr
        for y, role, name in ((PLOT.top() + 20, "interneuron", tr("interneurons")),
                              (PLOT.top() + 58, "pyramidal", tr("pyramidal cells"))):
            painter.setPen(QPen(ctx.theme.color(role), 3 * ctx.theme.line_scale))
            painter.drawLine(QPointF(CURVE_KEY_X, y), QPointF(CURVE_KEY_X + 22, y))
            draw_label(painter, ctx, name, QPointF(CURVE_KEY_X + 28, y), 17, role, "left",
                       backdrop=False)

"""Scene 2, two time scales: an SSRI changes the chemistry in hours but mood only in weeks;
ketamine rebuilds the wiring (dendritic spines), and mood, within a day.

Both sides are drawn from six-week companion runs (app.scenes.companions): the lecturer's own
scenario extended, beside an SSRI course (or, when the lecturer's scenario is the SSRI, beside
a ketamine infusion). A shared log time ruler sets both relief curves side by side.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.i18n import translator
from app.model import Scenario, Trajectory
from app.model.facts import baseline_spine_density
from app.scenes import companions
from app.scenes.art_chart import (
    TimeChart,
    blend,
    blit_layer,
    draw_cursor,
    draw_fit,
    draw_series,
    draw_time_axis,
    draw_time_bands,
    layer,
    line_swatch,
    meter_bar,
    mood_dial,
    paint_past_and_future,
    rounded_panel,
)
from app.scenes.art_tree import paint_neuron, paint_neuron_static
from app.scenes.base import (
    ART_RECT,
    Beat,
    LegendItem,
    PlotSeries,
    RenderContext,
    Scene,
)
from app.scenes.cells import cell_body, vesicle
from app.scenes.chrome import drug_name
from app.scenes.primitives import ALIGN_CENTER
from app.scenes.sprites import drift, glow, glow_dot, motion_phase, particle_seeds, with_alpha
from app.scenes.theme import ink_on
from app.story.catalogue import CATALOGUE
from app.story.scenes import two_timescales as story
from app.story.scenes.two_timescales import WEEKS_H

RULER_TICKS_H = (0.0, 1.0, 6.0, 24.0, 72.0, 168.0, 336.0, WEEKS_H)
LEFT, RIGHT = QRectF(40, 130, 750, 440), QRectF(810, 130, 750, 440)
RULER, PLOT, CURVES = (QRectF(40, 585, 1520, 235), QRectF(330, 645, 1195, 130),
                       QRectF(325, 630, 1205, 150))
CLEFT = QRectF(100, 378, 300, 56)
VESICLES = ((150, 298), (200, 282), (250, 298), (300, 282), (350, 298), (175, 328), (325, 328))
AUTORECEPTORS_X, SERT_X, POST_RECEPTORS_X = (190, 310), (130, 370), (150, 215, 285, 350)


def comparison_pair(trajectory: Trajectory) -> tuple[Trajectory, Trajectory]:
    """(SSRI course, rapid drug) over six weeks, the lecturer's run on its own side."""
    scenario = trajectory.scenario
    if scenario.drug == "ssri":
        return (companions.extended(scenario, WEEKS_H),
                companions.ketamine_infusion(scenario, WEEKS_H))
    return companions.ssri_course(scenario, WEEKS_H), companions.extended(scenario, WEEKS_H)


class TwoTimescalesScene(Scene):
    """SSRI chemistry in hours and relief in weeks, beside ketamine's rewiring in a day."""

    entry = CATALOGUE["two-timescales"]

    def horizon_for(self, trajectory: Trajectory) -> float:
        """Six weeks at least: the companion runs cover them whatever the lecturer's
        horizon, so the window (timeline, beats, exports) is never cut shorter."""
        return max(trajectory.t_end, WEEKS_H)

    def plot_series(self, trajectory: Trajectory) -> list[PlotSeries]:
        """The SSRI course's serotonin, desensitisation and relief beside the rapid drug's."""
        tr = translator()  # the plots panel speaks the widgets' language
        ssri, rapid = comparison_pair(trajectory)
        ssri_name, rapid_name = tr("SSRI"), drug_name(rapid.scenario.drug, tr)
        return [PlotSeries("serotonin", ssri, ssri_name),
                PlotSeries("autoreceptor_desensitization", ssri, ssri_name),
                PlotSeries("antidepressant_effect", ssri, ssri_name),
                PlotSeries("spine_density", rapid, rapid_name),
                PlotSeries("antidepressant_effect", rapid, rapid_name)]

    def beats(self, trajectory: Trajectory, lang: str | None = None) -> list[Beat]:
        return story.beats(*comparison_pair(trajectory), self.window_for(trajectory),
                           translator(lang))

    def caption(self, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
        return story.caption(*comparison_pair(trajectory), t, translator(lang))

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("serotonin", tr("serotonin")),
                LegendItem("ssri", tr("SSRI on SERT"), "square", secondary=True),
                LegendItem("serotonin", tr("autoreceptor"), "ring", secondary=True),
                LegendItem("spine", tr("spine")),
                LegendItem("grey", tr("spine lost to stress"), "ring", secondary=True),
                LegendItem("ssri", tr("SSRI relief"), "line"),
                LegendItem("ketamine", tr("ketamine relief"), "line")]

    def prepare(self, trajectory: Trajectory) -> dict[str, object]:
        """The six-week companion runs (simulated here, off the GUI thread)."""
        ssri, rapid = comparison_pair(trajectory)
        return {"ssri": ssri, "rapid": rapid}

    def same_picture(self, prepared_a, prepared_b) -> bool:
        """The same SSRI course beside the same rapid drug on both sides (an SSRI's run
        and ketamine's are paired with each other, whichever is the lecturer's); how long
        past the six weeks drawn each was simulated does not show."""
        def drawn(run) -> Scenario:
            return run.scenario.with_changes(horizon_h=WEEKS_H)
        return all(drawn(prepared_a[key]) == drawn(prepared_b[key]) for key in ("ssri", "rapid"))

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        ssri, rapid = ctx.prepared["ssri"], ctx.prepared["rapid"]
        left, right = ssri.at(t), rapid.at(t)
        scale = self.timescale
        blit_layer(painter, ctx, self.id, "static", ART_RECT,
                   lambda p: _paint_static(p, ctx, scale))
        _paint_synapse(painter, ctx, left, 0.0 if ctx.reduce_motion else scale.to_position(t))
        _paint_ssri_meters(painter, ctx, left)
        paint_neuron(painter, ctx, right, rapid.scenario.stress)
        _paint_rapid_meters(painter, ctx, right, rapid.scenario)
        curves = layer(ctx, self.id, "curves:" + repr(trajectory.scenario), CURVES,
                       lambda p: _paint_relief_curves(p, ctx, scale, ssri, rapid))
        _paint_ruler(painter, ctx, TimeChart(PLOT, scale, 0, 1.15), curves, t,
                     (_serotonin_share(ssri, left["serotonin"]), left["antidepressant_effect"],
                      right["antidepressant_effect"]), drug_name(rapid.scenario.drug, ctx.tr),
                     left["serotonin"])


# --- static art -------------------------------------------------------------------------
def _paint_static(painter: QPainter, ctx: RenderContext, scale) -> None:
    """Panels, titles, the synapse and neuron skeletons, the ruler's bands and ticks."""
    tr = ctx.tr
    rounded_panel(painter, ctx, LEFT, "ssri")
    rounded_panel(painter, ctx, RIGHT, "ketamine")
    rounded_panel(painter, ctx, RULER)
    for rect, role, subtitle in ((LEFT, "ssri", tr("More transmitter within hours; slow "
                                                   "adaptation over weeks")),
                                 (RIGHT, "ketamine", tr("Regrowing lost synapses: "
                                                        "synaptogenesis"))):
        glow_dot(painter, ctx, QPointF(rect.x() + 28, rect.y() + 29), 8, role)
        draw_fit(painter, ctx, subtitle, QRectF(rect.x() + 46, rect.y() + 46, 680, 26), 18, "muted",
                 secondary=True)
    draw_fit(painter, ctx, tr("SSRI — the chemical soup"), QRectF(86, 142, 680, 34), 24, "ink",
             True)
    _paint_synapse_static(painter, ctx)
    paint_neuron_static(painter, ctx)
    draw_fit(painter, ctx, tr("One time ruler"), QRectF(60, 598, 260, 30), 21, "ink", True)
    bands = TimeChart(PLOT.adjusted(0, -26, 0, 0), scale)
    draw_time_bands(painter, ctx, bands, ((0, 24, tr("hours")), (24, 168, tr("days")),
                                          (168, WEEKS_H, tr("weeks"))))
    draw_time_axis(painter, ctx, TimeChart(PLOT, scale), RULER_TICKS_H)


def _paint_synapse_static(painter: QPainter, ctx: RenderContext) -> None:
    """The serotonin terminal, cleft, receiving neuron, vesicles and their labels."""
    tr = ctx.tr
    terminal = QPainterPath(QPointF(228, 212))
    terminal.cubicTo(228, 240, 98, 236, 96, 300)
    terminal.lineTo(96, 350)
    terminal.quadTo(96, 372, 120, 372)
    terminal.lineTo(380, 372)
    terminal.quadTo(404, 372, 404, 350)
    terminal.lineTo(404, 300)
    terminal.cubicTo(402, 236, 272, 240, 272, 212)
    terminal.closeSubpath()
    cell_body(painter, ctx, terminal, "serotonin", 0.1)
    receiver = QPainterPath()
    receiver.addRoundedRect(QRectF(84, 440, 332, 122), 26, 26)
    cell_body(painter, ctx, receiver, "grey", 0.0)
    painter.fillRect(CLEFT.adjusted(-6, -4, 6, 4), ctx.theme.color("cleft", 0.55))
    for x, y in VESICLES:
        vesicle(painter, ctx, QPointF(x, y), 15, "serotonin")
    for x in POST_RECEPTORS_X:
        painter.setPen(QPen(ctx.theme.color("serotonin").darker(150), 1.5))
        painter.setBrush(ctx.theme.color("serotonin", 0.75))
        painter.drawRoundedRect(QRectF(x - 9, 432, 18, 22), 5, 5)
    draw_fit(painter, ctx, tr("serotonin terminal"), QRectF(150, 234, 200, 24), 16,
             ink_on(ctx.theme.color("serotonin")), False, ALIGN_CENTER, secondary=True)
    draw_fit(painter, ctx, tr("cleft"), QRectF(416, 394, 60, 24), 17, "muted", secondary=True)
    draw_fit(painter, ctx, tr("receiving neuron"), QRectF(84, 520, 332, 26), 17,
             ink_on(ctx.theme.color("grey")), False, ALIGN_CENTER)


# --- the SSRI synapse -------------------------------------------------------------------
def _paint_synapse(painter: QPainter, ctx: RenderContext, values: dict, position: float) -> None:
    """SERT plugged by the SSRI, autoreceptors greying as they desensitise (their brake on
    release fading), and serotonin molecules in the cleft, counted by ``serotonin``."""
    occupancy, desens = values["sert_occupancy"], values["autoreceptor_desensitization"]
    for x in SERT_X:
        painter.setPen(QPen(ctx.theme.color("membrane").darker(130), 1.5))
        painter.setBrush(ctx.theme.color("membrane", 0.85))
        for side in (-1, 1):
            painter.drawRoundedRect(QRectF(x + side * 8 - 6, 358, 12, 28), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color("ssri", occupancy))
        painter.drawRoundedRect(QRectF(x - 8, 378, 16, 12), 4, 4)
    active = ctx.theme.color("serotonin")
    color = blend(active, ctx.theme.color("grey"), desens)
    for x in AUTORECEPTORS_X:
        painter.setPen(QPen(color, 3))
        painter.setBrush(with_alpha(color, 0.35))
        painter.drawChord(QRectF(x - 13, 358, 26, 30), 0, -180 * 16)
        end = QPointF(250 + (x - 250) * 0.3, 340)
        painter.setPen(QPen(with_alpha(active.lighter(125), 0.9 * (1 - desens)), 3.5,
                            Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        brake = QPainterPath(QPointF(x, 368))
        brake.quadTo(QPointF(x, 342), end)
        painter.drawPath(brake)
        painter.drawLine(QPointF(end.x() - 3, end.y() - 9), QPointF(end.x() + 3, end.y() + 9))
    seeds = particle_seeds(21, 48)
    count = min(len(seeds), int(round(14 * values["serotonin"])))
    offsets = drift(seeds[:count], motion_phase(position), 7.0)
    for (sx, sy), (dx, dy) in zip(seeds[:count, :2].tolist(), offsets.tolist()):
        y = min(max(CLEFT.top() + 6 + sy * (CLEFT.height() - 12) + dy, CLEFT.top() + 4),
                CLEFT.bottom() - 4)
        glow_dot(painter, ctx, QPointF(CLEFT.left() + 6 + sx * (CLEFT.width() - 12) + dx, y), 5,
                 "serotonin")
    glow(painter, ctx, CLEFT.center(), 150, "serotonin", 0.25 * max(values["serotonin"] - 1, 0))


def _paint_ssri_meters(painter: QPainter, ctx: RenderContext, values: dict) -> None:
    """Serotonin, SERT block and desensitisation bars, and the SSRI's mood meter."""
    tr = ctx.tr
    serotonin, desens = values["serotonin"], values["autoreceptor_desensitization"]
    if ctx.hall_type:  # the two bars that carry the point, wider, with shorter words
        meter_bar(painter, ctx, QRectF(425, 200, 340, 50), serotonin / 3,
                  tr("Serotonin in the cleft"), f"×{serotonin:.2f}", "serotonin", 1 / 3)
        meter_bar(painter, ctx, QRectF(425, 280, 340, 50), desens, tr("Autoreceptors"),
                  tr("{value:.0%} desensitised").format(value=desens), "grey")
    else:
        meter_bar(painter, ctx, QRectF(485, 212, 280, 50), serotonin / 3,
                  tr("Serotonin in the cleft"), f"×{serotonin:.2f}", "serotonin", 1 / 3)
        meter_bar(painter, ctx, QRectF(485, 272, 280, 50), values["sert_occupancy"],
                  tr("SERT blocked by the SSRI"), f"{values['sert_occupancy']:.0%}", "ssri")
        meter_bar(painter, ctx, QRectF(485, 332, 280, 50), desens,
                  tr("Autoreceptor desensitisation"),
                  tr("{value:.0%} of full").format(value=desens), "grey")
    mood_dial(painter, ctx, QPointF(625, 470), 66, values["antidepressant_effect"], "ssri",
              tr("Relief, % of max."))


# --- the rapid drug's neuron ------------------------------------------------------------
def _paint_rapid_meters(painter: QPainter, ctx: RenderContext, values: dict, scenario) -> None:
    """The right panel's title, spine bars, stress note and mood meter."""
    tr = ctx.tr
    s0 = baseline_spine_density(scenario.stress)
    density = values["spine_density"]
    regrown = max((density - s0) / (1 - s0), 0.0) if s0 < 1 else 0.0
    draw_fit(painter, ctx, tr("{drug} — living wiring").format(drug=drug_name(scenario.drug, tr)),
             QRectF(856, 142, 680, 34), 24, "ink", True)
    if ctx.hall_type:  # wider bars, the short name of the first, no stress note
        meter_bar(painter, ctx, QRectF(1195, 200, 345, 50), density / 1.1, tr("Spine density"),
                  f"{density:.0%}", "spine", 1 / 1.1)
        meter_bar(painter, ctx, QRectF(1195, 280, 345, 50), regrown,
                  tr("Stress-lost spines regrown"), f"{regrown:.0%}", "spine")
    else:
        meter_bar(painter, ctx, QRectF(1255, 212, 285, 50), density / 1.1,
                  tr("Spine density (healthy = 100%)"), f"{density:.0%}", "spine", 1 / 1.1)
        meter_bar(painter, ctx, QRectF(1255, 272, 285, 50), regrown,
                  tr("Stress-lost spines regrown"), f"{regrown:.0%}", "spine")
        draw_fit(painter, ctx, tr("Chronic stress {stress:.0%}: spines start at {start:.0%} of "
                                  "healthy").format(stress=scenario.stress, start=s0),
                 QRectF(1255, 330, 285, 52), 17, "muted", wrap=True)
    mood_dial(painter, ctx, QPointF(1395, 470), 66, values["antidepressant_effect"], "ketamine",
              tr("Relief, % of max."))


# --- the shared time ruler --------------------------------------------------------------
def _paint_relief_curves(painter: QPainter, ctx: RenderContext, scale, ssri: Trajectory,
                         rapid: Trajectory) -> None:
    """Both relief curves and the SSRI's serotonin (share of its rise), once per scenario."""
    chart = TimeChart(PLOT, scale, 0, 1.15)
    draw_series(painter, ctx, chart, ssri.t, _serotonin_share(ssri, ssri["serotonin"]),
                "serotonin", 2.5, smooth=True)
    draw_series(painter, ctx, chart, ssri.t, ssri["antidepressant_effect"], "ssri", 4.0,
                fill_alpha=0.25)
    draw_series(painter, ctx, chart, rapid.t, rapid["antidepressant_effect"], "ketamine", 4.0,
                fill_alpha=0.25)


def _paint_ruler(painter: QPainter, ctx: RenderContext, chart: TimeChart, curves, t: float,
                 levels: tuple, drug: str, serotonin: float) -> None:
    """Curves bright up to ``t`` and faded after, the cursor, live dots and readouts."""
    tr = ctx.tr
    x = chart.x(t)
    paint_past_and_future(painter, curves, CURVES, x)
    draw_cursor(painter, ctx, chart, t, PLOT.y() + 10)
    roles = ("serotonin", "ssri", "ketamine")
    for level, role in zip(levels, roles):
        glow_dot(painter, ctx, QPointF(x, chart.y(level)), 7, role)
    readouts = ((tr("SSRI relief"), tr("{value:.0%} of max.").format(value=levels[1]), "ssri"),
                (tr("{drug} relief").format(drug=drug),
                 tr("{value:.0%} of max.").format(value=levels[2]), "ketamine"),
                (tr("SSRI serotonin"), f"×{serotonin:.2f}", "serotonin"))
    for i, (name, value, role) in enumerate(readouts):
        if ctx.hall_type:  # no room for the names: the value in its curve's colour
            y = 638 + i * 44
            line_swatch(painter, ctx, QPointF(62, y + 18), role)
            draw_fit(painter, ctx, value, QRectF(98, y, 220, 36), 22, role, True)
            continue
        y = 636 + i * 58
        line_swatch(painter, ctx, QPointF(62, y + 12), role)
        draw_fit(painter, ctx, name, QRectF(98, y, 220, 24), 17, "muted")
        draw_fit(painter, ctx, value, QRectF(98, y + 22, 220, 30), 22, "ink", True)


def _serotonin_share(ssri: Trajectory, level):
    """Serotonin ``level`` as a share of the SSRI course's largest rise (0..1)."""
    return (level - 1.0) / max(float(ssri["serotonin"].max()) - 1.0, 1e-9)

"""Scene 7, hit and run: a short-lived drug, a long-lived effect.

A large log-time chart shows the drug and its side effects (dissociation, blood pressure)
rising and fading within hours, while regrown spines and relief rise within hours and stay
for days. A spark-and-fire panel gives the metaphor (the drug is the spark, mTOR-driven
rebuilding the fire); a side panel gives the clinical forms, with numbers from companion runs.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.model import Trajectory
from app.model.facts import BLOOD_PRESSURE_MAX_RISE_MMHG
from app.scenes import companions
from app.scenes.art_chart import (
    ALIGN_TOP_LEFT,
    TimeChart,
    blit_layer,
    draw_cursor,
    draw_fit,
    draw_series,
    draw_time_axis,
    draw_value_labels,
    layer,
    line_swatch,
    meter_bar,
    paint_past_and_future,
    rounded_panel,
)
from app.scenes.art_fire import paint_fire, paint_ignition, paint_spark
from app.scenes.base import ART_RECT, LegendItem, RenderContext, Scene
from app.scenes.primitives import ALIGN_CENTER, number_in, text_width
from app.scenes.sprites import glow_dot, motion_phase
from app.scenes.theme import ink_on
from app.story.catalogue import CATALOGUE
from app.story.names import why_no_relief
from app.story.scenes import hit_and_run as story
from app.story.scenes.hit_and_run import (
    RELIEF_ONSET,
    share_of_peak,
    spines_readout,
    spines_regrown,
    spines_sentence,
)

CHART, METAPHOR, SIDE = (QRectF(40, 130, 1050, 520), QRectF(40, 665, 1050, 155),
                         QRectF(1105, 130, 455, 690))
DRUG_LANE, REBUILD_LANE = QRectF(130, 218, 680, 140), QRectF(130, 420, 680, 140)
CURVES = QRectF(125, 205, 690, 360)
CHART_TICKS_H = (0.25, 1.0, 6.0, 24.0, 72.0, 168.0, 336.0)


def drug_role(trajectory: Trajectory) -> str:
    """The colour role of the scenario's drug."""
    return "ssri" if trajectory.scenario.drug == "ssri" else "ketamine"


class HitAndRunScene(Scene):
    """The drug comes and goes within hours; the rebuilding it sets off lasts days."""

    entry = CATALOGUE["hit-and-run"]

    story = story

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ketamine", tr("drug (share of peak)"), "square"),
                LegendItem("dissociation", tr("dissociation"), "line"),
                LegendItem("pressure", tr("blood pressure"), "line"),
                LegendItem("spine", tr("new spines"), "line"),  # regrown, or beyond healthy
                LegendItem("mood", tr("relief"), "square"),
                LegendItem("proteins", tr("rebuilding (the fire)"))]

    def prepare(self, trajectory: Trajectory) -> dict[str, object]:
        """The side panel's companion runs (simulated here, off the GUI thread)."""
        return clinical_forms(trajectory.scenario)

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        scale = self.timescale_for(trajectory)
        blit_layer(painter, ctx, self.id, f"static:{scale.t1:g}", ART_RECT,
                   lambda p: _paint_static(p, ctx, scale))
        blit_layer(painter, ctx, self.id, "side:" + repr(trajectory.scenario), SIDE,
                   lambda p: _paint_clinical_forms(p, ctx))
        charts = TimeChart(DRUG_LANE, scale, 0, 1.1), TimeChart(REBUILD_LANE, scale, 0, 1.1)
        curves = layer(ctx, self.id, "curves:" + repr(trajectory.scenario), CURVES,
                       lambda p: _paint_curves(p, ctx, trajectory, *charts))
        values = trajectory.at(t)
        _paint_chart_now(painter, ctx, trajectory, charts, curves, t, values)
        _paint_metaphor(painter, ctx, trajectory, values, scale.to_position(t))


# --- the chart --------------------------------------------------------------------------
def _paint_static(painter: QPainter, ctx: RenderContext, scale) -> None:
    """Panels, chart titles, lane axes and grid: everything that does not move."""
    tr = ctx.tr
    rounded_panel(painter, ctx, CHART)
    rounded_panel(painter, ctx, METAPHOR)
    draw_fit(painter, ctx, tr("The drug leaves within hours; the rebuilding lasts for days"),
             QRectF(64, 140, 1000, 32), 22, "ink", True)
    ticks = [h for h in CHART_TICKS_H if h <= scale.t1]
    for lane, title in ((DRUG_LANE, tr("The spark: drug and side effects")),
                        (REBUILD_LANE, tr("The fire: rebuilding and relief"))):
        draw_fit(painter, ctx, title, QRectF(lane.x(), lane.y() - 40, lane.width(), 26), 18,
                 "muted", True)
        chart = TimeChart(lane, scale, 0, 1.1)
        draw_value_labels(painter, ctx, chart, ((0, "0"), (0.5, "50%"), (1.0, "100%")))
        draw_time_axis(painter, ctx, chart, ticks, labels=lane is REBUILD_LANE)
    top = BLOOD_PRESSURE_MAX_RISE_MMHG
    draw_value_labels(painter, ctx, TimeChart(DRUG_LANE, scale, 0, 1.1),
                      ((0.5, f"{top / 2:g}"),
                       # in a hall the unit would not fit: the readout beside it has it
                       (1.0, f"{top:g}" if ctx.hall_type
                        else tr("{value:g} mmHg").format(value=top))),
                      side="right", color="pressure")
    draw_fit(painter, ctx, tr("time since the first dose (log scale)"),
             QRectF(REBUILD_LANE.x(), 600, REBUILD_LANE.width(), 26), 17, "muted", False,
             ALIGN_CENTER)


def _paint_curves(painter: QPainter, ctx: RenderContext, trajectory: Trajectory,
                  drug_chart: TimeChart, rebuild_chart: TimeChart) -> None:
    """All five curves, once per scenario (the layer is faded after the cursor)."""
    t = trajectory.t
    pressure = trajectory["blood_pressure_mmHg"] / BLOOD_PRESSURE_MAX_RISE_MMHG
    draw_series(painter, ctx, drug_chart, t, share_of_peak(trajectory, "plasma_uM"),
                drug_role(trajectory), 3.5, fill_alpha=0.35)
    draw_series(painter, ctx, drug_chart, t, pressure, "pressure", 3.0)
    draw_series(painter, ctx, drug_chart, t, trajectory["dissociation"], "dissociation", 3.0, True)
    draw_series(painter, ctx, rebuild_chart, t, trajectory["antidepressant_effect"], "mood", 4.0,
                fill_alpha=0.3)
    draw_series(painter, ctx, rebuild_chart, t,
                spines_regrown(trajectory, trajectory["spine_density"]), "spine", 3.0, True)


def _paint_chart_now(painter: QPainter, ctx: RenderContext, trajectory: Trajectory, charts,
                     curves, t: float, values: dict) -> None:
    """Curves bright up to ``t`` and faded after it, the cursor, live dots and readouts."""
    tr = ctx.tr
    drug_chart, rebuild_chart = charts
    x = drug_chart.x(t)
    paint_past_and_future(painter, curves, CURVES, x)
    draw_cursor(painter, ctx, drug_chart, t, DRUG_LANE.y() - 2)
    draw_cursor(painter, ctx, rebuild_chart, t, REBUILD_LANE.y() - 2, handle=False)
    pressure, regrown = values["blood_pressure_mmHg"], float(
        spines_regrown(trajectory, values["spine_density"]))
    readouts = (
        (drug_chart, share_of_peak(trajectory, "plasma_uM", values["plasma_uM"]),
         drug_role(trajectory), False, tr("Drug in plasma"), f"{values['plasma_uM']:.2f} µM"),
        (drug_chart, values["dissociation"], "dissociation", True, tr("Dissociation"),
         tr("{value:.0%} of maximum").format(value=values["dissociation"])),
        (drug_chart, pressure / BLOOD_PRESSURE_MAX_RISE_MMHG, "pressure", False,
         tr("Blood pressure rise"), f"+{pressure:.0f} mmHg"),
        (rebuild_chart, regrown, "spine", True,
         *spines_readout(trajectory, values["spine_density"], tr)),
        (rebuild_chart, values["antidepressant_effect"], "mood", False, tr("Relief"),
         tr("{value:.0%} of max.").format(value=values["antidepressant_effect"])))
    for i, (chart, level, role, dashed, name, text) in enumerate(readouts):
        glow_dot(painter, ctx, QPointF(x, chart.y(level)), 7, role)
        if ctx.hall_type:  # no room for the names: the number in its curve's colour
            y = DRUG_LANE.y() + 2 + i * 44 if i < 3 else REBUILD_LANE.y() + 10 + (i - 3) * 48
            line_swatch(painter, ctx, QPointF(905, y + 18), role, dashed, 22)
            draw_fit(painter, ctx, number_in(text), QRectF(932, y, 156, 36), 21, role, True)
            continue
        y = DRUG_LANE.y() - 8 + i * 50 if i < 3 else REBUILD_LANE.y() + 4 + (i - 3) * 60
        draw_fit(painter, ctx, name, QRectF(915, y, 168, 22), 16, "muted")
        line_swatch(painter, ctx, QPointF(915, y + 36), role, dashed, 22)
        draw_fit(painter, ctx, text, QRectF(945, y + 22, 140, 28), 21, "ink", True)


# --- spark and fire ---------------------------------------------------------------------
def _paint_metaphor(painter: QPainter, ctx: RenderContext, trajectory: Trajectory,
                    values: dict, position: float) -> None:
    """The spark (drug in the brain), the arrow lit by mTOR, and the fire (rebuilding)."""
    tr = ctx.tr
    phase = 0.0 if ctx.reduce_motion else motion_phase(position)
    spark = share_of_peak(trajectory, "brain_uM", values["brain_uM"])
    fire = min(float(spines_regrown(trajectory, values["spine_density"])), 1.0)
    proteins = round(values["synaptic_proteins"] - 1.0, 2) + 0.0
    painter.save()
    painter.setClipRect(METAPHOR, Qt.ClipOperation.IntersectClip)
    paint_spark(painter, ctx, spark, drug_role(trajectory), phase)
    paint_fire(painter, ctx, fire, min(max(proteins / 0.5, 0.0), 1.0), phase)
    paint_ignition(painter, ctx, trajectory.scenario,
                    min(max(values["mtor_activity"] - 1.0, 0.0) / 0.3, 1.0))
    painter.restore()
    draw_fit(painter, ctx, tr("The spark"), QRectF(182, 680, 270, 28), 21, "ink", True)
    draw_fit(painter, ctx, tr("Drug in the brain"), QRectF(182, 712, 270, 24), 17, "muted",
             secondary=True)
    hall = ctx.hall_type  # one line under each heading: the words that say what it is
    spark_text = (tr("{share:.0%} of its peak") if hall
                  else tr("{value:.2f} µM · {share:.0%} of peak"))
    draw_fit(painter, ctx, spark_text.format(value=values["brain_uM"], share=spark),
             QRectF(182, 720 if hall else 738, 265, 28), 20, "ink", True)
    draw_fit(painter, ctx, tr("The fire"), QRectF(785, 680, 290, 28), 21, "ink", True)
    draw_fit(painter, ctx,
             tr("Synaptic proteins {value:+.0%} over baseline").format(value=proteins),
             QRectF(785, 712, 290, 24), 18, "proteins", True, secondary=True)
    lit = trajectory["synaptic_proteins"].max() > 1.02
    # in a hall the sentence gets two lines where the note under it is left out: cut to one,
    # the Chinese lost its number, which ends the sentence
    two_lines = hall and lit
    draw_fit(painter, ctx, spines_sentence(trajectory, values["spine_density"], tr),
             QRectF(785, 712, 290, 90) if two_lines else QRectF(785, 720 if hall else 740, 290,
                                                                  24), 18, "spine",
             True, wrap=two_lines)
    if lit:
        draw_fit(painter, ctx, tr("keeps burning after the drug has gone"),
                 QRectF(785, 768, 290, 44), 16, "muted", wrap=True, secondary=True)
    else:
        draw_fit(painter, ctx, tr("never lit: {reason}").format(
            reason=why_no_relief(trajectory.scenario, tr)), QRectF(785, 768, 290, 44), 17,
            "blocked", True, wrap=True)


def clinical_forms(scenario) -> dict[str, object]:
    """The companion runs of the side panel (two weeks each; simulated before painting)."""
    return {"spray": companions.esketamine_spray(scenario, 336.0),
            "arketamine": companions.arketamine_infusion(scenario, 336.0),
            "racemic": companions.ketamine_infusion(scenario, 336.0)}


def _paint_clinical_forms(painter: QPainter, ctx: RenderContext) -> None:
    """The side panel: esketamine and arketamine, numbers from companion runs."""
    tr = ctx.tr
    spray, arketamine, racemic = (ctx.prepared[name] for name in ("spray", "arketamine",
                                                                   "racemic"))
    rounded_panel(painter, ctx, SIDE)
    draw_fit(painter, ctx, tr("Clinical forms"), QRectF(1127, 142, 420, 32), 23, "ink", True)
    draw_fit(painter, ctx, tr("Ketamine is a mix of two mirror-image forms, S and R"),
             QRectF(1127, 176, 415, 48), 17, "muted", align=ALIGN_TOP_LEFT, wrap=True,
             secondary=True)
    _form_card(painter, ctx, QRectF(1120, 232, 425, 252), ("S", tr("Esketamine"), tr("approved"),
               "green"), tr("Nasal spray, {dose:g} mg").format(dose=spray.scenario.dose_mg), spray,
               tr("Given under close monitoring: dissociation and a transient rise in blood "
                  "pressure. Unsuitable for patients with some vascular diseases."))
    _form_card(painter, ctx, QRectF(1120, 496, 425, 310), ("R", tr("Arketamine"),
               tr("under study"), "orange"), tr("Infusion, 0.5 mg/kg (model)"), arketamine,
               _arketamine_note(arketamine, racemic, tr))


def _arketamine_note(arketamine: Trajectory, racemic: Trajectory, tr) -> str:
    """What arketamine is studied for, and what this model (NMDA block only) can say."""
    mine = float(arketamine["antidepressant_effect"].max())
    theirs = float(racemic["antidepressant_effect"].max())
    if theirs > RELIEF_ONSET:
        model = tr("This model gives it only its weaker NMDA block: less dissociation but "
                   "less relief ({mine:.0%} vs {theirs:.0%} of the model's maximum for "
                   "ketamine).").format(
            mine=mine, theirs=theirs)
    else:
        model = tr("This model gives it only its weaker NMDA block: less dissociation; with "
                   "the chain cut here, neither form brings relief.")
    return " ".join((tr("Studied, like ketamine's metabolites, for a longer effect with fewer "
                        "side effects."), model,
                     tr("Whether it lasts longer is still a research question.")))


def _form_card(painter: QPainter, ctx: RenderContext, rect: QRectF, header: tuple, route: str,
               run: Trajectory, note: str) -> None:
    """One clinical form: ``header`` (letter, name, status, status role), the route, peak
    side effects of its companion run as bars, and a note."""
    tr = ctx.tr
    letter, name, status, status_role = header
    rounded_panel(painter, ctx, rect, "ketamine", 16)
    badge = QRectF(rect.x() + 16, rect.y() + 14, 36, 36)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("ketamine"))
    painter.drawEllipse(badge)
    draw_fit(painter, ctx, letter, badge, 20, ink_on(ctx.theme.color("ketamine")), True,
             ALIGN_CENTER)
    draw_fit(painter, ctx, name, QRectF(rect.x() + 62, rect.y() + 14, 200, 36), 22, "ink", True)
    # the hall's type is wider than the tag was made for
    tag_width = max(130.0, text_width(ctx, status, 16, True) + 24) if ctx.hall_type else 130.0
    tag = QRectF(rect.right() - 16 - tag_width, rect.y() + 14 if ctx.hall_type else rect.y() + 18,
                 tag_width, 36 if ctx.hall_type else 28)
    painter.setBrush(ctx.theme.color(status_role, 0.25))
    painter.setPen(QPen(ctx.theme.color(status_role), 1.5))
    painter.drawRoundedRect(tag, 14, 14)
    draw_fit(painter, ctx, status, tag, 16, "ink", True, ALIGN_CENTER)  # on the tinted tag
    draw_fit(painter, ctx, route, QRectF(rect.x() + 18, rect.y() + 56, 390, 24), 17, "muted")
    if ctx.hall_type:  # the chart shows the side effects; the card keeps its note
        draw_fit(painter, ctx, note, QRectF(rect.x() + 18, rect.y() + 92, 392, rect.height() - 100),
                 17, "ink", align=ALIGN_TOP_LEFT, wrap=True)
        return
    dissociation, pressure = (float(run["dissociation"].max()),
                              float(run["blood_pressure_mmHg"].max()))
    meter_bar(painter, ctx, QRectF(rect.x() + 18, rect.y() + 88, 185, 50), dissociation,
              tr("Dissociation (peak)"),
              tr("{value:.0%} of maximum").format(value=dissociation), "dissociation")
    meter_bar(painter, ctx, QRectF(rect.x() + 222, rect.y() + 88, 185, 50),
              pressure / BLOOD_PRESSURE_MAX_RISE_MMHG, tr("Blood pressure (peak)"),
              f"+{pressure:.0f} mmHg", "pressure")
    draw_fit(painter, ctx, note, QRectF(rect.x() + 18, rect.y() + 150, 392, rect.height() - 158),
             17, "ink", align=ALIGN_TOP_LEFT, wrap=True)

"""Scene 9, the dose window: what one dose does at 0.05 to 10 mg/kg.

Dose runs across on a log axis. The upper lane is the glutamate surge: the peak each dose
has reached by the time on the slider, rising toward the inverted U as one scrubs, with
glutamate at that moment dashed beneath it (at anaesthetic doses it falls below baseline:
Moghaddam 1997). The lower lane sets relief at that moment against the side effects at their
peak so far. The antidepressant window is shaded, the lecturer's dose marked; the faint
curves are where each will be the day after. The sweep (``app.model.dose_sweep``) is
simulated in :meth:`DoseWindowScene.prepare`, off the GUI thread, and kept in a small cache.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QPolygonF

from app.i18n import translator
from app.model import Trajectory
from app.model.dose_sweep import DOSE_SWEEP_HEADER, DoseSweep, dose_sweep, doses_for, sweeps
from app.model.facts import BLOOD_PRESSURE_MAX_RISE_MMHG
from app.scenes.art_chart import (
    ALIGN_TOP_LEFT,
    blit_layer,
    draw_fit,
    line_swatch,
    rounded_panel,
)
from app.scenes.base import ART_RECT, Beat, LegendItem, RenderContext, Scene
from app.scenes.caches import SWEEP_BYTES, BoundedCache
from app.scenes.primitives import ALIGN_CENTER, ALIGN_RIGHT, number_in, text_width
from app.scenes.sprites import glow_dot
from app.story.catalogue import CATALOGUE
from app.story.names import Translate
from app.story.scenes import dose_window as story
from app.story.scenes.dose_window import antidepressant_window, dose_text

CHART, SIDE = QRectF(40, 130, 1050, 690), QRectF(1105, 130, 455, 690)
SURGE, COST = QRectF(150, 225, 680, 190), QRectF(150, 495, 680, 190)
DOSE_TICKS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
GLUTAMATE_TOP = 2.0  # the surge lane's top, x baseline


def _sweep_bytes(sweep: DoseSweep) -> int:
    return sum(course.nbytes for course in sweep.courses.values())


SWEEPS = BoundedCache(SWEEP_BYTES, _sweep_bytes, keep_at_least=2)


def sweep_of(trajectory: Trajectory) -> DoseSweep | None:
    """The dose sweep of the trajectory's drug (None for a drug that blocks no NMDA
    receptors), simulated once per scenario: in :meth:`DoseWindowScene.prepare`, off the
    GUI thread, which the beats and captions then find in the cache."""
    scenario = trajectory.scenario
    if not sweeps(scenario):
        return None
    return SWEEPS.get(scenario, lambda: dose_sweep(scenario, doses_for(scenario)))


class DoseChart:
    """A lane: dose (mg/kg, log) across, values ``low..high`` upwards."""

    def __init__(self, plot: QRectF, low: float, high: float):
        self.plot, self.low, self.high = plot, low, high

    def x(self, dose: float) -> float:
        """Horizontal position of ``dose``."""
        span = math.log(DOSE_TICKS[-1] / DOSE_TICKS[0])
        share = math.log(min(max(dose, DOSE_TICKS[0]), DOSE_TICKS[-1]) / DOSE_TICKS[0]) / span
        return self.plot.left() + share * self.plot.width()

    def y(self, value: float) -> float:
        """Vertical position of ``value`` (clamped a little beyond the range)."""
        share = (value - self.low) / (self.high - self.low)
        return self.plot.bottom() - min(max(share, -0.02), 1.06) * self.plot.height()

    def curve(self, painter: QPainter, ctx: RenderContext, doses, values, role: str,
              width: float = 3.5, dashed: bool = False, alpha: float = 1.0) -> None:
        """``values`` over ``doses`` as a line in the role's colour."""
        pen = QPen(ctx.theme.color(role, alpha), width * ctx.theme.line_scale)
        if dashed:
            pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([QPointF(self.x(d), self.y(v))
                                        for d, v in zip(doses, values)]))


def lanes() -> tuple[DoseChart, DoseChart]:
    """The surge lane (glutamate, x baseline) and the benefit-and-cost lane (shares)."""
    return DoseChart(SURGE, 0.0, GLUTAMATE_TOP), DoseChart(COST, 0.0, 1.0)


class DoseWindowScene(Scene):
    """One dose swept from 0.05 to 10 mg/kg: the surge's inverted U, relief the day after,
    side effects that only grow, the window between them and the lecturer's dose."""

    entry = CATALOGUE["dose-window"]

    def horizon_for(self, trajectory: Trajectory) -> float:
        """The whole first day: the sweep simulates it whatever the lecturer's horizon."""
        return max(trajectory.t_end, self.window[1])

    def prepare(self, trajectory: Trajectory) -> dict[str, object]:
        """The sweep (simulated here, off the GUI thread)."""
        return {"sweep": sweep_of(trajectory)}

    def beats(self, trajectory: Trajectory, lang: str | None = None) -> list[Beat]:
        return story.beats(sweep_of(trajectory), self.window_for(trajectory), translator(lang))

    def caption(self, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
        return story.caption(sweep_of(trajectory), t, self.window_for(trajectory), translator(lang),
                             trajectory.scenario.drug)

    def tabulates(self, scenario) -> bool:
        """The sweep is for the NMDA drugs only."""
        return sweeps(scenario)

    def table(self, trajectory: Trajectory) -> tuple[list[str], np.ndarray]:
        """The sweep, one row per dose (no rows for a drug the sweep is not for)."""
        sweep = sweep_of(trajectory)
        if sweep is None:
            return list(DOSE_SWEEP_HEADER), np.empty((0, len(DOSE_SWEEP_HEADER)))
        return sweep.table()

    def legend(self, tr: Translate) -> list[LegendItem]:
        return [LegendItem("glutamate", tr("glutamate: peak so far"), "line"),
                LegendItem("glutamate", tr("glutamate now"), "line", secondary=True),
                LegendItem("mood", tr("relief"), "line"),
                LegendItem("dissociation", tr("dissociation"), "line"),
                LegendItem("pressure", tr("blood pressure"), "line"),
                LegendItem("mood", tr("antidepressant window"), "square", secondary=True)]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        sweep = ctx.prepared["sweep"]
        if sweep is None:
            _paint_not_swept(painter, ctx, trajectory.scenario.drug)
            return
        key = repr(trajectory.scenario)
        blit_layer(painter, ctx, self.id, "static:" + key, ART_RECT,
                   lambda p: _paint_static(p, ctx, sweep))
        _paint_now(painter, ctx, sweep, t)


# --- what does not move -----------------------------------------------------------------
def _paint_static(painter: QPainter, ctx: RenderContext, sweep: DoseSweep) -> None:
    """Panels, titles, the window, axes, the day-after curves (faint) and the side note."""
    tr = ctx.tr
    surge, cost = lanes()
    rounded_panel(painter, ctx, CHART)
    draw_fit(painter, ctx, tr("One dose, from 0.05 to 10 mg/kg: what the model gives"),
             QRectF(64, 140, 1000, 32), 22, "ink", True)
    edges = antidepressant_window(sweep)
    if edges:
        left, right = surge.x(edges[0]), surge.x(edges[1])
        for lane in (SURGE, COST):
            painter.fillRect(QRectF(left, lane.top(), right - left, lane.height()),
                             ctx.theme.color("mood", 0.10))
        draw_fit(painter, ctx, tr("antidepressant window"),
                 QRectF(left - 60, COST.bottom() + 70, right - left + 120, 26), 17, "mood",
                 True, ALIGN_CENTER)
    for chart, title in ((surge, tr("Glutamate, x baseline: the surge's peak so far")),
                         (cost, tr("Relief now; side effects at their peak so far"))):
        draw_fit(painter, ctx, title, QRectF(chart.plot.x(), chart.plot.y() - 42,
                                             chart.plot.width(), 26), 18, "muted", True)
        _dose_axis(painter, ctx, chart, labels=chart is cost)
    _value_marks(painter, ctx, surge, ((0.0, "0"), (1.0, "1x"), (2.0, "2x")))
    _value_marks(painter, ctx, cost, ((0.0, "0"), (0.5, "50%"), (1.0, "100%")))
    top = BLOOD_PRESSURE_MAX_RISE_MMHG
    # in a hall the unit would not fit: the readout beside it has it
    _value_marks(painter, ctx, cost, ((0.5, f"{top / 2:g}"), (1.0, f"{top:g}" if ctx.hall_type
                                                               else f"{top:g} mmHg")),
                 "pressure", right=True)
    doses = sweep.doses_mg_per_kg
    surge.curve(painter, ctx, doses, sweep.peak_glutamate, "glutamate", 3.0, alpha=0.3)
    for values, role in ((sweep.relief_24h, "mood"), (sweep.peak_dissociation, "dissociation"),
                         (sweep.peak_pressure_mmHg / top, "pressure")):
        cost.curve(painter, ctx, doses, values, role, 3.0, alpha=0.3)
    _paint_side(painter, ctx, sweep, edges)


def _dose_axis(painter: QPainter, ctx: RenderContext, chart: DoseChart, labels: bool) -> None:
    """The base line, faint grid lines at the dose ticks and, with ``labels``, their labels."""
    bottom = chart.plot.bottom()
    painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.5))
    painter.drawLine(QPointF(chart.plot.left(), bottom), QPointF(chart.plot.right(), bottom))
    for dose in DOSE_TICKS:
        x = chart.x(dose)
        painter.setPen(QPen(ctx.theme.color("muted", 0.16), 1.2))
        painter.drawLine(QPointF(x, chart.plot.top()), QPointF(x, bottom))
        if labels:
            width = text_width(ctx, f"{dose:g}", 17) + 8
            draw_fit(painter, ctx, f"{dose:g}", QRectF(x - width / 2, bottom + 8, width, 24),
                     17, "muted", False, ALIGN_CENTER)
    if labels:  # a hall's wider type has no room for it; the title and marker name the unit
        draw_fit(painter, ctx, "mg/kg", QRectF(chart.plot.left() - 132, bottom + 8, 94, 24),
                 17, "muted", False, ALIGN_RIGHT, secondary=True)


def _value_marks(painter: QPainter, ctx: RenderContext, chart: DoseChart, marks,
                 color: str = "muted", right: bool = False) -> None:
    """Labels of ``marks`` [(value, text)] beside the lane, with faint grid lines."""
    for value, text in marks:
        y = chart.y(value)
        painter.setPen(QPen(ctx.theme.color("muted", 0.13), 1.2))
        painter.drawLine(QPointF(chart.plot.left(), y), QPointF(chart.plot.right(), y))
        rect = (QRectF(chart.plot.right() + 8, y - 11, 100, 22) if right
                else QRectF(chart.plot.left() - 100, y - 11, 92, 22))
        draw_fit(painter, ctx, text, rect, 16, color, False, ALIGN_TOP_LEFT if right
                 else ALIGN_RIGHT)


def _paint_side(painter: QPainter, ctx: RenderContext, sweep: DoseSweep, edges) -> None:
    """The side panel: what the inverted U is, and where the model and the rat part."""
    tr = ctx.tr
    rounded_panel(painter, ctx, SIDE)
    heading = tr("An inverted U") if story.is_inverted_u(sweep) else tr("No clear inverted U")
    draw_fit(painter, ctx, heading, QRectF(1127, 142, 420, 32), 23, "ink", True)
    note, detail = story.inverted_u_notes(sweep, tr)
    draw_fit(painter, ctx, note, QRectF(1127, 182, 415, 250 if ctx.hall_type else 110), 17,
             "ink", align=ALIGN_TOP_LEFT, wrap=True)
    # where the model and the rat part at the highest dose
    draw_fit(painter, ctx, detail, QRectF(1127, 300, 415, 110), 17, "ink",
             align=ALIGN_TOP_LEFT, wrap=True, secondary=True)
    if edges:
        text = tr("Antidepressant window (model): {lo} to {hi} mg/kg, where relief the day "
                  "after reaches half its best.").format(lo=dose_text(edges[0]),
                                                         hi=dose_text(edges[1]))
        below = 650 if ctx.hall_type else 540  # under the window's lines, more in a hall
        draw_fit(painter, ctx, tr("Side effects only grow with dose."),
                 QRectF(1127, below, 415, 100), 17, "ink", True, ALIGN_TOP_LEFT, wrap=True)
    else:
        text = tr("No dose brings relief in this run, so there is no window.")
    draw_fit(painter, ctx, text, QRectF(1127, 450, 415, 190 if ctx.hall_type else 85), 17,
             "mood", True, ALIGN_TOP_LEFT, wrap=True)
    draw_fit(painter, ctx, tr("One dose of this drug, route and patient at each of {n} "
                              "doses.").format(n=len(sweep.doses_mg_per_kg)),
             QRectF(1127, 740, 415, 70), 16, "muted", align=ALIGN_TOP_LEFT, wrap=True,
             secondary=True)


def _paint_not_swept(painter: QPainter, ctx: RenderContext, drug: str) -> None:
    """An SSRI or no drug: say plainly that the sweep is for the NMDA drugs."""
    tr = ctx.tr
    rounded_panel(painter, ctx, QRectF(240, 300, 1120, 300))
    draw_fit(painter, ctx, tr("The dose window is for the NMDA drugs"),
             QRectF(280, 330, 1040, 44), 30, "ink", True, ALIGN_CENTER)
    text = (tr("No drug is chosen. Choose ketamine, esketamine or arketamine to see how "
               "its dose sets the glutamate surge, relief and side effects.") if drug == "none"
            else tr("An SSRI blocks no NMDA receptors: it makes no glutamate surge at any "
                    "dose. Choose ketamine, esketamine or arketamine to sweep its dose."))
    draw_fit(painter, ctx, text, QRectF(280, 400, 1040, 160), 22, "muted", align=ALIGN_CENTER,
             wrap=True)


# --- what moves with time ---------------------------------------------------------------
def _paint_now(painter: QPainter, ctx: RenderContext, sweep: DoseSweep, t: float) -> None:
    """The curves at ``t``, the lecturer's dose with its dots and readouts."""
    tr = ctx.tr
    surge, cost = lanes()
    doses, top = sweep.doses_mg_per_kg, BLOOD_PRESSURE_MAX_RISE_MMHG
    now = {name: sweep.at(name, t) for name in ("glutamate", "antidepressant_effect")}
    peaks = {name: sweep.peak_until(name, t) for name in ("glutamate", "dissociation",
                                                           "blood_pressure_mmHg")}
    surge.curve(painter, ctx, doses, now["glutamate"], "glutamate", 2.5, dashed=True)
    surge.curve(painter, ctx, doses, peaks["glutamate"], "glutamate", 4.0)
    cost.curve(painter, ctx, doses, now["antidepressant_effect"], "mood", 4.0)
    cost.curve(painter, ctx, doses, peaks["dissociation"], "dissociation", 3.0, dashed=True)
    cost.curve(painter, ctx, doses, peaks["blood_pressure_mmHg"] / top, "pressure", 3.0)
    row = sweep.current
    if row is None:
        return
    dose = doses[row]
    x = surge.x(dose)
    for color, width in ((ctx.theme.color("ink", 0.18), 7), (ctx.theme.color("ink", 0.9), 2)):
        painter.setPen(QPen(color, width))
        painter.drawLine(QPointF(x, SURGE.top() - 4), QPointF(x, COST.bottom()))
    label = tr("this dose: {dose} mg/kg").format(dose=dose_text(dose))
    width = text_width(ctx, label, 18, True) + 12
    left = min(max(x - width / 2, CHART.left() + 12), CHART.right() - width - 12)
    draw_fit(painter, ctx, label, QRectF(left, COST.bottom() + 38, width, 28), 18, "ink", True,
             ALIGN_CENTER)
    readouts = (
        (surge, float(peaks["glutamate"][row]), "glutamate", False,
         tr("Glutamate, peak so far"), f"{peaks['glutamate'][row]:.2f}x"),
        (surge, float(now["glutamate"][row]), "glutamate", True, tr("Glutamate now"),
         f"{now['glutamate'][row]:.2f}x"),
        (cost, float(now["antidepressant_effect"][row]), "mood", False, tr("Relief"),
         f"{now['antidepressant_effect'][row]:.0%}"),
        (cost, float(peaks["dissociation"][row]), "dissociation", True, tr("Dissociation"),
         f"{peaks['dissociation'][row]:.0%}"),
        (cost, float(peaks["blood_pressure_mmHg"][row]) / top, "pressure", False,
         tr("Blood pressure rise"), f"+{peaks['blood_pressure_mmHg'][row]:.0f} mmHg"))
    for i, (chart, level, role, dashed, name, text) in enumerate(readouts):
        glow_dot(painter, ctx, QPointF(x, chart.y(level)), 7, role)
        y = (SURGE.top() + i * 72) if i < 2 else (COST.top() + 24 + (i - 2) * 62)
        if not ctx.hall_type:
            draw_fit(painter, ctx, name, QRectF(895, y, 185, 22), 16, "muted")
        line_swatch(painter, ctx, QPointF(895, y + 38), role, dashed, 22)
        draw_fit(painter, ctx, number_in(text) if ctx.hall_type else text,
                 QRectF(925, y + 24, 160, 30), 21, role if ctx.hall_type else "ink", True)

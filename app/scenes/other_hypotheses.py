"""Scene 8, other hypotheses: is the article's chain the whole story?

The chain of scenes 1-7 is the spine of the app; this scene is honest about its edges.
A chart gives what the model can say (the drug, the NMDA block on both cell types and
relief, from the trajectory); four cards give the rival explanations (block at rest, the
lateral habenula, a metabolite, opioids), each with what supports it and what speaks
against it. Each beat, found from the trajectory, brings one card forward.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.i18n import translator
from app.model import Trajectory
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
    paint_past_and_future,
    rounded_panel,
)
from app.scenes.base import ART_RECT, Beat, LegendItem, RenderContext, Scene
from app.scenes.hit_and_run import drug_role
from app.scenes.primitives import ALIGN_CENTER
from app.scenes.sprites import glow_dot
from app.story.beats import beat_at
from app.story.catalogue import CATALOGUE
from app.story.scenes import other_hypotheses as story
from app.story.scenes.hit_and_run import share_of_peak

CHART_PANEL = QRectF(40, 130, 640, 690)
PLOT = QRectF(130, 250, 500, 330)
CARD_X, CARD_W, CARD_H, CARD_GAP = 700.0, 860.0, 165.0, 10.0
TICKS_H = (1.0, 6.0, 24.0, 72.0, 336.0)


@dataclass(frozen=True)
class Hypothesis:
    """A rival explanation: its name, claim, what supports and what speaks against it,
    and the beat that brings it forward."""

    beat: str
    title: str
    claim: str
    supports: str
    against: str


HYPOTHESES = (
    Hypothesis("drug-peak", QT_TRANSLATE_NOOP("", "NMDA block at rest, without a burst"),
               QT_TRANSLATE_NOOP("", "Blocking NMDA receptors of resting pyramidal cells "
                                     "switches off eEF2 kinase directly: BDNF is made with no "
                                     "glutamate surge."),
               QT_TRANSLATE_NOOP("", "Autry 2011, Nature: in mice the effect needs eEF2 kinase "
                                     "and rapid BDNF translation."),
               QT_TRANSLATE_NOOP("", "A glutamate surge is measured in rats and in people, and "
                                     "NBQX abolishes the effect (Moghaddam 1997; Milak 2016; "
                                     "Maeng 2008).")),
    Hypothesis("block-fades", QT_TRANSLATE_NOOP("", "Bursts in the lateral habenula"),
               QT_TRANSLATE_NOOP("", "In depression, habenula neurons fire in bursts that "
                                     "silence reward centres; ketamine's NMDA block stops the "
                                     "bursts."),
               QT_TRANSLATE_NOOP("", "Yang 2018, Nature: blocking NMDA receptors in the "
                                     "habenula alone gave a rapid effect in rodent models."),
               QT_TRANSLATE_NOOP("", "Rodents only so far, and the block fades with the drug: "
                                     "Ma 2023 (Nature) proposes ketamine stays trapped in "
                                     "habenula NMDA channels.")),
    Hypothesis("drug-gone", QT_TRANSLATE_NOOP("", "A metabolite: hydroxynorketamine"),
               QT_TRANSLATE_NOOP("", "(2R,6R)-hydroxynorketamine, made from ketamine in the "
                                     "body, acts through AMPA receptors without blocking NMDA "
                                     "receptors."),
               QT_TRANSLATE_NOOP("", "Zanos 2016, Nature: it worked alone in mice, and ketamine "
                                     "that forms less of it worked less."),
               QT_TRANSLATE_NOOP("", "Suzuki 2017, Nature: it does block NMDA receptors at "
                                     "higher levels. This model has no metabolites.")),
    Hypothesis("relief-peak", QT_TRANSLATE_NOOP("", "Opioid receptors"),
               QT_TRANSLATE_NOOP("", "Ketamine also binds opioid receptors; part of the relief "
                                     "might be an opioid effect."),
               QT_TRANSLATE_NOOP("", "Williams 2018, Am J Psychiatry: naltrexone given first "
                                     "blocked the relief in a small trial."),
               QT_TRANSLATE_NOOP("", "Yoon 2019, JAMA Psychiatry: patients already taking "
                                     "naltrexone still improved (a small case series).")),
)


def card_rect(index: int) -> QRectF:
    """Where hypothesis ``index`` sits: four cards down the right side."""
    return QRectF(CARD_X, 130 + index * (CARD_H + CARD_GAP), CARD_W, CARD_H)


class OtherHypothesesScene(Scene):
    """The rival explanations, each with its support and its problems, beside the model."""

    entry = CATALOGUE["other-hypotheses"]

    def beats(self, trajectory: Trajectory, lang: str | None = None) -> list[Beat]:
        return story.beats(trajectory, self.window_for(trajectory), translator(lang))

    def caption(self, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
        return story.caption(trajectory, t, self.window_for(trajectory), translator(lang))

    def legend(self, tr) -> list[LegendItem]:
        return [LegendItem("ketamine", tr("drug (share of peak)"), "square"),
                LegendItem("interneuron", tr("NMDA block, interneurons"), "line"),
                LegendItem("pyramidal", tr("NMDA block, pyramidal"), "line"),
                LegendItem("mood", tr("relief"), "line"),
                LegendItem("yellow", tr("the hypothesis in focus"), "ring")]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        scale = self.timescale_for(trajectory)
        blit_layer(painter, ctx, self.id, f"static:{scale.t1:g}", ART_RECT,
                   lambda p: _paint_static(p, ctx, scale))
        chart = TimeChart(PLOT, scale, 0.0, 1.1)
        curves = layer(ctx, self.id, "curves:" + repr(trajectory.scenario), PLOT,
                       lambda p: _paint_curves(p, ctx, trajectory, chart))
        values = trajectory.at(t)
        x = chart.x(t)
        paint_past_and_future(painter, curves, PLOT, x)
        draw_cursor(painter, ctx, chart, t, PLOT.y() - 4)
        _paint_readouts(painter, ctx, trajectory, chart, values, x)
        beat = beat_at(self.beats(trajectory, ctx.lang), t)
        _paint_highlight(painter, ctx, beat.key if beat else "")


def _paint_static(painter: QPainter, ctx: RenderContext, scale) -> None:
    """The chart panel, its titles and axes, and the four hypothesis cards."""
    tr = ctx.tr
    rounded_panel(painter, ctx, CHART_PANEL)
    draw_fit(painter, ctx, tr("What the model says"), QRectF(64, 142, 600, 32), 22, "ink", True)
    draw_fit(painter, ctx, tr("Drug as a share of its peak, block as a share of receptors, "
                              "relief as a share of the model's maximum"),
             QRectF(64, 176, 600, 52), 16, "muted", align=ALIGN_TOP_LEFT, wrap=True,
             secondary=True)
    chart = TimeChart(PLOT, scale, 0.0, 1.1)
    draw_value_labels(painter, ctx, chart, ((0, "0"), (0.5, "50%"), (1.0, "100%")))
    draw_time_axis(painter, ctx, chart, [h for h in TICKS_H if h <= scale.t1])
    draw_fit(painter, ctx, tr("time since the first dose (log scale)"),
             QRectF(PLOT.x(), PLOT.bottom() + 34, PLOT.width(), 24), 16, "muted", False,
             ALIGN_CENTER)
    for index, hypothesis in enumerate(HYPOTHESES):
        _paint_card(painter, ctx, card_rect(index), hypothesis)


def _paint_card(painter: QPainter, ctx: RenderContext, rect: QRectF,
                hypothesis: Hypothesis) -> None:
    """One rival: its name, its claim, and what supports and what speaks against it."""
    tr = ctx.tr
    rounded_panel(painter, ctx, rect, None, 16)
    draw_fit(painter, ctx, tr(hypothesis.title), QRectF(rect.x() + 20, rect.y() + 8,
                                                        rect.width() - 40, 30), 21, "ink", True)
    if ctx.hall_type:  # the claim alone, in the room the evidence had
        draw_fit(painter, ctx, tr(hypothesis.claim), QRectF(rect.x() + 20, rect.y() + 44,
                                                            rect.width() - 40, rect.height() - 50),
                 16, "muted", align=ALIGN_TOP_LEFT, wrap=True)
        return
    draw_fit(painter, ctx, tr(hypothesis.claim), QRectF(rect.x() + 20, rect.y() + 40,
                                                        rect.width() - 40, 44), 16, "muted",
             align=ALIGN_TOP_LEFT, wrap=True)
    column = (rect.width() - 56) / 2
    for i, (heading, text, role) in enumerate(((tr("Supports"), hypothesis.supports, "green"),
                                               (tr("Against"), hypothesis.against,
                                                "vermillion"))):
        left = rect.x() + 20 + i * (column + 16)
        draw_fit(painter, ctx, heading, QRectF(left, rect.y() + 84, column, 22), 16, role, True)
        draw_fit(painter, ctx, tr(text), QRectF(left, rect.y() + 106, column, 56), 15, "ink",
                 align=ALIGN_TOP_LEFT, wrap=True)


def _paint_curves(painter: QPainter, ctx: RenderContext, trajectory: Trajectory,
                  chart: TimeChart) -> None:
    """Drug, block on both cell types and relief, once per scenario."""
    t = trajectory.t
    draw_series(painter, ctx, chart, t, share_of_peak(trajectory, "brain_uM"),
                drug_role(trajectory), 3.0, fill_alpha=0.3)
    draw_series(painter, ctx, chart, t, trajectory["nmda_block_interneuron"], "interneuron", 3.5)
    draw_series(painter, ctx, chart, t, trajectory["nmda_block_pyramidal"], "pyramidal", 3.0,
                dashed=True)
    draw_series(painter, ctx, chart, t, trajectory["antidepressant_effect"], "mood", 4.0)


def _paint_readouts(painter: QPainter, ctx: RenderContext, trajectory: Trajectory,
                    chart: TimeChart, values: dict, x: float) -> None:
    """Live dots on the curves and the four numbers of the moment under the chart."""
    tr = ctx.tr
    drug = float(share_of_peak(trajectory, "brain_uM", values["brain_uM"]))
    rows = ((drug, drug_role(trajectory), False, tr("Drug in the brain"),
             tr("{value:.0%} of peak").format(value=drug)),
            (values["nmda_block_interneuron"], "interneuron", False, tr("Block, interneurons"),
             tr("{value:.0%} of receptors").format(value=values["nmda_block_interneuron"])),
            (values["nmda_block_pyramidal"], "pyramidal", True, tr("Block, pyramidal"),
             tr("{value:.0%} of receptors").format(value=values["nmda_block_pyramidal"])),
            (values["antidepressant_effect"], "mood", False, tr("Relief"),
             tr("{value:.0%} of max.").format(value=values["antidepressant_effect"])))
    for i, (level, role, dashed, name, text) in enumerate(rows):
        glow_dot(painter, ctx, QPointF(x, chart.y(level)), 7, role)
        left, top = 70 + (i % 2) * 300, 668 + (i // 2) * 72
        line_swatch(painter, ctx, QPointF(left, top + 13), role, dashed, 22)
        draw_fit(painter, ctx, name, QRectF(left + 32, top, 250, 26), 16, "muted")
        draw_fit(painter, ctx, text, QRectF(left + 32, top + 26, 250, 30), 20, "ink", True)


def _paint_highlight(painter: QPainter, ctx: RenderContext, beat_key: str) -> None:
    """The card of the current beat gets a bright border."""
    for index, hypothesis in enumerate(HYPOTHESES):
        if hypothesis.beat != beat_key:
            continue
        rect = card_rect(index)
        painter.setPen(QPen(ctx.theme.color("yellow"), 3.5 * ctx.theme.line_scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 16, 16)

"""Small line charts of a scene's plot series, painted with QPainter (no widgets), so the
same drawing makes a PNG or an SVG. One chart per series: title, unit, time axis on the
scene's own scale (linear or log, labelled like the window's plots), y axis with a few
round ticks, the curve in the observable's role colour (companion runs dashed)."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.model.observables import observable
from app.scenes import RenderContext
from app.scenes.base import PlotSeries
from app.scenes.primitives import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, draw_text
from app.story.timefmt import format_duration
from app.story.timescale import TimeScale

CHART_W, CHART_H = 760, 300
HEADER_H = 90
MARGIN = 24
SAMPLES = 600


def chart_grid(count: int) -> tuple[int, int, int, int]:
    """(columns, rows, width, height) of the picture for ``count`` charts."""
    columns = 1 if count <= 3 else 2
    rows = max(1, math.ceil(count / columns))
    return (columns, rows, MARGIN + columns * (CHART_W + MARGIN),
            HEADER_H + rows * (CHART_H + MARGIN))


def paint_charts(painter: QPainter, ctx: RenderContext, heading: str, subheading: str,
                 series: list[PlotSeries], titles: list[tuple[str, str]],
                 scale: TimeScale) -> None:
    """Paint a heading and one chart per series (``titles``: (title, unit) for each)."""
    columns, _, width, height = chart_grid(len(series))
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), ctx.theme.color("background_bottom"))
    draw_text(painter, ctx, heading, QRectF(MARGIN, 14, width - 2 * MARGIN, 36), 26,
              bold=True)
    draw_text(painter, ctx, subheading, QRectF(MARGIN, 50, width - 2 * MARGIN, 26), 16,
              "muted")
    first_prefix = series[0].prefix if series else ""
    for index, (item, (title, unit)) in enumerate(zip(series, titles, strict=True)):
        row, column = divmod(index, columns)
        box = QRectF(MARGIN + column * (CHART_W + MARGIN),
                     HEADER_H + row * (CHART_H + MARGIN), CHART_W, CHART_H)
        _chart(painter, ctx, box, item, title, unit, scale, dashed=item.prefix != first_prefix)


def _chart(painter: QPainter, ctx: RenderContext, box: QRectF, item: PlotSeries, title: str,
           unit: str, scale: TimeScale, dashed: bool) -> None:
    theme = ctx.theme
    painter.setPen(QPen(theme.color("muted", 0.35), 1))
    painter.setBrush(theme.color("panel"))
    painter.drawRoundedRect(box, 12, 12)
    draw_text(painter, ctx, title, QRectF(box.left() + 16, box.top() + 8, box.width() - 32, 28),
              18, bold=True)
    draw_text(painter, ctx, unit, QRectF(box.left() + 16, box.top() + 8, box.width() - 32, 28),
              14, "muted", align=ALIGN_RIGHT)
    plot = QRectF(box.left() + 70, box.top() + 46, box.width() - 96, box.height() - 98)
    positions = np.linspace(0.0, 1.0, SAMPLES)
    times = np.array([scale.to_time(p) for p in positions])
    values = np.interp(times, item.source.t, item.source[item.observable])
    low, high, ticks = _nice_range(float(values.min()), float(values.max()))
    _axes(painter, ctx, plot, scale, low, high, ticks)
    path = QPainterPath()
    for k, (p, v) in enumerate(zip(positions, values, strict=True)):
        point = QPointF(plot.left() + p * plot.width(),
                        plot.bottom() - (v - low) / (high - low) * plot.height())
        if k:
            path.lineTo(point)
        else:
            path.moveTo(point)
    pen = QPen(theme.color(observable(item.observable).role), 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _axes(painter: QPainter, ctx: RenderContext, plot: QRectF, scale: TimeScale,
          low: float, high: float, ticks: list[float]) -> None:
    grid = QPen(ctx.theme.color("muted", 0.25), 1)
    for value in ticks:
        y = plot.bottom() - (value - low) / (high - low) * plot.height()
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        draw_text(painter, ctx, f"{value:g}", QRectF(plot.left() - 64, y - 10, 56, 20), 13,
                  "muted", align=ALIGN_RIGHT)
    last = -1.0
    for t in scale.ticks():
        position = scale.to_position(t)
        if position - last < 0.12:
            continue
        last = position
        x = plot.left() + position * plot.width()
        painter.setPen(grid)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label = format_duration(t)
        draw_text(painter, ctx, label, QRectF(x - 40, plot.bottom() + 6, 80, 20), 13, "muted",
                  align=ALIGN_CENTER)
    painter.setPen(QPen(ctx.theme.color("muted", 0.8), 1.2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    draw_text(painter, ctx, "time after the dose starts",
              QRectF(plot.left(), plot.bottom() + 28, plot.width(), 18), 12, "muted",
              align=ALIGN_LEFT)


def _nice_range(low: float, high: float) -> tuple[float, float, list[float]]:
    """An axis range holding [low, high] with 3-5 round ticks."""
    if not math.isfinite(low) or not math.isfinite(high):
        low, high = 0.0, 1.0
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or 0.5
        low, high = low - pad, high + pad
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    ticks = [round(first + k * step, 10) for k in range(int(round((last - first) / step)) + 1)]
    return first, last, ticks

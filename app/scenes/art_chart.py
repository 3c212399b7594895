"""Log-time charts, meters, fitted text and cached panels for the comparison scenes.

Used by ``two-timescales`` and ``hit-and-run``. A :class:`TimeChart` maps hours onto a plot
rectangle on a scene's :class:`TimeScale`; a series is thinned from the one-minute trajectory
to a few hundred points on that axis (:func:`decimate` keeps each bin's extremes, so dose
peaks survive) and stroked once into a cached layer; :func:`paint_past_and_future` then shows
that layer bright up to the cursor and faded after it. :func:`draw_fit` shrinks type just
enough to fit its box in every theme.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from app.scenes.base import RenderContext
from app.scenes.fit_text import draw_fit
from app.scenes.primitives import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    arrow,
    soft_shadow,
    text_width,
    type_pixels,
)
from app.scenes.sprites import glow
from app.story.timefmt import AXIS, format_duration
from app.story.timescale import TimeScale

ALIGN_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


# --- series on a time axis --------------------------------------------------------------
def positions(scale: TimeScale, times) -> np.ndarray:
    """Positions 0..1 of an array of times on ``scale`` (vectorised ``to_position``)."""
    t = np.clip(np.asarray(times, dtype=float), scale.t0, scale.t1)
    if scale.kind == "linear":
        return (t - scale.t0) / (scale.t1 - scale.t0)
    span = math.log1p((scale.t1 - scale.t0) / scale.knee_h)
    return np.log1p((t - scale.t0) / scale.knee_h) / span


def decimate(times: np.ndarray, values: np.ndarray, scale: TimeScale, bins: int = 360,
             smooth: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The series inside ``scale``'s window thinned to bins of equal width on the axis.

    Each bin keeps its first, lowest and highest sample, so short dose peaks survive; with
    ``smooth`` a crowded bin keeps only its mean (a trend without daily ripples)."""
    inside = np.nonzero((times >= scale.t0) & (times <= scale.t1))[0]
    if len(inside) < 2:
        return np.asarray(times[:1], float), np.asarray(values[:1], float)
    t, v = times[inside], values[inside]
    edges = [scale.to_time(k / bins) for k in range(bins + 1)]
    keep, means = {0, len(t) - 1}, []
    for start, end in zip(np.searchsorted(t, edges[:-1]).tolist(),
                          np.searchsorted(t, edges[1:]).tolist()):
        if end - start <= 3:
            keep.update(range(start, end))
        elif smooth:
            means.append(((t[start] + t[end - 1]) / 2, float(np.mean(v[start:end]))))
        else:
            segment = v[start:end]
            keep.update((start, start + int(np.argmin(segment)), start + int(np.argmax(segment))))
    points = sorted([(t[i], v[i]) for i in keep] + means)
    return np.array([p[0] for p in points]), np.array([p[1] for p in points])


class TimeChart:
    """A plot rectangle: time on ``scale`` across, values ``low..high`` upwards."""

    def __init__(self, plot: QRectF, scale: TimeScale, low: float = 0.0, high: float = 1.0):
        self.plot, self.scale, self.low, self.high = plot, scale, low, high

    def x(self, t: float) -> float:
        """Horizontal position of time ``t`` (hours)."""
        return self.plot.left() + self.scale.to_position(t) * self.plot.width()

    def y(self, value: float) -> float:
        """Vertical position of ``value`` (clamped a little beyond the range)."""
        share = (value - self.low) / (self.high - self.low)
        return self.plot.bottom() - min(max(share, -0.02), 1.08) * self.plot.height()

    def polygon(self, times: np.ndarray, values: np.ndarray) -> QPolygonF:
        """The series as a polygon of plot points."""
        xs = self.plot.left() + positions(self.scale, times) * self.plot.width()
        share = (np.asarray(values, float) - self.low) / (self.high - self.low)
        ys = self.plot.bottom() - np.clip(share, -0.02, 1.08) * self.plot.height()
        return QPolygonF([QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist())])


def draw_series(painter: QPainter, ctx: RenderContext, chart: TimeChart, times, values,
                role: str, width: float = 3.5, dashed: bool = False,
                fill_alpha: float = 0.0, smooth: bool = False) -> None:
    """A curve in its role colour, optionally over a gradient fill down to the axis."""
    polygon = chart.polygon(*decimate(np.asarray(times), np.asarray(values), chart.scale,
                                      smooth=smooth))
    if fill_alpha > 0 and polygon.size() > 1:
        area = QPainterPath()
        area.addPolygon(polygon)
        area.lineTo(polygon.last().x(), chart.plot.bottom())
        area.lineTo(polygon.first().x(), chart.plot.bottom())
        area.closeSubpath()
        gradient = QLinearGradient(QPointF(0, chart.plot.top()), QPointF(0, chart.plot.bottom()))
        gradient.setColorAt(0.0, ctx.theme.color(role, fill_alpha))
        gradient.setColorAt(1.0, ctx.theme.color(role, fill_alpha * 0.15))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawPath(area)
    path = QPainterPath()
    path.addPolygon(polygon)
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    painter.setPen(QPen(ctx.theme.color(role), width * ctx.theme.line_scale, style,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


# --- axes, bands, cursor ----------------------------------------------------------------
def draw_time_axis(painter: QPainter, ctx: RenderContext, chart: TimeChart, ticks,
                   size: float = 17, labels: bool = True) -> None:
    """Faint vertical grid lines at ``ticks`` (hours) and, with ``labels``, their labels."""
    bottom = chart.plot.bottom()
    painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.5))
    painter.drawLine(QPointF(chart.plot.left(), bottom), QPointF(chart.plot.right(), bottom))
    free_from = -math.inf  # where the previous label ends (hall type: no label over another)
    for hours in ticks:
        x = chart.x(hours)
        painter.setPen(QPen(ctx.theme.color("muted", 0.16), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, chart.plot.top()), QPointF(x, bottom))
        painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.5))
        painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 6))
        if labels:
            label = format_duration(hours, AXIS, ctx.tr)
            width = text_width(ctx, label, size) + 8
            left = min(x - width / 2, chart.plot.right() - width + 6)
            if ctx.hall_type and left < free_from:
                continue
            free_from = left + width + 4
            draw_fit(painter, ctx, label, QRectF(left, bottom + 8, width, size * 1.4), size,
                     "muted", False, ALIGN_CENTER)


def draw_value_labels(painter: QPainter, ctx: RenderContext, chart: TimeChart, marks,
                      side: str = "left", color: str = "muted", size: float = 16) -> None:
    """Labels of ``marks`` [(value, text)] beside the plot, with faint horizontal grid lines."""
    for value, text in marks:
        y = chart.y(value)
        painter.setPen(QPen(ctx.theme.color("muted", 0.13), 1.2))
        painter.drawLine(QPointF(chart.plot.left(), y), QPointF(chart.plot.right(), y))
        if side == "left":
            more = 30 if ctx.hall_type else 0  # room for the hall's wider type
            rect, align = QRectF(chart.plot.left() - 70 - more, y - 11, 62 + more, 22), ALIGN_RIGHT
        else:
            rect, align = QRectF(chart.plot.right() + 8, y - 11, 90, 22), ALIGN_LEFT
        draw_fit(painter, ctx, text, rect, size, color, False, align)


def draw_time_bands(painter: QPainter, ctx: RenderContext, chart: TimeChart, bands,
                    size: float = 17) -> None:
    """Alternating shaded zones [(t_from, t_to, label)], the label at the top of each."""
    for i, (start, end, label) in enumerate(bands):
        left, right = chart.x(start), chart.x(end)
        if right - left < 4:
            continue
        zone = QRectF(left, chart.plot.top(), right - left, chart.plot.height())
        painter.fillRect(zone, ctx.theme.color("muted", 0.07 if i % 2 == 0 else 0.02))
        draw_fit(painter, ctx, label, QRectF(left, chart.plot.top() + 2, right - left, 24),
                 size, "muted", True, ALIGN_CENTER)


def draw_cursor(painter: QPainter, ctx: RenderContext, chart: TimeChart, t: float,
                top: float | None = None, handle: bool = True) -> float:
    """The time cursor: a bright vertical line, with a handle on top; returns its x."""
    x = chart.x(t)
    top = chart.plot.top() if top is None else top
    for color, width in ((ctx.theme.color("ink", 0.18), 7), (ctx.theme.color("ink", 0.9), 2)):
        painter.setPen(QPen(color, width))
        painter.drawLine(QPointF(x, top), QPointF(x, chart.plot.bottom()))
    if handle:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ctx.theme.color("ink"))
        painter.drawPolygon(QPolygonF([QPointF(x - 7, top - 9), QPointF(x + 7, top - 9),
                                       QPointF(x, top)]))
    return x


def paint_past_and_future(painter: QPainter, pixmap, rect: QRectF, split_x: float,
                          faded: float = 0.26) -> None:
    """A curve layer: everything faded, then the part left of ``split_x`` at full strength."""
    source = QRectF(pixmap.rect())
    painter.setOpacity(faded)
    painter.drawImage(rect, pixmap, source)
    painter.setOpacity(1.0)
    if split_x > rect.left():
        painter.save()
        painter.setClipRect(QRectF(rect.left(), rect.top(), split_x - rect.left(), rect.height()),
                            Qt.ClipOperation.IntersectClip)
        painter.drawImage(rect, pixmap, source)
        painter.restore()


# --- cached layers and panels -----------------------------------------------------------
def layer(ctx: RenderContext, owner: str, key: str, rect: QRectF, draw):
    """The cached pixmap of ``draw(painter)``, which paints in absolute canvas coordinates."""
    def draw_shifted(painter: QPainter) -> None:
        painter.translate(-rect.x(), -rect.y())
        draw(painter)
    return ctx.cached_layer(owner, key, rect, draw_shifted)


def blit_layer(painter: QPainter, ctx: RenderContext, owner: str, key: str, rect: QRectF,
               draw) -> None:
    """Draw the cached layer of ``draw`` (absolute coordinates) at ``rect``."""
    pixmap = layer(ctx, owner, key, rect, draw)
    painter.drawImage(rect, pixmap, QRectF(pixmap.rect()))


def rounded_panel(painter: QPainter, ctx: RenderContext, rect: QRectF, accent: str | None = None,
                  radius: float = 20.0) -> None:
    """A card with a soft shadow, a faint top-lit gradient and an optional accent edge."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    soft_shadow(painter, path, 6.0)
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, ctx.theme.color("panel").lighter(112))
    gradient.setColorAt(1.0, ctx.theme.color("panel"))
    painter.setPen(QPen(ctx.theme.color(accent or "muted", 0.55 if accent else 0.25), 1.8))
    painter.setBrush(gradient)
    painter.drawPath(path)


# --- meters -----------------------------------------------------------------------------
def meter_bar(painter: QPainter, ctx: RenderContext, rect: QRectF, fraction: float, label: str,
              value_text: str, role: str, mark: float | None = None) -> None:
    """A labelled bar: ``label`` on the first line, the bar and bold ``value_text`` below;
    ``mark`` (0..1) draws a reference tick, e.g. the healthy level."""
    line = type_pixels(ctx, 17) * 1.25 if ctx.hall_type else 24.0  # the label's line
    draw_fit(painter, ctx, label, QRectF(rect.x(), rect.y(), rect.width(), line), 17, "muted")
    value_width = max(84.0, text_width(ctx, value_text, 21, True) + 10)
    bar = QRectF(rect.x(), rect.y() + line + 6, rect.width() - value_width, 12)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("muted", 0.2))
    painter.drawRoundedRect(bar, 6, 6)
    fraction = min(max(fraction, 0.0), 1.0)
    if fraction > 0.003:
        painter.setBrush(ctx.theme.color(role))
        filled = QRectF(bar.x(), bar.y(), max(12.0, bar.width() * fraction), 12)
        painter.drawRoundedRect(filled, 6, 6)
    if mark is not None:
        x = bar.x() + bar.width() * min(max(mark, 0.0), 1.0)
        painter.setPen(QPen(ctx.theme.color("ink", 0.85), 2.5))
        painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
    value_box = QRectF(bar.right(), bar.center().y() - 14 - (line - 24) / 2, value_width,
                       28 + (line - 24))
    draw_fit(painter, ctx, value_text, value_box, 21, "ink", True, ALIGN_RIGHT)


def _on_circle(center: QPointF, radius: float, angle: float) -> QPointF:
    return QPointF(center.x() + radius * math.cos(angle), center.y() - radius * math.sin(angle))


def mood_dial(painter: QPainter, ctx: RenderContext, center: QPointF, radius: float,
              fraction: float, role: str, caption: str) -> None:
    """A semicircular mood meter (0..100 % relief) with a needle, the value and a caption."""
    arc_rect = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
    fraction = min(max(fraction, 0.0), 1.0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for color, sweep in ((ctx.theme.color("muted", 0.22), 1.0), (ctx.theme.color(role), fraction)):
        if sweep > 0.002:
            painter.setPen(QPen(color, 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawArc(arc_rect, 180 * 16, -int(round(sweep * 180 * 16)))
    painter.setPen(QPen(ctx.theme.color("muted", 0.7), 2))
    for k in range(5):
        angle = math.pi * (1 - k / 4)
        painter.drawLine(_on_circle(center, radius - 14, angle),
                         _on_circle(center, radius + 12, angle))
    tip = _on_circle(center, radius - 20, math.pi * (1 - fraction))
    glow(painter, ctx, tip, 26, role, 0.4 + fraction)
    painter.setPen(QPen(ctx.theme.color("ink"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(center, tip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("ink"))
    painter.drawEllipse(center, 7, 7)
    draw_fit(painter, ctx, f"{fraction:.0%}",
             QRectF(center.x() - radius, center.y() + 6, 2 * radius, 36), 30, "ink", True,
             ALIGN_CENTER)
    spread = 80 if ctx.hall_type else 30  # the hall's larger caption reaches further out
    draw_fit(painter, ctx, caption,
             QRectF(center.x() - radius - spread, center.y() + 42, 2 * radius + 2 * spread, 24),
             17, "muted", False, ALIGN_CENTER)


def line_swatch(painter: QPainter, ctx: RenderContext, at: QPointF, role: str,
                dashed: bool = False, length: float = 26.0) -> None:
    """A short sample of a chart line (for readouts that name a curve)."""
    painter.setPen(QPen(ctx.theme.color(role), 4 * ctx.theme.line_scale,
                        Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap))
    painter.drawLine(at, QPointF(at.x() + length, at.y()))


def arrow_glow(painter: QPainter, ctx: RenderContext, start: QPointF, end: QPointF, role: str,
               strength: float) -> None:
    """An arrow that lights up in its role colour with ``strength`` 0..1 (faint when 0)."""
    arrow(painter, ctx, start, end, "muted", 3.0, 14.0, 0.45)
    if strength > 0.02:
        middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
        glow(painter, ctx, middle, 60, role, 0.6 * strength)
        arrow(painter, ctx, start, end, role, 6.0, 18.0, 0.3 + 0.7 * min(strength, 1.0))


# --- colour -----------------------------------------------------------------------------
def blend(start: QColor, end: QColor, share: float) -> QColor:
    """Colour ``start`` turning into ``end`` as ``share`` goes 0..1."""
    share = min(max(share, 0.0), 1.0)
    return QColor.fromRgbF(start.redF() + (end.redF() - start.redF()) * share,
                           start.greenF() + (end.greenF() - start.greenF()) * share,
                           start.blueF() + (end.blueF() - start.blueF()) * share)

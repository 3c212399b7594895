"""Shared drawing primitives: text, arrows and marks, gauges (glowing molecules:
``app.scenes.sprites``).

Everything takes a ``RenderContext`` (theme, device scale) and draws in logical canvas
coordinates. Shapes are the same in every scene: an NMDA receptor in scene 3 looks like
the one in scene 4.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from app.i18n import tidy_spacing
from app.scenes.base import RenderContext
from app.scenes.settings import HALL_MIN_TEXT
from app.scenes.theme import ink_on

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# --- type ---------------------------------------------------------------------------------
def font(ctx: RenderContext, size: float, bold: bool = False) -> QFont:
    """The theme's font at ``size`` logical pixels (see :func:`type_pixels`), with Latin
    quotes outside Chinese."""
    return _font(ctx.theme.font_family, ctx.theme.font_fallbacks, type_pixels(ctx, size), bold,
                 not ctx.lang.startswith("zh"))


def type_pixels(ctx: RenderContext, size: float) -> int:
    """The pixel size type of ``size`` gets in ``ctx``: scaled by the theme and the text
    zoom, never under the context's smallest font (the window on a small screen,
    ``ctx.min_font``), and in hall type never under :data:`HALL_MIN_TEXT`."""
    pixels = max(size * ctx.theme.text_scale * ctx.text_zoom, math.ceil(ctx.min_font))
    if ctx.hall_type:
        pixels = max(pixels, HALL_MIN_TEXT)
    return max(1, int(round(pixels)))


def shown(ctx: RenderContext, secondary: bool) -> bool:
    """Whether text is drawn: a secondary detail is left out in hall type, where the
    larger type would crowd it onto what the picture is for."""
    return not (secondary and ctx.hall_type)


@lru_cache(maxsize=128)
def _font(family: str, fallbacks: tuple, pixel_size: int, bold: bool,
          latin_quotes: bool) -> QFont:
    result = QFont()
    result.setFamilies([family, *fallbacks])
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if latin_quotes:
        # the CJK font's quotes are full-width ("Why “rapid”  matters"); its proportional
        # forms ('pwid') are the Latin ones and change nothing else English text uses
        result.setFeature(QFont.Tag("pwid"), 1)
    return result


def text_width(ctx: RenderContext, text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in logical pixels."""
    return QFontMetricsF(font(ctx, size, bold)).horizontalAdvance(text)


def fits_box(ctx: RenderContext, text: str, rect: QRectF, size: float, bold: bool = False,
             wrap: bool = False) -> bool:
    """Whether ``text`` at ``size`` fits ``rect``'s width on one line (or, with ``wrap``,
    its height when wrapped to its width)."""
    metrics = QFontMetricsF(font(ctx, size, bold))
    if not wrap:
        return metrics.horizontalAdvance(text) <= rect.width()
    box = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e4), int(Qt.TextFlag.TextWordWrap),
                               text)
    return box.height() <= rect.height()


def draw_text(painter: QPainter, ctx: RenderContext, text: str, rect: QRectF,
              size: float = 20, color: QColor | str | None = None, bold: bool = False,
              align=ALIGN_LEFT, wrap: bool = False, secondary: bool = False) -> None:
    """Text inside ``rect``; ``color`` is a QColor, a role/theme name (in its readable text
    colour, :meth:`Theme.text_color`), or the ink colour; ``secondary`` text is left out in
    hall type (:func:`shown`)."""
    if not shown(ctx, secondary):
        return
    painter.setFont(font(ctx, size, bold))
    painter.setPen(text_color(ctx, color or "ink"))
    # never clip: a tall script (Chinese) or larger type must not lose its descenders
    flags = align | Qt.TextFlag.TextDontClip | (Qt.TextFlag.TextWordWrap if wrap else 0)
    text = tidy_spacing(text)
    painter.drawText(rect, flags, text)
    if ctx.record is not None:
        ctx.record.note_text(painter, text, painter.boundingRect(rect, flags, text))


def draw_label(painter: QPainter, ctx: RenderContext, text: str, anchor: QPointF,
               size: float = 18, color=None, align: str = "center", bold: bool = False,
               backdrop: bool = True, secondary: bool = False) -> QRectF:
    """A short label centred (or ``left``/``right`` of) ``anchor`` on a soft backdrop;
    a ``secondary`` one is left out in hall type (an empty rectangle at ``anchor``)."""
    if not shown(ctx, secondary):
        return QRectF(anchor, anchor)
    width = text_width(ctx, text, size, bold) + 16
    height = type_pixels(ctx, size) * 1.5
    left = {"center": anchor.x() - width / 2, "left": anchor.x(),
            "right": anchor.x() - width}[align]
    rect = QRectF(left, anchor.y() - height / 2, width, height)
    if backdrop:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(as_color(ctx, "panel", 0.78))
        painter.drawRoundedRect(rect, height / 2, height / 2)
    draw_text(painter, ctx, text, rect, size, color, bold, ALIGN_CENTER)
    return rect


#: A number with its sign and unit (``37%``, ``×1.02``, ``+18%``, ``0.30 µM``, ``+7 mmHg``).
NUMBER = re.compile(r"(?<![A-Za-z0-9.])[+\-−×]?\d[\d.,]*\s?(?:%|µM|mmHg)?")


def number_in(text: str) -> str:
    """The first number in a reading (``37%`` of ``firing 37% of baseline``), for hall type
    where a name nearby says what it is; the whole text when it has none."""
    found = NUMBER.search(text)
    return found.group(0) if found else text


def text_color(ctx: RenderContext, color) -> QColor:
    """The pen for words: a QColor or ``#rrggbb`` as given, a role or theme name in the
    theme's readable version of it."""
    if isinstance(color, QColor):
        return color
    if color.startswith("#"):
        return QColor(color)
    return ctx.theme.text_color(color)


def as_color(ctx: RenderContext, color, alpha: float = 1.0) -> QColor:
    """A QColor, ``#rrggbb`` or role/theme name as a QColor at ``alpha``."""
    if isinstance(color, QColor):
        return color
    if color.startswith("#"):
        result = QColor(color)
        result.setAlphaF(alpha)
        return result
    return ctx.theme.color(color, alpha)


# --- arrows and marks ---------------------------------------------------------------------
def arrow(painter: QPainter, ctx: RenderContext, start: QPointF, end: QPointF, color,
          width: float = 3.0, head: float = 12.0, alpha: float = 1.0,
          dashed: bool = False, bend: float = 0.0, style: Qt.PenStyle | None = None) -> None:
    """An arrow from ``start`` to ``end``; ``bend`` curves it (fraction of its length);
    ``style`` (a pen style) overrides ``dashed``."""
    qcolor = as_color(ctx, color, alpha)
    if style is None:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    pen = QPen(qcolor, width * ctx.theme.line_scale, style, Qt.PenCapStyle.RoundCap)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    control = QPointF((start.x() + end.x()) / 2 - dy * bend, (start.y() + end.y()) / 2 + dx * bend)
    tangent = QPointF(end.x() - control.x(), end.y() - control.y())
    tangent_length = math.hypot(tangent.x(), tangent.y()) or length
    ux, uy = tangent.x() / tangent_length, tangent.y() / tangent_length
    shaft_end = QPointF(end.x() - ux * head * 0.8, end.y() - uy * head * 0.8)
    path = QPainterPath(start)
    path.quadTo(control, shaft_end)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    wing = head * 0.55
    tip = QPolygonF([end, QPointF(end.x() - ux * head - uy * wing, end.y() - uy * head + ux * wing),
                     QPointF(end.x() - ux * head + uy * wing, end.y() - uy * head - ux * wing)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor)
    painter.drawPolygon(tip)


def cut_mark(painter: QPainter, ctx: RenderContext, center: QPointF, size: float = 22.0) -> None:
    """Two short slashes across a link: this step of the chain is blocked."""
    pen = QPen(ctx.theme.color("blocked"), 5 * ctx.theme.line_scale, Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for offset in (-size * 0.3, size * 0.3):
        painter.drawLine(QPointF(center.x() + offset - size * 0.35, center.y() + size * 0.6),
                         QPointF(center.x() + offset + size * 0.35, center.y() - size * 0.6))


def blocker_badge(painter: QPainter, ctx: RenderContext, center: QPointF, text: str,
                  size: float = 16) -> QRectF:
    """A grey drug tag with a border in the blocked colour, e.g. ``NBQX`` on its target."""
    width = text_width(ctx, text, size, True) + 18
    rect = QRectF(center.x() - width / 2, center.y() - size, width, size * 2)
    painter.setPen(QPen(ctx.theme.color("blocked"), 2.5 * ctx.theme.line_scale))
    painter.setBrush(ctx.theme.color("blocker"))
    painter.drawRoundedRect(rect, 6, 6)
    draw_text(painter, ctx, text, rect, size, ink_on(ctx.theme.color("blocker")), True,
              ALIGN_CENTER)
    return rect


def soft_shadow(painter: QPainter, path: QPainterPath, offset: float = 6.0,
                alpha: float = 0.28) -> None:
    """A cheap drop shadow: the path, darkened and offset, in three soft layers."""
    painter.setPen(Qt.PenStyle.NoPen)
    for grow in (1.0, 0.66, 0.33):
        painter.setBrush(QColor(0, 0, 0, int(255 * alpha / 3)))
        painter.save()
        painter.translate(offset * grow, offset * (1 + grow) / 2)
        painter.drawPath(path)
        painter.restore()


# --- gauges -------------------------------------------------------------------------------
def gauge(painter: QPainter, ctx: RenderContext, rect: QRectF, fraction: float, label: str,
          value_text: str, role: str) -> None:
    """A labelled horizontal bar: ``label`` left, ``value_text`` right, fill = ``fraction``.

    In hall type, where the type cannot shrink, a value that would run into its label goes
    under it, at the end of a shorter bar."""
    fraction = min(max(fraction, 0.0), 1.0)
    text_height = rect.height() * 0.5
    label_size, value_size = text_height * 0.8, text_height * 0.85
    value_width = text_width(ctx, value_text, value_size, True)
    beside = True
    if ctx.hall_type:
        text_height = max(text_height, type_pixels(ctx, value_size) * 1.3)
        beside = text_width(ctx, label, label_size) + value_width + 12 <= rect.width()
    draw_text(painter, ctx, label, QRectF(rect.x(), rect.y(), rect.width(), text_height),
              label_size, "muted")
    bar = QRectF(rect.x(), rect.y() + text_height + 4, rect.width(),
                 max(6.0, rect.height() - text_height - 6))
    if beside:
        draw_text(painter, ctx, value_text, QRectF(rect.x(), rect.y(), rect.width(), text_height),
                  value_size, "ink", True, ALIGN_RIGHT)
    else:
        bar.setWidth(rect.width() - value_width - 12)
        draw_text(painter, ctx, value_text,
                  QRectF(bar.right(), bar.center().y() - text_height / 2,
                         rect.width() - bar.width(), text_height),
                  value_size, "ink", True, ALIGN_RIGHT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("muted", 0.22))
    painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
    if fraction > 0.002:
        filled = QRectF(bar.x(), bar.y(), max(bar.height(), bar.width() * fraction), bar.height())
        painter.setBrush(ctx.theme.color(role))
        painter.drawRoundedRect(filled, bar.height() / 2, bar.height() / 2)

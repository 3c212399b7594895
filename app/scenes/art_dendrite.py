"""Drawing for the scenes set in a dendrite: a cytoplasm tube, a tapered branch with
spines (filopodium to mushroom), cached glyph stamps, and the molecular machinery of local
protein synthesis (eEF2 with its phosphate brake, ribosomes on mRNA, synapse building
blocks). Logical canvas coordinates, colours from the theme, like ``primitives``.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from app.scenes.base import RenderContext
from app.scenes.caches import STAMP_BYTES, ImageCache
from app.scenes.cells import ampa_receptor
from app.scenes.layout import note_region
from app.scenes.painting import painter_on
from app.scenes.primitives import ALIGN_CENTER, draw_text, soft_shadow
from app.scenes.sprites import blit_centered, glow_dot

# --- stamps: small static glyphs rendered once, then blitted -------------------------------
_STAMPS = ImageCache(STAMP_BYTES)


def stamp(painter: QPainter, ctx: RenderContext, key: str, center: QPointF, half: float,
          draw, alpha: float = 1.0) -> None:
    """Blit a glyph drawn once by ``draw(painter, ctx, QPointF(0, 0))`` into a square of
    ``half`` logical px around the origin, cached per (key, size, theme, language, scale).
    Text and multi-part glyphs cost a few µs this way instead of tens. A recorded paint
    (``app.scenes.layout``) draws the glyph in place, so its text is noted where it shows."""
    if ctx.record is not None:
        painter.save()
        painter.translate(center)
        draw(painter, ctx, QPointF(0, 0))
        painter.restore()
        return
    scale = round(ctx.device_scale, 3)
    cache_key = (key, half, ctx.theme.name, ctx.lang, scale, ctx.text_zoom, ctx.min_font,
                 ctx.hall_type)
    image = _STAMPS.get(cache_key, lambda: _draw_stamp(ctx, half, scale, draw))
    blit_centered(painter, center, image, alpha)


def _draw_stamp(ctx: RenderContext, half: float, scale: float, draw) -> QImage:
    side = max(2, int(math.ceil(2 * half * scale)))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painter_on(image, QPainter.RenderHint.Antialiasing
                    | QPainter.RenderHint.TextAntialiasing) as glyph:
        glyph.scale(side / (2 * half), side / (2 * half))
        glyph.translate(half, half)
        draw(glyph, ctx, QPointF(0, 0))
    return image


# --- the dendrite as a tube (inside view) -------------------------------------------------
def dendrite_tube(painter: QPainter, ctx: RenderContext, rect: QRectF) -> None:
    """A horizontal stretch of dendrite seen in section: shaded cytoplasm between two
    membranes (drawn as lipid bilayers), running on past both ends of ``rect``."""
    theme = ctx.theme
    gradient = QLinearGradient(QPointF(0, rect.top()), QPointF(0, rect.bottom()))
    gradient.setColorAt(0.0, theme.color("cytoplasm").lighter(135))
    gradient.setColorAt(0.35, theme.color("cytoplasm").lighter(112))
    gradient.setColorAt(1.0, theme.color("cytoplasm").darker(125))
    path = QPainterPath()
    path.addRect(rect)
    soft_shadow(painter, path, 8.0, 0.35)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRect(rect)
    for y, inward in ((rect.top(), 1), (rect.bottom(), -1)):
        for offset, width in ((0.0, 2.6), (7.0 * inward, 1.4)):
            painter.setPen(QPen(theme.color("membrane", 0.85 if offset == 0 else 0.45),
                                width * theme.line_scale))
            painter.drawLine(QPointF(rect.left(), y + offset), QPointF(rect.right(), y + offset))


def fade_ends(painter: QPainter, rect: QRectF, fade: float) -> None:
    """Fade whatever was drawn in ``rect`` to transparent over ``fade`` px at both ends
    (call last, on a cached layer: it uses DestinationIn composition)."""
    mask = QLinearGradient(QPointF(rect.left(), 0), QPointF(rect.right(), 0))
    edge = fade / rect.width()
    mask.setColorAt(0.0, QColor(0, 0, 0, 0))
    mask.setColorAt(edge, QColor(0, 0, 0, 255))
    mask.setColorAt(1.0 - edge, QColor(0, 0, 0, 255))
    mask.setColorAt(1.0, QColor(0, 0, 0, 0))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.fillRect(rect, mask)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)


# --- the dendrite as a branch (outside view) ----------------------------------------------
class Branch:
    """A tapered dendrite along a cubic Bezier: position, outward normal and radius at any
    fraction ``u`` 0..1 of its length (thick at the cell body, thin at the tip)."""

    def __init__(self, points: tuple, radius_start: float, radius_end: float):
        self.points = [QPointF(*p) for p in points]
        self.radius_start, self.radius_end = radius_start, radius_end

    def point(self, u: float) -> QPointF:
        """Centre line at ``u``."""
        p0, p1, p2, p3 = self.points
        a, b, c, d = (1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u ** 3
        return p0 * a + p1 * b + p2 * c + p3 * d

    def normal(self, u: float) -> tuple[float, float]:
        """Unit normal at ``u`` (pointing to the left of the direction of travel)."""
        p0, p1, p2, p3 = self.points
        d = (p1 - p0) * 3 * (1 - u) ** 2 + (p2 - p1) * 6 * u * (1 - u) + (p3 - p2) * 3 * u * u
        length = math.hypot(d.x(), d.y()) or 1.0
        return d.y() / length, -d.x() / length

    def radius(self, u: float, thickness: float = 1.0) -> float:
        """Half-width at ``u``, times ``thickness``."""
        return thickness * (self.radius_start + (self.radius_end - self.radius_start) * u)

    def edge(self, u: float, side: int, thickness: float = 1.0) -> QPointF:
        """Point on the membrane at ``u`` on ``side`` (+1 or -1)."""
        nx, ny = self.normal(u)
        r = self.radius(u, thickness) * side
        c = self.point(u)
        return QPointF(c.x() + nx * r, c.y() + ny * r)

    def outline(self, thickness: float = 1.0, samples: int = 72) -> QPainterPath:
        """Closed outline: one membrane out, a rounded tip, the other membrane back."""
        us = [i / (samples - 1) for i in range(samples)]
        path = QPainterPath(self.edge(0.0, 1, thickness))
        for u in us[1:]:
            path.lineTo(self.edge(u, 1, thickness))
        tip, r = self.point(1.0), self.radius(1.0, thickness)
        nx, ny = self.normal(1.0)
        ahead = QPointF(tip.x() - ny * r * 1.3, tip.y() + nx * r * 1.3)
        path.quadTo(ahead, self.edge(1.0, -1, thickness))
        for u in reversed(us[:-1]):
            path.lineTo(self.edge(u, -1, thickness))
        path.closeSubpath()
        return path


def soma_path(center: QPointF, size: float, tilt_deg: float = 0.0) -> QPainterPath:
    """A pyramidal cell body drawn plump (convex sides), apex up, turned by ``tilt_deg``."""
    c = center

    def at(dx: float, dy: float) -> QPointF:
        return QPointF(c.x() + size * dx, c.y() + size * dy)

    path = QPainterPath(at(0, -1))
    path.cubicTo(at(0.5, -0.55), at(1.05, 0.1), at(0.8, 0.5))
    path.cubicTo(at(0.5, 0.8), at(-0.5, 0.8), at(-0.8, 0.5))
    path.cubicTo(at(-1.05, 0.1), at(-0.5, -0.55), at(0, -1))
    turn = QTransform().translate(c.x(), c.y()).rotate(tilt_deg).translate(-c.x(), -c.y())
    return turn.map(path)


def branch_highlight(painter: QPainter, branch: Branch, thickness: float, color: QColor,
                     samples: int = 48) -> None:
    """A soft sheen along the upper side of ``branch`` so it reads as a tube, not a ribbon."""
    side = 1 if branch.normal(0.5)[1] < 0 else -1          # the side facing up
    us = [0.06 + 0.94 * i / (samples - 1) for i in range(samples)]

    def offset(u: float, depth: float) -> QPointF:
        c, (nx, ny), r = branch.point(u), branch.normal(u), branch.radius(u, thickness)
        return QPointF(c.x() + nx * r * depth * side, c.y() + ny * r * depth * side)

    band = QPainterPath(offset(us[0], 0.2))
    for u in us[1:]:
        band.lineTo(offset(u, 0.2))
    for u in reversed(us):
        band.lineTo(offset(u, 0.7))
    band.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(band)


def spine_path(base: QPointF, angle_deg: float, length: float, maturity: float) -> QPainterPath:
    """A dendritic spine from ``base`` pointing at ``angle_deg``: a thin filopodium at
    ``maturity`` 0, a thin spine with a small head at 0.5, a mushroom spine at 1."""
    m = min(max(maturity, 0.0), 1.0)
    head_rx = 3.0 + 8.0 * m                 # along the spine
    head_ry = 3.0 + 11.0 * m                # across it: mushroom caps are wide
    neck_top, neck_base = 1.6 + 1.2 * m, 3.0 + 2.0 * m
    head_x = length * (1.0 - 0.3 * m) - head_rx
    a = math.degrees(math.asin(min(neck_top / head_ry, 0.95)))
    path = QPainterPath(QPointF(-6.0, -neck_base))
    start = 180.0 - a
    path.lineTo(QPointF(head_x + head_rx * math.cos(math.radians(start)),
                        -head_ry * math.sin(math.radians(start))))
    path.arcTo(QRectF(head_x - head_rx, -head_ry, 2 * head_rx, 2 * head_ry), start, -(360 - 2 * a))
    path.lineTo(QPointF(-6.0, neck_base))
    path.closeSubpath()
    return QTransform().translate(base.x(), base.y()).rotate(angle_deg).map(path)


def draw_spine(painter: QPainter, ctx: RenderContext, base: QPointF, angle_deg: float,
               length: float, maturity: float, color: QColor) -> None:
    """A shaded spine (see :func:`spine_path`) in ``color``, lit from its head."""
    path = spine_path(base, angle_deg, length, maturity)
    rad = math.radians(angle_deg)
    tip = QPointF(base.x() + math.cos(rad) * length, base.y() + math.sin(rad) * length)
    gradient = QLinearGradient(base, tip)
    gradient.setColorAt(0.0, color.darker(125))
    gradient.setColorAt(1.0, color.lighter(135))
    painter.setPen(QPen(color.darker(160), 1.2 * ctx.theme.line_scale))
    painter.setBrush(gradient)
    painter.drawPath(path)
    note_region(painter, ctx, "Dendritic spine", path.boundingRect())


def draw_ghost_spine(painter: QPainter, ctx: RenderContext, base: QPointF, angle_deg: float,
                     length: float) -> None:
    """The dashed outline of a mushroom spine that chronic stress removed."""
    pen = QPen(ctx.theme.color("muted", 0.55), 1.4 * ctx.theme.line_scale, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(spine_path(base, angle_deg, length, 1.0))


# --- protein-synthesis machinery ----------------------------------------------------------
def eef2_factor(painter: QPainter, ctx: RenderContext, center: QPointF, size: float = 16.0) -> None:
    """An elongation factor eEF2: a grey two-domain blob."""
    color = ctx.theme.color("eef2")
    painter.setPen(QPen(color.darker(150), 1.4))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(center.x() - size, center.y() - size * 0.6, size * 1.3,
                                   size * 1.2), size * 0.5, size * 0.5)
    painter.setBrush(color.lighter(120))
    painter.drawEllipse(QPointF(center.x() + size * 0.55, center.y()), size * 0.55, size * 0.55)


def phosphate_tag(painter: QPainter, ctx: RenderContext, center: QPointF,
                  radius: float = 9.0, alpha: float = 1.0) -> None:
    """A phosphate group: a small light disc marked P (the brake on eEF2)."""
    painter.setOpacity(alpha)
    painter.setPen(QPen(ctx.theme.color("vermillion"), 2.0))
    painter.setBrush(ctx.theme.color("ink"))
    painter.drawEllipse(center, radius, radius)
    draw_text(painter, ctx, "P", QRectF(center.x() - radius, center.y() - radius, 2 * radius,
                                        2 * radius), radius * 1.5, "panel", True, ALIGN_CENTER)
    painter.setOpacity(1.0)


def ribosome(painter: QPainter, ctx: RenderContext, center: QPointF, active: bool,
             size: float = 14.0) -> None:
    """A ribosome on an mRNA: a large and a small subunit; pale and still when stalled."""
    color = ctx.theme.color("membrane", 0.95 if active else 0.4)
    painter.setPen(QPen(color.darker(160), 1.2))
    painter.setBrush(color)
    painter.drawEllipse(QPointF(center.x(), center.y() - size * 0.45), size, size * 0.75)
    painter.setBrush(color.darker(115))
    painter.drawEllipse(QPointF(center.x(), center.y() + size * 0.55), size * 0.8, size * 0.45)


def mrna_strand(painter: QPainter, ctx: RenderContext, start: QPointF, length: float) -> None:
    """An mRNA strand: a gently waving line with a cap at its start."""
    path = QPainterPath(start)
    steps = 24
    for i in range(1, steps + 1):
        x = start.x() + length * i / steps
        path.lineTo(QPointF(x, start.y() + 4.0 * math.sin(i * math.pi / 4)))
    painter.setPen(QPen(ctx.theme.color("bdnf", 0.75), 3.0 * ctx.theme.line_scale,
                        Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("bdnf"))
    painter.drawEllipse(start, 5.0, 5.0)


BUILDING_BLOCKS = ("psd95", "receptor", "actin")


def building_block(painter: QPainter, ctx: RenderContext, center: QPointF, kind: str,
                   size: float = 12.0) -> None:
    """A synapse building block made under mTOR: a PSD-95 scaffold, a new AMPA receptor,
    or a piece of actin cytoskeleton."""
    if kind == "receptor":
        ampa_receptor(painter, ctx, center, 0.0, size=size * 0.8)
    elif kind == "actin":
        for k in range(4):
            offset = (k - 1.5) * size * 0.55
            bead = QPointF(center.x() + offset, center.y() + (k % 2 - 0.5) * size * 0.45)
            glow_dot(painter, ctx, bead, size * 0.32, "proteins")
    else:
        color = ctx.theme.color("proteins")
        painter.setPen(QPen(color.darker(160), 1.2))
        painter.setBrush(color)
        for k in (-1, 1):
            painter.drawRoundedRect(QRectF(center.x() - size * 1.1, center.y() + k * size * 0.35
                                           - size * 0.28, size * 2.2, size * 0.56), 4, 4)


# --- meters ----------------------------------------------------------------------------------
def arc_meter_track(painter: QPainter, ctx: RenderContext, rect: QRectF) -> None:
    """The empty half-circle track of :func:`arc_meter` (static: cache it)."""
    painter.setPen(QPen(ctx.theme.color("muted", 0.25), rect.width() * 0.1, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.FlatCap))
    painter.drawArc(rect, 0, 180 * 16)


def arc_meter(painter: QPainter, ctx: RenderContext, rect: QRectF, fraction: float, role: str,
              track: bool = True) -> None:
    """A half-circle meter in ``rect`` (its square): a track, an arc filled to ``fraction``
    0..1 in the ``role`` colour, a needle and the percentage under the pivot. Call with
    ``track=False`` when the track is already on a cached layer."""
    fraction = min(max(fraction, 0.0), 1.0)
    pen_width = rect.width() * 0.1
    if track:
        arc_meter_track(painter, ctx, rect)
    if fraction > 0.005:
        painter.setPen(QPen(ctx.theme.color(role), pen_width, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.FlatCap))
        painter.drawArc(rect, 180 * 16, int(-180 * 16 * fraction))
    angle, center = math.pi * (1.0 - fraction), rect.center()
    reach = rect.width() * 0.4
    tip = QPointF(center.x() + math.cos(angle) * reach, center.y() - math.sin(angle) * reach)
    painter.setPen(QPen(ctx.theme.color("ink"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(center, tip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ctx.theme.color("ink"))
    painter.drawEllipse(center, 7, 7)
    draw_text(painter, ctx, f"{fraction:.0%}", QRectF(center.x() - 60, center.y() + 8, 120, 40),
              30, role, True, ALIGN_CENTER)

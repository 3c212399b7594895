"""The frame around every scene: numbered title, clock, scenario summary, legend row."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from app.model import Scenario, Trajectory
from app.scenes.base import (
    CANVAS_H,
    CANVAS_W,
    LEGEND_RECT,
    LegendItem,
    RenderContext,
    Scene,
)
from app.scenes.evidence_view import LEVEL_PENS
from app.scenes.layout import note_rule
from app.scenes.primitives import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT, draw_text, font, text_width
from app.scenes.sprites import glow_dot
from app.scenes.theme import ink_on
from app.story.names import BLOCKER_NAMES, LIST_SEPARATOR, ROUTE_NAMES, drug_name
from app.story.timefmt import format_clock

TITLE_WIDTH = 1000.0  # from the badge to just short of the clock
HEADER_RULE_Y = 112.0
SUBTITLE_GAP = 24.0  # between the subtitle, the blockers' tag and the scenario


def fitted_size(ctx: RenderContext, text: str, size: float, width: float,
                bold: bool = False, floor: float = 0.6, margin: float = 0.96) -> float:
    """``size``, shrunk just enough for ``text`` to fit ``width`` on one line in the current
    theme, never below ``floor`` of it (a title stays a title)."""
    natural = text_width(ctx, text, size, bold)
    if natural <= width:
        return size
    # font sizes round to whole pixels: aim a little low (margin) so the rounded size fits
    return max(size * floor, size * width / natural * margin)


def scenario_summary(scenario: Scenario, tr) -> str:
    """One line: drug, dose, route, regimen, e.g. ``Ketamine 35 mg (0.5 mg/kg) IV over 40 min``."""
    if scenario.drug == "none":
        return tr("No drug")
    parts = [drug_name(scenario.drug, tr),
             tr("{dose:g} mg ({per_kg:.2g} mg/kg)").format(dose=scenario.dose_mg,
                                                          per_kg=scenario.dose_mg_per_kg),
             tr(ROUTE_NAMES[scenario.route])]
    if scenario.route == "iv":
        parts.append(tr("over {minutes:g} min").format(minutes=scenario.infusion_min))
    if scenario.n_doses > 1:
        parts.append(tr("x{count} every {hours:g} h").format(count=scenario.n_doses,
                                                            hours=scenario.dose_interval_h))
    return " ".join(parts)


def paint_title_bar(painter: QPainter, scene: Scene, trajectory: Trajectory, t: float,
                    ctx: RenderContext) -> None:
    """Scene number badge, title and subtitle on the left; clock and scenario on the right.

    Everything but the clock is static for a scenario and drawn once (cached layer).
    """
    area = QRectF(0, 0, CANVAS_W, 120)
    layer = ctx.cached_layer(f"title:{scene.id}:{badge_number(scene, ctx)}",
                             repr(trajectory.scenario), area,
                             lambda p: _paint_static_title(p, scene, trajectory.scenario, ctx))
    painter.drawImage(area, layer, QRectF(layer.rect()))
    draw_text(painter, ctx, format_clock(t, ctx.tr), QRectF(CANVAS_W - 440, 20, 400, 48), 38, "ink",
              True, ALIGN_RIGHT)


def badge_number(scene: Scene, ctx: RenderContext) -> int:
    """The number in the title's badge: the scene's step in the lesson, else its own."""
    return scene.number if ctx.badge is None else ctx.badge


def _paint_static_title(painter: QPainter, scene: Scene, scenario: Scenario,
                        ctx: RenderContext) -> None:
    tr = ctx.tr
    theme = ctx.theme
    badge = QRectF(40, 30, 56, 56)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.color("ketamine"))
    painter.drawEllipse(badge)
    draw_text(painter, ctx, str(badge_number(scene, ctx)), badge, 30,
              ink_on(theme.color("ketamine")), True, ALIGN_CENTER)
    title = tr(scene.title)
    title_size = fitted_size(ctx, title, 36, TITLE_WIDTH, True)
    draw_text(painter, ctx, title, QRectF(112, 22, TITLE_WIDTH, 44), title_size, "ink", True)
    # the subtitle's line also holds the scenario and any blocker tag, right-aligned
    right = _paint_scenario_line(painter, ctx, scenario)
    subtitle = tr(scene.subtitle)
    width = max(min(TITLE_WIDTH, right - SUBTITLE_GAP - 112), TITLE_WIDTH / 4)
    subtitle_size = fitted_size(ctx, subtitle, 20, width)
    lower = 0.0 if ctx.hall_type else (_grown_half_height(ctx, title_size, True)
                                       + _grown_half_height(ctx, subtitle_size))
    # in a hall the subtitle would run into the scenario: the caption says it instead
    draw_text(painter, ctx, subtitle, QRectF(112, 66 + lower, width, 32), subtitle_size,
              "muted", secondary=True)
    subtitle_bottom = 66 + lower + 16 + QFontMetricsF(font(ctx, subtitle_size)).height() / 2
    rule_y = min(118.0, max(HEADER_RULE_Y, subtitle_bottom + 2))  # inside the layer's 120
    painter.setPen(QPen(theme.color("muted", 0.25), 1.5))
    rule = QLineF(40, rule_y, CANVAS_W - 40, rule_y)
    painter.drawLine(rule)
    note_rule(painter, ctx, rule)


def _grown_half_height(ctx: RenderContext, size: float, bold: bool = False) -> float:
    """How much half a line of ``size`` grew with larger text (or the smallest readable
    size): the subtitle moves down by the title's and its own growth, so they never touch."""
    designed = replace(ctx, text_zoom=1.0, min_font=0.0)
    return max(0.0, (QFontMetricsF(font(ctx, size, bold)).height()
                     - QFontMetricsF(font(designed, size, bold)).height()) / 2)


def _paint_scenario_line(painter: QPainter, ctx: RenderContext, scenario: Scenario) -> float:
    """The scenario summary at the right end of the subtitle's line, and the blockers'
    tag to its left (below it, the tag sat on the header rule); returns where they start."""
    tr = ctx.tr
    summary = scenario_summary(scenario, tr)
    right = CANVAS_W - 40
    draw_text(painter, ctx, summary, QRectF(right - 800, 66, 800, 30), 19, "muted", False,
              ALIGN_RIGHT)
    right -= text_width(ctx, summary, 19)
    blockers = sorted(scenario.blockers)
    if blockers:
        names = tr(LIST_SEPARATOR).join(tr(BLOCKER_NAMES[b]) for b in blockers)
        text = tr("blocked: {names}").format(names=names)
        right -= SUBTITLE_GAP
        draw_text(painter, ctx, text, QRectF(right - 800, 66, 800, 30), 18, "blocked", True,
                  ALIGN_RIGHT)
        right -= text_width(ctx, text, 18, True)
    return right


def paint_legend(painter: QPainter, items: list[LegendItem], ctx: RenderContext) -> None:
    """The legend row along the bottom: a symbol and a word per item, centred (cached)."""
    if not items:
        return
    area = QRectF(0, LEGEND_RECT.top() - 12, CANVAS_W, CANVAS_H - LEGEND_RECT.top() + 12)
    key = "|".join(f"{i.role}:{i.label}:{i.shape}:{i.secondary}" for i in items)
    layer = ctx.cached_layer("legend", key, area, lambda p: _paint_legend_row(p, items, ctx, area))
    painter.drawImage(area, layer, QRectF(layer.rect()))


def _paint_legend_row(painter: QPainter, items, ctx: RenderContext, area: QRectF) -> None:
    painter.translate(-area.x(), -area.y())
    size = 18
    widths = [text_width(ctx, item.label, size) + 52 for item in items]
    if ctx.hall_type:  # the hall's type cannot shrink: the first main items that fit stay
        kept = [(item, width) for item, width in zip(items, widths) if not item.secondary]
        items, widths = _fitting([i for i, _ in kept], [w for _, w in kept], LEGEND_RECT.width())
    x = LEGEND_RECT.center().x() - sum(widths) / 2
    y = LEGEND_RECT.center().y()
    painter.setPen(QPen(ctx.theme.color("muted", 0.25), 1.5))
    rule = QLineF(40, LEGEND_RECT.top() - 8, CANVAS_W - 40, LEGEND_RECT.top() - 8)
    painter.drawLine(rule)
    note_rule(painter, ctx, rule)
    for item, width in zip(items, widths):
        _legend_symbol(painter, ctx, item, QPointF(x + 14, y))
        draw_text(painter, ctx, item.label, QRectF(x + 32, y - 16, width - 32, 32), size,
                  "ink", False, ALIGN_LEFT)
        x += width


def _fitting(items, widths, room: float):
    """The leading ``items`` (with their ``widths``) whose widths add up to at most ``room``."""
    kept, used = 0, 0.0
    for width in widths:
        if used + width > room:
            break
        kept, used = kept + 1, used + width
    return items[:kept], widths[:kept]


def _legend_symbol(painter: QPainter, ctx: RenderContext, item: LegendItem, at: QPointF) -> None:
    color = ctx.theme.color(item.role)
    if item.shape == "dot":
        glow_dot(painter, ctx, at, 7, color)
    elif item.shape == "line":
        painter.setPen(QPen(color, 4 * ctx.theme.line_scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(at.x() - 11, at.y()), QPointF(at.x() + 11, at.y()))
    elif item.shape.startswith("line:"):  # an evidence level: solid, dashed or dotted
        # a thin pen whatever the theme: its dashes scale with the width, and a thick one
        # would show a single dash
        painter.setPen(QPen(color, 2.5, LEVEL_PENS[item.shape[5:]], Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(at.x() - 16, at.y()), QPointF(at.x() + 14, at.y()))
    elif item.shape.startswith("mark:"):  # a species mark, as drawn beside the arrows
        draw_text(painter, ctx, item.shape[5:], QRectF(at.x() - 16, at.y() - 12, 32, 24), 15,
                  "ink", True, ALIGN_CENTER)
    elif item.shape == "ring":
        painter.setPen(QPen(color, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(at, 8, 8)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(at.x() - 9, at.y() - 9, 18, 18), 4, 4)

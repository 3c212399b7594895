"""Compare mode's one drawing path: the scene drawn for run A and run B side by side, under
one title bar and one clock, with the scene's numbers A against B called out below.

Pure like :func:`app.scenes.paint.paint_scene`: behind the window's canvas, every export
and the tests; nothing given is changed. The layout, on the 1600 x 900 canvas:

* the title bar: the scene's badge, title and the clock (the scenarios are in the labels);
* a label over each panel: a letter chip (A solid, B dashed, as the plots draw B) and
  what the side is (``Ketamine 0.5 mg/kg`` / ``+ rapamycin``);
* the two art panels, each the scene's own picture scaled to half the width;
* the differences: for each observable the scene plots, A's and B's bar and number, B's
  in the "blocked" colour where the model says they differ;
* the scene's legend along the bottom.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPen

from app.model import Trajectory
from app.model.observables import observable
from app.scenes import chrome
from app.scenes.base import ART_RECT, CANVAS_H, CANVAS_W, Scene
from app.scenes.fit_text import draw_fit
from app.scenes.layout import PaintRecord, note_rule
from app.scenes.paint import on_canvas, prepared_for
from app.scenes.painting import painter_on
from app.scenes.primitives import ALIGN_CENTER, ALIGN_RIGHT, draw_text
from app.scenes.scene_data import SceneData
from app.scenes.settings import RASTER_LAYERS, RenderContext, RenderSettings
from app.scenes.theme import ink_on
from app.story.compare_story import compared_values, differs, format_value, side_labels
from app.story.comparison import Comparison
from app.story.experiments import Experiment, shown_experiment
from app.story.timefmt import format_clock
from app.story.timeline import clamp_to_scene

GUTTER = 20.0
PANEL_W = (CANVAS_W - 3 * GUTTER) / 2
LABEL_TOP, LABEL_H = 124.0, 48.0
PANEL_TOP = LABEL_TOP + LABEL_H + 6
#: Each side's art: the scene's ART_RECT scaled to half the canvas.
ART_SCALE = PANEL_W / ART_RECT.width()
PANEL_H = ART_RECT.height() * ART_SCALE
ROWS_TOP = PANEL_TOP + PANEL_H + 10
ROWS_BOTTOM = 826.0
SIDES = ("A", "B")
ART_HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
             | QPainter.RenderHint.SmoothPixmapTransform)


def panel_rect(side: int) -> QRectF:
    """Where side ``side`` (0: A, 1: B) draws its art, in canvas coordinates."""
    return QRectF(GUTTER + side * (PANEL_W + GUTTER), PANEL_TOP, PANEL_W, PANEL_H)


def paint_comparison(painter: QPainter, scene: Scene, trajectory_a: Trajectory,
                     trajectory_b: Trajectory, t: float, target: QRectF,
                     settings: RenderSettings, data_a: SceneData | None = None,
                     data_b: SceneData | None = None, labels: tuple[str, str] = ("", ""),
                     record: PaintRecord | None = None, experiment: str = "") -> None:
    """Paint ``scene`` at ``t`` for run A and run B side by side into ``target`` (device
    coordinates), letterboxed, as ``settings`` ask. ``data_a``/``data_b`` are the runs'
    prepared scene data (the comparison scenes need it: ``SceneDataMissing`` otherwise);
    ``labels`` name the sides (empty: :func:`app.story.compare_story.side_labels` in the
    picture's language); ``record`` notes where texts and rules went. The time is clamped
    to each run's window of the scene separately (B may be shorter than A). ``experiment``
    is the id of the experiment preset B came from, named under the title while A and B
    are still its own."""
    prepared = (prepared_for(scene, trajectory_a, data_a),
                prepared_for(scene, trajectory_b, data_b))
    scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
    with on_canvas(painter, target, settings, record=record) as ctx:
        runs = (trajectory_a, trajectory_b)
        if not any(labels):
            labels = side_labels(trajectory_a.scenario, trajectory_b.scenario, ctx.tr)
        _paint_title(painter, scene, t, ctx, shown_experiment(
            trajectory_a.scenario, Comparison(trajectory_b.scenario, experiment)),
            scene.same_picture(*prepared))
        art_settings = half_size_art(settings)
        for side in (0, 1):
            art_ctx = RenderContext.of(art_settings, ctx.device_scale, prepared[side],
                                       RASTER_LAYERS, view_scale=scale * ART_SCALE,
                                       record=record)
            _paint_label(painter, ctx, side, labels[side])
            _paint_panel(painter, scene, runs[side], clamp_to_scene(scene, runs[side], t),
                         art_ctx, side)
        _paint_rows(painter, ctx, compared_values(scene.id, trajectory_a, trajectory_b,
                                                  clamp_to_scene(scene, trajectory_a, t)))
        chrome.paint_legend(painter, scene.legend(ctx.tr), ctx)


def half_size_art(settings: RenderSettings) -> RenderSettings:
    """How each side's art is drawn: as designed in exports; where a smallest readable
    size is asked (the window), in hall type instead, the type of the scenes' own simplified
    layouts (secondary labels left out). Raising every label of a half-size picture to the
    window's smallest size ran them over each other."""
    if settings.min_text_px <= 0:
        return settings
    return settings.changed(hall_type=True, min_text_px=0.0)


def _paint_title(painter: QPainter, scene: Scene, t: float, ctx: RenderContext,
                 experiment: Experiment | None, same_picture: bool) -> None:
    """Badge, title and clock: the one title bar both sides share; under the title, the
    experiment preset A and B are, if they are one, or that the scene's art is the same
    on both sides whatever they are."""
    theme = ctx.theme
    badge = QRectF(40, 30, 56, 56)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.color("ketamine"))
    painter.drawEllipse(badge)
    draw_text(painter, ctx, str(chrome.badge_number(scene, ctx)), badge, 30,
              ink_on(theme.color("ketamine")), True, ALIGN_CENTER)
    draw_fit(painter, ctx, ctx.tr(scene.title), QRectF(112, 22, chrome.TITLE_WIDTH, 44), 36,
             "ink", True)
    tr = ctx.tr
    if same_picture:
        subtitle = tr("Both sides draw the same two courses here; the rows below compare A "
                      "and B")
    elif experiment is not None:
        subtitle = tr("Experiment: {title}").format(title=tr(experiment.title))
    else:
        subtitle = tr("Compare: the same moment in two runs")
    plain = experiment is None and not same_picture
    draw_fit(painter, ctx, subtitle, QRectF(112, 68, chrome.TITLE_WIDTH, 34),
             20 if plain else 24, "muted", secondary=plain)
    draw_text(painter, ctx, format_clock(t, ctx.tr), QRectF(CANVAS_W - 440, 20, 400, 48), 38,
              "ink", True, ALIGN_RIGHT)
    _rule(painter, ctx, 114.0)


def _rule(painter: QPainter, ctx: RenderContext, y: float) -> None:
    painter.setPen(QPen(ctx.theme.color("muted", 0.25), 1.5))
    rule = QLineF(40, y, CANVAS_W - 40, y)
    painter.drawLine(rule)
    note_rule(painter, ctx, rule)


def _letter_chip(painter: QPainter, ctx: RenderContext, side: int, box: QRectF,
                 size: float = 24) -> None:
    """A solid disc with "A", a dashed ring with "B": the plots draw B dashed too."""
    ink = ctx.theme.color("ink")
    if side == 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(box)
        draw_text(painter, ctx, SIDES[side], box, size, ink_on(ink), True, ALIGN_CENTER)
    else:
        painter.setPen(QPen(ink, 3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5))
        draw_text(painter, ctx, SIDES[side], box, size, "ink", True, ALIGN_CENTER)


def _paint_label(painter: QPainter, ctx: RenderContext, side: int, label: str) -> None:
    left = panel_rect(side).x()
    chip = QRectF(left + 6, LABEL_TOP + 4, 40, 40)
    _letter_chip(painter, ctx, side, chip)
    draw_fit(painter, ctx, label, QRectF(left + 58, LABEL_TOP, PANEL_W - 64, LABEL_H), 26,
             "ink", True)


def _paint_panel(painter: QPainter, scene: Scene, trajectory: Trajectory, t: float,
                 ctx: RenderContext, side: int) -> None:
    """The scene's own art, scaled from its ART_RECT into the side's panel, and a frame
    (dashed for B).

    The art is drawn at the full frame's resolution and scaled down as an image: drawn
    straight through a half-size transform, Qt lays text out at the small device size,
    whose rounded glyph advances made labels up to a sixth wider than the scene's layout
    allows (they ran off their cards). A recorded paint draws in place (its picture is
    never shown; it notes where the texts went)."""
    rect = panel_rect(side)
    if ctx.record is not None:
        painter.save()
        try:
            painter.translate(rect.x() - ART_RECT.x() * ART_SCALE,
                              rect.y() - ART_RECT.y() * ART_SCALE)
            painter.scale(ART_SCALE, ART_SCALE)
            painter.setClipRect(ART_RECT, Qt.ClipOperation.IntersectClip)
            scene.paint_art(painter, trajectory, t, ctx)
        finally:
            painter.restore()
    else:
        painter.drawImage(rect, _art_image(scene, trajectory, t, ctx))
    style = Qt.PenStyle.SolidLine if side == 0 else Qt.PenStyle.DashLine
    painter.setPen(QPen(ctx.theme.color("muted", 0.5), 1.5, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 10, 10)


def _art_image(scene: Scene, trajectory: Trajectory, t: float, ctx: RenderContext) -> QImage:
    """The scene's art at the frame's device scale, scaled down (smoothly) to the panel."""
    device = ctx.device_scale
    image = QImage(max(1, round(ART_RECT.width() * device)),
                   max(1, round(ART_RECT.height() * device)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painter_on(image, ART_HINTS) as art:
        art.scale(device, device)
        art.translate(-ART_RECT.topLeft())
        art.setClipRect(ART_RECT)
        scene.paint_art(art, trajectory, t, ctx)
    return image.scaled(max(1, round(PANEL_W * device)), max(1, round(PANEL_H * device)),
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def _paint_rows(painter: QPainter, ctx: RenderContext, rows) -> None:
    """A row per observable: its name, A's bar over B's (dashed), and the two numbers;
    B's number in the "blocked" colour where it differs from A's, muted where not."""
    label_w, bars_x, bars_w = 400.0, 460.0, 660.0
    number_w = (CANVAS_W - 40 - bars_x - bars_w - 20) / 2
    numbers_x = bars_x + bars_w + 20
    header = QRectF(numbers_x, ROWS_TOP, number_w, 34)
    for side in (0, 1):
        _letter_chip(painter, ctx, side, QRectF(header.x() + side * number_w + number_w - 34,
                                                header.y() + 2, 30, 30), 18)
    height = min(56.0, (ROWS_BOTTOM - header.bottom()) / max(1, len(rows)))
    for index, (name, value_a, value_b) in enumerate(rows):
        top = header.bottom() + index * height
        info = observable(name)
        row = QRectF(40, top, CANVAS_W - 80, height)
        if index % 2 == 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ctx.theme.color("muted", 0.08))
            painter.drawRoundedRect(row, 6, 6)
        changed = differs(name, value_a, value_b)
        if changed:  # an accent at the row's start: where the eye should go
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ctx.theme.color("blocked"))
            painter.drawRoundedRect(QRectF(40, top + 6, 6, height - 12), 3, 3)
        draw_fit(painter, ctx, ctx.tr(info.label), QRectF(56, top, label_w - 4, height), 22,
                 "ink", changed)
        high = max(info.typical_range[1], 1e-9)
        centre = top + height / 2
        bar_h = min(14.0, height / 3)
        for side, value in enumerate((value_a, value_b)):
            length = bars_w * min(max(value / high, 0.0), 1.15) / 1.15
            if length < 6:  # nothing to see: a rounded sliver reads as a tick
                continue
            bar = QRectF(bars_x, centre - bar_h - 2 + side * (bar_h + 4), length, bar_h)
            _bar(painter, ctx, bar, info.role, side)
        for side, value in enumerate((value_a, value_b)):
            role = "ink" if side == 0 else ("blocked" if changed else "muted")
            draw_text(painter, ctx, format_value(name, value, ctx.tr),
                      QRectF(numbers_x + side * number_w, top, number_w - 4, height), 24,
                      role, side == 1 and changed, ALIGN_RIGHT)


def _bar(painter: QPainter, ctx: RenderContext, bar: QRectF, role: str, side: int) -> None:
    color = ctx.theme.color(role)
    if side == 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
    else:
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(ctx.theme.color(role, 0.35)))
    painter.drawRoundedRect(bar, 3, 3)

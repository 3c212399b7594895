"""What a paint put where: text boxes, rules and the glossary terms under the picture.

A paint given a :class:`PaintRecord` (``paint_scene(..., record=)``) notes, in canvas
coordinates (1600 x 900), the box of every text it draws, the rules across the picture and
the hit regions of the things the glossary explains (a receptor, a cell, a node). The
canvas asks it which term lies under the mouse; the tests ask whether labels overlap.
A recording paint draws its static layers straight onto its painter instead of caching
them, so everything they hold is noted too; its picture is never shown.

The records are plain tuples ``(x, y, width, height)``: nothing Qt leaves this module.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QTransform

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class TextBox:
    """A text as drawn: its string and the box its letters take."""

    text: str
    box: Box


@dataclass(frozen=True)
class HitRegion:
    """A glossary term (its English name in ``app.story.glossary``) and where it is drawn."""

    term: str
    box: Box

    def contains(self, x: float, y: float) -> bool:
        """Whether the canvas point ``(x, y)`` lies inside the region."""
        left, top, width, height = self.box
        return left <= x <= left + width and top <= y <= top + height


@dataclass
class PaintRecord:
    """Filled by one paint: :attr:`texts`, :attr:`rules` (horizontal or any lines, as
    ``(x1, y1, x2, y2)``) and :attr:`regions`, all in canvas coordinates."""

    texts: list[TextBox] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    regions: list[HitRegion] = field(default_factory=list)
    painter: QPainter | None = None
    _to_canvas: QTransform = field(default_factory=QTransform)

    def begin(self, painter: QPainter) -> None:
        """Start recording ``painter``, whose transform now maps the canvas to its device."""
        self.painter = painter
        self._to_canvas = painter.transform().inverted()[0]

    def _canvas_box(self, painter: QPainter, rect: QRectF) -> Box:
        box = self._to_canvas.mapRect(painter.transform().mapRect(rect))
        return (box.x(), box.y(), box.width(), box.height())

    def note_text(self, painter: QPainter, text: str, line_box: QRectF) -> None:
        """A text just drawn with the painter's font into ``line_box`` (the box Qt laid it
        out in, line spacing included): noted as the box its letters cover, so the line
        boxes of two texts may touch where their letters do not."""
        if not text.strip():
            return
        metrics = QFontMetricsF(painter.font())
        ink = metrics.tightBoundingRect(text)       # as one line, from its baseline
        above, below = metrics.ascent() + ink.top(), metrics.descent() - ink.bottom()
        box = line_box.adjusted(0, max(above, 0.0), 0, -max(below, 0.0))
        if line_box.height() < 1.5 * metrics.lineSpacing():     # one line: its letters
            box = QRectF(line_box.left() + ink.left(), box.top(), ink.width(), box.height())
        self.texts.append(TextBox(text, self._canvas_box(painter, box)))

    def note_rule(self, painter: QPainter, line: QLineF) -> None:
        """A line across the picture that labels must keep clear of."""
        mapped = self._to_canvas.map(painter.transform().map(line))
        self.rules.append((mapped.x1(), mapped.y1(), mapped.x2(), mapped.y2()))

    def note_region(self, painter: QPainter, term: str, rect: QRectF) -> None:
        """``term`` is drawn inside ``rect`` (in the painter's current coordinates)."""
        self.regions.append(HitRegion(term, self._canvas_box(painter, rect)))

    def term_at(self, x: float, y: float) -> str | None:
        """The glossary term drawn at canvas point ``(x, y)``: the smallest region holding
        it (a receptor on a cell wins over the cell), or None."""
        holding = [region for region in self.regions if region.contains(x, y)]
        if not holding:
            return None
        return min(holding, key=lambda region: region.box[2] * region.box[3]).term


def note_region(painter: QPainter, ctx, term: str, rect: QRectF) -> None:
    """Note that the glossary's ``term`` is drawn in ``rect`` if this paint is recorded."""
    if ctx.record is not None:
        ctx.record.note_region(painter, term, rect)


def note_rule(painter: QPainter, ctx, line: QLineF) -> None:
    """Note a rule labels keep clear of if this paint is recorded."""
    if ctx.record is not None:
        ctx.record.note_rule(painter, line)

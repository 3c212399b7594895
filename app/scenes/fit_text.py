"""Text that fits its box: type that shrinks just enough (any theme), and in hall type,
where type cannot shrink, text shortened at a word instead."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from app.scenes.base import RenderContext
from app.scenes.chrome import fitted_size
from app.scenes.primitives import ALIGN_LEFT, draw_text, fits_box, font, shown


def wrapped_size(ctx: RenderContext, text: str, rect: QRectF, size: float,
                 bold: bool = False) -> float:
    """``size``, reduced in steps until ``text`` wrapped to ``rect``'s width fits its height
    in the current theme (the projector theme sets type 15 % larger)."""
    for _ in range(10):
        box = QFontMetricsF(font(ctx, size, bold)).boundingRect(
            QRectF(0, 0, rect.width(), 1e4), int(Qt.TextFlag.TextWordWrap), text)
        if box.height() <= rect.height():
            break
        size *= 0.95
    return size


def draw_fit(painter: QPainter, ctx: RenderContext, text: str, rect: QRectF, size: float = 20,
             color=None, bold: bool = False, align=ALIGN_LEFT, wrap: bool = False,
             secondary: bool = False) -> None:
    """``draw_text`` whose type shrinks, if needed, so the text always fits its box. In hall
    type, where it cannot shrink, the text is shortened to fit instead (``…``). The smallest
    readable size of a small picture (``ctx.min_font``) holds where the box takes the text
    at it; a box too small for that keeps its text inside, smaller."""
    if not shown(ctx, secondary):
        return
    if ctx.min_font and not fits_box(ctx, text, rect, size, bold, wrap):
        ctx = replace(ctx, min_font=0.0)
    fitted = (wrapped_size(ctx, text, rect, size, bold) if wrap
              else fitted_size(ctx, text, size, rect.width(), bold, floor=0.0, margin=0.97))
    if ctx.hall_type:
        text = shortened(ctx, text, rect, fitted, bold, wrap)
    draw_text(painter, ctx, text, rect, fitted, color, bold, align, wrap)


def shortened(ctx: RenderContext, text: str, rect: QRectF, size: float, bold: bool,
              wrap: bool) -> str:
    """``text`` cut at a word and ended with ``…`` until it fits ``rect`` (one line, or
    wrapped to its width), or whole when it fits."""
    metrics = QFontMetricsF(font(ctx, size, bold))
    if not wrap:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        box = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e4), flags, candidate)
        return box.height() <= rect.height() + 1

    if fits(text):
        return text
    by_word = " " in text and not ctx.lang.startswith("zh")  # Chinese breaks anywhere
    words = text.split(" ") if by_word else list(text)
    joiner = " " if by_word else ""
    while len(words) > 1 and not fits(joiner.join(words) + "…"):
        words.pop()
    return joiner.join(words).rstrip(",;:") + "…"

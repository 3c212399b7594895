"""What a deck's slides share (``app.export.deck`` and its question slides,
``app.export.deck_questions``): the slide's size and layouts, the pictures' render settings,
alt text, PNG bytes, backgrounds, boxes and text styles."""
from __future__ import annotations

import io

from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from app.export.render import request_settings

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 13.333 x 7.5 in: 16:9
LAYOUT_TITLE, LAYOUT_TITLE_ONLY = 0, 5


def slide_settings(request, scene_id: str, for_slides: bool = True):
    """The deck's render settings for ``scene_id``'s pictures (its badge: the lesson's step;
    a slide's picture in the hall's type, an embedded clip in the window's)."""
    return request_settings(request, for_slides).changed(badge=request.badge_of(scene_id))


def describe_picture(shape, description: str) -> None:
    """Alt text that a screen reader speaks for the picture (its ``descr``)."""
    shape._element.nvPicPr.cNvPr.set("descr", description)


def png_bytes(image: QImage) -> io.BytesIO:
    """``image`` as PNG bytes, ready for python-pptx."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return io.BytesIO(bytes(data.data()))


def fill_background(slide, colour: str) -> None:
    """Fill the slide's background with ``colour`` (``#rrggbb``)."""
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


def place(shape, left: float, top: float, width: float, height: float) -> None:
    """Put ``shape`` at a box given as shares of the slide's width and height."""
    shape.left, shape.top = int(SLIDE_W * left), int(SLIDE_H * top)
    shape.width, shape.height = int(SLIDE_W * width), int(SLIDE_H * height)


def style(paragraphs, colour: str, points: int, bold: bool = False) -> None:
    """Every run of ``paragraphs`` in ``points``, ``colour`` and boldness."""
    for paragraph in paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(points)
            run.font.bold = bold
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())

"""The frame checks used by the scene tests can tell a blank frame from a drawn one."""
from PySide6.QtGui import QColor, QImage, QPainter

from tests.scenes.helpers import is_blank


def _image(fill: str) -> QImage:
    image = QImage(320, 180, QImage.Format.Format_ARGB32)
    image.fill(QColor(fill))
    return image


def test_a_frame_of_one_colour_is_blank():
    assert is_blank(_image("#101820"))


def test_a_frame_with_a_little_noise_is_still_blank():
    image = _image("#101820")
    for x in range(0, 320, 40):
        image.setPixelColor(x, 5, QColor("white"))
    assert is_blank(image)


def test_a_frame_with_a_drawn_shape_is_not_blank():
    image = _image("#101820")
    painter = QPainter(image)
    painter.fillRect(20, 20, 80, 40, QColor("#E69F00"))
    painter.end()
    assert not is_blank(image)

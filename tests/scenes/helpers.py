"""Shared measurements on rendered frames for the scene tests."""
import numpy as np
from PySide6.QtGui import QImage


def is_blank(image: QImage) -> bool:
    """True when a frame is (nearly) one colour: nothing was drawn."""
    small = image.scaled(64, 36)
    return len({small.pixel(x, y) for x in range(64) for y in range(36)}) < 8


def pixels(image: QImage) -> np.ndarray:
    """The image as a (height, width, 4) array of bytes."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    array = np.frombuffer(image.constBits(), np.uint8)
    return array.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()].copy()

"""Shared measurements on rendered frames for the scene tests."""
import numpy as np
from PySide6.QtGui import QImage


def is_blank(image: QImage) -> bool:
    """True when nothing was drawn: fewer than 2% of the pixels differ visibly from the
    frame's most common colour (its background)."""
    rgb = pixels(image)[:, :, :3].reshape(-1, 3).astype(int)
    colours, counts = np.unique(rgb, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    drawn = np.abs(rgb - background).max(axis=1) > 16
    return drawn.mean() < 0.02


def pixels(image: QImage) -> np.ndarray:
    """The image as a (height, width, 4) array of bytes."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    array = np.frombuffer(image.constBits(), np.uint8)
    return array.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()].copy()

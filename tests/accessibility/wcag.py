"""WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two."""
import numpy as np
from PySide6.QtGui import QColor

#: Text needs 4.5:1; large text (24 px, or bold from 18.66 px) and graphics that carry
#: meaning need 3:1.
TEXT, LARGE_TEXT, GRAPHICS = 4.5, 3.0, 3.0


def luminance(rgb) -> np.ndarray:
    """Relative luminance of sRGB values 0..255 (last axis r, g, b)."""
    channel = np.asarray(rgb, dtype=float)[..., :3] / 255.0
    linear = np.where(channel <= 0.04045, channel / 12.92, ((channel + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def ratio(first, second) -> np.ndarray:
    """Contrast ratio (1..21) between colours given as sRGB values 0..255."""
    a, b = luminance(first), luminance(second)
    return (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)


def rgb(color) -> np.ndarray:
    """A QColor or '#rrggbb' as sRGB values 0..255 (alpha ignored)."""
    color = QColor(color)
    return np.array([color.red(), color.green(), color.blue()], dtype=float)


def over(color, background) -> np.ndarray:
    """``color`` (QColor, with its alpha, times ``opacity``) composited over opaque
    ``background`` pixels (..., 3)."""
    alpha = QColor(color).alphaF()
    return alpha * rgb(color) + (1 - alpha) * np.asarray(background, dtype=float)[..., :3]


def required(pixel_size: float, bold: bool) -> float:
    """The ratio WCAG asks of text of ``pixel_size`` CSS pixels."""
    large = pixel_size >= 24 or (bold and pixel_size >= 18.66)
    return LARGE_TEXT if large else TEXT

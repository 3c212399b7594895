"""A painter on an image that is always ended, even when the drawing raises.

A QPainter left active on a QImage that is then destroyed crashes the whole process
("Cannot destroy paint device that is being painted"), so an exception in a drawing
function must end the painter before it travels on to the caller's error handling.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QImage, QPainter


@contextmanager
def painter_on(image: QImage, hints=QPainter.RenderHint.Antialiasing) -> Iterator[QPainter]:
    """A QPainter on ``image`` with ``hints``, ended on leaving the block however it ends."""
    painter = QPainter(image)
    try:
        painter.setRenderHints(hints)
        yield painter
    finally:
        painter.end()

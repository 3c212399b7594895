"""Guard against PySide6 6.12.0 on Python 3.11, which drops a reference to None in every
void QPainter call and aborts the interpreter (`Fatal Python error: none_dealloc`) after a
few thousand calls: an animation makes thousands a second."""
import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_twenty_thousand_painter_calls_keep_the_reference_count_of_none(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for i in range(5000):
        painter.setPen(QColor(i % 255, 0, 0))
        painter.setBrush(QColor(0, i % 255, 0))
        painter.drawEllipse(QRectF(1, 1, 10, 10))
        painter.drawRect(QRectF(2, 2, 5, 5))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100, f"None lost {before - after} references in 20,000 calls"


def test_the_pin_below_6_12_applies_to_python_3_11_only():
    import tomllib
    from pathlib import Path

    from packaging.requirements import Requirement
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    pins = [Requirement(text) for text in project["project"]["dependencies"]
            if text.startswith("PySide6")]

    def allowed(python: str, version: str) -> bool:
        return any(pin.specifier.contains(version) for pin in pins
                   if pin.marker.evaluate({"python_version": python}))
    assert not allowed("3.11", "6.12.0") and allowed("3.11", "6.11.3")
    assert allowed("3.12", "6.12.0") and allowed("3.13", "6.12.0")

"""The glossary on the picture: which term lies under the mouse, its tooltip and its popup.

The scene says where it drew each term (``app.scenes.layout``): the frame under the mouse
is painted once more, small and recorded, and the regions it noted are kept until the
frame changes.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from app.scenes import paint_scene
from app.scenes.layout import PaintRecord
from app.scenes.paint import canvas_point
from app.scenes.settings import RenderSettings
from app.story.glossary import entry_html, glossary_entry

# The size the frame is recorded at: only where things are matters, not how they look.
RECORD_SIZE = (160, 90)
POPUP_WIDTH = 360


class GlossaryRegions:
    """The glossary regions of the frame a canvas shows, recorded when first asked for and
    kept until the frame (scene, run, time, settings) changes."""

    def __init__(self):
        self._key = None
        self._record = PaintRecord()

    def term_at(self, scene, trajectory, data, t: float, settings: RenderSettings,
                target: QRectF, point: QPointF) -> str | None:
        """The glossary term drawn under ``point`` of a canvas painting ``scene`` into
        ``target`` (None: nothing the glossary explains)."""
        key = (scene.id, id(trajectory), id(data), t, settings)
        if key != self._key:
            self._record = _recorded(scene, trajectory, data, t, settings)
            self._key = key
        at = canvas_point(target, point)
        return self._record.term_at(at.x(), at.y())


def _recorded(scene, trajectory, data, t: float, settings: RenderSettings) -> PaintRecord:
    record = PaintRecord()
    image = QImage(*RECORD_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        paint_scene(painter, scene, trajectory, t, QRectF(image.rect()), settings, data,
                    record=record)
    finally:
        painter.end()
    return record


def term_text(term: str, lang: str) -> str:
    """The glossary entry of ``term`` in ``lang`` as rich text."""
    return entry_html(glossary_entry(term, lang))


class GlossaryPopup(QLabel):
    """A small window with a glossary entry, shown where the user clicked; the canvas
    closes it when the picture moves on, is clicked again or loses the keys.

    Not a ``Qt.Popup``: a popup takes the keyboard, and a lecturer who clicked the picture
    (to give the arrows back to the beats) on a receptor found the clicker dead."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMargin(10)
        self.setFixedWidth(POPUP_WIDTH)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Glossary entry"))

    def show_entry(self, text: str, global_pos: QPoint) -> None:
        """Show ``text`` just below and right of ``global_pos``."""
        self.setText(text)
        self.adjustSize()
        self.move(global_pos + QPoint(12, 12))
        self.show()

"""View settings of the window: reduce motion, text size and the evidence view, all
remembered."""
from __future__ import annotations

from PySide6.QtGui import QFont

from app.ui.settings import MAX_ZOOM, MIN_ZOOM


class AccessibilityMixin:
    """Reduce motion (still particles, also in exports) and text zoom (Ctrl+= / Ctrl+-)."""

    def _restore_access_settings(self) -> None:
        self._base_font = QFont(self.font())
        self._change_picture(reduce_motion=self.settings.reduce_motion())
        self.calm_action.setChecked(self.canvas.settings.reduce_motion)
        self.named_actions["evidence"].setChecked(self.settings.evidence_view())
        self.set_evidence_view()
        zoom = self.settings.text_zoom()
        if zoom != 1.0:
            self.apply_text_zoom(zoom)

    def set_reduce_motion(self, calm: bool) -> None:
        """Still, stepped particles instead of continuous motion (remembered)."""
        self._change_picture(reduce_motion=calm)
        self.settings.setValue("reduce_motion", calm)

    def set_evidence_view(self, *_) -> None:
        """View > Show evidence (E): the overview draws each link by how sure it is
        (remembered; the Export dialog offers the same)."""
        show = self.named_actions["evidence"].isChecked()
        self._change_picture(evidence=show)
        self.settings.setValue("evidence_view", show)

    def zoom_text(self, direction: int) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: larger, smaller or normal text in panels and pictures."""
        zoom = 1.0 if direction == 0 else self.canvas.settings.text_zoom + 0.1 * direction
        self.apply_text_zoom(min(max(round(zoom, 2), MIN_ZOOM), MAX_ZOOM))

    def apply_text_zoom(self, zoom: float) -> None:
        """Scale the text of the panels and the pictures by ``zoom`` (remembered)."""
        self._change_picture(text_zoom=zoom)
        self.settings.setValue("text_zoom", zoom)
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * zoom)
        for widget in (self.centralWidget(), *self.docks()):
            widget.setFont(font)

    def _change_picture(self, **changes) -> None:
        """The canvas's render settings with ``changes``."""
        self.canvas.set_settings(self.canvas.settings.changed(**changes))

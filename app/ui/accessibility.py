"""View settings of the window: reduce motion, text size and the evidence view, all
remembered."""
from __future__ import annotations

from PySide6.QtGui import QFont

MIN_ZOOM, MAX_ZOOM = 0.8, 1.4


def as_bool(value) -> bool:
    """QSettings gives booleans back as strings from some back ends."""
    return value in (True, "true", "1", 1)


class AccessibilityMixin:
    """Reduce motion (still particles, also in exports) and text zoom (Ctrl+= / Ctrl+-)."""

    def _restore_access_settings(self) -> None:
        self._base_font = QFont(self.font())
        self.canvas.reduce_motion = as_bool(self.settings.value("reduce_motion", False))
        self.calm_action.setChecked(self.canvas.reduce_motion)
        self.named_actions["evidence"].setChecked(as_bool(self.settings.value("evidence_view",
                                                                              False)))
        self.set_evidence_view()
        try:
            zoom = float(self.settings.value("text_zoom", 1.0))
        except (TypeError, ValueError):
            zoom = 1.0
        if zoom != 1.0:
            self.apply_text_zoom(min(max(zoom, MIN_ZOOM), MAX_ZOOM))

    def set_reduce_motion(self, calm: bool) -> None:
        """Still, stepped particles instead of continuous motion (remembered)."""
        self.canvas.reduce_motion = calm
        self.settings.setValue("reduce_motion", calm)
        self.canvas.update()

    def set_evidence_view(self, *_) -> None:
        """View > Show evidence (E): the overview draws each link by how sure it is
        (remembered; the Export dialog offers the same)."""
        show = self.named_actions["evidence"].isChecked()
        self.canvas.evidence = show
        self.settings.setValue("evidence_view", show)
        self.canvas.update()

    def zoom_text(self, direction: int) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: larger, smaller or normal text in panels and pictures."""
        zoom = 1.0 if direction == 0 else self.canvas.text_zoom + 0.1 * direction
        self.apply_text_zoom(min(max(round(zoom, 2), MIN_ZOOM), MAX_ZOOM))

    def apply_text_zoom(self, zoom: float) -> None:
        """Scale the text of the panels and the pictures by ``zoom`` (remembered)."""
        self.canvas.text_zoom = zoom
        self.settings.setValue("text_zoom", zoom)
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * zoom)
        for widget in (self.centralWidget(), *self.docks()):
            widget.setFont(font)
        self.canvas.update()

"""View settings of the window: theme, reduce motion, text size, the evidence view and the
window's layout, all remembered."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMainWindow

from app.story.catalogue import THEME_NAMES
from app.ui.canvas import SceneCanvas
from app.ui.screen_fit import RefitWhenFramed, place_first_window, restore_geometry
from app.ui.settings import MAX_ZOOM, MIN_ZOOM, Settings, layout_key
from app.ui.state import AppState


class ViewPreferences(QObject):
    """Owns the remembered view settings and applies them: the theme (to the state), reduce
    motion, the evidence view and the text zoom (to the canvas), and the zoom to the panels
    ``panels()`` returns. Menus call its methods; it writes every change to the settings."""

    def __init__(self, state: AppState, canvas: SceneCanvas, settings: Settings,
                 panels: Callable[[], list], parent=None):
        super().__init__(parent)
        self.state, self.canvas, self.settings = state, canvas, settings
        self._panels = panels
        self._base_font: QFont | None = None
        state.themeChanged.connect(self._remember_theme)

    def restore(self, base_font: QFont) -> None:
        """Apply what was remembered; ``base_font`` is the panels' font at zoom 1."""
        self._base_font = QFont(base_font)
        self.canvas.set_view(reduce_motion=self.settings.reduce_motion(),
                             evidence=self.settings.evidence_view())
        zoom = self.settings.text_zoom()
        if zoom != 1.0:
            self.apply_text_zoom(zoom)

    def restore_layout(self, window: QMainWindow, compact: bool) -> None:
        """Place ``window`` on its screen, then give it its size and the panel layout of
        its kind (``compact``: a laptop's) as last time, fitted to the screen with its
        frame (bytes Qt cannot read are forgotten, not kept for next time)."""
        place_first_window(window)
        geometry, layout = self.settings.geometry(), self.settings.layout(compact)
        restored = geometry is not None and restore_geometry(window, geometry)
        if geometry is not None and not restored:
            self.settings.forget("geometry")
        RefitWhenFramed(window, first=not restored)
        if layout is not None and not window.restoreState(layout):
            self.settings.forget(layout_key(compact))

    def remember_layout(self, window: QMainWindow, compact: bool) -> None:
        """Keep ``window``'s size and the panel layout of its kind for the next start."""
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.setValue(layout_key(compact), window.saveState())

    @property
    def reduce_motion(self) -> bool:
        """Whether particles are still and stepped (also in exports)."""
        return self.canvas.settings.reduce_motion

    @property
    def evidence(self) -> bool:
        """Whether the overview draws each link by how sure it is."""
        return self.canvas.settings.evidence

    def set_reduce_motion(self, calm: bool) -> None:
        """Still, stepped particles instead of continuous motion (remembered)."""
        self.canvas.set_view(reduce_motion=calm)
        self.settings.setValue("reduce_motion", calm)

    def set_evidence(self, show: bool) -> None:
        """View > Show evidence (E): the overview draws each link by how sure it is
        (remembered; the Export dialog offers the same)."""
        self.canvas.set_view(evidence=show)
        self.settings.setValue("evidence_view", show)

    def zoom_text(self, direction: int) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: larger, smaller or normal text in panels and pictures."""
        zoom = 1.0 if direction == 0 else self.canvas.settings.text_zoom + 0.1 * direction
        self.apply_text_zoom(min(max(round(zoom, 2), MIN_ZOOM), MAX_ZOOM))

    def apply_text_zoom(self, zoom: float) -> None:
        """Scale the text of the panels and the pictures by ``zoom`` (remembered)."""
        self.canvas.set_view(text_zoom=zoom)
        self.settings.setValue("text_zoom", zoom)
        if self._base_font is None:
            return
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * zoom)
        for widget in self._panels():
            widget.setFont(font)

    def toggle_theme(self) -> None:
        """T: the next theme: dark, projector, high contrast (remembered)."""
        following = THEME_NAMES[(THEME_NAMES.index(self.state.theme) + 1) % len(THEME_NAMES)]
        self.state.set_theme(following)

    def _remember_theme(self, theme: str) -> None:
        self.settings.setValue("theme", theme)


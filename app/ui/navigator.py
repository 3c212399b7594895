"""The scene navigator: the nine scenes in teaching order, numbered 1 to 9."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.i18n import translated as scene_tr
from app.scenes import SCENES
from app.ui.state import AppState


class SceneNavigator(QListWidget):
    """A list of scenes; choosing one switches the canvas to it."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Scenes"))
        self.setWordWrap(True)
        self.rebuild()
        self.currentItemChanged.connect(self._on_current)
        state.sceneChanged.connect(self._select)
        state.sceneOrderChanged.connect(self.rebuild)

    def rebuild(self, *_) -> None:
        """One item per scene of the lesson, numbered in the lesson's order."""
        blocker = QSignalBlocker(self)
        self.clear()
        for position, scene_id in enumerate(self.state.scene_ids, start=1):
            scene = SCENES[scene_id]
            item = QListWidgetItem(f"{position}  {scene_tr(scene.title)}")
            item.setData(Qt.ItemDataRole.UserRole, scene_id)
            item.setToolTip(scene_tr(scene.subtitle))
            self.addItem(item)
        blocker.unblock()
        self._select(self.state.scene_id)

    def _on_current(self, item, _previous) -> None:
        if item is not None:
            self.state.set_scene(item.data(Qt.ItemDataRole.UserRole))

    def _select(self, scene_id: str) -> None:
        blocker = QSignalBlocker(self)
        self.setCurrentRow(self.state.scene_ids.index(scene_id))
        blocker.unblock()

"""File > Edit lesson…: title, which scenes are shown in which order, where the lesson
starts (scene and beat), language and theme; its study questions on a page of their own
(``app.ui.question_editor``).

The dialog edits a copy: :meth:`LessonDialog.lesson` returns a new, valid ``Lesson`` with
the notes and the scenario carried over unchanged. At least one scene stays shown: unticking
the last one is undone and explained inline; a question that is not complete is named on
the Questions page, which OK then shows.
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.error_text import localized
from app.i18n import current_language, translated
from app.i18n import translated as scene_tr
from app.scenes import SCENES
from app.story.catalogue import LANGUAGE_NAMES, SCENE_IDS, THEME_LABELS
from app.story.lessons import MAX_TITLE_CHARS, Lesson, LessonError
from app.story.question_files import QuestionError
from app.ui.question_editor import QuestionsPage

SCENE_ROLE = Qt.ItemDataRole.UserRole


class SceneOrderList(QListWidget):
    """The scenes with a tick each (ticked = shown); Ctrl+Up / Ctrl+Down move the current
    scene, reported through :attr:`moveRequested` (-1 up, +1 down)."""

    moveRequested = Signal(int)

    def keyPressEvent(self, event) -> None:  # Qt override
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.moveRequested.emit(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class LessonDialog(QDialog):
    """Edits a lesson's title, scenes, start, language, theme and study questions for
    ``trajectory``'s beats."""

    def __init__(self, lesson: Lesson, trajectory, parent=None):
        super().__init__(parent)
        self._lesson = lesson
        self._trajectory = trajectory
        self.setWindowTitle(self.tr("Edit lesson"))
        self.setMinimumWidth(520)
        self._build()
        self._fit_questions_page()
        self._fill(lesson)
        self._connect()

    # --- construction ----------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setAccessibleName(self.tr("Lesson title"))
        self.scenes = SceneOrderList()
        self.scenes.setAccessibleName(self.tr("Scenes: ticked scenes are shown, in this order"))
        self.scenes.setAccessibleDescription(self.tr(
            "Space shows or hides a scene; Ctrl+Up and Ctrl+Down move it"))
        self.move_up = self._button(self.tr("Move &up"), self.tr("Move the scene up"))
        self.move_down = self._button(self.tr("Move &down"), self.tr("Move the scene down"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00; font-weight: bold")
        self.problem.setAccessibleName(self.tr("Problem with the scenes"))
        self.start_scene = self._combo(self.tr("Start scene"))
        self.start_beat = self._combo(self.tr("Start beat"))
        self.language = self._combo(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.theme = self._combo(self.tr("Theme"))
        for name, label in THEME_LABELS:
            self.theme.addItem(translated(label), name)
        self.questions = QuestionsPage(self._lesson.questions, self._trajectory)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()

    def _fit_questions_page(self) -> None:
        """Room for the Questions page's two-language fields, within the screen."""
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 60), min(720, screen.height() - 80))

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        return combo

    def _lay_out(self) -> None:
        moves = QHBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        moves.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Scenes:"), self.scenes)
        form.addRow("", moves)
        form.addRow("", self.problem)
        form.addRow(self.tr("Start s&cene:"), self.start_scene)
        form.addRow(self.tr("Start &beat:"), self.start_beat)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("T&heme:"), self.theme)
        page = QWidget()
        page.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("L&esson"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _fill(self, lesson: Lesson) -> None:
        self.title.setText(lesson.title)
        hidden = [scene_id for scene_id in SCENE_IDS if scene_id not in lesson.scenes]
        for scene_id in list(lesson.scenes) + hidden:
            self.scenes.addItem(self._scene_item(scene_id, scene_id in lesson.scenes))
        self.scenes.setCurrentRow(0)
        self._renumber()
        self._select(self.language, lesson.language)
        self._select(self.theme, lesson.theme)
        self._refresh_start_scenes(lesson.start_scene)
        self._refresh_beats(lesson.start_beat)
        self._refresh_moves()

    def _scene_item(self, scene_id: str, shown: bool) -> QListWidgetItem:
        scene = SCENES.get(scene_id)
        item = QListWidgetItem(scene_tr(scene.title) if scene else scene_id)
        item.setData(SCENE_ROLE, scene_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        if scene is not None:
            item.setToolTip(scene_tr(scene.subtitle))
        return item

    def _scene_name(self, scene_id: str) -> str:
        """The scene's title numbered by its step in the lesson as ticked (a hidden scene
        has no number): the numbers the lesson will show."""
        scene = SCENES.get(scene_id)
        title = scene_tr(scene.title) if scene else scene_id
        shown = self.shown_scenes()
        return f"{shown.index(scene_id) + 1}  {title}" if scene_id in shown else f"–  {title}"

    def _renumber(self) -> None:
        """Number the ticked scenes 1..n in list order again (after a tick or a move)."""
        with QSignalBlocker(self.scenes):
            for row in range(self.scenes.count()):
                item = self.scenes.item(row)
                item.setText(self._scene_name(item.data(SCENE_ROLE)))

    def _connect(self) -> None:
        self.scenes.itemChanged.connect(self._on_item_changed)
        self.scenes.currentRowChanged.connect(self._refresh_moves)
        self.scenes.moveRequested.connect(self.move_current)
        self.move_up.clicked.connect(lambda: self.move_current(-1))
        self.move_down.clicked.connect(lambda: self.move_current(1))
        self.start_scene.currentIndexChanged.connect(lambda _index: self._refresh_beats(""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- behaviour -------------------------------------------------------------------
    def shown_scenes(self) -> list[str]:
        """The ids of the ticked scenes, in list order."""
        items = (self.scenes.item(row) for row in range(self.scenes.count()))
        return [item.data(SCENE_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def move_current(self, step: int) -> None:
        """Move the current scene ``step`` rows (-1 up, +1 down), keeping it current."""
        row = self.scenes.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.scenes.count():
            return
        item = self.scenes.takeItem(row)
        self.scenes.insertItem(target, item)
        self.scenes.setCurrentRow(target)
        self._renumber()
        self._refresh_start_scenes(self.start_scene.currentData())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self.shown_scenes():
            with QSignalBlocker(self.scenes):
                item.setCheckState(Qt.CheckState.Checked)
            self.problem.setText(self.tr("At least one scene must stay shown."))
            return
        self.problem.clear()
        self._renumber()
        self._refresh_start_scenes(self.start_scene.currentData())

    def _refresh_moves(self, *_args) -> None:
        row = self.scenes.currentRow()
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < self.scenes.count() - 1)

    def _refresh_start_scenes(self, wanted: str | None) -> None:
        """Offer the shown scenes in order; keep ``wanted`` if shown, else the first."""
        before = self.start_scene.currentData()
        with QSignalBlocker(self.start_scene):
            self.start_scene.clear()
            for scene_id in self.shown_scenes():
                self.start_scene.addItem(self._scene_name(scene_id), scene_id)
            self._select(self.start_scene, wanted)
            if self.start_scene.currentIndex() < 0:
                self.start_scene.setCurrentIndex(0)
        if self.start_scene.currentData() != before:
            self._refresh_beats("")

    def _refresh_beats(self, wanted: str) -> None:
        """Fill the beats of the start scene (first "Start of the scene"); select ``wanted``."""
        scene = SCENES.get(self.start_scene.currentData())
        beats = scene.beats(self._trajectory) if scene and self._trajectory is not None else []
        with QSignalBlocker(self.start_beat):
            self.start_beat.clear()
            self.start_beat.addItem(self.tr("Start of the scene"), "")
            for beat in beats:
                self.start_beat.addItem(beat.label, beat.key)
            if wanted and self.start_beat.findData(wanted) < 0:
                self.start_beat.addItem(self.tr("%1 (not in this scenario)").replace("%1", wanted),
                                        wanted)
            self._select(self.start_beat, wanted)

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- result ----------------------------------------------------------------------
    def lesson(self) -> Lesson:
        """The edited lesson (notes and scenario carried over unchanged)."""
        return self._lesson.with_changes(
            title=self.title.text(), scenes=tuple(self.shown_scenes()),
            start_scene=self.start_scene.currentData(),
            start_beat=self.start_beat.currentData() or "",
            language=self.language.currentData(), theme=self.theme.currentData(),
            questions=self.questions.questions())

    def accept(self) -> None:
        """Close with OK only if the lesson is valid; otherwise say why inline (a question's
        problem on the Questions page, shown)."""
        try:
            self.lesson()
        except QuestionError as exc:
            self.questions.show_problem(localized(exc, current_language()))
            self.tabs.setCurrentWidget(self.questions)
            return
        except LessonError as exc:
            self.problem.setText(localized(exc, current_language()))
            self.tabs.setCurrentIndex(0)
            return
        super().accept()

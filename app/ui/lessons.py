"""Lessons in the window: open, save, edit, recent files, and applying one to the state.

A lesson is the lecturer's prepared script (``app.lessons.Lesson``): the scenario, which
scenes in which order, where to start, language, theme and per-beat notes. Opening a bad
file explains what is wrong and changes nothing; saving is atomic.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from app.i18n import current_language
from app.lessons import Lesson, LessonError
from app.messages import localized
from app.scenes import SCENES
from app.ui.settings import Settings

MAX_RECENT = 8


class LessonController(QObject):
    """Holds the window's current lesson and carries lesson files in and out."""

    lessonChanged = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson = Lesson(scenario=window.state.scenario)
        self.path: Path | None = None
        self.recent_menu: QMenu | None = None

    # --- applying -------------------------------------------------------------------------
    def apply(self, lesson: Lesson, path: Path | None = None) -> None:
        """Make ``lesson`` the window's: scenario, scenes, start, theme, language."""
        window, state = self.window, self.window.state
        self.lesson, self.path = lesson, path
        state.set_scene_order(list(lesson.scenes))
        state.set_theme(lesson.theme)
        state.set_scenario(lesson.scenario)
        state.set_scene(lesson.start_scene)
        window.go_to_beat_key(lesson.start_beat)
        self.lessonChanged.emit(lesson)
        if path is not None:
            self._remember(path)
        if lesson.language != window.current_language():
            window.switch_language(lesson.language, lesson=lesson, lesson_path=path)

    def current(self) -> Lesson:
        """The lesson as it stands: its plan plus the scenario, theme and language in use."""
        return self.lesson.with_changes(
            scenario=self.window.state.scenario,
            theme=self.window.state.theme,
            language=self.window.current_language(),
        )

    def set_note(self, scene_id: str, beat_key: str, text: str) -> None:
        """Keep the lecturer's note for one beat (saved with the lesson)."""
        self.lesson = self.lesson.with_note(scene_id, beat_key, text)

    # --- files ----------------------------------------------------------------------------
    def open(self, path: str | None = None) -> bool:
        """Open a lesson file (asking for one if ``path`` is None); False if nothing opened."""
        window = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                window,
                QCoreApplication.translate("MainWindow", "Open lesson"),
                "",
                QCoreApplication.translate("MainWindow", "Lesson (*.lesson.json *.json)"),
            )
            if not path:
                return False
        try:
            lesson = Lesson.load(path)
        except LessonError as exc:
            window.report_problem(
                QCoreApplication.translate(
                    "MainWindow", "This lesson cannot be opened: {reason}"
                ).format(reason=localized(str(exc), current_language()))
            )
            return False
        self.apply(lesson, Path(path))
        return True

    def save(self, ask: bool = True) -> bool:
        """Save the current lesson (atomically); asks where unless it has a file already."""
        window = self.window
        path = self.path
        if ask or path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                window,
                QCoreApplication.translate("MainWindow", "Save lesson"),
                str(path or "lesson.lesson.json"),
                QCoreApplication.translate("MainWindow", "Lesson (*.lesson.json)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self.current().save(path)
        except (LessonError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            window.report_problem(
                QCoreApplication.translate(
                    "MainWindow", "Could not save the lesson: {reason}"
                ).format(reason=localized(reason, current_language()))
            )
            return False
        self.lesson, self.path = self.current(), path
        self._remember(path)
        return True

    def edit(self) -> None:
        """File > Edit lesson…: title, scenes and their order, start, language, theme."""
        from app.ui.lesson_dialog import LessonDialog

        dialog = LessonDialog(self.current(), self.window.state.trajectory, self.window)
        if dialog.exec() == LessonDialog.DialogCode.Accepted:
            self.apply(dialog.lesson(), self.path)

    # --- recent files -------------------------------------------------------------------------
    def recent(self) -> list[str]:
        """Recently opened or saved lessons that still exist, newest first."""
        return [p for p in Settings().recent_lessons() if Path(p).is_file()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        entries = [str(Path(path).resolve())]
        entries += [p for p in self.recent() if p != entries[0]]
        Settings().setValue("recent_lessons", entries[:MAX_RECENT])
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        """Rebuild File > Recent lessons."""
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        entries = self.recent()
        for path in entries:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open(p))
        self.recent_menu.setEnabled(bool(entries))


def beat_time(window, beat_key: str) -> float | None:
    """The time of the current scene's beat ``beat_key`` (None if it has no such beat)."""
    state = window.state
    if state.trajectory is None or not beat_key:
        return None
    for beat in SCENES[state.scene_id].beats(state.trajectory):
        if beat.key == beat_key:
            return beat.t
    return None

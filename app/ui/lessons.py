"""Lessons in the window: open, save, edit, recent files, and applying one to the state.

A lesson is the lecturer's prepared script (``app.story.lessons.Lesson``): the scenario,
which scenes in which order, where to start, language, theme and per-beat notes. Opening a bad
file explains what is wrong and changes nothing; saving is atomic.

Unsaved changes: a lesson that has a file is modified when what would be saved (its plan,
notes, scenario, theme, language) differs from the file. A lesson without a file is
modified only by what the lecturer wrote or planned (notes, questions, title, scenes, start): a
student trying doses is not asked to save a lesson. Modified work is copied to a recovery
file (``app.ui.recovery``); closing, quitting or opening another lesson asks first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.error_text import localized
from app.errors import Message
from app.i18n import current_language
from app.story.file_names import proposed_lesson_path, with_lesson_suffix
from app.story.lessons import Lesson, LessonError
from app.ui import recovery
from app.ui.settings import Settings

MAX_RECENT = 8
log = logging.getLogger(__name__)


class LessonHost(Protocol):
    """What the lesson controller needs of the window it serves."""

    def current_language(self) -> str:
        """The language the window shows."""

    def switch_language(self, lang: str, lesson=None, lesson_path=None) -> None:
        """Show the window in ``lang``, carrying ``lesson`` (from ``lesson_path``) over."""

    def report_problem(self, message: str) -> None:
        """Tell the user what went wrong, in words."""

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 - QWidget's names
        """Show the lesson's name in the title (``[*]`` marks unsaved changes)."""

    def setWindowModified(self, modified: bool) -> None:  # noqa: N802
        """Whether the title shows unsaved changes."""


class LessonController(QObject):
    """Holds the window's current lesson and carries lesson files in and out: applies one
    to ``state`` (the start beat through ``navigation``), tells ``host`` its title and
    problems, and asks its questions over ``parent``."""

    lessonChanged = Signal(object)
    modifiedChanged = Signal(bool)

    def __init__(self, state, navigation, host: LessonHost, parent: QWidget):
        super().__init__(parent)
        self.state, self.navigation, self.host, self.parent_widget = (state, navigation, host,
                                                                      parent)
        self.lesson = Lesson(scenario=state.scenario)
        self.path: Path | None = None
        self.recent_menu: QMenu | None = None
        self.saved: Lesson | None = self.lesson  # as in its file (None: never matches)
        self.modified = False
        self.handed_over = False  # to a rebuilt window (language switch): it asks, not us
        self.copy = recovery.SessionCopy()
        self._applying = False
        self.autosave = recovery.Autosave(self._write_copy, self)
        state.scenarioChanged.connect(self._changed)
        state.themeChanged.connect(self._changed)
        state.comparisonChanged.connect(self._changed)
        self._show_title()

    # --- applying -------------------------------------------------------------------------
    def apply(self, lesson: Lesson, path: Path | None = None, saved: bool = True) -> None:
        """Make ``lesson`` the window's: scenario, scenes, start, theme, language.
        ``saved``: it is what its file holds (opened), else an edit not saved yet."""
        state = self.state
        self.lesson, self.path = lesson, path
        if saved:
            self.saved = lesson
        self._applying = True
        try:
            state.set_scene_order(list(lesson.scenes))
            state.set_theme(lesson.theme)
            state.set_scenario(lesson.scenario)
            state.set_comparison(lesson.comparison)
            state.set_scene(lesson.start_scene)
            self.navigation.go_to_beat_key(lesson.start_beat)
        finally:
            self._applying = False
        self._changed()
        self.lessonChanged.emit(lesson)
        if path is not None:
            self._remember(path)
        if lesson.language != self.host.current_language():
            self.host.switch_language(lesson.language, lesson=lesson, lesson_path=path)

    def current(self) -> Lesson:
        """The lesson as it stands: its plan plus the scenario, comparison, theme and language
        in use."""
        return self.lesson.with_changes(
            scenario=self.state.scenario,
            comparison=self.state.comparison,
            theme=self.state.theme,
            language=self.host.current_language(),
        )

    def set_note(self, scene_id: str, beat_key: str, text: str) -> None:
        """Keep the lecturer's note for one beat (saved with the lesson)."""
        self.lesson = self.lesson.with_note(scene_id, beat_key, text)
        self._changed()

    # --- files ----------------------------------------------------------------------------
    def open(self, path: str | None = None) -> bool:
        """Open a lesson file (asking for one if ``path`` is None); False if nothing opened."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                QCoreApplication.translate("MainWindow", "Open lesson"),
                "",
                QCoreApplication.translate("MainWindow", "Lesson (*.lesson.json *.json)"),
            )
            if not path:
                return False
        try:
            lesson = Lesson.load(path)
        except LessonError as exc:
            self.host.report_problem(
                QCoreApplication.translate(
                    "MainWindow", "This lesson cannot be opened: {reason}"
                ).format(reason=localized(exc, current_language()))
            )
            return False
        if not self.may_replace():
            return False
        self.apply(lesson, Path(path))
        if lesson.skipped_questions:  # the rest of the lesson is open: say what was left out
            self.host.report_problem("\n".join(
                localized(Message("question.left_out", error=problem), current_language())
                for problem in lesson.skipped_questions))
        return True

    def save(self, ask: bool = True) -> bool:
        """Save the current lesson (atomically); asks where unless it has a file already."""
        path = self.path
        if ask or path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                QCoreApplication.translate("MainWindow", "Save lesson"),
                str(proposed_lesson_path(self.name(), path, self.recent(),
                                         documents_folder())),
                QCoreApplication.translate("MainWindow", "Lesson (*.lesson.json)"),
            )
            if not chosen:
                return False
            path = with_lesson_suffix(Path(chosen))
        try:
            self.current().save(path)
        except (LessonError, OSError) as exc:
            self.host.report_problem(
                QCoreApplication.translate(
                    "MainWindow", "Could not save the lesson: {reason}"
                ).format(reason=localized(exc, current_language()))
            )
            return False
        self.lesson, self.path = self.current(), path
        self.saved = self.lesson
        self._changed()
        self._remember(path)
        return True

    def edit(self) -> None:
        """File > Edit lesson…: title, scenes and their order, start, language, theme, study
        questions."""
        from app.ui.lesson_dialog import LessonDialog

        dialog = LessonDialog(self.current(), self.state.trajectory, self.parent_widget)
        if dialog.exec() == LessonDialog.DialogCode.Accepted:
            self.apply(dialog.lesson(), self.path, saved=False)

    # --- unsaved changes ----------------------------------------------------------------------
    def name(self) -> str:
        """The lesson's name for titles and questions: its title, else its file's name."""
        if self.lesson.title:
            return self.lesson.title
        if self.path is not None:
            return self.path.name.removesuffix(".json").removesuffix(".lesson")
        return QCoreApplication.translate("MainWindow", "Untitled lesson")

    def may_replace(self) -> bool:
        """Before unsaved work would be replaced or closed: ask Save, Discard or Cancel.
        True if it may go ahead (saved, discarded or nothing unsaved)."""
        if not self.modified:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save(ask=False)
        if answer == "discard":
            self.autosave.cancel()
            self._drop_copy()
            return True
        return False

    def may_close(self) -> bool:
        """The window is closing: True if it may (the copy of unsaved work then goes)."""
        if self.handed_over:
            return True
        if not self.may_replace():
            return False
        self.autosave.cancel()
        self._drop_copy()
        return True

    def ask_unsaved(self) -> str:
        """Ask the user: "save", "discard" or "cancel" (tests replace this question)."""
        return recovery.ask_save_discard_cancel(self.parent_widget, self.name())

    def ask_restore(self, lesson: Lesson, original: Path | None) -> bool:
        """Whether to restore unsaved work a crash left (a question; tests replace it)."""
        name = lesson.title or (original.name if original is not None else
                                QCoreApplication.translate("MainWindow", "Untitled lesson"))
        return recovery.ask_restore(self.parent_widget, name)

    def offer_recovery(self) -> bool:
        """At start-up: offer back the unsaved work a crash left behind; True if restored
        (shown as modified, with the file it belongs to)."""
        for copy in recovery.orphaned_copies():
            found = copy.read()
            if found is None:
                continue
            lesson, original = found
            if not self.ask_restore(lesson, original):
                copy.remove()
                continue
            self.copy.remove()
            self.copy = copy  # it stays on disk until the work is saved or discarded
            self.saved = None
            self.apply(lesson, original, saved=False)
            return True
        return False

    def take_over(self, previous: LessonController, lesson: Lesson | None = None,
                  path: Path | None = None) -> None:
        """Continue ``previous``'s lesson, unsaved changes included (the window was rebuilt)."""
        self.lesson, self.path = lesson or previous.lesson, path or previous.path
        self.saved, self.copy = previous.saved, previous.copy
        previous.handed_over = True
        previous.autosave.cancel()
        self._changed()

    def _changed(self, *_signal_arguments) -> None:
        if self._applying or self.handed_over:
            return
        modified = self._differs()
        if modified:
            self.autosave.changed()
        else:
            self.autosave.cancel()
            self._drop_copy()
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)
        self._show_title()

    def _differs(self) -> bool:
        if self.saved is None:
            return True
        now = self.current()
        if self.path is None:
            return _authored(now) != _authored(self.saved)
        return now != self.saved

    def _show_title(self) -> None:
        if self.path is None and not self.lesson.title:
            self.host.setWindowTitle(QCoreApplication.translate(
                "MainWindow", "Ketamine Cascade — how a rapid-acting antidepressant works")
                + "[*]")
        else:
            self.host.setWindowTitle(QCoreApplication.translate(
                "MainWindow", "{lesson}[*] — Ketamine Cascade").format(lesson=self.name()))
        self.host.setWindowModified(self.modified)

    def _write_copy(self) -> None:
        if not self.modified or self.handed_over:
            return
        try:
            self.copy.write(self.current(), self.path)
        except OSError as exc:
            log.warning("the copy of unsaved work could not be written: %s", exc)

    def _drop_copy(self) -> None:
        try:
            self.copy.remove()
        except OSError as exc:
            log.warning("the copy of unsaved work could not be removed: %s", exc)

    # --- recent files -------------------------------------------------------------------------
    def recent(self) -> list[str]:
        """Recently opened or saved lessons that still exist, newest first."""
        return [p for p in Settings().recent_lessons() if Path(p).is_file()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        entries = [str(Path(path).resolve())]
        entries += [p for p in self.recent() if p != entries[0]]
        Settings().setValue("recent_lessons", entries[:MAX_RECENT])
        self.fill_recent_menu()

    def set_recent_menu(self, menu: QMenu) -> None:
        """File > Recent lessons: filled now and whenever the list changes."""
        self.recent_menu = menu
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


def documents_folder() -> Path:
    """The user's Documents folder (home where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _authored(lesson: Lesson) -> tuple:
    """What a lecturer writes or plans into a lesson, as opposed to what a student tries."""
    return (lesson.title, lesson.scenes, lesson.start_scene, lesson.start_beat,
            {scene: dict(beats) for scene, beats in lesson.notes.items()}, lesson.questions)


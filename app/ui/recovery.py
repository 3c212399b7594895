"""Unsaved lesson work kept safe: a copy in the app data folder and the questions asked
before anything unsaved would be lost.

The copy (:func:`write_copy`) is written atomically a short while after each change
(:class:`Autosave`), removed when the work is saved or discarded or the window closes
cleanly, and offered back on the next start when a crash left it behind.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.lessons import Lesson, LessonError
from app.model.scenario import write_text_atomically
from app.ui.folders import data_folder

log = logging.getLogger(__name__)
AUTOSAVE_MS = 2000
COPY_NAME = "unsaved-lesson.json"


def copy_path() -> Path:
    """Where the copy of unsaved work is kept."""
    return data_folder() / "recovery" / COPY_NAME


def write_copy(lesson: Lesson, original: Path | None) -> None:
    """Keep ``lesson`` (and the file it belongs to) as the copy of unsaved work."""
    path = copy_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, json.dumps(
        {"original_path": str(original) if original is not None else None,
         "lesson": lesson.to_dict()}, ensure_ascii=False, indent=1))


def read_copy() -> tuple[Lesson, Path | None] | None:
    """The copy a previous session left (lesson, its file), or None if there is none or it
    cannot be read (then it is logged and set aside)."""
    path = copy_path()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lesson = Lesson.from_json(json.dumps(data["lesson"]))
        original = data.get("original_path")
        return lesson, Path(original) if isinstance(original, str) and original else None
    except (OSError, ValueError, KeyError, TypeError, LessonError) as exc:
        log.error("the copy of unsaved work in %s cannot be read (%s); it is set aside", path, exc)
        path.replace(path.with_suffix(".unreadable"))
        return None


def remove_copy() -> None:
    """Forget the copy (the work was saved or discarded)."""
    copy_path().unlink(missing_ok=True)


class Autosave(QObject):
    """Calls ``write()`` once :data:`AUTOSAVE_MS` after the last of a run of changes."""

    def __init__(self, write, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(write)

    def changed(self) -> None:
        """Something changed: write a little later (after typing pauses)."""
        self._timer.start(AUTOSAVE_MS)

    def cancel(self) -> None:
        """Nothing left to write."""
        self._timer.stop()

    def pending(self) -> bool:
        """True while a write is waiting for typing to pause."""
        return self._timer.isActive()


def ask_save_discard_cancel(parent, name: str) -> str:
    """Ask whether to save unsaved changes: "save", "discard" or "cancel"."""
    translate = QCoreApplication.translate
    box = _question(parent, translate("LessonController", "Unsaved changes"), translate(
        "LessonController", "The lesson “{name}” has changes that are not saved. Save them "
        "first?").format(name=name))
    role = QMessageBox.ButtonRole
    answers = {box.addButton(translate("LessonController", "Save"), role.AcceptRole): "save",
               box.addButton(translate("LessonController", "Discard"),
                             role.DestructiveRole): "discard"}
    cancel = box.addButton(translate("LessonController", "Cancel"), role.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return answers.get(box.clickedButton(), "cancel")


def ask_restore(parent, name: str) -> bool:
    """Ask whether to restore unsaved work a crash left behind; True to restore."""
    translate = QCoreApplication.translate
    box = _question(parent, translate("LessonController", "Unsaved work found"), translate(
        "LessonController", "The app closed unexpectedly last time. The unsaved changes to "
        "the lesson “{name}” were kept. Restore them?").format(name=name))
    role = QMessageBox.ButtonRole
    restore = box.addButton(translate("LessonController", "Restore"), role.AcceptRole)
    discard = box.addButton(translate("LessonController", "Discard"), role.DestructiveRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(discard)
    box.exec()
    return box.clickedButton() is restore


def _question(parent, title: str, text: str) -> QMessageBox:
    """A question box showing ``text`` as plain text (a lesson's name is the user's)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box

"""Unsaved lesson work kept safe: a copy in the app data folder and the questions asked
before anything unsaved would be lost.

Each session writes its own copy (:class:`SessionCopy`) atomically a short while after
each change (:class:`Autosave`) and holds a lock on it while it runs; the copy is removed
when the work is saved or discarded or the window closes cleanly. A copy whose lock is no
longer held was left by a session that crashed or was killed: the next start offers it
back (:func:`orphaned_copies`). Two windows open at once never touch each other's copy.
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.model.scenario import write_text_atomically
from app.story.lessons import Lesson, LessonError
from app.ui.folders import data_folder

log = logging.getLogger(__name__)
AUTOSAVE_MS = 2000
COPY_PATTERN = "unsaved-*.json"


def copies_folder() -> Path:
    """Where copies of unsaved work are kept."""
    return data_folder() / "recovery"


class SessionCopy:
    """One session's copy of its unsaved lesson work, locked while the session runs."""

    def __init__(self, path: Path | None = None):
        self.path = path or copies_folder() / f"unsaved-{uuid.uuid4().hex[:12]}.json"
        self._lock: QLockFile | None = None

    def write(self, lesson: Lesson, original: Path | None) -> None:
        """Keep ``lesson`` (and the file it belongs to) as this session's copy."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.claim()
        write_text_atomically(self.path, json.dumps(
            {"original_path": str(original) if original is not None else None,
             "lesson": lesson.to_dict()}, ensure_ascii=False, indent=1))

    def read(self) -> tuple[Lesson, Path | None] | None:
        """(lesson, the file it belongs to), or None if the copy cannot be read (then it is
        logged and set aside, never deleted)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            lesson = Lesson.from_json(json.dumps(data["lesson"]))
            original = data.get("original_path")
            return lesson, Path(original) if isinstance(original, str) and original else None
        except (OSError, ValueError, KeyError, TypeError, LessonError) as exc:
            log.error("the copy of unsaved work %s cannot be read (%s); it is set aside",
                      self.path, exc)
            self._set_aside()
            return None

    def exists(self) -> bool:
        """True while the copy is on disk."""
        return self.path.is_file()

    def remove(self) -> None:
        """Forget the copy (the work was saved or discarded) and let go of its lock."""
        self.path.unlink(missing_ok=True)
        self._release()

    def claim(self) -> bool:
        """Hold the copy's lock; False if another running session holds it."""
        if self._lock is None:
            lock = QLockFile(str(self.path) + ".lock")
            if not lock.tryLock(0):
                return False
            self._lock = lock
        return True

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _set_aside(self) -> None:
        try:
            self.path.replace(self.path.with_suffix(".unreadable"))
        except OSError as exc:
            log.error("and it cannot be renamed (%s)", exc)
        self._release()


def orphaned_copies() -> Iterator[SessionCopy]:
    """Copies left by sessions that are no longer running, newest first, each claimed
    (locked) by this session as it is handed out."""
    folder = copies_folder()
    paths = sorted(folder.glob(COPY_PATTERN), key=_modified, reverse=True)
    for path in paths:
        copy = SessionCopy(path)
        if path.is_file() and copy.claim():
            yield copy


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


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

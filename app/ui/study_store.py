"""Study mode's progress on disk: one file per user in the platform's app data folder
(``app.ui.folders.data_folder``, which the tests send elsewhere), written atomically.

A progress file that cannot be read back (a broken disk, a hand edit, another version)
never stops the window: it is set aside under a dated name, where a curious student or a
support request can still find it, and a fresh progress starts.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from app.safefile import write_text_atomically
from app.story.questions import Question
from app.story.study_progress import StudyProgress
from app.ui.folders import data_folder

PROGRESS_FILE = "study-progress.json"
MAX_BYTES = 1 << 20  # a progress file is a few kilobytes; anything far larger is not one

_log = logging.getLogger(__name__)


class StudyStore:
    """Reads and writes a student's :class:`StudyProgress` for ``questions`` in ``folder``
    (None: the user's data folder, looked up when used)."""

    def __init__(self, questions: tuple[Question, ...], folder: Path | None = None):
        self.questions = questions
        self._folder = folder

    @property
    def path(self) -> Path:
        """The progress file."""
        return (self._folder or data_folder()) / PROGRESS_FILE

    def load(self) -> StudyProgress:
        """The progress saved last time; a fresh one at first or if the file is unusable
        (that file is set aside first: see :meth:`set_aside`)."""
        path = self.path
        if not path.exists():
            return StudyProgress()
        try:
            if not path.is_file():  # a folder or a pipe (a read would wait for ever)
                raise ValueError("not a regular file")
            if path.stat().st_size > MAX_BYTES:
                raise ValueError("far too large for a progress file")
            return StudyProgress.from_json(path.read_text(encoding="utf-8"), self.questions)
        except (OSError, UnicodeDecodeError, ValueError) as exc:  # the file, not our code
            self.set_aside(path, exc)
            return StudyProgress()

    def save(self, progress: StudyProgress) -> None:
        """Keep ``progress`` (atomically: a crash leaves the old file or the new one);
        raises ``FileWriteError`` if the folder cannot be written."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.path, progress.to_json())

    def reset(self) -> StudyProgress:
        """Forget all answers: a fresh progress, saved."""
        progress = StudyProgress()
        self.save(progress)
        return progress

    @staticmethod
    def set_aside(path: Path, reason: Exception) -> Path | None:
        """Rename an unusable progress file to ``study-progress.broken-<time>.json`` so a
        fresh one can start; the new name (None if even renaming failed: the next save then
        replaces it, which is all that can be done)."""
        aside = path.with_name(f"{path.stem}.broken-{time.strftime('%Y%m%d-%H%M%S')}.json")
        _log.warning("study progress %s unusable (%s); set aside as %s", path, reason, aside.name)
        try:
            path.replace(aside)
        except OSError as exc:
            _log.warning("could not set %s aside: %s", path, exc)
            return None
        return aside

"""The error of a lesson field or file, apart from ``app.story.lessons`` so the modules that
check parts of a lesson (``app.story.lesson_compare``) raise it without importing the
lesson back. ``app.story.lessons`` re-exports it."""
from __future__ import annotations

from app.errors import UserError


class LessonError(UserError):
    """A lesson field or file is invalid (codes ``lesson.*``, ``file.*``); the message says
    what is wrong and where."""

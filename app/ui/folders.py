"""The folders the app keeps its own files in: recovery copies of unsaved lessons and logs.

They follow the platform's conventions (``QStandardPaths``); :func:`redirect` sends both to
another folder, which the tests use so they never touch the user's own files.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_redirected: Path | None = None


def redirect(root: Path | None) -> None:
    """Keep recovery copies and logs under ``root`` (None: the platform's folders)."""
    global _redirected
    _redirected = Path(root) if root is not None else None


def data_folder() -> Path:
    """Where unsaved work is kept until it is saved (the platform's app data folder)."""
    if _redirected is not None:
        return _redirected / "data"
    return _standard(QStandardPaths.StandardLocation.AppDataLocation)


def log_folder() -> Path:
    """Where the log and the record of fatal errors go (app local data folder, "logs")."""
    if _redirected is not None:
        return _redirected / "logs"
    return _standard(QStandardPaths.StandardLocation.AppLocalDataLocation) / "logs"


def _standard(location) -> Path:
    return Path(QStandardPaths.writableLocation(location) or Path.home() / ".ketamine-cascade")

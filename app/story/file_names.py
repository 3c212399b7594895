"""File names proposed for what a user saves: made from a title a lecturer typed (any
language), safe on Windows, macOS and Linux, with a single suffix."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

LESSON_SUFFIX = ".lesson.json"
MAX_STEM_CHARS = 80
#: characters no common file system takes in a name, and control characters
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                     *(f"lpt{n}" for n in range(10))}


def safe_file_stem(title: str, fallback: str) -> str:
    """``title`` as a file name without suffix: letters of any script kept, characters a
    file system refuses replaced by spaces, runs of spaces and dots trimmed, at most
    80 characters; ``fallback`` when nothing usable is left."""
    text = unicodedata.normalize("NFC", title)
    text = _UNSAFE.sub(" ", text)
    text = "".join(" " if unicodedata.category(c).startswith("Z") else c for c in text)
    text = re.sub(r"\s+", " ", text).strip(" .")[:MAX_STEM_CHARS].rstrip(" .")
    if not text:
        return fallback
    if text.split(".")[0].lower() in _WINDOWS_RESERVED:
        text = f"{text} ({fallback})"
    return text


def lesson_file_name(title: str) -> str:
    """The file name proposed for a lesson titled ``title``: its safe stem (``lesson``
    without a title) and one ``.lesson.json``."""
    stem = safe_file_stem(title, "lesson")
    for suffix in (LESSON_SUFFIX, ".json"):
        stem = stem.removesuffix(suffix) or "lesson"
    return stem + LESSON_SUFFIX


def with_lesson_suffix(path: Path) -> Path:
    """``path`` as typed in a save dialog, given ``.lesson.json`` if it has no ``.json``."""
    return path if path.name.lower().endswith(".json") else path.with_name(
        path.name + LESSON_SUFFIX)


def proposed_lesson_path(title: str, current: Path | None, recent: list[str],
                         documents: Path) -> Path:
    """Where Save lesson proposes to write: the lesson's own file if it has one, else a
    name made from its title in the folder of the last lesson opened or saved (``recent``,
    newest first), else in ``documents``."""
    if current is not None:
        return current
    folders = [Path(path).parent for path in recent]
    folder = next((f for f in folders if f.is_dir()), documents)
    return folder / lesson_file_name(title)

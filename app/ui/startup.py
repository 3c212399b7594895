"""Starting the window: language, fonts, freed memory, and keeping the current window
alive."""
from __future__ import annotations

import ctypes
import linecache
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont

from app.i18n import install_language, register_fonts, system_language
from app.ui.errors import install_error_handling, tell_about_previous_crash
from app.ui.settings import Settings


def chosen_language(requested: str | None) -> str:
    """``--lang`` if given, else the language chosen last time, else the system's."""
    if requested:
        return requested
    return Settings().language() or system_language()


def prepare_language(app, requested: str | None) -> str:
    """Register the bundled fonts, let widgets fall back to them for Chinese, and install
    the translation; returns the language."""
    families = register_fonts()
    font = QFont(app.font())
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    lang = chosen_language(requested)
    install_language(lang)
    if requested:
        Settings().setValue("language", lang)
    return lang


def keep_current_window(app, window) -> None:
    """Hold a reference to the window in use, following it when it is rebuilt (language)."""
    app._current_window = window

    def follow(replacement):
        install_error_handling(replacement)
        keep_current_window(app, replacement)

    window.replacedBy.connect(follow)


def after_start(app, crashed_before: bool) -> None:
    """Once the window shows: offer back unsaved work a crash left behind, say once that
    the last session ended unexpectedly, and on a first start offer the tour (never to a
    lecturer who starts presenting, nor over study mode, which hides the panels it shows)."""
    def run():
        window = app._current_window
        window.lessons.offer_recovery()
        if crashed_before:
            tell_about_previous_crash(app._current_window)
        if not (window.presenter.active or window.study.active):  # --present, --study
            window.tour.offer_once()

    QTimer.singleShot(0, run)


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
LARGE_BLOCK_BYTES = 256 * 1024


def return_large_blocks_to_the_system() -> bool:
    """Give every block of 256 KiB or more (images, runs of weeks) its own mapping, handed
    back to the system when freed. True if the C library took it (Linux with glibc).

    glibc's threshold for that starts at 128 KiB and rises to the largest block freed (up
    to 32 MiB); above it blocks come from heaps whose freed holes are reused only by later
    blocks that fit. The bounded caches evict images of many sizes and runs come and go,
    so over a lecture the heaps grew to the highest peak seen and stayed there.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES) == 1


FREED_PAGES_EVERY_MS = 60_000


def return_freed_pages_regularly(app) -> QTimer | None:
    """Once a minute, hand the free pages inside the C library's heaps back to the system
    (glibc's ``malloc_trim``); returns the timer, or None where there is no such call.

    Freeing only shrinks a heap from its top: the caches evict pictures smaller than
    :data:`LARGE_BLOCK_BYTES` from the middle of it, and over a lecture those holes held
    5 to 10 MiB that no later picture happened to fit (measured by ``benchmarks/long_session.py``).
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    def free_pages() -> None:
        forget_module_sources()
        trim(0)

    timer = QTimer(app)
    timer.setInterval(FREED_PAGES_EVERY_MS)
    timer.timeout.connect(free_pages)
    timer.start()
    QTimer.singleShot(0, free_pages)  # once the window is up, the imports are done
    return timer


def forget_module_sources() -> None:
    """Drop the source lines Python keeps for tracebacks (``linecache``).

    PySide6 reads the whole source of every module imported after it, looking for its
    ``__feature__`` switch, and ``inspect`` leaves each file's lines cached: about 390 files,
    15 MiB of Python strings that nothing reads again (a traceback reads its few files
    back). Freed, their space serves the app's own objects (RSS 149.5 -> 147.7 MiB after
    three rounds of every scene).
    """
    linecache.clearcache()

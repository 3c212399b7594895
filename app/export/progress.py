"""Progress, cancelling and write errors shared by every export.

An export reports ``progress(done, total)`` as work advances and polls ``cancelled()``
between frames; on a cancel it removes what it wrote and raises :class:`ExportCancelled`.
Operating-system write failures become :class:`ExportError` (``file.cannot_write``) with a
plain reason.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from app.errors import Message
from app.export.render import ExportError
from app.safefile import FileWriteError

#: Below this much free space a failed write is reported as a full disk.
LOW_DISK_BYTES = 64 * 1024 * 1024


class ExportCancelled(Exception):
    """The caller cancelled the export; everything partially written has been removed."""


class Progress:
    """Counts finished steps, reports them and raises :class:`ExportCancelled` on request.

    Parameters
    ----------
    total : number of steps (frames, slides) the export will take
    report : ``report(done, total)`` called after each step, or None
    cancelled : ``cancelled() -> bool`` polled by :meth:`check`, or None
    """

    def __init__(self, total: int, report: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None):
        self.total = max(1, int(total))
        self.done = 0
        self._report = report
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled")

    def advance(self, steps: int = 1) -> None:
        """Record ``steps`` more finished steps and report them."""
        self.done = min(self.total, self.done + steps)
        if self._report is not None:
            self._report(self.done, self.total)


def check_output_target(path: Path) -> None:
    """ExportError unless ``path`` can be written: the folder of the real file (a symbolic
    link is followed) exists and is writable. A device or a FIFO at ``path`` is written
    directly (see app.safefile), so its folder (``/dev``) need not be writable."""
    real = Path(os.path.realpath(path))
    try:
        if not stat.S_ISREG(os.stat(real).st_mode):
            return
    except OSError:
        pass
    check_output_folder(real.parent if os.path.islink(path) else Path(path).parent)


def check_output_folder(folder: Path) -> None:
    """ExportError unless ``folder`` exists, is a folder and may be written to."""
    from os import W_OK, access

    folder = Path(folder) if str(folder) else Path(".")
    if folder.is_file():
        raise ExportError("export.file_not_folder", path=repr(str(folder)))
    if not folder.is_dir():
        raise ExportError("export.folder_missing", path=repr(str(folder)))
    if not access(folder, W_OK):
        raise ExportError("export.folder_not_writable", path=repr(str(folder)))


def write_failure(path: Path, error: OSError | None = None) -> ExportError:
    """The error for a failed write of ``path``, with a plain reason (full disk, no
    permission, ...; the operating system's own words, by errno, otherwise)."""
    return ExportError("file.cannot_write", path=repr(str(path)), reason=_write_reason(path, error))


def _write_reason(path: Path, error: OSError | None):
    if isinstance(error, FileWriteError):
        return error
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or _disk_nearly_full(Path(path).parent):
        return Message("file.disk_full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("file.folder_not_writable")
    if code in (errno.ENOENT, errno.ENOTDIR):
        return Message("file.folder_missing")
    return error if getattr(error, "strerror", None) else Message("file.not_written")


@contextmanager
def os_errors_as_export_errors(path: Path):
    """Turn an OSError raised inside the block into an ExportError about ``path``."""
    try:
        yield
    except OSError as exc:
        raise write_failure(path, exc) from None


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder if str(folder) else ".").free < LOW_DISK_BYTES
    except OSError:
        return False

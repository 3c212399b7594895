"""Reading and writing the user's files safely (no Qt: the model, lessons and exports share it).

Writing goes to a temporary file beside the target, renamed onto it only when complete, so
a failed, cancelled or killed write never leaves half a file under the final name. The
temporary is named ``.ketamine-cascade-tmp-<pid>-...``: one left by a process that has died
(kill -9, power cut) is recognised and removed by the next write into that folder.

What is at the target decides how it is written:

- nothing, or a regular file: atomically; an existing file keeps its permission bits;
  a file without any write permission is refused rather than silently replaced;
- a symbolic link: followed; the real file is replaced atomically and the link stays;
- a device (``/dev/null``, a terminal): written directly; renaming over it would replace
  the device with a regular file (as root, ``/dev/null`` itself);
- a named pipe (FIFO): written directly when a reader is waiting on it, else refused (an
  open would wait forever for one);
- a folder or a socket: refused.

Reading (:func:`read_text_file`) refuses anything but a regular file before opening it for
reading (a FIFO would block, ``/dev/zero`` never ends), reads at most the size cap, and
accepts UTF-8 with or without a byte-order mark (Windows Notepad writes one).
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from app.errors import Message, UserError

#: Every temporary file or folder the app makes starts with this (then the pid, a dash).
TEMPORARY_PREFIX = ".ketamine-cascade-tmp-"
_NAME_TAIL = 80  # characters of the target's name kept in a temporary's name


class FileWriteError(UserError, OSError):
    """A target that cannot be written as asked (codes ``file.*``: read-only, a folder...);
    an OSError with ``errno``, ``filename`` and ``strerror`` (the English words)."""

    def __init__(self, code: str, number: int, path: str, **values):
        super().__init__(code, **values)
        self.errno, self.filename, self.strerror = number, path, str(self)

    def __reduce__(self):
        return type(self), (self.code, self.errno, self.filename), None


class FileReadError(UserError):
    """A file that cannot be read as text (codes ``file.*``); ``values["file"]`` names it."""


# --- writing ---------------------------------------------------------------------------------
@contextmanager
def atomic_path(path):
    """Yield the path to write ``path``'s new content to: a temporary beside the real file,
    renamed onto it only when the block succeeds (removed on any failure); the target
    itself when it is a device or a FIFO with a reader (see the module's description).

    Raises FileWriteError for a target that cannot be written (a folder, a socket, a FIFO
    nobody reads, a read-only file) and OSError for a missing or unwritable folder.
    """
    target = Path(os.path.realpath(path))
    info = _stat_or_none(target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        held = _open_special_target(target, info, Path(path))
        try:
            yield target
        finally:
            if held is not None:
                os.close(held)
        return
    if info is not None and not info.st_mode & 0o222:
        raise FileWriteError("file.read_only", errno.EACCES, str(path))
    folder = target.parent
    remove_stale_temporaries(folder)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(),
                                         suffix="-" + _tail(target.name))
    os.close(handle)
    try:
        yield Path(temporary)
        _give_mode(temporary, info)
        _replace(temporary, target, Path(path))
    except BaseException:
        _unlink_quietly(temporary)
        raise


def write_text_atomically(path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` safely (see :func:`atomic_path`)."""
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)


def default_file_mode() -> int:
    """The mode a newly created file would get (0o666 less the umask): temporary files are
    created private, and must not stay so once renamed into place."""
    return 0o666 & ~_UMASK


def temporary_prefix() -> str:
    """The start of this process's temporary names: ``.ketamine-cascade-tmp-<pid>-``."""
    return f"{TEMPORARY_PREFIX}{os.getpid()}-"


def remove_stale_temporaries(folder) -> list[Path]:
    """Remove our temporaries in ``folder`` whose process is no longer alive (files and
    folders); returns what was removed. Others' files and live exports' are left alone."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        pid = _owner_pid(entry.name)
        if pid is None or pid == os.getpid() or _alive(pid):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            _unlink_quietly(entry.path)
        removed.append(Path(entry.path))
    return removed


def _open_special_target(target: Path, info: os.stat_result, shown: Path) -> int | None:
    """Refuse a folder, a socket or a FIFO nobody reads; a device is written directly.
    A FIFO is opened here and held open until the write is done: the probe's own close
    would otherwise end the reader's input before the writer opened it."""
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise FileWriteError("file.is_folder", errno.EISDIR, str(shown))
    if stat.S_ISFIFO(mode):
        try:  # O_NONBLOCK: fails at once (ENXIO) instead of waiting when nobody reads
            return os.open(target, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ENXIO:
                raise FileWriteError("file.unread_fifo", errno.ENXIO, str(shown)) from None
            raise
    if not (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)):
        raise FileWriteError("file.not_a_file", errno.EINVAL, str(shown))
    return None


def _give_mode(temporary: str, previous: os.stat_result | None) -> None:
    """The replaced file's permission bits (and owner, for root), else a new file's."""
    if previous is None:
        os.chmod(temporary, default_file_mode())
        return
    os.chmod(temporary, stat.S_IMODE(previous.st_mode))
    if os.geteuid() == 0 and hasattr(os, "chown"):
        try:
            os.chown(temporary, previous.st_uid, previous.st_gid)
        except OSError:
            pass


def _replace(temporary: str, target: Path, shown: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:
        if os.access(target.parent, os.W_OK) and target.exists():
            # the folder is writable, so the file itself refuses (immutable, append-only)
            raise FileWriteError("file.locked", exc.errno, str(shown)) from None
        raise


def _owner_pid(name: str) -> int | None:
    if not name.startswith(TEMPORARY_PREFIX):
        return None
    digits = name[len(TEMPORARY_PREFIX):].partition("-")[0]
    return int(digits) if digits.isdigit() and len(digits) < 10 else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, someone else's
        return True
    return True


def _tail(name: str) -> str:
    return name if len(name) <= _NAME_TAIL else name[-_NAME_TAIL:]


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _unlink_quietly(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once at import: os.umask is process-wide, not thread-safe


# --- reading ---------------------------------------------------------------------------------
def read_text_file(path, where: Message, max_bytes: int) -> str:
    """The UTF-8 text (a byte-order mark allowed) of the regular file ``path``, at most
    ``max_bytes``; otherwise FileReadError with ``file=where`` (the message naming the file,
    e.g. ``Message("file.lesson", path=...)``) and what is wrong."""
    limit = max_bytes // 2**20
    try:
        data = _read_regular_file(Path(path), where, limit, max_bytes)
    except FileNotFoundError:
        raise FileReadError("file.missing", file=where) from None
    except OSError as exc:
        raise FileReadError("file.unreadable", file=where, reason=exc) from None
    if len(data) > max_bytes:
        raise FileReadError("file.too_large", file=where, limit=limit)
    if b"\x00" in data:
        raise FileReadError("file.binary", file=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileReadError("file.not_utf8", file=where, position=exc.start) from None


def _read_regular_file(path: Path, where: Message, limit: int, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``path``. It is checked before opening (a FIFO
    would block the open, a device may never end) and again on the open file (it may have
    been swapped in between), which is opened without blocking."""
    _check_regular(os.stat(path), where, limit, max_bytes)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        _check_regular(os.fstat(descriptor), where, limit, max_bytes)
        return stream.read(max_bytes + 1)


def _check_regular(info: os.stat_result, where: Message, limit: int, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FileReadError("file.folder", file=where)
    if not stat.S_ISREG(info.st_mode):
        raise FileReadError("file.not_regular", file=where)
    if info.st_size > max_bytes:
        raise FileReadError("file.too_large_size", file=where, size=f"{info.st_size:,}",
                            limit=limit)

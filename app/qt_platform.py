"""Before the window opens on Linux: can Qt's X11 plugin load? If not, say what to install.

Qt aborts the whole process when its ``xcb`` platform plugin cannot load ("Could not load
the Qt platform plugin xcb"), which on a fresh desktop means missing system libraries
(``libxcb-cursor0`` first of all, since Qt 6.5). Nothing can be caught after that, so the
libraries the plugin links are checked first: the ``DT_NEEDED`` entries of the plugin and
of Qt's XCB library are read from their ELF headers and each is opened with ``dlopen``,
which is what Qt will do a moment later.
"""
from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

from app.errors import UserError

#: Debian/Ubuntu packages whose names do not follow from the library's (see _package_of).
PACKAGE_OF_LIBRARY = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
                      "libX11-xcb.so.1": "libx11-xcb1",
                      "libX11.so.6": "libx11-6", "libEGL.so.1": "libegl1",
                      "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0"}
DT_NEEDED, DT_STRTAB, SHT_DYNAMIC = 1, 5, 6


class PlatformError(UserError):
    """The window cannot open on this machine (code ``install.qt_libraries``)."""


def check_xcb_libraries(environ=os.environ) -> None:
    """PlatformError naming the missing libraries and their packages when Qt is about to
    use its X11 plugin and could not load it."""
    if not _will_use_xcb(environ):
        return
    missing = missing_libraries(_xcb_binaries())
    if missing:
        raise PlatformError("install.qt_libraries", libraries=", ".join(missing),
                            packages=" ".join(dict.fromkeys(map(_package_of, missing))))


def missing_libraries(binaries: list[Path]) -> list[str]:
    """The shared libraries ``binaries`` need that the dynamic loader cannot open."""
    qt_folder = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
    missing = []
    for binary in binaries:
        for library in needed_libraries(binary):
            if library in missing or (qt_folder / library).exists():
                continue
            try:
                ctypes.CDLL(library)
            except OSError:
                missing.append(library)
    return missing


def needed_libraries(binary: Path) -> list[str]:
    """The ``DT_NEEDED`` sonames of a 64-bit little-endian ELF file ([] if it is not one)."""
    data = binary.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    section_offset, = struct.unpack_from("<Q", data, 0x28)
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size)
                for i in range(count)]
    for section in sections:
        if section[1] != SHT_DYNAMIC:
            continue
        strings = sections[section[6]][4]  # sh_link: the section of the names
        entries = [struct.unpack_from("<qQ", data, section[4] + k)
                   for k in range(0, section[5], 16)]
        return [_c_string(data, strings + value) for tag, value in entries if tag == DT_NEEDED]
    return []


def _c_string(data: bytes, start: int) -> str:
    return data[start:data.index(b"\0", start)].decode()


def _will_use_xcb(environ) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return False
    return bool(environ.get("DISPLAY")) and (platform == "xcb"
                                             or not environ.get("WAYLAND_DISPLAY"))


def _xcb_binaries() -> list[Path]:
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [path for path in candidates if path.is_file()]


def _package_of(library: str) -> str:
    """The Debian package of a soname: ``libxcb-cursor.so.0`` -> ``libxcb-cursor0``,
    ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``."""
    if library in PACKAGE_OF_LIBRARY:
        return PACKAGE_OF_LIBRARY[library]
    name, _, version = library.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"

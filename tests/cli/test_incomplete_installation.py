"""An installation without its assets, or a desktop without Qt's X11 libraries, is told
in words (exit 2), never a silent fallback and never Qt's abort."""
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from app import qt_platform
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
XCB_PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def run_with_assets_moved(tmp_path, moved: str, *argv) -> subprocess.CompletedProcess:
    """The command line in a fresh process whose ``app.i18n.<moved>`` folder is empty."""
    script = (f"import sys, app.i18n as i18n; i18n.{moved} = __import__('pathlib')."
              f"Path({str(tmp_path)!r}); from app.cli import main; sys.exit(main(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", script, *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/bin:/bin",
                                                       "QT_QPA_PLATFORM": "offscreen",
                                                       "HOME": str(tmp_path)})


@pytest.mark.parametrize("moved, words", [
    ("TRANSLATIONS", "translation is missing"),  # in English, with the Chinese beside it
    ("FONTS", "内置字体缺失")])
def test_a_chinese_export_without_its_translation_or_font_fails_clearly(tmp_path, moved, words):
    out = tmp_path / "frame.png"
    done = run_with_assets_moved(tmp_path, moved, "export", "--scene", "overview", "--time",
                                 "0", "--lang", "zh_CN", "--size", "320x180", "--out", str(out))
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and "重新安装" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_an_english_export_without_the_font_fails_too(tmp_path):
    out = tmp_path / "frame.png"
    done = run_with_assets_moved(tmp_path, "FONTS", "export", "--scene", "overview", "--time",
                                 "0", "--size", "320x180", "--out", str(out))
    assert done.returncode == 2 and "bundled font is missing" in done.stderr
    assert not out.exists()


def test_the_window_without_its_translation_fails_clearly(tmp_path):
    done = run_with_assets_moved(tmp_path, "TRANSLATIONS", "--lang", "zh_CN", "--screenshot",
                                 str(tmp_path / "shot.png"))
    assert done.returncode == 2 and "translation is missing" in done.stderr
    assert not (tmp_path / "shot.png").exists()


@pytest.mark.skipif(not XCB_PLUGIN.is_file(), reason="this PySide6 has no X11 plugin")
def test_the_libraries_of_qts_x11_plugin_are_read_from_it():
    needed = qt_platform.needed_libraries(XCB_PLUGIN)
    assert "libxcb-cursor.so.0" in needed and "libQt6XcbQpa.so.6" in needed


def test_a_desktop_without_qts_x11_libraries_is_told_what_to_install(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(qt_platform, "needed_libraries",
                        lambda binary: ["libc.so.6", "libxcb-cursor.so.0-not-here",
                                        "libxkbcommon-x11.so.0-not-here"])
    assert main(["--lang", "en"]) == 2
    error = capsys.readouterr().err
    assert "libxcb-cursor.so.0-not-here" in error and "libc.so.6" not in error
    assert "sudo apt-get install libxcb-cursor0-not-here libxkbcommon-x11-0-not-here" in error


def test_the_chinese_message_says_the_same(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(qt_platform, "needed_libraries", lambda binary: ["libxcb-cursor.so.0x"])
    assert main(["--lang", "zh_CN"]) == 2
    error = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0x" in error and "系统库" in error


@pytest.mark.parametrize("library, package", [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libdbus-1.so.3", "libdbus-1-3"), ("libglib-2.0.so.0", "libglib2.0-0")])
def test_libraries_are_named_by_their_debian_packages(library, package):
    assert qt_platform._package_of(library) == package


def test_no_check_when_qt_will_not_use_x11(monkeypatch):
    monkeypatch.setattr(qt_platform, "needed_libraries", lambda binary: ["libnothing.so.1"])
    for environ in ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
                    {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, {}):
        qt_platform.check_xcb_libraries(environ)
    with pytest.raises(qt_platform.PlatformError):
        qt_platform.check_xcb_libraries({"DISPLAY": ":0"})

"""A corrupt settings file never stops the window: every stored value is checked on read,
and a bad one falls back to its default and is rewritten."""
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSettings

from app.story.catalogue import THEME_NAMES
from app.ui import screen_fit
from app.ui.settings import MAX_ZOOM, MIN_ZOOM, Settings
from app.ui.startup import chosen_language
from app.ui.window import MainWindow

KEYS = ("theme", "language", "reduce_motion", "text_zoom", "geometry", "layout",
        "compact_layout", "recent_lessons")


def write_settings_file(*lines: str) -> None:
    """Replace the settings file with ``lines``, as a hand edit or a broken disk would."""
    QSettings().clear()
    QSettings().sync()
    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\n" + "\n".join(lines) + "\n")
    QSettings().sync()


def start_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_frame_done, timeout=10000)
    window.lessons.fill_recent_menu()
    return window


def in_file(key: str) -> str | None:
    """What the settings file on disk says for ``key`` (None: not there)."""
    QSettings().sync()
    for line in Path(QSettings().fileName()).read_text().splitlines():
        name, equals, value = line.partition("=")
        if equals and name.strip() == key:
            return value.strip()
    return None


@pytest.mark.parametrize("line, key, rewritten", [
    ("text_zoom=nan", "text_zoom", "1"),
    ("text_zoom=inf", "text_zoom", "1"),
    ("text_zoom=1e400", "text_zoom", "1"),
    ("text_zoom=huge", "text_zoom", "1"),
    ("text_zoom=9", "text_zoom", "1"),
    ("geometry=garbage", "geometry", None),
    ("geometry=@ByteArray(not a geometry)", "geometry", None),
    # the tests' screen (offscreen, 800x600) is a small one: the window takes the laptop
    # layout and reads its key; the wide layout's key is read alike (below)
    ("compact_layout=1, 2, 3", "compact_layout", None),
    ("compact_layout=@ByteArray(xyz)", "compact_layout", None),
    ("recent_lessons=@ByteArray(abc)", "recent_lessons", None),
    ("language=en, zh_CN", "language", None),
    ("language=klingon", "language", None),
    ("theme=1, 2", "theme", "dark"),
    ("theme=pink", "theme", "dark"),
    ("reduce_motion=maybe", "reduce_motion", "false"),
    ("reduce_motion=1, 2", "reduce_motion", "false"),
])
def test_a_bad_stored_value_falls_back_and_is_rewritten(qtbot, line, key, rewritten):
    write_settings_file(line)
    window = start_window(qtbot)
    chosen_language(None)
    assert window.isVisible() and window.state.trajectory is not None
    assert window.canvas.settings.text_zoom == 1.0 and window.state.theme == "dark"
    assert window.lessons.recent() == []
    window.settings.sync()
    assert in_file(key) == rewritten
    window.close()


@pytest.mark.parametrize("line", ["layout=1, 2, 3", "layout=@ByteArray(xyz)"])
def test_a_bad_wide_layout_is_dropped_on_a_large_screen(qtbot, monkeypatch, line):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: QRect(0, 0, 1920, 1040))
    write_settings_file(line)
    window = start_window(qtbot)
    assert not window.compact and window.isVisible()
    assert in_file("layout") is None
    window.close()


@pytest.mark.parametrize("key, value", [
    ("recent_lessons", 5), ("recent_lessons", b"\xff\x00"), ("recent_lessons", [1, 2]),
    ("language", ["en", "zh_CN"]), ("language", 3), ("text_zoom", float("nan")),
    ("text_zoom", [1.1]), ("theme", {"a": 1}), ("reduce_motion", 2.5), ("geometry", 7),
])
def test_values_of_the_wrong_type_are_refused(qtbot, key, value):
    QSettings().clear()
    QSettings().setValue(key, value)
    window = start_window(qtbot)
    assert chosen_language(None) in ("en", "zh_CN")
    assert window.lessons.recent() == [] and window.isVisible()
    window.close()


def test_good_values_are_kept(qtbot, tmp_path):
    lesson = tmp_path / "l.json"
    lesson.write_text("{}")
    write_settings_file("text_zoom=1.2", "theme=projector", "reduce_motion=true",
                        "language=zh_CN", f"recent_lessons={lesson}")
    window = start_window(qtbot)
    assert window.canvas.settings.text_zoom == pytest.approx(1.2)
    assert window.state.theme == "projector" and window.canvas.settings.reduce_motion
    assert chosen_language(None) == "zh_CN"
    assert window.lessons.recent() == [str(lesson)]
    window.close()


whole = st.integers(-2**63, 2**63 - 1)  # what QSettings can store
garbage = st.one_of(st.none(), st.booleans(), whole, st.floats(), st.text(max_size=30),
                    st.binary(max_size=30),
                    st.lists(st.one_of(st.text(max_size=5), whole), max_size=4))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({key: garbage for key in KEYS}))
def test_any_stored_values_read_as_valid_ones(values):
    QSettings().clear()
    for key, value in values.items():
        if value is not None:
            QSettings().setValue(key, value)
    read = Settings()
    assert read.theme() in THEME_NAMES
    assert read.language() in ("", "en", "zh_CN")
    assert isinstance(read.reduce_motion(), bool)
    zoom = read.text_zoom()
    assert math.isfinite(zoom) and MIN_ZOOM - 1e-9 <= zoom <= MAX_ZOOM + 1e-9
    assert read.geometry() is None or isinstance(read.geometry(), (bytes, bytearray)) or \
        type(read.geometry()).__name__ == "QByteArray"
    assert all(isinstance(path, str) for path in read.recent_lessons())


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({key: garbage for key in KEYS}))
def test_the_window_starts_whatever_the_settings_hold(qtbot, values):
    QSettings().clear()
    for key, value in values.items():
        if value is not None:
            QSettings().setValue(key, value)
    window = start_window(qtbot)
    assert window.isVisible() and window.state.trajectory is not None
    window.runner.wait()
    window.close()

"""Unexpected errors: one dialog per distinct error, every occurrence logged (repeats
counted), a plain frame instead of a broken picture, and the window goes on working."""
import faulthandler
import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from app.scenes import SCENES
from app.scenes.theme import theme_named
from app.ui import errors, folders
from app.ui.problems import REPEATS

ROOT = Path(__file__).resolve().parents[2]


def visible_dialogs(window):
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def log_file():
    """The app's log, in this test's own folder."""
    path = errors.start_logging()
    yield path
    REPEATS.flush()


@pytest.fixture
def hooks(monkeypatch):
    """sys.excepthook and threading.excepthook as they were, after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_a_scene_whose_art_fails_every_frame_gives_one_dialog_and_a_plain_frame(
        window, qtbot, monkeypatch, log_file):
    def broken(*args, **kwargs):
        raise RuntimeError("the spine art is broken")

    monkeypatch.setattr(SCENES["overview"], "paint_art", broken)
    for step in range(60):
        window.state.set_time(0.5 + step * 0.05)
        window.canvas.repaint()
    dialogs = visible_dialogs(window)
    assert len(dialogs) == 1
    assert "the spine art is broken" in dialogs[0].text()
    frame = window.canvas.grab().toImage()
    background = QColor(theme_named(window.state.theme).background_bottom).rgb()
    # plain: no title bar, no legend, no half of the art; only the background and a message
    for x, y in ((20, 20), (frame.width() // 2, 30), (frame.width() // 3, frame.height() - 20)):
        assert frame.pixel(x, y) == background
    REPEATS.flush()
    text = log_file.read_text(encoding="utf-8")
    assert text.count("Traceback") == 1
    repeats = re.search(r"repeated (\d+) more time\(s\): overview: RuntimeError: the spine art",
                        text)
    assert repeats and int(repeats.group(1)) >= 59  # each failed paint counted, not logged
    monkeypatch.undo()
    dialogs[0].close()
    window.navigation.step(1)  # the window still answers, and draws again once the bug is gone
    window.canvas.repaint()
    frame = window.canvas.grab().toImage()
    assert frame.pixel(frame.width() // 2, 30) != background


def test_a_failing_cached_layer_ends_its_painter_and_is_reported_once(
        window, qtbot, monkeypatch, log_file):
    from PySide6.QtCore import QRectF

    def broken_layer(painter):
        raise ValueError("a layer drawing bug")

    def art(painter, trajectory, t, ctx):
        ctx.cached_layer("test", "broken", QRectF(0, 0, 200, 100), broken_layer)

    monkeypatch.setattr(SCENES["overview"], "paint_art", art)
    for step in range(20):
        window.state.set_time(0.5 + step * 0.05)
        window.canvas.repaint()
    assert len(visible_dialogs(window)) == 1
    assert "a layer drawing bug" in log_file.read_text(encoding="utf-8")


def test_a_failing_presenter_overlay_gives_one_dialog_and_keeps_the_picture(
        window, qtbot, monkeypatch, log_file):
    def broken(*args):
        raise KeyError("caption")

    monkeypatch.setattr(window.presenter, "_paint_caption", broken)
    window.presenter.enter()
    try:
        for step in range(40):
            window.state.set_time(0.5 + step * 0.05)
            window.canvas.repaint()
        assert len(visible_dialogs(window)) == 1
        assert "presenter overlay" in visible_dialogs(window)[0].text()
        frame = window.canvas.grab().toImage()
        colours = {frame.pixel(x, frame.height() // 2) for x in range(0, frame.width(), 8)}
        assert len(colours) > 5  # the picture, not a plain frame
    finally:
        window.presenter.leave()


def test_a_slot_that_raises_gives_one_dialog_and_a_log_entry(window, qtbot, hooks, log_file):
    errors.install_error_handling(window)

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()

    def broken_slot():
        raise ValueError("slot bug")

    emitter.fired.connect(broken_slot)
    for _ in range(5):
        QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(visible_dialogs(window)) == 1, timeout=3000)
    qtbot.wait(50)  # the other four are handled too
    assert len(visible_dialogs(window)) == 1
    assert "slot bug" in visible_dialogs(window)[0].text()
    assert window.isVisible()
    REPEATS.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: slot bug" in text and text.count("Traceback") == 1


def test_an_exception_in_another_thread_is_shown_in_the_window(window, qtbot, hooks, log_file):
    errors.install_error_handling(window)

    def work():
        raise OSError("worker bug")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: any("worker bug" in box.text() for box in visible_dialogs(window)),
                    timeout=3000)
    assert "OSError: worker bug" in log_file.read_text(encoding="utf-8")


def test_the_log_rotates(log_file):
    errors.start_logging(max_bytes=2000, backups=3)
    for number in range(60):
        REPEATS.record(f"rotation test problem {number}", f"problem {number}: " + "x" * 200)
    names = sorted(p.name for p in log_file.parent.iterdir() if p.name.startswith(log_file.name))
    assert names == [log_file.name] + [f"{log_file.name}.{n}" for n in (1, 2, 3)]
    assert log_file.stat().st_size <= 2000
    errors.start_logging()


def test_quoted_html_is_shown_as_plain_text(window):
    window.report_problem("This lesson cannot be opened: field 'title': '<b>bold</b>'")
    box = visible_dialogs(window)[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in box.text()


def test_the_same_problem_twice_at_once_shows_one_dialog_and_again_after_it_closed(window):
    window.report_problem("Could not save /x: no space")
    window.report_problem("Could not save /x: no space")
    assert len(visible_dialogs(window)) == 1
    visible_dialogs(window)[0].close()
    window.report_problem("Could not save /x: no space")  # the user tried again: tell again
    assert len(visible_dialogs(window)) == 1


def test_help_shows_where_the_log_is(window):
    help_menu = window.menuBar().actions()[-1].menu()
    next(a for a in help_menu.actions() if a.text() == "Log files…").trigger()
    assert any(str(folders.log_folder()) in box.text() for box in visible_dialogs(window))


_CRASHING_SESSION = textwrap.dedent("""
    import faulthandler, sys
    from app.ui import errors, folders
    folders.redirect(sys.argv[1])
    errors.start_fault_log()
    faulthandler._sigsegv()
""")


def test_a_fatal_error_is_recorded_and_reported_at_the_next_start(window, qtbot, tmp_path):
    own = tmp_path / "own"
    crashed = subprocess.run([sys.executable, "-c", _CRASHING_SESSION, str(own)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode != 0
    folders.redirect(own)
    log_file = errors.start_logging()
    try:
        left = errors.start_fault_log()
        assert "Segmentation fault" in left
        assert "Segmentation fault" in log_file.read_text(encoding="utf-8")
        assert errors.start_fault_log() == ""  # told once: this session starts clean
    finally:
        errors.stop_fault_log()
        faulthandler.enable(sys.__stderr__)
    from app.ui.startup import after_start
    app = QApplication.instance()
    app._current_window = window
    after_start(app, crashed_before=True)
    qtbot.waitUntil(lambda: any("ended unexpectedly" in box.text()
                                for box in visible_dialogs(window)), timeout=3000)
    assert any(str(own / "logs") in box.text() for box in visible_dialogs(window))

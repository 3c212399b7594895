"""Fixtures for window tests: a window whose first simulation has arrived."""
import pytest
from PySide6.QtCore import QSettings

from app.ui.window import MainWindow


@pytest.fixture
def window(qtbot):
    QSettings().clear()  # every test starts from a first start
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.state.trajectory is not None, timeout=10000)
    qtbot.waitUntil(lambda: win._first_frame_done, timeout=10000)
    yield win
    win.state.set_playing(False)
    win.runner.wait()
    win.close()

"""Test configuration: Qt runs headless (offscreen) in every test, set before Qt loads."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English unless a test asks for Chinese (the app follows the locale).
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ[_variable] = "C.UTF-8"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the golden frames in tests/golden/frames (on purpose only)")


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication_for_the_whole_run(qapp, tmp_path_factory):
    """Create the QApplication first: otherwise an offscreen render (which makes a bare
    QGuiApplication) would leave the widget tests without one. Settings go to a temporary
    folder, never the user's own."""
    from PySide6.QtCore import QSettings

    from app.i18n import register_fonts
    register_fonts()
    qapp.setOrganizationName("ketamine-cascade-tests")
    qapp.setApplicationName("Ketamine Cascade tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    return qapp


@pytest.fixture
def window(qtbot, monkeypatch):
    """The main window from a first start, shown, with its first simulation painted. The
    other scenes' data is prepared at once (a real start waits a second, so as not to slow
    the window's first frame; tests/ui/test_scene_data_in_window.py covers that wait)."""
    from PySide6.QtCore import QSettings

    from app.ui import simulation
    from app.ui.window import MainWindow
    monkeypatch.setattr(simulation, "OTHER_SCENES_AFTER_MS", 0)
    QSettings().clear()  # every test starts from a first start
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.state.trajectory is not None, timeout=10000)
    qtbot.waitUntil(lambda: win.first_frame_done, timeout=10000)
    yield win
    win.state.set_playing(False)
    win.runner.wait()
    win.close()


@pytest.fixture(autouse=True)
def _own_files_elsewhere_and_no_waiting_questions(tmp_path_factory, monkeypatch):
    """Recovery copies and logs go to a fresh temporary folder. A window closed with
    unsaved work when a test ends discards it, and no crash copy is offered back, unless
    the test answers these questions itself: no test may wait on a modal dialog."""
    from app.ui import folders
    from app.ui.lessons import LessonController
    folders.redirect(tmp_path_factory.mktemp("own-files"))
    monkeypatch.setattr(LessonController, "ask_unsaved", lambda self: "discard")
    monkeypatch.setattr(LessonController, "ask_restore", lambda self, lesson, original: False)
    yield
    folders.redirect(None)

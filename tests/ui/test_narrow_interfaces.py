"""The window's controllers serve any host with the few methods they name: the lesson
controller and the export queue work without a main window around them."""
from PySide6.QtWidgets import QMainWindow

from app.export.requests import FrameRequest
from app.model import simulate
from app.scenes import SCENES
from app.scenes.settings import RenderSettings
from app.ui.export_job import ExportQueue
from app.ui.lessons import LessonController
from app.ui.state import AppState


class Host(QMainWindow):
    """Only what the protocols ask for: language, problems, title, status bar."""

    def __init__(self):
        super().__init__()
        self.problems, self.switched = [], []

    def current_language(self):
        return "en"

    def switch_language(self, lang, lesson=None, lesson_path=None):
        self.switched.append(lang)

    def report_problem(self, message):
        self.problems.append(message)


class Navigation:
    def __init__(self):
        self.beats = []

    def go_to_beat_key(self, key):
        self.beats.append(key)


class Look:
    settings = RenderSettings()


def test_a_lesson_controller_tells_its_host_title_and_problems(qtbot, tmp_path):
    host = Host()
    qtbot.addWidget(host)
    state = AppState(list(SCENES))
    lessons = LessonController(state, Navigation(), host, host)
    bad = tmp_path / "bad.lesson.json"
    bad.write_text("{", encoding="utf-8")
    assert not lessons.open(str(bad))
    assert "cannot be opened" in host.problems[0]
    lessons.set_note("overview", "start", "say hello")
    assert host.isWindowModified()
    lessons.apply(lessons.current().with_changes(language="zh_CN"), saved=False)
    assert host.switched == ["zh_CN"]


def test_an_export_queue_reports_to_its_host(qtbot, tmp_path):
    host = Host()
    qtbot.addWidget(host)
    state = AppState(list(SCENES))
    state.set_trajectory(simulate(state.scenario))
    queue = ExportQueue(state, host, Look(), host)
    job = queue.start(FrameRequest("overview", 1.0, tmp_path / "missing" / "f.png",
                                   size=(160, 90)), start=False)
    with qtbot.waitSignal(job.failed, timeout=20000):
        job.start()
    qtbot.waitUntil(lambda: bool(host.problems), timeout=5000)
    assert "Nothing was written" in host.problems[0]
    qtbot.waitUntil(lambda: queue.jobs == [], timeout=5000)  # forgotten once finished

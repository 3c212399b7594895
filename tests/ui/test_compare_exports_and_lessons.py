"""Compare mode in the window's exports and lessons (issue 13): the Export dialog exports
what the window shows, a comparison included, and a lesson saves and restores it.

The window's compare state (``state.comparison``, ``state.set_comparison``) is built in
parallel; until it is there these tests give the state a stand-in with the same names."""
import pytest
from PySide6.QtGui import QImage

from app.export.requests import DeckRequest, FrameRequest, HtmlRequest, PlotDataRequest
from app.model import Scenario
from app.story.comparison import Comparison
from app.story.lessons import Lesson
from app.ui.export_dialog import ExportDialog

ESKETAMINE = Comparison(Scenario(drug="esketamine", route="intranasal", dose_mg=56))


@pytest.fixture
def compare_state(window):
    """The window's state, which holds compare mode's scenario B."""
    return window.state


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_in_compare_mode_the_dialog_exports_the_comparison(window, compare_state, tmp_path):
    compare_state.set_comparison(ESKETAMINE)
    dialog = ExportDialog(compare_state, window.canvas.settings, window)
    built = {}
    for kind, fmt, name in (("frame", "png", "f.png"), ("deck", None, "d.pptx"),
                            ("html", None, "p.html"), ("plots", "csv", "p.csv")):
        choose(dialog.kind, kind)
        if fmt:
            choose(dialog.format, fmt)
        dialog.path.setText(str(tmp_path / name))
        built[kind] = dialog.request()
    assert isinstance(built["frame"], FrameRequest) and isinstance(built["deck"], DeckRequest)
    assert isinstance(built["html"], HtmlRequest)
    assert isinstance(built["plots"], PlotDataRequest)
    assert all(request.comparison == ESKETAMINE for request in built.values())


def test_outside_compare_mode_the_dialog_exports_the_single_view(window, compare_state,
                                                                   tmp_path):
    dialog = ExportDialog(compare_state, window.canvas.settings, window)
    dialog.path.setText(str(tmp_path / "frame.png"))
    assert dialog.request().comparison is None


def test_a_comparison_exports_in_the_background_with_b_in_the_file(window, qtbot, tmp_path):
    out = tmp_path / "ab.png"
    request = FrameRequest("glutamate-burst", 1.0, out, size=(320, 180), comparison=ESKETAMINE)
    job = window.exports.start(request, start=False)
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        job.thread.start()
    assert '"drug":"esketamine"' in QImage(str(out)).text("Compared with")


def test_a_lesson_restores_and_saves_the_windows_comparison(window, compare_state, qtbot,
                                                            tmp_path):
    path = tmp_path / "pair.lesson.json"
    Lesson(title="Two drugs", comparison=ESKETAMINE).save(path)
    assert window.lessons.open(str(path))
    assert compare_state.comparison == ESKETAMINE
    compare_state.set_comparison(None)
    window.lessons.path = tmp_path / "single.lesson.json"
    assert window.lessons.save(ask=False)
    assert Lesson.load(tmp_path / "single.lesson.json").comparison is None
    compare_state.set_comparison(ESKETAMINE)
    assert window.lessons.save(ask=False)
    assert Lesson.load(tmp_path / "single.lesson.json").comparison == ESKETAMINE

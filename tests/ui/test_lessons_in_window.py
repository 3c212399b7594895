"""Lessons in the window: open applies everything, bad files change nothing, notes kept."""
from PySide6.QtCore import QSettings

from app.model import Scenario
from app.story.lessons import Lesson


def test_opening_a_lesson_applies_scenario_scenes_start_and_theme(window, qtbot, tmp_path):
    lesson = Lesson(title="Week 3", scenario=Scenario(dose_mg=56.0),
                    scenes=("glutamate-burst", "overview", "hit-and-run"),
                    start_scene="glutamate-burst", start_beat="peak", theme="projector")
    path = tmp_path / "week3.lesson.json"
    lesson.save(path)
    assert window.lessons.open(str(path))
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.dose_mg == 56.0, timeout=5000)
    assert window.state.scene_ids == ["glutamate-burst", "overview", "hit-and-run"]
    assert window.navigator.count() == 3
    assert window.navigator.item(0).text().startswith("1  The glutamate burst")
    assert window.state.scene_id == "glutamate-burst"
    assert window.state.theme == "projector"
    assert str(path.resolve()) in QSettings().value("recent_lessons")
    window.navigation.jump_to_position(2)
    assert window.state.scene_id == "overview"


def test_a_corrupt_lesson_is_explained_and_changes_nothing(window, tmp_path, monkeypatch):
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    bad = tmp_path / "bad.lesson.json"
    bad.write_text('{"schema_version": 1, "scenes": ["overview", "nope"]', encoding="utf-8")
    before = (window.state.scenario, list(window.state.scene_ids), window.state.theme)
    assert not window.lessons.open(str(bad))
    assert problems and "cannot be opened" in problems[0]
    assert (window.state.scenario, list(window.state.scene_ids), window.state.theme) == before


def test_saving_keeps_the_scenario_in_use_and_the_lecturers_notes(window, qtbot, tmp_path):
    window.controls.dose.setValue(70.0)
    qtbot.waitUntil(lambda: window.state.scenario.dose_mg == 70.0, timeout=5000)
    window.presenter.show_notes()
    window.state.set_time(0.0)
    window.presenter.notes_window.refresh()
    window.presenter.notes_window.own_notes.setPlainText("Ask: why does the drug act first here?")
    window.lessons.path = tmp_path / "mine.lesson.json"
    assert window.lessons.save(ask=False)
    saved = Lesson.load(tmp_path / "mine.lesson.json")
    assert saved.scenario.dose_mg == 70.0
    assert saved.note("overview", "dose") == "Ask: why does the drug act first here?"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.lesson.json"]

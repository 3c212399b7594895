"""After a failed simulation the controls, the state and a saved lesson show the scenario
the picture shows: they never disagree."""
import app.model
from app.story.lessons import Lesson


def test_a_failed_simulation_reverts_the_controls_to_the_shown_scenario(window, qtbot,
                                                                        monkeypatch, tmp_path):
    shown = window.state.trajectory.scenario
    real = app.model.simulate

    def fails_for_77_mg(scenario):
        if scenario.dose_mg == 77:
            raise FloatingPointError("the solver diverged")
        return real(scenario)

    problems = []
    monkeypatch.setattr(app.model, "simulate", fails_for_77_mg)
    monkeypatch.setattr(window, "report_problem", problems.append)
    window.controls.dose.setValue(77)
    window.controls._commit()
    qtbot.waitUntil(lambda: bool(problems), timeout=10000)
    window.runner.wait()
    qtbot.waitUntil(lambda: not window.state.busy, timeout=10000)
    assert "the solver diverged" in problems[0]
    assert window.state.scenario == window.state.trajectory.scenario == shown
    assert window.controls.dose.value() == shown.dose_mg
    window.lessons.current().save(tmp_path / "lesson.json")  # what File > Save lesson writes
    assert Lesson.load(tmp_path / "lesson.json").scenario == shown


def test_a_later_good_edit_still_applies_after_a_failure(window, qtbot, monkeypatch):
    real = app.model.simulate

    def fails_for_77_mg(scenario):
        if scenario.dose_mg == 77:
            raise FloatingPointError("the solver diverged")
        return real(scenario)

    monkeypatch.setattr(app.model, "simulate", fails_for_77_mg)
    monkeypatch.setattr(window, "report_problem", lambda message: None)
    window.controls.dose.setValue(77)
    window.controls._commit()
    window.controls.dose.setValue(42)
    window.controls._commit()
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.dose_mg == 42, timeout=10000)
    window.runner.wait()
    assert window.state.scenario.dose_mg == 42 and window.controls.dose.value() == 42

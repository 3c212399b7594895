"""Each experiment preset in compare mode, as a lecturer presents it: the picture's two halves
differ in the scene where the paper's finding shows, where the model says A and B differ,
and for a blocker they are identical upstream of its target, where the model says the runs
are the same."""
import numpy as np
import pytest

from app.model import simulate
from app.scenes import prepare_scene_data
from app.story.experiments import EXPERIMENTS, model_outcome

from .test_compare import frame, halves


@pytest.fixture(scope="module")
def preset_runs():
    """Each preset's A and B, simulated and prepared once."""
    made = {}
    for experiment in EXPERIMENTS.values():
        runs = {}
        for key, scenario in (("a", experiment.a), ("b", experiment.b)):
            run = simulate(scenario)
            runs[key] = (run, prepare_scene_data(run))
        made[experiment.id] = runs
    return made


def differing_share(runs, scene_id, t) -> float:
    left, right = halves(frame(runs, scene_id, t, b="b", size=(1600, 900)))
    return (np.abs(left.astype(int) - right.astype(int)).max(axis=2) > 24).mean()


@pytest.mark.parametrize("experiment_id", list(EXPERIMENTS))
def test_the_halves_differ_where_the_finding_shows_if_the_model_gives_a_difference(
        preset_runs, experiment_id):
    """Li 2010, Abdallah 2020, Maeng 2008, Autry 2011, Lepack 2015, Moghaddam 1997, Zarate
    2006, Zhang 2014, Singh 2016: the preset's checked scene at its checked time."""
    experiment = EXPERIMENTS[experiment_id]
    check = experiment.check
    assert model_outcome(experiment) != "similar"  # each preset compares runs that part
    assert differing_share(preset_runs[experiment_id], check.scene, check.time_h) > 0.002


@pytest.mark.parametrize("experiment_id", [key for key, e in EXPERIMENTS.items()
                                           if e.a.with_changes(blockers=e.b.blockers) == e.b])
def test_a_blocker_leaves_the_halves_identical_upstream_of_its_target(preset_runs,
                                                                      experiment_id):
    """A blocker acts downstream of the NMDA block: the interneurons are silenced alike."""
    assert differing_share(preset_runs[experiment_id], "interneuron-blockade", 0.5) == 0.0


def test_the_frame_names_the_experiment_it_shows_and_the_human_trial_by_its_id(preset_runs):
    """Li 2010 and Abdallah 2020 compare the same two scenarios: the preset chosen names the
    frame; without one, the first preset that A and B are; a lecturer's own B, none."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage

    from app.scenes import SCENES
    from app.scenes.compare import paint_comparison
    from app.scenes.layout import PaintRecord
    from app.scenes.painting import painter_on
    from app.scenes.settings import RenderSettings

    (run_a, data_a), (run_b, data_b) = (preset_runs["rapamycin-people"][key]
                                        for key in ("a", "b"))

    def texts(experiment, b=run_b, b_data=data_b):
        record, image = PaintRecord(), QImage(800, 450, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.black)
        with painter_on(image) as painter:
            paint_comparison(painter, SCENES["hit-and-run"], run_a, b, 24.0,
                             QRectF(0, 0, 800, 450), RenderSettings(size=(800, 450)), data_a,
                             b_data, record=record, experiment=experiment)
        return " ".join(item.text for item in record.texts)

    assert "Experiment: Rapamycin does not block ketamine in people (Abdallah 2020)" in texts(
        "rapamycin-people")
    assert "Experiment: Rapamycin blocks ketamine in rats (Li 2010)" in texts("")
    own = simulate(EXPERIMENTS["rapamycin-people"].b.with_changes(dose_mg=50.0))
    assert "Experiment:" not in texts("", own, prepare_scene_data(own))


def test_scene_2_says_when_both_halves_draw_its_own_pair_of_courses(preset_runs):
    """Scene 2 sets an SSRI course beside the rapid drug whichever is the lecturer's, so with
    SSRI versus ketamine its two halves are the same picture: the frame says so, and that the
    rows compare A and B (Zarate 2006, Trivedi 2006)."""
    from app.scenes.layout import PaintRecord
    record = PaintRecord()
    frame(preset_runs["ssri-weeks"], "two-timescales", 24.0, b="b", size=(1600, 900),
          record=record)
    assert any("same two courses" in item.text for item in record.texts)
    assert differing_share(preset_runs["ssri-weeks"], "two-timescales", 24.0) == 0.0
    record = PaintRecord()
    frame(preset_runs["rapamycin-rats"], "two-timescales", 24.0, b="b", size=(1600, 900),
          record=record)
    assert not any("same two courses" in item.text for item in record.texts)

"""The per-scene story (beats and captions) lives in the Qt-free layer ``app.story``: it
runs with Qt unimportable, and every scene's beats are in time order inside its window
whatever the lecturer chooses, labelled in the language asked for."""
import re
import subprocess
import sys
import textwrap

import pytest

from app.model import Scenario, simulate
from app.scenes import SCENES

STORY_MODULES = ("overview", "two_timescales", "interneuron_blockade", "glutamate_burst",
                 "bdnf_mtor", "spine_growth", "hit_and_run", "other_hypotheses")

SCENARIOS = {
    "no drug": Scenario(drug="none"),
    "SSRI": Scenario(drug="ssri", route="oral", dose_mg=10.0, n_doses=14,
                     dose_interval_h=24.0, horizon_h=14 * 24.0),
    "NBQX": Scenario(blockers={"nbqx"}),
    "esketamine regimen": Scenario(drug="esketamine", route="intranasal", dose_mg=84.0,
                                   n_doses=8, dose_interval_h=84.0, horizon_h=5 * 168.0),
}


def test_every_scene_story_runs_with_qt_unimportable():
    code = textwrap.dedent(f"""
        import importlib, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):
                    raise ImportError('Qt is forbidden in app.story: ' + name)
        sys.meta_path.insert(0, Block())
        from app.model import Scenario, simulate
        run = simulate(Scenario(blockers={{"rapamycin"}}))
        ssri = simulate(Scenario(drug="ssri", route="oral", dose_mg=10.0, n_doses=42,
                                 dose_interval_h=24.0, horizon_h=1008.0))
        as_written = lambda text: text
        for name in {STORY_MODULES!r}:
            story = importlib.import_module("app.story.scenes." + name)
            if name == "two_timescales":
                beats = story.beats(ssri, run, (0.0, 1008.0), as_written)
                text = story.caption(ssri, run, beats[-1].t, as_written)
            elif name == "other_hypotheses":
                beats = story.beats(run, (0.0, 336.0), as_written)
                text = story.caption(run, beats[-1].t, (0.0, 336.0), as_written)
            else:
                beats = story.beats(run, (0.0, 336.0), as_written)
                text = story.caption(run, beats[-1].t, as_written)
            assert beats and text, name
        from app.story.evidence import beat_evidence_lines
        assert beat_evidence_lines("overview", "dose", run.scenario, as_written)
        assert not any(m.startswith(('PySide6', 'pyqtgraph', 'app.scenes', 'app.ui', 'app.i18n'))
                       for m in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module", params=list(SCENARIOS))
def run(request):
    return simulate(SCENARIOS[request.param])


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_beats_are_in_time_order_inside_the_scene_window(scene_id, run):
    scene = SCENES[scene_id]
    t0, t1 = scene.window_for(run)
    beats = scene.beats(run)
    times = [beat.t for beat in beats]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert all(t0 <= t <= t1 for t in times), (times, (t0, t1))
    assert len({beat.key for beat in beats}) == len(beats)


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_beats_and_captions_speak_the_language_asked_for(scene_id):
    run = simulate()
    scene = SCENES[scene_id]
    english, chinese = scene.beats(run, "en"), scene.beats(run, "zh_CN")
    assert [(b.key, b.t) for b in english] == [(b.key, b.t) for b in chinese]
    assert all(re.search(r"[\u4e00-\u9fff]", beat.label) for beat in chinese)
    assert not any(re.search(r"[\u4e00-\u9fff]", beat.label) for beat in english)
    t = english[-1].t
    assert re.search(r"[\u4e00-\u9fff]", scene.caption(run, t, "zh_CN"))
    assert not re.search(r"[\u4e00-\u9fff]", scene.caption(run, t, "en"))

"""Every registered scene keeps the rendering contract: beats, non-blank pure frames."""
import pytest

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from tests.scenes.helpers import is_blank

SIZE = (480, 270)
EXPECTED_ORDER = ["overview", "two-timescales", "interneuron-blockade", "glutamate-burst",
                  "bdnf-mtor", "spine-growth", "hit-and-run", "other-hypotheses",
                  "dose-window"]


def test_scenes_are_registered_in_teaching_order():
    assert list(SCENES) == EXPECTED_ORDER
    assert [scene.number for scene in SCENES.values()] == list(range(1, len(EXPECTED_ORDER) + 1))


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_scene_declares_its_contract(scene_id, default_run):
    scene = SCENES[scene_id]
    assert scene.id == scene_id and scene.title and scene.subtitle
    assert scene.scale in ("linear", "log")
    assert scene.window[1] > scene.window[0]
    assert scene.plots and all(name in default_run for name in scene.plots)
    beats = scene.beats(default_run)
    assert len(beats) >= 3
    times = [b.t for b in beats]
    assert times == sorted(times)
    t0, t1 = scene.window_for(default_run)
    assert all(t0 <= t <= t1 for t in times)


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_every_beat_renders_a_non_blank_frame_with_a_caption(scene_id, default_run, qapp):
    scene = SCENES[scene_id]
    for beat in scene.beats(default_run):
        assert not is_blank(render_frame(scene_id, default_run, beat.t, SIZE))
        caption = scene.caption(default_run, beat.t)
        assert isinstance(caption, str) and len(caption) > 20


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_frames_are_pure_functions_of_time(scene_id, default_run, qapp):
    beats = SCENES[scene_id].beats(default_run)
    early, late = beats[1].t, beats[-1].t
    fresh = render_frame(scene_id, default_run, early, SIZE)
    render_frame(scene_id, default_run, late, SIZE)
    assert render_frame(scene_id, default_run, early, SIZE) == fresh


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_frames_change_when_the_dose_changes(scene_id, default_run, qapp):
    beat = SCENES[scene_id].beats(default_run)[1]
    doubled = simulate(Scenario(dose_mg=70.0))
    assert (render_frame(scene_id, default_run, beat.t, SIZE)
            != render_frame(scene_id, doubled, beat.t, SIZE))


@pytest.mark.parametrize("scenario", [
    Scenario(drug="none"), Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=3),
    Scenario(blockers={"nbqx", "trkb_antagonist", "rapamycin"}), Scenario(stress=0.0),
    Scenario(dose_mg=700, infusion_min=1), Scenario(horizon_h=1.0),
], ids=["none", "ssri", "all-blockers", "healthy", "anaesthetic", "one-hour"])
def test_every_scene_draws_unusual_scenarios(scenario, qapp):
    trajectory = simulate(scenario)
    for scene_id, scene in SCENES.items():
        for beat in scene.beats(trajectory)[:3]:
            render_frame(scene_id, trajectory, beat.t, SIZE)
        assert scene.caption(trajectory, scene.window_for(trajectory)[1])


def test_render_frame_rejects_bad_requests(default_run, qapp):
    from app.export import ExportError
    with pytest.raises(ExportError, match="overview"):
        render_frame("nope", default_run, 1.0)
    with pytest.raises(ExportError, match="16 to 7680"):
        render_frame("overview", default_run, 1.0, (0, 1080))
    with pytest.raises(ExportError, match="16 to 7680"):
        render_frame("overview", default_run, 1.0, (100000, 1080))
    with pytest.raises(ExportError, match="dark"):
        render_frame("overview", default_run, 1.0, theme="neon")


def test_transparent_frames_keep_the_background_clear(default_run, qapp):
    image = render_frame("overview", default_run, 1.0, SIZE, transparent=True)
    assert image.pixelColor(2, 2).alpha() == 0
    opaque = render_frame("overview", default_run, 1.0, SIZE)
    assert opaque.pixelColor(2, 2).alpha() == 255


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_every_scene_renders_in_both_languages_and_they_differ(scene_id, default_run, qapp):
    beat = SCENES[scene_id].beats(default_run)[1]
    english = render_frame(scene_id, default_run, beat.t, SIZE, lang="en")
    chinese = render_frame(scene_id, default_run, beat.t, SIZE, lang="zh_CN")
    assert not is_blank(chinese)
    assert english != chinese
    # the language of one frame does not leak into the next
    assert render_frame(scene_id, default_run, beat.t, SIZE, lang="en") == english


def test_overview_gives_no_beat_to_a_link_that_hardly_moves():
    """An anaesthetic bolus lowers glutamate and leaves mTOR and spines at rest; an SSRI's
    mTOR stays at rest (its slow path bypasses mTOR)."""
    overview = SCENES["overview"]
    bolus = {beat.key for beat in overview.beats(simulate(Scenario(dose_mg=140, infusion_min=1)))}
    assert "glutamate-low" in bolus and "glutamate-peak" not in bolus
    assert "mtor-peak" not in bolus and "spine-peak" not in bolus
    ssri = simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=14,
                             dose_interval_h=24))
    assert "mtor-peak" not in {beat.key for beat in overview.beats(ssri)}
    default = {beat.key for beat in overview.beats(simulate())}
    assert {"glutamate-peak", "mtor-peak", "spine-peak"} <= default

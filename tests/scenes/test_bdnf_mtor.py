"""Scene 5 (bdnf-mtor): beats from the trajectory, frames that follow the model, and a
rapamycin block that keeps mTOR dark while everything upstream still moves."""
import pytest
from PySide6.QtCore import QRect, QRectF

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.bdnf_mtor import BDNF_REGION, MTOR_REGION, translation_progress

SCENE_ID = "bdnf-mtor"
SIZE = (960, 540)                 # half of 1080p: logical canvas x 0.6


@pytest.fixture(scope="module")
def rapamycin_run():
    return simulate(Scenario(blockers={"rapamycin"}))


def scene():
    return SCENES[SCENE_ID]


def beat_time(trajectory, key):
    return next(beat.t for beat in scene().beats(trajectory) if beat.key == key)


def pixels(region: QRectF) -> QRect:
    scale = SIZE[0] / 1600
    return QRect(int(region.x() * scale), int(region.y() * scale),
                 int(region.width() * scale), int(region.height() * scale))


def brightness(image, region: QRectF) -> float:
    crop = image.copy(pixels(region))
    values = [crop.pixelColor(x, y).lightnessF() for x in range(0, crop.width(), 2)
              for y in range(0, crop.height(), 2)]
    return sum(values) / len(values)


def test_default_run_has_at_least_three_beats_in_order_inside_the_window(default_run):
    beats = scene().beats(default_run)
    times = [beat.t for beat in beats]
    t0, t1 = scene().window_for(default_run)
    assert len(beats) >= 3
    assert times == sorted(times)
    assert all(t0 <= t <= t1 for t in times)
    assert [b.key for b in beats][:4] == ["ampa-peak", "brake-released", "trkb-peak", "mtor-peak"]


def test_beat_times_move_with_the_dose(default_run):
    doubled = simulate(Scenario(dose_mg=70.0))
    assert beat_time(doubled, "mtor-peak") != beat_time(default_run, "mtor-peak")
    assert beat_time(doubled, "ampa-peak") != beat_time(default_run, "ampa-peak")


def test_frames_at_two_beats_are_drawn_and_differ(default_run, qapp):
    beats = scene().beats(default_run)
    first = render_frame(SCENE_ID, default_run, beats[0].t, SIZE)
    last = render_frame(SCENE_ID, default_run, beats[-1].t, SIZE)
    small = first.scaled(48, 27)
    colours = {small.pixel(x, y) for x in range(48) for y in range(27)}
    assert len(colours) > 20
    assert first != last


def test_mtor_lights_up_without_a_blocker(default_run, qapp):
    t = beat_time(default_run, "mtor-peak")
    rest = render_frame(SCENE_ID, default_run, 0.0, SIZE)
    peak = render_frame(SCENE_ID, default_run, t, SIZE)
    assert brightness(peak, MTOR_REGION) > brightness(rest, MTOR_REGION) + 0.03


def test_rapamycin_keeps_mtor_dark_while_bdnf_still_changes(default_run, rapamycin_run, qapp):
    t = beat_time(default_run, "mtor-peak")
    rest = render_frame(SCENE_ID, rapamycin_run, 0.0, SIZE)
    blocked = render_frame(SCENE_ID, rapamycin_run, t, SIZE)
    assert brightness(blocked, MTOR_REGION) <= brightness(rest, MTOR_REGION) + 0.002
    assert blocked.copy(pixels(BDNF_REGION)) != rest.copy(pixels(BDNF_REGION))


def test_caption_names_the_blocker_and_the_numbers_of_the_moment(default_run, rapamycin_run):
    t = beat_time(default_run, "mtor-peak")
    values = default_run.at(t)
    assert f"×{values['mtor_activity']:.2f}" in scene().caption(default_run, t)
    assert "rapamycin" in scene().caption(rapamycin_run, t)
    trkb_blocked = simulate(Scenario(blockers={"trkb_antagonist"}))
    assert "TrkB antagonist" in scene().caption(trkb_blocked, t)


def test_blocked_links_leave_no_beats_downstream(rapamycin_run):
    keys = [beat.key for beat in scene().beats(rapamycin_run)]
    assert "mtor-peak" not in keys and "blocks-made" not in keys
    assert "trkb-peak" in keys


def test_translation_progress_accumulates_only_while_the_brake_is_off(default_run):
    assert translation_progress(default_run, 0.0) == pytest.approx(0.0, abs=1e-9)
    early, late = translation_progress(default_run, 1.0), translation_progress(default_run, 6.0)
    assert 0 < early < late
    nbqx = simulate(Scenario(blockers={"nbqx"}))
    assert translation_progress(nbqx, 6.0) == pytest.approx(0.0, abs=1e-6)

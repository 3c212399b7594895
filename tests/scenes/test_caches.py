"""Caches are bounded in bytes: a long lecture at 4K must not fill the memory."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.export import render_frame
from app.model import Scenario, Trajectory, simulate
from app.scenes import SCENES, companions, prepare_scene_data
from app.scenes.caches import (
    COMPANION_BYTES,
    MIB,
    PICTURE_BYTES,
    PICTURE_CACHES,
    BoundedCache,
    ImageCache,
    picture_bytes,
)

from .helpers import pixels


def image_of(mebibytes: float) -> QImage:
    """A blank image of about ``mebibytes`` MiB (4 bytes a pixel)."""
    side = int((mebibytes * MIB / 4) ** 0.5)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def test_the_least_recently_used_images_go_when_the_bytes_run_out(qapp):
    cache = ImageCache(10 * MIB)
    PICTURE_CACHES.remove(cache)  # a test cache, not one of the app's
    for key in "abc":
        cache.get(key, lambda: image_of(3))
    cache.get("a", lambda: None)  # a is used again, so b is now the oldest
    cache.get("d", lambda: image_of(3))
    assert cache.bytes_held <= 10 * MIB
    kept = {key for key in "abcd" if key in cache._items}
    assert kept == {"a", "c", "d"}


def test_an_image_larger_than_the_bound_is_returned_but_not_kept_and_flushes_nothing(qapp):
    cache = ImageCache(4 * MIB)
    PICTURE_CACHES.remove(cache)
    cache.get("small", lambda: image_of(1))
    huge = cache.get("huge", lambda: image_of(6))
    assert huge.sizeInBytes() > 4 * MIB
    assert "huge" not in cache._items and "small" in cache._items


def test_keep_at_least_keeps_the_newest_values_beyond_the_bound():
    cache = BoundedCache(10, len, keep_at_least=2)
    for key, value in (("a", "x" * 8), ("b", "y" * 8), ("c", "z" * 8)):
        cache.get(key, lambda v=value: v)
    assert list(cache._items) == ["b", "c"]
    assert cache.bytes_held == 16


def test_the_picture_caches_add_up_to_72_mib():
    assert PICTURE_BYTES == 72 * MIB
    assert sum(cache.max_bytes for cache in PICTURE_CACHES) == PICTURE_BYTES


def test_a_4k_pass_over_every_scene_stays_within_the_bounds_and_frames_do_not_change(
        qapp, default_run):
    first_scene = next(iter(SCENES))
    first_t = SCENES[first_scene].beats(default_run)[-1].t
    first = render_frame(first_scene, default_run, first_t, size=(3840, 2160))
    drawn, largest = {}, 0  # every image the caches took in: (cache, key) -> bytes
    for theme in ("dark", "projector"):
        for scene_id, scene in SCENES.items():
            for beat in (scene.beats(default_run)[0], scene.beats(default_run)[-1]):
                render_frame(scene_id, default_run, beat.t, size=(3840, 2160), theme=theme)
                largest = max(largest, picture_bytes())
                for number, cache in enumerate(PICTURE_CACHES):
                    assert cache.bytes_held <= cache.max_bytes
                    drawn.update({(number, key): size for key, (_, size) in cache._items.items()})
    assert largest <= PICTURE_BYTES
    assert sum(drawn.values()) > 2 * PICTURE_BYTES  # far more than the bound was drawn
    again = render_frame(first_scene, default_run, first_t, size=(3840, 2160))
    assert (pixels(again) == pixels(first)).all()


def test_companion_runs_keep_to_their_bound_over_many_scenarios(qapp):
    for dose in (20.0, 30.0, 40.0, 50.0, 60.0, 70.0):
        run = simulate(Scenario(dose_mg=dose))
        for scene_id in ("two-timescales", "hit-and-run"):
            render_frame(scene_id, run, SCENES[scene_id].beats(run)[-1].t, size=(480, 270))
        assert companions.RUNS.bytes_held <= COMPANION_BYTES
    assert len(companions.RUNS) >= 3  # what the last frame needed is still there


def test_the_prepared_data_of_one_run_for_every_scene_stays_small(qapp):
    """Every scene's data is prepared ahead for the run on screen, and while a new scenario is
    prepared the old one's lives too: weeks-long companion runs are held thinned."""
    data = prepare_scene_data(simulate(Scenario(dose_mg=41.0)))
    companion_runs = {id(value): value for prepared in data.scenes.values()
                      for value in prepared.values() if isinstance(value, Trajectory)}
    assert len(companion_runs) >= 5
    held = sum(companions.trajectory_bytes(run) for run in companion_runs.values())
    assert held < 8 * 2**20

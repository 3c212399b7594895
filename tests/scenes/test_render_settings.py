"""Render settings are passed explicitly and painting only reads: no thread keeps a
language, reduce motion or evidence setting, a paint changes nothing it is given, and the
comparison scenes' companion runs are computed before painting, never during it."""
import threading

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES, companions, paint_scene, prepare_scene_data
from app.scenes.paint import SceneDataMissing
from app.scenes.settings import RenderSettings

SIZE = (320, 180)
COMPARISON_SCENES = ("two-timescales", "hit-and-run", "bdnf-mtor")


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width() * 4].copy()


def painted(scene_id, trajectory, t, settings, data, size=SIZE) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_scene(painter, SCENES[scene_id], trajectory, t, QRectF(0, 0, *size), settings,
                    data)
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("scene_id", COMPARISON_SCENES)
def test_painting_a_comparison_scene_never_simulates(scene_id, qapp, monkeypatch):
    # a scenario no other test uses, so nothing of it is cached before it is prepared
    run = simulate(Scenario(stress=0.61, body_weight_kg=66.0))
    data = prepare_scene_data(run, [scene_id])
    t = SCENES[scene_id].beats(run)[-1].t
    companions.RUNS.clear()  # any companion run the paint asked for would be simulated

    def no_simulation(*_args, **_kwargs):
        raise AssertionError("painting simulated")
    monkeypatch.setattr(companions, "simulate", no_simulation)
    monkeypatch.setattr("app.model.simulate", no_simulation)
    image = painted(scene_id, run, t, RenderSettings(), data)
    assert pixels(image).any()


def test_a_comparison_scene_without_its_data_is_refused_not_simulated(qapp):
    run = simulate(Scenario())
    with pytest.raises(SceneDataMissing):
        painted("two-timescales", run, 24.0, RenderSettings(), None)
    other_run = prepare_scene_data(simulate(Scenario(dose_mg=20.0)), ["two-timescales"])
    with pytest.raises(SceneDataMissing):  # data of another trajectory
        painted("two-timescales", run, 24.0, RenderSettings(), other_run)


def test_painting_changes_neither_the_settings_nor_the_next_frame(qapp, default_run):
    settings = RenderSettings(lang="zh_CN", reduce_motion=True, evidence=True, text_zoom=1.2)
    copy = RenderSettings(lang="zh_CN", reduce_motion=True, evidence=True, text_zoom=1.2)
    data = prepare_scene_data(default_run, ["overview"])
    alone = pixels(painted("overview", default_run, 2.0, settings, data))
    painted("overview", default_run, 2.0, settings, data, size=(1280, 720))  # another scale
    assert settings == copy
    assert (pixels(painted("overview", default_run, 2.0, settings, data)) == alone).all()
    with pytest.raises(AttributeError):
        settings.lang = "en"


def test_the_settings_decide_the_language_and_the_motion_of_a_frame(qapp, default_run):
    english = pixels(render_frame("glutamate-burst", default_run, 0.75, SIZE))
    chinese = render_frame("glutamate-burst", default_run, 0.75,
                           settings=RenderSettings(lang="zh_CN", size=SIZE))
    assert (pixels(chinese) != english).any()
    assert (pixels(render_frame("glutamate-burst", default_run, 0.75, SIZE, "zh_CN"))
            == pixels(chinese)).all()


def test_exports_in_two_languages_and_motions_at_once_match_one_at_a_time(qapp, default_run):
    jobs = {("en", False): [], ("zh_CN", True): []}
    scenes = ("two-timescales", "glutamate-burst", "overview", "hit-and-run")

    def frames(lang, calm):
        return [pixels(render_frame(scene_id, default_run, 5.0, SIZE, lang, reduce_motion=calm,
                                    evidence=calm)) for scene_id in scenes for _ in range(3)]

    alone = {key: frames(*key) for key in jobs}
    start = threading.Barrier(len(jobs))

    def work(key):
        start.wait()
        jobs[key].extend(frames(*key))
    threads = [threading.Thread(target=work, args=(key,)) for key in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for key, images in jobs.items():
        assert len(images) == len(alone[key])
        assert all((a == b).all() for a, b in zip(images, alone[key])), key
    assert any((a != b).any() for a, b in zip(alone[("en", False)], alone[("zh_CN", True)]))

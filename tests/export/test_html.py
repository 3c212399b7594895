"""The HTML player file: one self-contained page whose pictures are the app's frames and
whose captions are the app's captions; what a browser does with it is tested in
test_html_browser.py."""
import re

import pytest
from PySide6.QtGui import QImage

from app.export.export import run
from app.export.files import encoded_image
from app.export.html import WEBP_QUALITY
from app.export.render import ExportError, render_frame
from app.export.requests import HtmlRequest
from app.scenes import SCENES
from app.scenes.base import caption_text
from app.story.timeline import SceneTimeline
from tests.export.html_player import image_bytes, player_data

SIZE = (320, 180)


@pytest.fixture(scope="module")
def bilingual(trajectory, tmp_path_factory):
    """A two-scene player in both languages, Chinese first."""
    out = tmp_path_factory.mktemp("html") / "lesson.html"
    run(HtmlRequest(("glutamate-burst", "overview"), out, SIZE, ("zh_CN", "en")), trajectory)
    return out


def test_the_page_loads_nothing_from_outside(bilingual):
    page = bilingual.read_text(encoding="utf-8")
    assert ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'") in page
    assert not re.search(r"""(src|href)\s*=\s*["'](?!data:)""", page)
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_every_picture_is_the_apps_frame_at_that_time(bilingual, trajectory):
    data = player_data(bilingual)
    for scene in data["scenes"]:
        for lang in ("zh_CN", "en"):
            for frame in (0, scene["beats"][1], len(scene["hours"]) - 1):
                image = render_frame(scene["id"], trajectory, scene["hours"][frame], SIZE, lang)
                expected = encoded_image(image.convertToFormat(QImage.Format.Format_RGB32),
                                         "WEBP", WEBP_QUALITY)
                embedded = data["images"][scene["text"][lang]["images"][frame]]
                assert image_bytes(embedded) == expected


def test_each_beat_has_its_frame_its_label_and_the_apps_caption(bilingual, trajectory):
    data = player_data(bilingual)
    for scene in data["scenes"]:
        beats = SceneTimeline(SCENES[scene["id"]], trajectory, "en").beats
        words = scene["text"]["en"]
        assert words["beats"] == [beat.label for beat in beats]
        for beat, frame in zip(beats, scene["beats"]):
            assert scene["hours"][frame] == pytest.approx(beat.t)
            shown = words["captions"][words["caption_of"][frame]]
            assert shown == caption_text(SCENES[scene["id"]], trajectory, beat.t, "en")


def test_frames_crowd_around_beats(bilingual, trajectory):
    scene = player_data(bilingual)["scenes"][0]
    positions = scene["frames"]
    gaps = [b - a for a, b in zip(positions, positions[1:])]
    near_beat = [gaps[frame - 1] for frame in scene["beats"] if frame > 0]
    assert positions == sorted(positions) and positions[0] == 0 and positions[-1] == 1
    assert max(near_beat) < max(gaps) / 2


def test_the_scenes_come_in_the_order_asked_with_both_languages(bilingual):
    data = player_data(bilingual)
    assert [s["id"] for s in data["scenes"]] == ["glutamate-burst", "overview"]
    assert data["languages"] == ["zh_CN", "en"]
    assert '<html lang="zh-CN">' in bilingual.read_text(encoding="utf-8")
    burst = data["scenes"][0]["text"]
    assert burst["zh_CN"]["title"] != burst["en"]["title"]
    assert burst["zh_CN"]["images"] != burst["en"]["images"]  # the pictures hold words


def test_provenance_is_in_the_page(bilingual, trajectory):
    page = bilingual.read_text(encoding="utf-8")
    assert '<meta name="generator" content="Ketamine Cascade' in page
    assert 'name="ketamine-cascade:scenario"' in page
    data = player_data(bilingual)
    assert '"drug":"ketamine"' in data["text"]["en"]["scenario_json"]
    assert any("Ketamine 35 mg" in line for line in data["text"]["en"]["provenance"])


def test_a_caption_cannot_end_the_data_block():
    from app.export.html_page import script_json
    assert "</script>" not in script_json({"caption": "a </script><script>alert(1)"})


def test_a_lesson_numbers_the_scenes_by_its_steps(trajectory, tmp_path):
    out = tmp_path / "lesson.html"
    run(HtmlRequest(("hit-and-run", "overview"), out, (160, 90), title="Week 3",
                    lesson_scenes=("hit-and-run", "overview")), trajectory)
    data = player_data(out)
    assert [s["number"] for s in data["scenes"]] == [1, 2]
    assert data["text"]["en"]["title"] == "Week 3"


@pytest.mark.parametrize(("arguments", "code"), [
    (dict(scene_ids=()), "export.html_no_scenes"),
    (dict(scene_ids=("nowhere",)), "export.unknown_scene"),
    (dict(scene_ids=("overview",), size=(3840, 2160)), "export.html_too_large"),
    (dict(scene_ids=("overview",), languages=("fr",)), "export.unknown_language"),
])
def test_impossible_requests_say_why(arguments, code, tmp_path):
    with pytest.raises(ExportError) as caught:
        HtmlRequest(out=tmp_path / "x.html", **arguments)
    assert caught.value.code == code


def test_a_cancelled_export_leaves_nothing(trajectory, tmp_path):
    from app.export.progress import ExportCancelled
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        run(HtmlRequest(("overview",), tmp_path / "x.html", (160, 90)), trajectory,
            cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []

"""Presenter mode and slides are read from the back of a lecture hall: at 1920x1080 no
text is under 28 px, and each caption fits in two lines, for every scene at every beat in
both languages.

Text sizes are measured where they reach the screen: every ``QPainter.drawText`` call is
recorded with its font's pixel size times the painter's scale to device pixels, whether
drawn directly or into a cached layer or glyph stamp (the caches are emptied first, so every
cached text is drawn again).
"""
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.model import Scenario, simulate
from app.scenes import SCENES, art_dendrite, paint_scene, prepare_scene_data
from app.scenes.base import caption_text
from app.scenes.settings import LAYERS, RenderSettings
from app.story.catalogue import LANGUAGES
from app.ui.presenter import CAPTION_BAND, caption_lines

SCREEN = QRectF(0, 0, 1920, 1080)
#: Where presenter mode paints the picture: above the band kept for captions.
PICTURE = QRectF(0, 0, 1920, 1080 * (1 - CAPTION_BAND))
HALL_MIN_PX = 28

_RUN = simulate(Scenario())
_DATA = prepare_scene_data(_RUN, list(SCENES))
CASES = [(scene_id, beat.t, lang) for scene_id, scene in SCENES.items()
         for beat in scene.beats(_RUN) for lang in LANGUAGES]
IDS = [f"{scene_id}-{t:.3g}h-{lang}" for scene_id, t, lang in CASES]


@pytest.fixture
def text_sizes(monkeypatch):
    """Every text drawn meanwhile, as (device pixel size, text)."""
    drawn = []
    original = QPainter.drawText

    def recording(painter, *args):
        text = next((a for a in args if isinstance(a, str)), "")
        pixels = painter.font().pixelSize() * painter.deviceTransform().m22()
        if text.strip():
            drawn.append((round(pixels, 1), text))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    LAYERS.clear()
    art_dendrite._STAMPS.clear()
    return drawn


def painted(scene_id: str, t: float, settings: RenderSettings) -> None:
    image = QImage(int(SCREEN.width()), int(SCREEN.height()),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    try:
        paint_scene(painter, SCENES[scene_id], _RUN, t, PICTURE, settings, _DATA)
    finally:
        painter.end()


@pytest.mark.parametrize("scene_id, t, lang", CASES, ids=IDS)
def test_no_text_of_a_presented_scene_is_under_28_px_at_1080p(scene_id, t, lang, text_sizes,
                                                              qapp):
    painted(scene_id, t, RenderSettings(lang=lang, hall_type=True))
    assert len(text_sizes) >= 5  # the title bar and the legend at least
    small = sorted({(size, text) for size, text in text_sizes if size < HALL_MIN_PX - 0.5})
    assert not small, f"text under {HALL_MIN_PX} px: {small[:8]}"


def test_the_window_keeps_its_smaller_type(text_sizes, qapp):
    """Outside presenter mode the picture keeps its detailed labels at their usual size."""
    painted("glutamate-burst", 0.75, RenderSettings())
    window_sizes = [size for size, _ in text_sizes]
    text_sizes.clear()
    LAYERS.clear()
    painted("glutamate-burst", 0.75, RenderSettings(hall_type=True))
    assert min(window_sizes) < HALL_MIN_PX <= min(size for size, _ in text_sizes)


@pytest.mark.parametrize("scene_id, t, lang", CASES, ids=IDS)
def test_a_presenter_caption_fits_in_two_lines_at_1080p(scene_id, t, lang, qapp):
    text = caption_text(SCENES[scene_id], _RUN, t, lang)
    assert caption_lines(text, SCREEN) <= 2, text


def test_a_long_caption_is_counted_as_more_lines(qapp):
    """The line count is real: three captions' worth of text takes more than two lines."""
    text = caption_text(SCENES["hit-and-run"], _RUN, 40.0, "en")
    assert caption_lines(text, SCREEN) <= 2 < caption_lines(" ".join([text] * 3), SCREEN)


def test_slides_get_the_halls_type_and_other_sizes_the_windows(tmp_path):
    from app.export.render import request_settings
    from app.export.requests import FrameRequest
    slide = FrameRequest("overview", 1.0, tmp_path / "a.png", size=(1920, 1080))
    small = FrameRequest("overview", 1.0, tmp_path / "b.png", size=(1280, 720))
    assert request_settings(slide).hall_type and not request_settings(small).hall_type

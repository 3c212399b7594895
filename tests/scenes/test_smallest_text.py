"""The window's picture on a small screen: no text under 11 screen pixels where its box
holds it; exports draw every size as designed."""
import pytest
from PySide6.QtGui import QFontInfo

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import primitives
from app.scenes.settings import SCREEN_MIN_TEXT_PX, RenderContext, RenderSettings
from app.scenes.theme import theme_named

LAPTOP_PICTURE = (1028, 578)  # the canvas of the laptop layout


@pytest.mark.parametrize("view_scale", [0.3, 0.4794, 0.6425, 1.0, 2.4])
@pytest.mark.parametrize("size", [10, 12, 16, 30])
def test_no_font_is_smaller_on_screen_than_the_floor(view_scale, size):
    ctx = RenderContext.of(RenderSettings(min_text_px=SCREEN_MIN_TEXT_PX), view_scale * 2,
                           view_scale=view_scale)
    on_screen = QFontInfo(primitives.font(ctx, size)).pixelSize() * view_scale
    assert on_screen >= SCREEN_MIN_TEXT_PX - 1e-6
    assert QFontInfo(primitives.font(ctx, size)).pixelSize() >= round(size)  # never smaller


def test_without_a_floor_fonts_are_as_designed():
    ctx = RenderContext(theme_named("dark"))
    assert QFontInfo(primitives.font(ctx, 12)).pixelSize() == 12


@pytest.fixture(scope="module")
def trajectory():
    return simulate(Scenario())


@pytest.mark.parametrize("scene_id", ["spine-growth", "other-hypotheses"])
def test_the_floor_enlarges_the_small_type_of_a_laptop_picture(trajectory, scene_id):
    plain = RenderSettings(size=LAPTOP_PICTURE)
    floored = plain.changed(min_text_px=SCREEN_MIN_TEXT_PX)
    as_designed = render_frame(scene_id, trajectory, 30.0, settings=plain)
    readable = render_frame(scene_id, trajectory, 30.0, settings=floored)
    assert readable != as_designed
    assert render_frame(scene_id, trajectory, 30.0, settings=plain) == as_designed  # own caches


def test_a_large_picture_is_unchanged_by_the_floor(trajectory):
    plain = RenderSettings(size=(1920, 1080))
    floored = plain.changed(min_text_px=SCREEN_MIN_TEXT_PX)
    assert (render_frame("overview", trajectory, 1.0, settings=plain)
            == render_frame("overview", trajectory, 1.0, settings=floored))

"""Golden frames: every scene at every beat of the default run, in both languages,
compared with the PNGs kept in ``tests/golden/frames``. A change nobody meant shows here.

To change the pictures on purpose, regenerate them and say why in the commit::

    python3 -m pytest tests/golden --update-goldens

A frame passes when at most ``MAX_CHANGED_FRACTION`` of its pixels differ by more than
``PIXEL_TOLERANCE`` in any channel (room for anti-aliasing, none for a moved label).
"""
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from app.export import render_frame
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.story.catalogue import LANGUAGES
from tests.scenes.helpers import pixels

FRAMES = Path(__file__).parent / "frames"
SIZE = (480, 270)
PIXEL_TOLERANCE = 24
MAX_CHANGED_FRACTION = 0.002

_RUN = simulate(Scenario())
CASES = [(scene_id, beat.key, beat.t, lang)
         for scene_id, scene in SCENES.items()
         for beat in scene.beats(_RUN)
         for lang in LANGUAGES]


def golden_path(scene_id: str, beat_key: str, lang: str) -> Path:
    """Where the golden frame of one scene, beat and language is kept."""
    return FRAMES / f"{scene_id}--{beat_key}--{lang}.png"


def changed_fraction(frame: QImage, golden: QImage) -> float:
    """The share of pixels that differ by more than the tolerance in any channel."""
    difference = np.abs(pixels(frame).astype(int) - pixels(golden).astype(int)).max(axis=2)
    return float((difference > PIXEL_TOLERANCE).mean())


@pytest.mark.parametrize("scene_id, beat_key, t, lang", CASES,
                         ids=[f"{s}-{b}-{lang}" for s, b, _, lang in CASES])
def test_frame_matches_its_golden_image(scene_id, beat_key, t, lang, request):
    frame = render_frame(scene_id, _RUN, t=t, size=SIZE, lang=lang, theme="dark")
    path = golden_path(scene_id, beat_key, lang)
    if request.config.getoption("--update-goldens"):
        FRAMES.mkdir(exist_ok=True)
        assert frame.save(str(path), "PNG", 0)
        return
    assert path.exists(), f"no golden frame {path.name}: regenerate with --update-goldens"
    golden = QImage(str(path))
    assert (golden.width(), golden.height()) == SIZE
    fraction = changed_fraction(frame, golden)
    assert fraction <= MAX_CHANGED_FRACTION, (
        f"{path.name}: {fraction:.2%} of the pixels changed (a deliberate change? regenerate "
        f"with --update-goldens and say why in the commit)")


def test_every_golden_frame_still_has_its_case():
    """A frame left from a beat or scene that no longer exists is a change too."""
    if not FRAMES.exists():
        pytest.skip("no golden frames yet")
    expected = {golden_path(s, b, lang).name for s, b, _, lang in CASES}
    assert {p.name for p in FRAMES.glob("*.png")} <= expected

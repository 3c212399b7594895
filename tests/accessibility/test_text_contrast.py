"""Every text the scenes paint stands out from what it is painted on, in every theme
(WCAG 2.x: 4.5:1, large text 3:1), measured on the painted pixels."""
import numpy as np
import pytest

from app.model import Scenario, simulate
from app.scenes import SCENES
from app.story.catalogue import THEME_NAMES
from tests.accessibility import wcag
from tests.accessibility.painted_text import painted_texts

#: Most of a text's pixels must meet the ratio; a few may fall on a passing particle.
SHARE_THAT_MUST_PASS = 0.9
RUN = simulate(Scenario(blockers={"rapamycin"}))


def too_faint(record) -> str | None:
    """A line describing ``record`` when its contrast is below what WCAG asks, else None."""
    under = record.glyph_backgrounds()
    if len(under) < 4:
        return None  # hidden behind something, or outside the frame
    ratios = wcag.ratio(wcag.over(record.color, under), under)
    measured = float(np.quantile(ratios, 1 - SHARE_THAT_MUST_PASS))
    needed = wcag.required(record.pixel_size, record.bold)
    if measured >= needed:
        return None
    return (f"{record.text!r} in {record.color.name()} (alpha {record.color.alphaF():.2f}), "
            f"{record.pixel_size}px{' bold' if record.bold else ''}: {measured:.2f}:1 < {needed}:1")


CASES = [(scene_id, beat.key, beat.t) for scene_id, scene in SCENES.items()
         for beat in scene.beats(RUN)]


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.parametrize("scene_id, beat_key, t", CASES, ids=[f"{s}-{b}" for s, b, _ in CASES])
def test_every_painted_text_meets_its_contrast(monkeypatch, scene_id, beat_key, t, theme):
    records = painted_texts(monkeypatch, SCENES[scene_id], RUN, t, theme)
    assert records, "the recorder saw no text: is draw_text still the way text is painted?"
    faint = [line for line in map(too_faint, records) if line]
    assert not faint, f"{scene_id} at {beat_key} in the {theme} theme:\n" + "\n".join(faint)

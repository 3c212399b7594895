"""Every percentage in a caption says what it is a share of.

A bare "65%" could be of anything; the captions must say "of the model's maximum", "of
healthy", "of its peak", "over baseline"... Walk every scene at every beat (and the start
of its window) for the default run, a blocker and the SSRI, in both languages.
"""
import re

import pytest

from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.base import caption_text

SCENARIOS = {
    "default": Scenario(),
    "nbqx": Scenario(blockers={"nbqx"}),
    "rapamycin": Scenario(blockers={"rapamycin"}),
    "ssri": Scenario(drug="ssri", route="oral", dose_mg=10.0, n_doses=42, dose_interval_h=24.0,
                     horizon_h=56 * 24.0),
}
PERCENT = re.compile(r"[+\-−]?\d+(?:\.\d+)?%")
#: English: the share is named right after the number ("65% of ...", "+39% over baseline").
QUALIFIED_AFTER_EN = re.compile(r"^\s(of|over|above|below)\s")
#: Chinese: the whole is named before it ("峰值的65%", "受体中有80%", "较基线+39%").
QUALIFIED_BEFORE_ZH = re.compile(r"(的|受体中?仅?有|较基线)$")


def bare_percentages(text: str, lang: str) -> list[str]:
    """The percentages in ``text`` not qualified by the vocabulary above."""
    bare = []
    for match in PERCENT.finditer(text):
        if lang == "en":
            ok = QUALIFIED_AFTER_EN.match(text[match.end():])
        else:
            ok = QUALIFIED_BEFORE_ZH.search(text[:match.start()])
        if not ok:
            bare.append(text[max(0, match.start() - 25):match.end() + 25])
    return bare


def test_the_checker_tells_a_bare_percentage_from_a_named_one():
    assert bare_percentages("relief 65%.", "en") == ["relief 65%."]
    assert bare_percentages("relief 65% of the model's maximum.", "en") == []
    assert bare_percentages("缓解65%。", "zh_CN") == ["缓解65%。"]
    assert bare_percentages("缓解为模型最大值的65%。", "zh_CN") == []


@pytest.fixture(scope="module")
def runs():
    return {name: simulate(scenario) for name, scenario in SCENARIOS.items()}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_percentage_in_every_caption_names_its_whole(runs, scenario, lang, qapp):
    trajectory = runs[scenario]
    problems = []
    for scene in SCENES.values():
        times = [scene.window_for(trajectory)[0]] + [b.t for b in scene.beats(trajectory)]
        for t in times:
            for bare in bare_percentages(caption_text(scene, trajectory, t, lang), lang):
                problems.append(f"{scene.id} at {t:.2f} h: …{bare}…")
    assert problems == []

"""Scene 1's caption names the links that matter now with their proper names; the
evidence view draws the links by evidence level; rapamycin says it is a rodent experiment."""
import re

import pytest

from app.export import render_frame
from app.i18n import translator
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.scenes.base import caption_text
from app.scenes.settings import RenderSettings
from app.story.evidence import beat_evidence_lines
from tests.scenes.helpers import pixels

OVERVIEW = SCENES["overview"]
ENGLISH = translator("en")
SIZE = (800, 450)


def beat_time(trajectory, key):
    return next(b.t for b in OVERVIEW.beats(trajectory) if b.key == key)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_at_the_mtor_peak_the_caption_names_mtor(default_run, lang, qapp):
    text = caption_text(OVERVIEW, default_run, beat_time(default_run, "mtor-peak"), lang)
    assert "mTOR" in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_proper_names_keep_their_case_at_every_beat(default_run, lang, qapp):
    for beat in OVERVIEW.beats(default_run):
        text = caption_text(OVERVIEW, default_run, beat.t, lang)
        assert not re.search(r"\b(nmda|bdnf|mtor|trkb|ampa|eef2)\b", text), text
        assert not re.search(r"(nmda|bdnf|mtor|trkb|ampa|eef2)", text) or lang == "en", text


def test_the_front_of_the_wave_is_always_named(default_run, qapp):
    late = caption_text(OVERVIEW, default_run, beat_time(default_run, "spine-peak"), "en")
    assert "Symptom relief" in late or "New dendritic spines" in late


def test_a_link_the_blocker_leaves_at_rest_gets_no_beat(qapp):
    run = simulate(Scenario(blockers={"rapamycin"}))
    assert "mtor-peak" not in [b.key for b in OVERVIEW.beats(run)]


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_with_rapamycin_every_caption_says_rodent_experiment_and_the_human_result(scene_id,
                                                                                  qapp):
    run = simulate(Scenario(blockers={"rapamycin"}))
    text = caption_text(SCENES[scene_id], run, 2.0, "en")
    assert "rodent experiment" in text and "Abdallah 2020" in text
    assert "Abdallah 2020" in caption_text(SCENES[scene_id], run, 2.0, "zh_CN")
    assert "Abdallah" not in caption_text(SCENES[scene_id], simulate(Scenario()), 2.0, "en")


def test_the_evidence_view_redraws_the_links_and_the_legend(default_run, qapp):
    t = beat_time(default_run, "mtor-peak")
    plain = pixels(render_frame("overview", default_run, t, SIZE))
    shown = pixels(render_frame("overview", default_run, t, SIZE, evidence=True))
    legend_rows = slice(int(820 / 900 * SIZE[1]), SIZE[1])
    assert (plain[legend_rows] != shown[legend_rows]).any()
    assert (pixels(render_frame("overview", default_run, t, settings=RenderSettings(
        size=SIZE, evidence=True))) == shown).all()
    other = pixels(render_frame("bdnf-mtor", default_run, t, SIZE, evidence=True))
    assert (other == pixels(render_frame("bdnf-mtor", default_run, t, SIZE))).all()


def test_each_overview_beat_has_an_evidence_line_naming_a_reference(default_run, qapp):
    for beat in OVERVIEW.beats(default_run):
        lines = beat_evidence_lines("overview", beat.key, default_run.scenario, ENGLISH)
        assert lines and re.search(r"[A-Z][a-z-]+ (19|20)\d\d", lines[0]), beat.key
    eef2 = beat_evidence_lines("bdnf-mtor", "brake-released", default_run.scenario, ENGLISH)[0]
    assert "contested" in eef2 and "Autry 2011" in eef2


def test_a_chosen_blocker_adds_its_own_evidence_line(qapp):
    lines = beat_evidence_lines("overview", "dose", Scenario(blockers={"nbqx"}), ENGLISH)
    assert len(lines) == 2 and "Maeng 2008" in lines[1]
    chinese = beat_evidence_lines("overview", "dose", Scenario(blockers={"nbqx"}),
                                  translator("zh_CN"))
    assert len(chinese) == 2 and "Maeng 2008" in chinese[1] and "证据" in chinese[1]

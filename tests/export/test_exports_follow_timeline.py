"""Exports take their windows and beats from the scene's timeline, as the window does."""
from pptx import Presentation

from app.export.export import run
from app.export.plotdata import plot_table
from app.export.requests import DeckRequest
from app.i18n import translator
from app.scenes import SCENES
from app.story.timeline import SceneTimeline


def test_a_chinese_deck_has_a_slide_for_each_beat_the_window_shows(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    run(DeckRequest(("two-timescales",), out, (320, 180), lang="zh_CN"), trajectory)
    timeline = SceneTimeline(SCENES["two-timescales"], trajectory, "zh_CN")
    title = translator("zh_CN")(SCENES["two-timescales"].title)
    titles = [slide.shapes.title.text for slide in list(Presentation(str(out)).slides)[1:]]
    assert titles == [f"{title}: {beat.label}" for beat in timeline.beats]
    # the SSRI's relief comes weeks in, after the two-week run ends: still a slide
    assert timeline.beats[-1].t > trajectory.t_end


def test_plot_data_rows_lie_in_the_timeline_window(trajectory):
    timeline = SceneTimeline(SCENES["glutamate-burst"], trajectory)
    _, rows = plot_table("glutamate-burst", trajectory)
    assert rows[0, 0] == timeline.t0 and rows[-1, 0] == timeline.t1

"""Compare mode in the exports (issue 13): a request's comparison is simulated in the
export, drawn with ``paint_comparison``, described with ``comparison_caption`` and recorded
in the file; without one every export is as before."""
import csv
import io

import pytest
from PySide6.QtGui import QImage

from app.export import compared
from app.export.export import run
from app.export.render import ExportError
from app.export.requests import ClipRequest, FrameRequest, PlotDataRequest
from app.model import Scenario, simulate
from app.model.paired import paired_csv_text
from app.story.comparison import Comparison

ESKETAMINE = Comparison(Scenario(drug="esketamine", route="intranasal", dose_mg=56))


def test_a_request_refuses_a_comparison_that_is_not_one(tmp_path):
    with pytest.raises(ExportError, match="no scenario B"):
        FrameRequest("overview", 1.0, tmp_path / "f.png", comparison=Scenario())
    with pytest.raises(ExportError, match="no scenario B"):
        PlotDataRequest("overview", tmp_path / "p.csv", comparison="b.json")


def test_the_alt_text_of_a_compared_frame_is_the_comparisons_caption(tmp_path, trajectory,
                                                                     monkeypatch):
    said = []

    def caption(scene_id, trajectory_a, trajectory_b, t, tr):
        said.append((scene_id, trajectory_a.scenario.drug, trajectory_b.scenario.drug, t))
        return "Both runs at their peak"

    monkeypatch.setattr(compared, "comparison_caption", caption)
    out = tmp_path / "ab.png"
    run(FrameRequest("glutamate-burst", 0.5, out, size=(320, 180), comparison=ESKETAMINE),
        trajectory)
    assert said == [("glutamate-burst", "ketamine", "esketamine", 0.5)]
    assert QImage(str(out)).text("Description").endswith("Both runs at their peak")


def test_every_frame_of_a_compared_png_sequence_records_b(tmp_path, trajectory):
    folder = tmp_path / "frames"
    written = run(ClipRequest("glutamate-burst", 0.0, 1.0, folder, "png", duration_s=0.2,
                              fps=10, size=(160, 90), comparison=ESKETAMINE), trajectory)
    assert len(written) == 2
    assert all('"drug":"esketamine"' in QImage(str(path)).text("Compared with")
               for path in written)


def test_the_plots_of_a_comparison_show_b_after_a(tmp_path, trajectory):
    single, pair = tmp_path / "a.png", tmp_path / "ab.png"
    run(PlotDataRequest("glutamate-burst", single, "png"), trajectory)
    run(PlotDataRequest("glutamate-burst", pair, "png", comparison=ESKETAMINE), trajectory)
    one, both = QImage(str(single)), QImage(str(pair))
    assert both.width() == one.width() and both.height() > one.height() * 1.6  # twice the rows
    assert "esketamine" in both.text("Compared with") and one.text("Compared with") == ""


def test_a_single_export_records_no_comparison(tmp_path, trajectory):
    out = tmp_path / "a.png"
    run(FrameRequest("overview", 1.0, out, size=(160, 90)), trajectory)
    image = QImage(str(out))
    assert image.text("Scenario") and image.text("Compared with") == ""


def test_paired_csv_puts_a_then_b_and_leaves_cells_outside_a_run_empty():
    a = simulate(Scenario(horizon_h=3))
    b = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=56, horizon_h=2))
    rows = list(csv.reader(io.StringIO(paired_csv_text(a, b))))
    header, body = rows[0], rows[1:]
    assert header[0] == "t_h"
    assert header[1:1 + len(a.names)] == [f"a_{name}" for name in a.names]
    assert header[1 + len(a.names):] == [f"b_{name}" for name in b.names]
    assert len(body) == len(a.t)  # B's grid lies within A's: the same minutes
    last = body[-1]
    assert float(last[0]) == pytest.approx(3.0)
    assert all(cell != "" for cell in last[1:1 + len(a.names)])
    assert all(cell == "" for cell in last[1 + len(a.names):])
    at_two_hours = next(row for row in body if float(row[0]) == pytest.approx(2.0))
    assert float(at_two_hours[header.index("b_glutamate")]) == pytest.approx(
        b.value("glutamate", 2.0), rel=1e-5)


def test_a_deck_of_an_experiment_says_in_its_notes_what_the_paper_found(tmp_path):
    """Maeng 2008 (NBQX): a deck of the preset tells the lecturer the paper's finding and
    that the model reproduces it; a B of the lecturer's own tells no paper."""
    from pptx import Presentation

    from app.export.requests import DeckRequest
    from app.story.experiments import EXPERIMENTS, comparison_of
    experiment = EXPERIMENTS["nbqx"]
    trajectory = simulate(experiment.a)
    notes = {}
    for name, comparison in (("preset", comparison_of(experiment)),
                             ("own", Comparison(experiment.b.with_changes(dose_mg=50.0)))):
        out = tmp_path / f"{name}.pptx"
        run(DeckRequest(("glutamate-burst",), out, (320, 180), beats=("glutamate-burst:peak",),
                        comparison=comparison), trajectory)
        slide = list(Presentation(str(out)).slides)[1]
        notes[name] = slide.notes_slide.notes_text_frame.text
    assert "AMPA receptor antagonist NBQX" in notes["preset"]
    assert "The model reproduces this" in notes["preset"]
    assert "NBQX given before ketamine" not in notes["own"]

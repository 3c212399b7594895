"""Plot data round-trips: CSV with t_h and one column per series; PNG and SVG pictures."""
import csv
import xml.etree.ElementTree as ET

import numpy as np
from PySide6.QtGui import QImage

from app.export.export import run
from app.export.requests import PlotDataRequest
from app.scenes import SCENES

SVG = "{http://www.w3.org/2000/svg}"


def test_csv_has_time_and_every_series_of_the_scene(tmp_path, trajectory):
    out = tmp_path / "plots.csv"
    run(PlotDataRequest("glutamate-burst", out), trajectory)
    with open(out, newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["t_h", *SCENES["glutamate-burst"].plots]
    table = np.array(rows[1:], dtype=float)
    t0, t1 = SCENES["glutamate-burst"].window_for(trajectory)
    assert table[0, 0] == t0 and abs(table[-1, 0] - t1) < 1e-6
    row = len(table) // 3
    assert np.isclose(table[row, 1], trajectory.value(rows[0][1], table[row, 0]), rtol=1e-5)


def test_companion_runs_get_prefixed_columns(tmp_path, trajectory):
    out = tmp_path / "plots.csv"
    run(PlotDataRequest("two-timescales", out), trajectory)
    header = out.read_text().splitlines()[0].split(",")
    assert header[0] == "t_h" and "ssri_serotonin" in header
    assert len(header) == len(set(header))


def test_plots_as_png_and_svg(tmp_path, trajectory):
    png, svg = tmp_path / "plots.png", tmp_path / "plots.svg"
    run(PlotDataRequest("bdnf-mtor", png, "png"), trajectory)
    run(PlotDataRequest("bdnf-mtor", svg, "svg"), trajectory)
    image = QImage(str(png))
    assert image.width() > 600 and image.text("Scene") == "bdnf-mtor"
    root = ET.parse(svg).getroot()
    texts = " ".join("".join(node.itertext()) for node in root.iter(f"{SVG}text"))
    assert "BDNF" in texts and "mTOR" in texts and root.find(f"{SVG}desc") is not None


def test_plot_pictures_title_each_chart_with_its_records_label_and_unit(tmp_path, trajectory):
    from app.model import OBSERVABLE_INFO
    svg = tmp_path / "plots.svg"
    run(PlotDataRequest("hit-and-run", svg, "svg"), trajectory)
    texts = ["".join(node.itertext()) for node in ET.parse(svg).getroot().iter(f"{SVG}text")]
    for name in SCENES["hit-and-run"].plots:
        record = OBSERVABLE_INFO[name]
        assert record.label in texts and record.unit in texts, (name, texts)


def test_a_comparison_scenes_csv_covers_its_six_weeks_beyond_the_lecturers_run(tmp_path,
                                                                               trajectory):
    out = tmp_path / "plots.csv"
    run(PlotDataRequest("two-timescales", out), trajectory)
    rows = list(csv.reader(out.open(newline="")))
    t = np.array([float(row[0]) for row in rows[1:]])
    t0, t1 = SCENES["two-timescales"].window_for(trajectory)
    assert trajectory.t_end < t1 - 24  # the lecturer's run stops long before the window does
    assert abs(t[-1] - t1) < 0.5 and np.all(np.diff(t) > 0)
    relief = np.array([float(row[rows[0].index("ssri_antidepressant_effect")])
                       for row in rows[1:]])
    assert relief[-1] > 0.5 * relief.max() > 0  # the SSRI's relief of the last weeks is there


def test_the_dose_window_exports_its_sweep(tmp_path, trajectory):
    out = tmp_path / "sweep.csv"
    run(PlotDataRequest("dose-window", out), trajectory)
    with open(out, newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["dose_mg_per_kg", "peak_glutamate", "relief_24h", "peak_dissociation",
                       "peak_blood_pressure_mmHg"]
    table = np.array(rows[1:], dtype=float)
    assert table[0, 0] == 0.05 and table[-1, 0] == 10.0 and 0.5 in table[:, 0]
    best = table[np.argmax(table[:, 1]), 0]
    assert table[0, 1] < table[:, 1].max() > table[-1, 1] and 0.05 < best < 10


def test_the_dose_sweep_of_an_ssri_is_refused_and_writes_nothing(tmp_path):
    import pytest

    from app.export import ExportError
    from app.model import Scenario, simulate
    out = tmp_path / "sweep.csv"
    with pytest.raises(ExportError, match="NMDA drugs"):
        run(PlotDataRequest("dose-window", out),
            simulate(Scenario(drug="ssri", route="oral", dose_mg=10)))
    assert not out.exists()

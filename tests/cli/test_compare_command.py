"""``--compare FILE``: scenario B beside the scenario, on the command line (issue 13).

``simulate`` writes both runs' columns; ``export`` draws the comparison in every format and
records B in every file; a bad B file is one ``error:`` line and exit 2, as for
``--scenario``."""
import csv
import io
import json
import subprocess

import imageio_ffmpeg
import pytest
from pptx import Presentation
from PySide6.QtGui import QImage

from app.cli import main
from app.model import OBSERVABLES, Scenario
from app.story.comparison import Comparison
from app.story.lessons import Lesson

ESKETAMINE = {"drug": "esketamine", "route": "intranasal", "dose_mg": 56}


@pytest.fixture
def b_file(tmp_path):
    """A scenario file for B: intranasal esketamine 56 mg."""
    path = tmp_path / "b.json"
    path.write_text(json.dumps(ESKETAMINE))
    return path


def table(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- simulate ----------------------------------------------------------------------------
def test_simulate_compare_writes_a_and_b_columns_of_both_runs(b_file, capsys):
    assert main(["simulate", "--compare", str(b_file), "--csv", "-", "--step", "1h"]) == 0
    text = capsys.readouterr().out
    header = text.splitlines()[0].split(",")
    assert header == ["t_h"] + [f"a_{name}" for name in OBSERVABLES] \
        + [f"b_{name}" for name in OBSERVABLES]
    rows = table(text)
    assert len(rows) == 1 + 14 * 24
    at_30_min = rows[1]  # one row an hour: +1 h
    assert float(at_30_min["a_plasma_uM"]) != pytest.approx(float(at_30_min["b_plasma_uM"]))


def test_simulate_compare_leaves_cells_empty_where_b_was_not_simulated(tmp_path, capsys):
    short = tmp_path / "short.json"
    short.write_text(json.dumps({**ESKETAMINE, "horizon_h": 24}))
    out = tmp_path / "both.csv"
    assert main(["simulate", "--compare", str(short), "--step", "12h", "--csv", str(out)]) == 0
    rows = table(out.read_text())
    assert [row["t_h"] for row in rows[:4]] == ["0", "12", "24", "36"]
    assert rows[2]["b_glutamate"] != "" and rows[3]["b_glutamate"] == ""
    assert rows[3]["a_glutamate"] != ""


def test_simulate_without_compare_is_unchanged(capsys):
    assert main(["simulate", "--csv", "-", "--step", "1d"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "t_h," + ",".join(OBSERVABLES)


# --- bad B files -------------------------------------------------------------------------
BAD_FILES = [
    (None, ["does not exist"]),
    ('{"drug": "cocaine"}', ["drug", "cocaine"]),
    ('{"drug": "ketamine", "dose_mg": ', ["not valid JSON"]),
    ("[1, 2]", ["scenario"]),
]


@pytest.mark.parametrize("content, words", BAD_FILES)
@pytest.mark.parametrize("command", [
    ["simulate", "--csv", "{out}"],
    ["export", "--scene", "glutamate-burst", "--time", "1h", "--size", "320x180",
     "--out", "{out}"],
    ["export", "--scene", "glutamate-burst", "--format", "pptx", "--out", "{out}"],
])
def test_a_bad_compare_file_is_one_error_line_exit_2_and_no_file(tmp_path, capsys, content,
                                                                  words, command):
    bad = tmp_path / "b.json"
    if content is not None:
        bad.write_text(content)
    out = tmp_path / "never.out"
    argv = [part.replace("{out}", str(out)) for part in command]
    assert main([*argv, "--compare", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert not out.exists()


def test_the_window_refuses_a_bad_compare_file_before_opening(tmp_path, capsys):
    assert main(["--compare", str(tmp_path / "missing.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


# --- export ------------------------------------------------------------------------------
def export(tmp_path, name: str, *arguments: str) -> QImage:
    out = tmp_path / name
    assert main(["export", "--scene", "glutamate-burst", "--out", str(out), *arguments]) == 0
    return out


def test_export_png_draws_the_comparison_and_records_b(tmp_path, b_file):
    single = QImage(str(export(tmp_path, "a.png", "--time", "1h", "--size", "640x360")))
    compared = QImage(str(export(tmp_path, "ab.png", "--time", "1h", "--size", "640x360",
                                 "--compare", str(b_file))))
    assert (compared.width(), compared.height()) == (640, 360)
    assert compared != single
    assert '"drug":"esketamine"' in compared.text("Compared with")
    assert '"drug":"ketamine"' in compared.text("Scenario")
    assert compared.text("Description")  # alt text, from the comparison's caption
    assert single.text("Compared with") == ""


def test_export_png_of_b_against_itself_differs_from_b_against_a(tmp_path, b_file):
    """B is drawn from B's file: the same frame compared with another B is another picture."""
    same = tmp_path / "same.json"
    same.write_text(json.dumps(Scenario().to_dict()))
    against_a = QImage(str(export(tmp_path, "aa.png", "--time", "1h", "--size", "640x360",
                                  "--compare", str(same))))
    against_b = QImage(str(export(tmp_path, "ab.png", "--time", "1h", "--size", "640x360",
                                  "--compare", str(b_file))))
    assert against_a != against_b


def test_export_svg_of_the_comparison_names_b_in_its_description(tmp_path, b_file):
    text = export(tmp_path, "ab.svg", "--time", "1h", "--size", "640x360",
                  "--compare", str(b_file)).read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Compared with" in text and "esketamine" in text


def test_export_csv_has_a_and_b_series_of_the_scene(tmp_path, b_file):
    single = table(export(tmp_path, "a.csv").read_text())
    rows = table(export(tmp_path, "ab.csv", "--compare", str(b_file)).read_text())
    series = [name for name in single[0] if name != "t_h"]
    assert list(rows[0]) == ["t_h"] + [f"a_{n}" for n in series] + [f"b_{n}" for n in series]
    assert [row["t_h"] for row in rows] == [row["t_h"] for row in single]
    assert all(row[f"a_{n}"] == plain[n] for row, plain in zip(rows, single) for n in series)
    assert any(row["a_glutamate"] != row["b_glutamate"] for row in rows)


def test_export_pptx_compares_on_every_slide_and_names_both_scenarios(tmp_path, b_file):
    out = export(tmp_path, "ab.pptx", "--beats", "glutamate-burst", "--size", "640x360",
                 "--compare", str(b_file))
    deck = Presentation(str(out))
    subtitle = deck.slides[0].placeholders[1].text
    assert "Ketamine" in subtitle and "Esketamine" in subtitle
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert notes.count("Body weight:") == 2  # each side's scenario, in words
    assert "Drug: Esketamine" in notes


def test_a_lessons_comparison_goes_into_its_deck(tmp_path):
    lesson = tmp_path / "lesson.json"
    Lesson(title="Two drugs", scenes=("glutamate-burst",),
           comparison=Comparison(Scenario(**ESKETAMINE))).save(lesson)
    out = tmp_path / "lesson.pptx"
    assert main(["export", "--lesson", str(lesson), "--size", "640x360", "--out", str(out)]) == 0
    assert "Esketamine" in Presentation(str(out)).slides[0].placeholders[1].text


def test_export_mp4_of_the_comparison_with_its_subtitles(tmp_path, b_file):
    out = export(tmp_path, "ab.mp4", "--from", "0", "--to", "1h", "--duration", "0.4",
                 "--fps", "5", "--size", "320x180", "--compare", str(b_file))
    assert imageio_ffmpeg.count_frames_and_secs(str(out))[0] == 2
    assert (tmp_path / "ab.srt").read_text(encoding="utf-8").startswith("1\n")


def test_an_mp4_of_the_comparison_records_b(tmp_path, b_file):
    out = export(tmp_path, "ab-video", "--format", "mp4", "--from", "0", "--to", "1h",
                 "--duration", "0.4", "--fps", "5", "--size", "320x180", "--compare", str(b_file))
    metadata = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(out),
                               "-f", "ffmetadata", "-"], capture_output=True, text=True).stdout
    assert "Compared with" in metadata and '"drug":"esketamine"' in metadata


def test_export_gif_and_html_take_the_comparison(tmp_path, b_file):
    gif = export(tmp_path, "ab.gif", "--from", "0", "--to", "1h", "--duration", "0.2",
                 "--fps", "10", "--size", "160x90", "--compare", str(b_file))
    assert gif.stat().st_size > 0
    page = export(tmp_path, "ab.html", "--size", "320x180", "--compare", str(b_file))
    assert "esketamine" in page.read_text(encoding="utf-8")


def test_an_empty_file_name_for_b_or_a_is_an_error_not_ignored(tmp_path, capsys):
    from app.cli import main
    for option in ("--compare", "--scenario"):
        assert main(["export", "--scene", "overview", "--time", "0", option, "",
                     "--out", str(tmp_path / "x.png")]) == 2
        assert capsys.readouterr().err.startswith("error: scenario file ''")
        assert not (tmp_path / "x.png").exists()

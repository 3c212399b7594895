"""``main.py model``: the scenario's kinetic model as SBML, to a file or standard output,
with the simulate command's scenario options and its clear errors."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import main
from app.model import OBSERVABLES, Scenario
from app.model.sbml import to_sbml

MAIN = Path(__file__).resolve().parents[2] / "main.py"
CORE = "{http://www.sbml.org/sbml/level3/version2/core}"


def _parameter_values(text: str) -> dict:
    root = ET.fromstring(text.encode())
    return {p.get("id"): p.get("value") for p in root.iter(f"{CORE}parameter")}


def test_the_default_model_goes_to_standard_output(capsys):
    assert main(["model", "--out", "-"]) == 0
    text = capsys.readouterr().out
    assert text == to_sbml(Scenario())
    assert set(OBSERVABLES) <= _parameter_values(text).keys()


def test_a_scenario_file_with_overrides_is_written_to_a_file(tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text('{"drug": "esketamine", "route": "intranasal", "dose_mg": 56}')
    out = tmp_path / "model.xml"
    assert main(["model", "--scenario", str(scenario), "--dose-mg", "84", "--blockers",
                 "rapamycin", "--format", "sbml", "--out", str(out)]) == 0
    values = _parameter_values(out.read_text(encoding="utf-8"))
    assert float(values["dose_mg"]) == 84.0
    assert float(values["rapamycin_applied"]) == 1.0
    assert float(values["esketamine_clearance"]) > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.xml", "s.json"]  # no temporary


def test_a_file_that_cannot_be_written_is_one_clear_line(tmp_path, capsys):
    target = tmp_path / "missing-folder" / "model.xml"
    assert main(["model", "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write") and "Traceback" not in err
    assert not target.exists()


def test_an_existing_file_is_replaced_whole(tmp_path):
    out = tmp_path / "model.xml"
    out.write_text("an older model")
    assert main(["model", "--dose-mg", "20", "--out", str(out)]) == 0
    assert float(_parameter_values(out.read_text(encoding="utf-8"))["dose_mg"]) == 20.0


@pytest.mark.parametrize("arguments, words", [
    (["--format", "copasi"], ["--format", "copasi", "sbml"]),
    (["--dose-mg", "-5"], ["dose_mg", "-5"]),
    (["--blockers", "caffeine"], ["blockers", "caffeine"]),
])
def test_mistakes_are_one_line_naming_the_problem(arguments, words, capsys):
    assert main(["model", *arguments, "--out", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert all(word in lines[0] for word in words)


def test_the_out_option_is_required_and_said_in_chinese():
    done = subprocess.run([sys.executable, str(MAIN), "model", "--lang", "zh_CN"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: ") and "--out" in done.stderr
    assert "Traceback" not in done.stderr
    assert any("\u4e00" <= char <= "\u9fff" for char in done.stderr)

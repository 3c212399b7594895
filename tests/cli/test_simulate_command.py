"""``main.py simulate``: the default run to stdout, files, and clear errors on bad input."""
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.model import OBSERVABLES

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_simulate_to_stdout_prints_the_default_run(capsys):
    assert main(["simulate", "--csv", "-", "--step", "1h"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "t_h," + ",".join(OBSERVABLES)
    assert len(lines) == 1 + 14 * 24 + 1


def test_simulate_from_a_scenario_file_with_overrides(tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text('{"drug": "esketamine", "route": "intranasal", "dose_mg": 56}')
    out = tmp_path / "out.csv"
    assert main(["simulate", "--scenario", str(scenario), "--dose-mg", "84",
                 "--horizon", "2d", "--csv", str(out)]) == 0
    rows = out.read_text().splitlines()
    assert len(rows) == 1 + 2 * 24 * 60 + 1


def test_changing_only_the_drug_picks_a_route_that_suits_it(tmp_path):
    out = tmp_path / "ssri.csv"
    assert main(["simulate", "--drug", "ssri", "--dose-mg", "10", "--csv", str(out)]) == 0


@pytest.mark.parametrize("arguments, words", [
    (["--dose-mg", "-5"], ["dose_mg", "-5"]),
    (["--dose-mg", "nan"], ["dose_mg", "nan"]),
    (["--drug", "cocaine"], ["drug", "cocaine"]),
    (["--horizon", "3 fortnights"], ["horizon", "not a time"]),
    (["--blockers", "nbqx,aspirin"], ["aspirin"]),
    (["--drug", "ssri", "--route", "iv"], ["route"]),
    (["--scenario", "/nonexistent/s.json"], ["does not exist"]),
    (["--mystery"], ["unrecognized", "--mystery"]),
])
def test_bad_input_gives_one_error_line_exit_2_and_no_csv(tmp_path, capsys, arguments, words):
    out = tmp_path / "never.csv"
    assert main(["simulate", *arguments, "--csv", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert not out.exists()


def test_corrupt_scenario_file_is_reported(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"drug": "ketamine", "dose_mg": ')
    assert main(["simulate", "--scenario", str(bad), "--csv", "-"]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_unwritable_destination_is_reported(tmp_path, capsys):
    assert main(["simulate", "--csv", str(tmp_path / "no" / "such" / "dir.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: cannot write")


def test_main_py_simulate_runs_as_a_process_without_traceback(tmp_path):
    done = subprocess.run([sys.executable, str(MAIN), "simulate", "--dose-mg", "oops",
                           "--csv", "-"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ")
    ok = subprocess.run([sys.executable, str(MAIN), "simulate", "--csv", "-", "--step", "1d"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.startswith("t_h,plasma_uM")

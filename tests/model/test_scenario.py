"""Scenarios: defaults, JSON round trips, and every kind of bad input named clearly."""
import json
import os

import pytest

from app.model import Scenario, ScenarioError


def test_default_is_half_a_milligram_per_kilogram_of_racemic_ketamine_over_40_min():
    scenario = Scenario()
    assert (scenario.drug, scenario.route, scenario.infusion_min) == ("ketamine", "iv", 40)
    assert scenario.dose_mg_per_kg == pytest.approx(0.5)
    assert scenario.horizon_h == 14 * 24
    assert scenario.stress == 1.0 and scenario.blockers == frozenset()


def test_json_round_trip_and_file_round_trip(tmp_path):
    scenario = Scenario(drug="esketamine", route="intranasal", dose_mg=84, n_doses=8,
                        dose_interval_h=84, blockers={"rapamycin"}, stress=0.5)
    assert Scenario.from_json(scenario.to_json()) == scenario
    path = tmp_path / "lesson.json"
    scenario.save(path)
    assert Scenario.load(path) == scenario
    assert json.loads(path.read_text())["schema_version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.json"]  # no temporary left


def test_missing_fields_take_their_defaults():
    assert Scenario.from_json('{"dose_mg": 70}') == Scenario(dose_mg=70)


@pytest.mark.parametrize("changes, words", [
    ({"dose_mg": -1}, ["dose_mg", "-1", "0 to 3000"]),
    ({"dose_mg": float("nan")}, ["dose_mg", "nan"]),
    ({"stress": float("inf")}, ["stress", "inf", "0 to 1"]),
    ({"horizon_h": 1e9}, ["horizon_h", "1 to 2400"]),
    ({"n_doses": 2.5}, ["n_doses", "whole number"]),
    ({"n_doses": 0}, ["n_doses", "1 to 200"]),
    ({"drug": "cocaine"}, ["drug", "cocaine", "ketamine"]),
    ({"route": "rectal"}, ["route", "rectal", "intranasal"]),
    ({"drug": "ssri", "route": "iv"}, ["route", "ssri", "oral"]),
    ({"blockers": ["aspirin"]}, ["blockers", "aspirin", "rapamycin"]),
    ({"blockers": "nbqx"}, ["blockers", "not a list"]),
    ({"dose_mg": "35"}, ["dose_mg", "not a number"]),
    ({"dose_mg": True}, ["dose_mg", "not a number"]),
    ({"drug": "ssri", "route": "oral", "dose_mg": 500}, ["dose_mg", "ssri"]),
    ({"n_doses": 2, "dose_interval_h": 0.5, "infusion_min": 40}, ["infusion_min", "overlap"]),
])
def test_bad_values_name_field_value_and_allowed_range(changes, words):
    with pytest.raises(ScenarioError) as caught:
        Scenario(**changes)
    for word in words:
        assert word in str(caught.value)


@pytest.mark.parametrize("text, words", [
    ("{not json", ["not valid JSON"]),
    ("[1, 2]", ["expected a JSON object"]),
    ('{"dose": 35}', ["unknown field", "dose", "dose_mg"]),
    ('{"schema_version": 99}', ["schema_version", "99"]),
    ('{"dose_mg": NaN}', ["NaN"]),
    ('{"stress": Infinity}', ["Infinity"]),
    ('{"dose_mg": [1, 2]}', ["dose_mg"]),
    ("[" * 100000 + "]" * 100000, ["JSON"]),
])
def test_bad_json_raises_scenario_error(text, words):
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_json(text)
    for word in words:
        assert word in str(caught.value)


def test_missing_and_unreadable_files_raise_scenario_error(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        Scenario.load(tmp_path / "nope.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ScenarioError, match="not a text file"):
        Scenario.load(binary)
    with pytest.raises(ScenarioError, match="is a folder, not a file"):
        Scenario.load(tmp_path)


def test_a_fifo_or_an_endless_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "scenario.json"
    os.mkfifo(fifo)  # nothing ever writes to it: opening it for reading would wait forever
    for path in (fifo, "/dev/zero", "/dev/urandom"):
        with pytest.raises(ScenarioError, match="is not a regular file"):
            Scenario.load(path)


def test_an_oversized_file_is_refused_without_reading_it_all(tmp_path):
    huge = tmp_path / "huge.json"
    huge.write_text('{"drug": "' + "x" * (2 * 2**20) + '"}')
    with pytest.raises(ScenarioError) as caught:
        Scenario.load(huge)
    assert "too large" in str(caught.value) and "at most 1 MB" in str(caught.value)


def test_a_byte_order_mark_is_accepted(tmp_path):
    """Windows Notepad starts UTF-8 files with one; lessons accept it too."""
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + Scenario(dose_mg=42).to_json().encode())
    assert Scenario.load(path).dose_mg == 42
    assert Scenario.from_json("\ufeff" + Scenario(dose_mg=43).to_json()).dose_mg == 43


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "1" * 30])
def test_a_huge_integer_is_a_scenario_error_not_a_python_limit(number):
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_json(f'{{"n_doses": {number}}}')
    assert "far too large for a scenario" in str(caught.value)
    assert len(str(caught.value)) < 120


def test_errors_quote_a_short_excerpt_of_a_huge_value():
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_json(json.dumps({"drug": "x" * 50_000_000}))
    message = str(caught.value)
    assert len(message) < 200 and "xxx…'" in message and "is not one of" in message


def test_errors_list_a_few_unknown_names_and_count_the_rest():
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_json(json.dumps({f"key{i}": 1 for i in range(100_000)}))
    message = str(caught.value)
    assert "and 99,995 more" in message and len(message) < 300


def test_scenario_error_is_a_value_error():
    assert issubclass(ScenarioError, ValueError)


def test_with_changes_validates_and_rejects_unknown_fields():
    assert Scenario().with_changes(dose_mg=70).dose_mg == 70
    with pytest.raises(ScenarioError, match="unknown field"):
        Scenario().with_changes(dose=70)
    with pytest.raises(ScenarioError):
        Scenario().with_changes(stress=2)

"""File > Open scenario and Save scenario with hostile files: refused at once in words,
nothing changed; a Notepad file (byte-order mark) opens."""
import json
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from app.model import Scenario


@pytest.fixture
def problems(window, monkeypatch):
    reported = []
    monkeypatch.setattr(window, "report_problem", reported.append)
    return reported


def choose_file(monkeypatch, path, dialog="getOpenFileName"):
    monkeypatch.setattr(QFileDialog, dialog, lambda *args, **kwargs: (str(path), ""))


def test_a_fifo_is_refused_without_waiting(window, problems, monkeypatch, tmp_path):
    fifo = tmp_path / "scenario.json"
    os.mkfifo(fifo)  # nothing writes to it: reading it would hang the window
    choose_file(monkeypatch, fifo)
    window.scenario_files.open()
    assert "is not a regular file" in problems[0]
    assert window.state.scenario == Scenario()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused(window, problems, monkeypatch, device):
    choose_file(monkeypatch, device)
    window.scenario_files.open()
    assert "is not a regular file" in problems[0]


def test_a_huge_value_is_quoted_as_a_short_excerpt(window, problems, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"drug": "x" * 900_000}))
    choose_file(monkeypatch, path)
    window.scenario_files.open()
    assert "is not one of" in problems[0] and len(problems[0]) < 300


def test_a_file_over_the_size_limit_is_refused(window, problems, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"drug": "x" * 50_000_000}))
    choose_file(monkeypatch, path)
    window.scenario_files.open()
    assert "too large" in problems[0] and len(problems[0]) < 300


def test_a_file_with_a_byte_order_mark_opens(window, qtbot, problems, monkeypatch, tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + Scenario(dose_mg=50).to_json().encode())
    choose_file(monkeypatch, path)
    window.scenario_files.open()
    qtbot.waitUntil(lambda: window.state.trajectory.scenario.dose_mg == 50, timeout=10000)
    assert problems == [] and window.controls.dose.value() == 50


def test_saving_over_a_read_only_file_says_so(window, problems, monkeypatch, tmp_path):
    path = tmp_path / "kept.json"
    path.write_text("mine")
    path.chmod(0o444)
    choose_file(monkeypatch, path, "getSaveFileName")
    window.scenario_files.save()
    assert "the file is read-only" in problems[0]
    assert path.read_text() == "mine"

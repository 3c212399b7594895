"""``main.py export --format html``: scenes repeated or comma-separated, one language or
both, and one clear line for each mistake."""
import pytest

from app.cli import main
from tests.export.html_player import player_data


def test_scenes_repeated_or_listed_make_one_player_in_that_order(tmp_path):
    out = tmp_path / "lesson.html"
    assert main(["export", "--scene", "hit-and-run", "--scene", "overview,spine-growth",
                 "--size", "160x90", "--lang", "zh_CN", "--both-languages",
                 "--out", str(out)]) == 0
    data = player_data(out)
    assert [s["id"] for s in data["scenes"]] == ["hit-and-run", "overview", "spine-growth"]
    assert data["languages"] == ["zh_CN", "en"]
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.html"]


def test_one_language_unless_both_are_asked_for(tmp_path):
    out = tmp_path / "scene.html"
    assert main(["export", "--scene", "overview", "--format", "html", "--size", "160x90",
                 "--out", str(out)]) == 0
    assert player_data(out)["languages"] == ["en"]


@pytest.mark.parametrize("arguments, words", [
    (["--scene", "overview", "--out", "x.png", "--time", "1h", "--both-languages"],
     ["--both-languages", "html"]),
    (["--scene", "overview,spine-growth", "--out", "x.png", "--time", "1h"],
     ["html", "takes one"]),
    (["--scene", "overview", "--out", "x.html", "--time", "1h"],
     ["HTML player", "leave out --time"]),
    (["--scene", "overview", "--out", "x.html", "--size", "3840x2160"], ["1920", "upload"]),
    (["--scene", "overview", "--scene", "nope", "--out", "x.html"], ["unknown scene"]),
])
def test_mistakes_are_one_error_line_and_no_file(tmp_path, capsys, monkeypatch, arguments,
                                                 words):
    monkeypatch.chdir(tmp_path)
    assert main(["export", *arguments]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert list(tmp_path.iterdir()) == []


def test_a_mistake_is_told_in_chinese(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--scene", "overview", "--out", "x.html", "--size", "3840x2160",
                 "--lang", "zh_CN"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "HTML" in err and "上传" in err

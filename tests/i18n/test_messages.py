"""Messages of the model, lessons, exports and the command line speak Chinese too: every
shape is recognised, translated with its values kept, and shown in Chinese by the command
line and the window; English and unknown messages pass through unchanged."""
import contextlib
import errno
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.export.requests import ClipRequest, DeckRequest, FrameRequest
from app.i18n import install_language
from app.messages import MESSAGES, WORDS, localized, shape_of
from app.model import Scenario
from app.story.lessons import Lesson
from app.story.timefmt import parse_time

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")
OPTION = re.compile(r"--[\w-]+")
WORD = re.compile(r"(?<![\w.-])[A-Za-z][\w-]*")
#: Words of the English sentences, never of the values they carry (drugs, fields, scene ids,
#: themes, formats and spacings are values and stay English).
ENGLISH = set("""
    a an the is not be must got allowed unknown cannot could does exist too large valid
    expected invalid choose from give needs only either both out of range and or to for at
    most least would than holds was by this it no any more one every applies takes go into
    match following unrecognized required expecting line column empty missing supported
    reads write read whole file folder field lesson number argument arguments leave exports
    export clip clips frame deck use such as letters digits object shown seconds pixels size
    side each rate later disk full writable already new interrupted suit overlap longer
    infusions version newer saved deeply nested levels characters character broken bad byte
    binary data regular directory codec decode position value choice option ambiguous
    explicit ignored bare hours finite delimiter property enclosed quotes window scenes
    outside run runs several has have background transparent needs even width height odd
""".split()) - {"scenes"}  # a lesson's field, listed among the allowed ones


def raised(call, *args, **kwargs) -> str:
    """The message of the error ``call(*args, **kwargs)`` raises."""
    try:
        call(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any error's message is what is tested
        return str(exc)
    pytest.fail(f"{call} raised nothing")


def cli_error(*argv: str) -> str:
    """The message of the one ``error: ...`` line ``main(argv)`` prints (English)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(list(argv)) == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0].removeprefix("error: ")


def lesson_json(**fields) -> str:
    data = json.loads(Lesson().to_json())
    data.update(fields)
    return json.dumps(data)


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def export_errors():
    from PySide6.QtGui import QImage

    from app.export.clips import _prepare_folder
    from app.export.export import _dispatch
    from app.export.files import save_image
    from app.export.progress import check_output_folder, write_failure_message
    from app.export.video import _encoder_failure
    from app.ui.export_job import unexpected_failure
    frame = ("overview", 1.0, "/tmp/x.png")
    clip = ("overview", 0.0, 1.0, "/tmp/x.mp4")
    return {
        "size out of range": lambda tmp: raised(FrameRequest, *frame, size=(5, 5)),
        "size not a pair": lambda tmp: raised(FrameRequest, *frame, size=5),
        "unknown scene (export)": lambda tmp: raised(FrameRequest, "nope", 1.0, "/tmp/x.png"),
        "time not a number": lambda tmp: raised(FrameRequest, "overview", "x", "/tmp/x.png"),
        "time not finite": lambda tmp: raised(FrameRequest, "overview", 1e999, "/tmp/x.png"),
        "unknown format": lambda tmp: raised(FrameRequest, *frame, fmt="bmp"),
        "unknown language": lambda tmp: raised(FrameRequest, *frame, lang="fr"),
        "unknown theme": lambda tmp: raised(FrameRequest, *frame, theme="pink"),
        "no output path": lambda tmp: raised(FrameRequest, "overview", 1.0, ""),
        "clip ends first": lambda tmp: raised(ClipRequest, "overview", 2.0, 1.0, "/tmp/x.mp4"),
        "clip too long": lambda tmp: raised(ClipRequest, *clip, duration_s=1000),
        "duration not a number": lambda tmp: raised(ClipRequest, *clip, duration_s="x"),
        "frame rate": lambda tmp: raised(ClipRequest, *clip, fps=0),
        "transparent gif": lambda tmp: raised(ClipRequest, "overview", 0.0, 1.0, "/tmp/x.gif",
                                              "gif", transparent=True),
        "odd mp4": lambda tmp: raised(ClipRequest, *clip, size=(101, 100)),
        "unknown spacing": lambda tmp: raised(ClipRequest, *clip, spacing="x"),
        "empty deck": lambda tmp: raised(DeckRequest, (), "/tmp/x.pptx"),
        "outside the scene": lambda tmp: raised(FrameRequest("overview", 9999.0, "/tmp/x.png")
                                                .check_times, _trajectory()),
        "a file, not a folder": lambda tmp: raised(check_output_folder,
                                                   Path(write(tmp / "f", b"x"))),
        "no such folder": lambda tmp: raised(check_output_folder, tmp / "missing"),
        "disk full": lambda tmp: write_failure_message(tmp / "a.png",
                                                       OSError(errno.ENOSPC, "No space")),
        "folder not writable": lambda tmp: write_failure_message(
            tmp / "a.png", OSError(errno.EACCES, os.strerror(errno.EACCES))),
        "write failed, system words": lambda tmp: write_failure_message(
            tmp / "a.png", OSError(errno.EIO, os.strerror(errno.EIO))),
        "write failed": lambda tmp: write_failure_message(tmp / "a.png"),
        "encoder stopped": lambda tmp: _encoder_failure(tmp / "a.mp4", None),
        "image not saved": lambda tmp: raised(save_image, QImage(), tmp / "a.png"),
        "read-only file": lambda tmp: (write(tmp / "a.png", b"x"), os.chmod(tmp / "a.png", 0o444),
                                       raised(save_image, QImage(8, 8, QImage.Format.Format_RGB32),
                                              tmp / "a.png"))[2],
        "a folder at the target": lambda tmp: raised(save_image, QImage(8, 8, QImage.Format.
                                                                        Format_RGB32), tmp),
        "unexpected error": lambda tmp: unexpected_failure(KeyError("x")),
        "png clip over a file": lambda tmp: raised(_prepare_folder, Path(write(tmp / "f", b""))),
        "png clip over frames": lambda tmp: (write(tmp / "frame_000000.png", b""),
                                             raised(_prepare_folder, tmp))[1],
        "cannot export": lambda tmp: raised(_dispatch, type("Poster", (), {})(), None,
                                            None),
    }


_cache = {}


def _trajectory():
    if "trajectory" not in _cache:
        from app.model import simulate
        _cache["trajectory"] = simulate(Scenario())
    return _cache["trajectory"]


MANY_NOTES = {"overview": {f"k{i}": "x" for i in range(501)}}
BIG_NOTES = {"overview": {f"k{i}": "x" * 10_000 for i in range(300)}}

REAL_MESSAGES = {
    # scenarios
    "out of range": lambda tmp: raised(Scenario, dose_mg=-1),
    "not one of": lambda tmp: raised(Scenario, drug="cocaine"),
    "route does not suit": lambda tmp: raised(Scenario, drug="ssri", route="iv"),
    "not a number": lambda tmp: raised(Scenario, dose_mg="x"),
    "not a whole number": lambda tmp: raised(Scenario, n_doses=1.5),
    "too large for the drug": lambda tmp: raised(Scenario, drug="ssri", route="oral",
                                                 dose_mg=500),
    "infusions overlap": lambda tmp: raised(Scenario, n_doses=3, dose_interval_h=0.5),
    "blockers not a list": lambda tmp: raised(Scenario, blockers="nbqx"),
    "unknown blocker": lambda tmp: raised(Scenario, blockers=["aspirin"]),
    "unknown scenario field": lambda tmp: raised(Scenario().with_changes, colour=1),
    "scenario not JSON": lambda tmp: raised(Scenario.from_json, "{x"),
    "scenario not an object": lambda tmp: raised(Scenario.from_json, "[1]"),
    "scenario schema": lambda tmp: raised(Scenario.from_json, '{"schema_version": 2}'),
    "scenario NaN": lambda tmp: raised(Scenario.from_json, '{"dose_mg": NaN}'),
    "scenario file missing": lambda tmp: raised(Scenario.load, tmp / "none.json"),
    "scenario file not UTF-8": lambda tmp: raised(Scenario.load, write(tmp / "s.json", b"\xff{")),
    "scenario file a folder": lambda tmp: raised(Scenario.load, tmp),
    "scenario file a device": lambda tmp: raised(Scenario.load, "/dev/zero"),
    "scenario file binary": lambda tmp: raised(Scenario.load, write(tmp / "s.json", b"{\x00}")),
    "scenario file too large": lambda tmp: raised(Scenario.load, write(tmp / "s.json",
                                                                        b" " * (2**20 + 1))),
    "scenario huge integer": lambda tmp: raised(Scenario.from_json, '{"n_doses": ' + "9" * 5000
                                                + "}"),
    # lessons
    "lesson file missing": lambda tmp: raised(Lesson.load, tmp / "none.json"),
    "lesson file a folder": lambda tmp: raised(Lesson.load, tmp),
    "lesson file a device": lambda tmp: raised(Lesson.load, "/dev/urandom"),
    "lesson file binary": lambda tmp: raised(Lesson.load, write(tmp / "l.json", b"{\x00}")),
    "lesson file not UTF-8": lambda tmp: raised(Lesson.load, write(tmp / "l.json", b"\xff{")),
    "lesson file too large": lambda tmp: raised(Lesson.load, write(tmp / "l.json",
                                                                    b" " * (2 * 2**20 + 1))),
    "lesson file cut short": lambda tmp: raised(Lesson.load, write(tmp / "l.json",
                                                                    b'{"title": ')),
    "lesson empty": lambda tmp: raised(Lesson.from_json, ""),
    "lesson not text": lambda tmp: raised(Lesson.from_json, 5),
    "lesson text too large": lambda tmp: raised(Lesson.from_json, " " * (2 * 2**20 + 1)),
    "lesson not JSON": lambda tmp: raised(Lesson.from_json, '{"a": 1 "b": 2}'),
    "lesson control character": lambda tmp: raised(Lesson.from_json, '{"a": "\x01"}'),
    "lesson top level": lambda tmp: raised(Lesson.from_json, "[1]"),
    "lesson nested": lambda tmp: raised(Lesson.from_json, "[" * 30 + "]" * 30),
    "lesson huge integer": lambda tmp: raised(Lesson.from_json, '{"a": 1234567890123456789012}'),
    "lesson huge float": lambda tmp: raised(Lesson.from_json, '{"a": 1e999}'),
    "lesson NaN": lambda tmp: raised(Lesson.from_json, '{"a": NaN}'),
    "schema missing": lambda tmp: raised(Lesson.from_json, '{"title": "x"}'),
    "schema not whole": lambda tmp: raised(Lesson.from_json, lesson_json(schema_version="1")),
    "schema newer": lambda tmp: raised(Lesson.from_json, lesson_json(schema_version=9)),
    "schema older": lambda tmp: raised(Lesson.from_json, lesson_json(schema_version=0)),
    "a scenario, not a lesson": lambda tmp: raised(Lesson.from_json, lesson_json(drug="x")),
    "unknown lesson fields": lambda tmp: raised(Lesson.from_json, lesson_json(
        **{name: 1 for name in "abcdefg"})),
    "title not text": lambda tmp: raised(Lesson.from_json, lesson_json(title=5)),
    "title too long": lambda tmp: raised(Lesson.from_json, lesson_json(title="x" * 300)),
    "title broken": lambda tmp: raised(Lesson, title="\ud800"),
    "scenes empty": lambda tmp: raised(Lesson.from_json, lesson_json(scenes=[])),
    "scenes not a list": lambda tmp: raised(Lesson.from_json, lesson_json(scenes="overview")),
    "scenes repeated": lambda tmp: raised(Lesson.from_json, lesson_json(
        scenes=["overview", "overview"])),
    "not a scene id": lambda tmp: raised(Lesson.from_json, lesson_json(scenes=["nope"])),
    "start scene not shown": lambda tmp: raised(Lesson.from_json, lesson_json(
        scenes=["overview"], start_scene="hit-and-run")),
    "language not one of": lambda tmp: raised(Lesson.from_json, lesson_json(language="fr")),
    "bad beat key": lambda tmp: raised(Lesson.from_json, lesson_json(start_beat="Bad Key")),
    "beat key not text": lambda tmp: raised(Lesson.from_json, lesson_json(start_beat=3)),
    "notes not an object": lambda tmp: raised(Lesson.from_json, lesson_json(notes=[])),
    "notes of a scene": lambda tmp: raised(Lesson.from_json, lesson_json(
        notes={"overview": 1})),
    "bad beat key in notes": lambda tmp: raised(Lesson.from_json, lesson_json(
        notes={"overview": {"Bad": "x"}})),
    "beat key in notes not text": lambda tmp: raised(Lesson, notes={"overview": {1: "x"}}),
    "too many notes": lambda tmp: raised(Lesson.from_json, lesson_json(notes=MANY_NOTES)),
    "note not text": lambda tmp: raised(Lesson.from_json, lesson_json(
        notes={"overview": {"k": 1}})),
    "note of a scene id": lambda tmp: raised(Lesson().with_note, 1, "", "x"),
    "lesson scenario not an object": lambda tmp: raised(Lesson.from_json, lesson_json(
        scenario=[])),
    "lesson scenario invalid": lambda tmp: raised(Lesson.from_json, lesson_json(
        scenario={"dose_mg": -1})),
    "lesson scenario not a Scenario": lambda tmp: raised(Lesson, scenario=1),
    "lesson too large to save": lambda tmp: raised(Lesson(notes=BIG_NOTES).save,
                                                   tmp / "l.json"),
    "unknown field in code": lambda tmp: raised(Lesson().with_changes, colour=1),
    # times
    "not a time": lambda tmp: raised(parse_time, "soon"),
    "not a finite time": lambda tmp: raised(parse_time, "1e400h"),
    # the command line and argparse
    "unrecognized arguments": lambda tmp: cli_error("simulate", "--mystery", "--csv", "-"),
    "invalid choice": lambda tmp: cli_error("simulate", "--drug", "x", "--csv", "-"),
    "required": lambda tmp: cli_error("simulate"),
    "expected one argument": lambda tmp: cli_error("simulate", "--csv"),
    "invalid int value": lambda tmp: cli_error("simulate", "--n-doses", "x", "--csv", "-"),
    "invalid float value": lambda tmp: cli_error("simulate", "--dose-mg", "x", "--csv", "-"),
    "argument not a time": lambda tmp: cli_error("simulate", "--horizon", "soon", "--csv", "-"),
    "ambiguous option": lambda tmp: cli_error("simulate", "--d", "3", "--csv", "-"),
    "ignored explicit argument": lambda tmp: cli_error("--present=1"),
    "cannot write the CSV": lambda tmp: cli_error("simulate", "--csv",
                                                   str(tmp / "missing" / "x.csv")),
    "scenario error on the command line": lambda tmp: cli_error(
        "simulate", "--scenario", str(tmp / "none.json"), "--csv", "-"),
    "not a size": lambda tmp: cli_error("export", "--scene", "overview", "--size", "big",
                                        "--out", "x.png"),
    "not seconds": lambda tmp: cli_error("export", "--scene", "overview", "--duration", "x",
                                         "--out", "x.png"),
    "unknown scene": lambda tmp: cli_error("export", "--scene", "nope", "--time", "1h",
                                           "--out", str(tmp / "x.png")),
    "time outside the scene": lambda tmp: cli_error("export", "--scene", "overview", "--time",
                                                    "100d", "--out", str(tmp / "x.png")),
    "several scenes": lambda tmp: cli_error("export", "--scene", "overview,hit-and-run",
                                            "--time", "1h", "--out", str(tmp / "x.png")),
    "no scene": lambda tmp: cli_error("export", "--scene", ",", "--time", "1h",
                                      "--out", str(tmp / "x.png")),
    "give a time": lambda tmp: cli_error("export", "--scene", "overview",
                                         "--out", str(tmp / "x.png")),
    "mp4 is a clip": lambda tmp: cli_error("export", "--scene", "overview",
                                           "--out", str(tmp / "x.mp4")),
    "time and clip": lambda tmp: cli_error("export", "--scene", "overview", "--time", "1h",
                                           "--from", "1h", "--out", str(tmp / "x.png")),
    "clip needs both": lambda tmp: cli_error("export", "--scene", "overview", "--from", "1h",
                                             "--out", str(tmp / "x.mp4")),
    "fps without clip": lambda tmp: cli_error("export", "--scene", "overview", "--time", "1h",
                                              "--fps", "3", "--out", str(tmp / "x.png")),
    "svg one frame": lambda tmp: cli_error("export", "--scene", "overview", "--from", "1h",
                                           "--to", "2h", "--out", str(tmp / "x.svg")),
    "pptx without time": lambda tmp: cli_error("export", "--scene", "overview", "--time", "1h",
                                               "--out", str(tmp / "x.pptx")),
    "csv without time": lambda tmp: cli_error("export", "--scene", "overview", "--time", "1h",
                                              "--out", str(tmp / "x.csv")),
    "transparent": lambda tmp: cli_error("export", "--scene", "overview", "--from", "1h",
                                         "--to", "2h", "--transparent",
                                         "--out", str(tmp / "x.mp4")),
    "embed clips": lambda tmp: cli_error("export", "--scene", "overview", "--time", "1h",
                                         "--embed-clips", "--out", str(tmp / "x.png")),
    "export folder missing": lambda tmp: cli_error("export", "--scene", "overview", "--time",
                                                   "1h", "--size", "160x90",
                                                   "--out", str(tmp / "missing" / "x.png")),
    "lesson on the command line": lambda tmp: cli_error("--lesson", str(tmp / "none.json")),
    "interrupted": lambda tmp: "interrupted",
    "terminated": lambda tmp: "terminated",
    **export_errors(),
}


def leftover_english(text: str) -> list[str]:
    """Words of English sentences left in ``text`` (quoted values and options aside)."""
    bare = OPTION.sub(" ", QUOTED.sub(" ", text))
    return [word for word in WORD.findall(bare) if word.lower() in ENGLISH]


@pytest.mark.parametrize("case", sorted(REAL_MESSAGES))
def test_every_real_message_has_a_chinese_form(case, tmp_path):
    message = REAL_MESSAGES[case](tmp_path)
    chinese = localized(message, "zh_CN")
    assert shape_of(message) is not None, message
    assert CJK.search(chinese), chinese
    assert leftover_english(chinese) == [], (message, chinese)
    assert not re.search(r"\{\w*\}", chinese), chinese
    assert localized(message, "en") == message


def test_values_stay_as_they_are():
    message = raised(Scenario, drug="ssri", route="iv")
    assert localized(message, "zh_CN") == "route：'iv' 不适用于药物 'ssri'；可选：oral"
    nested = raised(Lesson.load, "/no/such/lesson.json")
    assert "'/no/such/lesson.json'" in localized(nested, "zh_CN")


def test_nested_messages_and_words_are_localized_in_turn():
    message = raised(Lesson.from_json, lesson_json(scenario={"dose_mg": -1}))
    assert localized(message, "zh_CN") == ("课程文件：方案：dose_mg：-1 超出范围；"
                                          "允许范围为 0 至 3000")
    assert localized(raised(Lesson.from_json, lesson_json(title=[])), "zh_CN").endswith(
        "实际为列表")


def test_time_readouts_get_chinese_units():
    message = "time +2 d 4 h is outside scene 'overview'; valid times run from +0 min to +14 d"
    assert localized(message, "zh_CN") == ("时间 +2 天 4 小时 超出场景 'overview' 的范围；"
                                          "有效时间为 +0 分钟 至 +14 天")


@pytest.mark.parametrize("message", ["something nobody wrote", "", "interrupted now",
                                     "scenario: something nobody wrote", "{x}"])
def test_an_unknown_message_passes_through_unchanged(message):
    expected = message.replace("scenario: ", "方案：")
    assert localized(message, "zh_CN") == expected
    assert localized(message, "en") == message


def test_a_language_without_a_translation_leaves_the_message_as_it_is():
    assert localized("it is empty", "fr") == "it is empty"


def sample(template: str) -> str:
    """A message of the shape of ``template``, with plausible values."""
    values = {"path": "'/tmp/x'", "text": "'soon'", "codec": "'utf-8'", "format": "png",
              "name": "dose_mg", "field": "title", "constant": "NaN", "type": "list",
              "argument": "--drug", "term": "duration", "rest": "it is empty",
              "reason": "the disk is full", "detail": "Expecting value", "kind": "a list",
              "clock": "+2 h", "start": "+1 h", "end": "+3 h"}
    return re.sub(r"\{(\w+)\}", lambda group: values.get(group[1], "7"), template)


@pytest.mark.parametrize("template", MESSAGES)
def test_every_template_is_reachable_and_translated(template):
    message = sample(template)
    assert shape_of(message) == template, "an earlier, more general template takes it"
    chinese = localized(message, "zh_CN")
    assert chinese != message or template == "[Errno {errno}] {reason}"
    assert CJK.search(chinese) and "{" not in chinese, chinese


def test_every_word_is_translated():
    from app.i18n import app_translator
    from app.messages import _localized
    for word in WORDS:
        assert CJK.search(_localized(sample(word), "words", app_translator("zh_CN"))), word


# --- the command line -----------------------------------------------------------------------
def run_simulate(capsys, *extra: str):
    status = main(["simulate", *extra, "--dose-mg", "-5", "--csv", "-"])
    captured = capsys.readouterr()
    return status, captured.err.splitlines(), captured.out


@pytest.fixture
def english_environment(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.mark.parametrize("option", [["--lang", "zh_CN"], ["--lang=zh_CN"]])
def test_simulate_speaks_chinese_when_asked(capsys, english_environment, option):
    status, err, out = run_simulate(capsys, *option)
    assert status == 2 and out == ""
    assert len(err) == 1 and err[0].startswith("error: "), err
    assert CJK.search(err[0]) and "dose_mg" in err[0]


def test_simulate_speaks_chinese_in_a_chinese_environment(capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    status, err, _ = run_simulate(capsys)
    assert status == 2 and len(err) == 1 and err[0].startswith("error: ")
    assert CJK.search(err[0]) and "dose_mg" in err[0]
    status, err, _ = run_simulate(capsys, "--lang", "en")
    assert err == ["error: dose_mg: -5.0 is out of range; allowed 0 to 3000"]


def test_lc_all_comes_before_lang(capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    _, err, _ = run_simulate(capsys)
    assert err == ["error: dose_mg: -5.0 is out of range; allowed 0 to 3000"]


def test_argparse_mistakes_are_chinese_too(capsys, english_environment):
    assert main(["export", "--lang", "zh_CN", "--scene", "overview", "--format", "jpg",
                 "--out", "x"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: 参数 --format：无效的选项：'jpg'"), err


def test_simulate_in_english_never_loads_qt(tmp_path):
    code = ("import sys\nfrom app.cli import main\n"
            "assert main(['simulate', '--dose-mg', '-5', '--csv', '-']) == 2\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={**env, "LANG": "C.UTF-8"}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("error: dose_mg")


# --- the window -----------------------------------------------------------------------------
def test_the_controls_explain_in_chinese(window, qtbot):
    install_language("zh_CN")
    try:
        window.controls.n_doses.setValue(3)
        window.controls.interval.setValue(0.5)  # 40-min infusions every 30 min overlap
        qtbot.waitUntil(lambda: window.controls.message.text() != "", timeout=3000)
        text = window.controls.message.text()
        assert text.startswith("未应用：infusion_min：") and "重叠" in text, text
        assert leftover_english(text) == [], text
    finally:
        install_language("en")


def test_the_export_dialog_and_failures_explain_in_chinese(window, qtbot, tmp_path, monkeypatch):
    from app.ui.export_dialog import ExportDialog
    from app.ui.export_job import start_export
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    install_language("zh_CN")
    try:
        dialog = ExportDialog(window)
        dialog.path.setText(str(tmp_path / "frame.png"))
        dialog.time.setText("soon")
        dialog._accept()
        assert dialog.problem.text().startswith("'soon' 不是时间")
        request = FrameRequest("overview", 1.0, tmp_path / "missing" / "f.png", size=(320, 180))
        job = start_export(window, request, start=False)
        with qtbot.waitSignal(job.failed, timeout=20000):
            job.thread.start()
        qtbot.waitUntil(lambda: bool(problems), timeout=2000)
        assert "文件夹" in problems[0] and "不存在" in problems[0], problems
        window.lessons.open(str(tmp_path / "none.lesson.json"))
        assert "课程文件" in problems[-1] and "不存在" in problems[-1], problems
    finally:
        install_language("en")


def test_a_message_with_a_huge_value_is_short_and_still_translated():
    message = raised(Scenario, drug="x" * 10_000_000)
    assert len(message) < 200
    assert CJK.search(localized(message, "zh_CN"))


def test_an_overlong_or_deeply_nested_message_is_left_as_it_is():
    """Values are quoted as excerpts, so no real message comes near these; matching them
    would take seconds (a wrapper pattern per level of nesting)."""
    from app.messages import MAX_MESSAGE_CHARS, MAX_NESTING
    overlong = "scenario: " * (MAX_MESSAGE_CHARS // 10 + 1)
    assert localized(overlong, "zh_CN") == overlong
    nested = "scenario: " * (MAX_NESTING + 5) + "it is empty"
    chinese = localized(nested, "zh_CN")
    assert chinese.startswith("方案：" * (MAX_NESTING + 1)) and chinese.endswith("it is empty")

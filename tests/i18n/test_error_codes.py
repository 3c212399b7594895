"""Errors carry codes: every error a user can cause is raised with a code of the catalogue
and its values, and is shown in Chinese by looking its template up by that code (never by
recognising an English sentence). Expected Chinese is built from the translation file's
own templates, read here independently of the app."""
import ast
import contextlib
import errno
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import main
from app.error_text import localized
from app.errors import TEMPLATES, Clock, Message, UserError, render
from app.export.clips import _prepare_folder
from app.export.progress import check_output_folder, write_failure
from app.export.requests import ClipRequest, DeckRequest, FrameRequest
from app.export.video import _encoder_failure
from app.model import Scenario, ScenarioError
from app.safefile import write_text_atomically
from app.story.lessons import Lesson
from app.story.timefmt import parse_time
from app.ui.export_job import unexpected_failure

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "app" / "assets" / "translations" / "app_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def chinese_templates() -> dict:
    """English template -> (Chinese template, translation element's type) of context Errors."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "Errors":
            for message in context.iter("message"):
                translation = message.find("translation")
                found[message.findtext("source")] = (translation.text or "",
                                                     translation.get("type"))
    return found


CHINESE = chinese_templates()


def zh(code: str, **values) -> str:
    """The Chinese template of ``code`` from the .ts file, filled with ``values``."""
    return CHINESE[TEMPLATES[code]][0].format(**values)


def raised(call, *args, **kwargs) -> UserError:
    """The UserError ``call(*args, **kwargs)`` raises."""
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    return caught.value


# --- the catalogue ------------------------------------------------------------------------
@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_code_has_a_finished_chinese_template_with_the_same_placeholders(code):
    chinese, kind = CHINESE[TEMPLATES[code]]
    assert kind is None, f"{code}: translation is {kind}"
    assert set(PLACEHOLDER.findall(chinese)) == set(PLACEHOLDER.findall(TEMPLATES[code]))
    if PLACEHOLDER.sub("", TEMPLATES[code]).strip(" :()"):
        assert chinese != TEMPLATES[code] or code.startswith("json."), code


def test_codes_are_short_dotted_names_of_known_families():
    families = {"scenario", "file", "os", "json", "word", "list", "lesson", "time", "export",
                "cli", "install", "question"}
    for code in TEMPLATES:
        family, _, name = code.partition(".")
        assert family in families and re.fullmatch(r"[a-z][a-z0-9_]*|E[A-Z]+", name), code


def test_an_unknown_code_is_refused_when_raised():
    with pytest.raises(KeyError, match="not a code"):
        ScenarioError("scenario.no_such_thing")


def test_english_is_the_template_filled():
    error = raised(Scenario, drug="ssri", route="iv")
    assert error.code == "scenario.route_unsuitable"
    assert error.values == {"value": "'iv'", "drug": "'ssri'", "allowed": "oral"}
    assert str(error) == TEMPLATES[error.code].format(**error.values)
    assert localized(error, "en") == str(error) == localized(error, "fr")


def test_a_broken_translation_falls_back_to_english():
    error = raised(Scenario, dose_mg=-1)
    assert render(error, lambda code: "{nonexistent} {") == str(error)


# --- each family, raised for real ----------------------------------------------------------
def lesson_json(**fields) -> str:
    data = json.loads(Lesson().to_json())
    data.update(fields)
    return json.dumps(data)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def raise_(error):
    raise error


_trajectory = {}


def trajectory():
    if not _trajectory:
        from app.model import simulate
        _trajectory["run"] = simulate(Scenario())
    return _trajectory["run"]


MANY_NOTES = {"overview": {f"k{i}": "x" for i in range(501)}}
CLIP = ("overview", 0.0, 1.0, "/tmp/x.mp4")
FRAME = ("overview", 1.0, "/tmp/x.png")

#: case -> (raise it, expected code, some expected values); ``tmp`` is a fresh folder.
CASES = {
    # scenario fields
    "out of range": (lambda tmp: Scenario(dose_mg=-1), "scenario.out_of_range",
                     {"name": "dose_mg", "value": "-1", "low": "0", "high": "3000"}),
    "not one of": (lambda tmp: Scenario(drug="cocaine"), "scenario.not_one_of",
                   {"name": "drug", "value": "'cocaine'"}),
    "not a number": (lambda tmp: Scenario(dose_mg="x"), "scenario.not_a_number", {}),
    "not whole": (lambda tmp: Scenario(n_doses=1.5), "scenario.not_whole", {"value": "1.5"}),
    "too large for drug": (lambda tmp: Scenario(drug="ssri", route="oral", dose_mg=500),
                           "scenario.dose_too_large", {"drug": "ssri", "limit": "200"}),
    "overlap": (lambda tmp: Scenario(n_doses=3, dose_interval_h=0.5),
                "scenario.infusions_overlap", {"minutes": "40", "hours": "0.5"}),
    "blockers": (lambda tmp: Scenario(blockers="nbqx"), "scenario.blockers_not_list", {}),
    "unknown blocker": (lambda tmp: Scenario(blockers=["aspirin"]), "scenario.not_one_of",
                        {"name": "blockers", "value": "'aspirin'"}),
    "unknown field": (lambda tmp: Scenario().with_changes(colour=1), "scenario.unknown_fields",
                      {"names": "'colour'"}),
    # scenario files
    "scenario not JSON": (lambda tmp: Scenario.from_json("{x"), "scenario.not_json",
                          {"problem": Message("json.expecting_name"), "line": 1, "column": 2}),
    "scenario schema": (lambda tmp: Scenario.from_json('{"schema_version": 2}'),
                        "scenario.schema_unsupported", {"version": "2"}),
    "scenario NaN": (lambda tmp: Scenario.from_json('{"dose_mg": NaN}'), "scenario.constant",
                     {"constant": "NaN"}),
    "scenario huge int": (lambda tmp: Scenario.from_json('{"n_doses": ' + "9" * 5000 + "}"),
                          "scenario.number_too_long", {"count": "5,000"}),
    "scenario missing": (lambda tmp: Scenario.load(tmp / "none.json"), "file.missing",
                         {"file": Message("file.scenario", path=None)}),
    "scenario a folder": (lambda tmp: Scenario.load(tmp), "file.folder", {}),
    "scenario a device": (lambda tmp: Scenario.load("/dev/zero"), "file.not_regular", {}),
    "scenario binary": (lambda tmp: Scenario.load(write(tmp / "s.json", b"{\x00}")),
                        "file.binary", {}),
    "scenario not UTF-8": (lambda tmp: Scenario.load(write(tmp / "s.json", b"\xff{")),
                           "file.not_utf8", {"position": 0}),
    "scenario too large": (lambda tmp: Scenario.load(write(tmp / "s.json", b" " * (2**20 + 1))),
                           "file.too_large_size", {"limit": 1}),
    # lessons
    "lesson missing": (lambda tmp: Lesson.load(tmp / "none.json"), "file.missing", {}),
    "lesson cut short": (lambda tmp: Lesson.load(write(tmp / "l.json", b'{"title": ')),
                         "lesson.in_file", {}),
    "lesson empty": (lambda tmp: Lesson.from_json(""), "lesson.in_text",
                     {"error": None}),
    "lesson nested": (lambda tmp: Lesson.from_json("[" * 30 + "]" * 30), "lesson.in_text", {}),
    "lesson schema newer": (lambda tmp: Lesson.from_json(lesson_json(schema_version=9)),
                            "lesson.in_text", {}),
    "lesson scenario": (lambda tmp: Lesson.from_json(lesson_json(scenario={"dose_mg": -1})),
                        "lesson.in_text", {}),
    "title broken": (lambda tmp: Lesson(title="\ud800"), "lesson.broken_character",
                     {"field": "title"}),
    "title not text": (lambda tmp: Lesson(title=5), "lesson.not_text",
                       {"field": "title", "kind": Message("word.number")}),
    "start not shown": (lambda tmp: Lesson(scenes=("overview",), start_scene="hit-and-run"),
                        "lesson.start_not_shown", {"value": "'hit-and-run'"}),
    "bad note key": (lambda tmp: Lesson(notes={"overview": {"Bad": "x"}}),
                     "lesson.note_key_invalid", {"scene": "overview", "value": "'Bad'"}),
    "too many notes": (lambda tmp: Lesson(notes=MANY_NOTES), "lesson.too_many_notes",
                       {"count": "501"}),
    "note place": (lambda tmp: Lesson().with_note(1, "", "x"), "lesson.note_place_not_text", {}),
    "unknown lesson field": (lambda tmp: Lesson().with_changes(colour=1),
                             "lesson.unknown_fields", {}),
    # times
    "not a time": (lambda tmp: parse_time("soon"), "time.unparseable", {"text": "'soon'"}),
    "not finite": (lambda tmp: parse_time("1e400h"), "time.not_finite", {}),
    # export requests
    "size out of range": (lambda tmp: FrameRequest(*FRAME, size=(5, 5)),
                          "export.size_out_of_range", {"width": "5", "limit": 7680}),
    "size not a pair": (lambda tmp: FrameRequest(*FRAME, size=5), "export.size_not_pair", {}),
    "unknown export scene": (lambda tmp: FrameRequest("nope", 1.0, "/tmp/x.png"),
                             "export.unknown_scene", {"scene": "'nope'"}),
    "time not a number": (lambda tmp: FrameRequest("overview", "x", "/tmp/x.png"),
                          "export.not_a_number", {"term": Message("word.time")}),
    "unknown theme": (lambda tmp: FrameRequest(*FRAME, theme="pink"), "export.unknown_theme",
                      {"value": "'pink'"}),
    "unknown language": (lambda tmp: FrameRequest(*FRAME, lang="fr"),
                         "export.unknown_language", {}),
    "clip backwards": (lambda tmp: ClipRequest("overview", 2.0, 1.0, "/tmp/x.mp4"),
                       "export.clip_backwards", {"start": Clock(2.0), "end": Clock(1.0)}),
    "frame rate": (lambda tmp: ClipRequest(*CLIP, fps=0), "export.frame_rate", {"limit": 60}),
    "odd mp4": (lambda tmp: ClipRequest(*CLIP, size=(101, 100)), "export.odd_mp4",
                {"size": "101x100", "even": "100x100"}),
    "empty deck": (lambda tmp: DeckRequest((), "/tmp/x.pptx"), "export.empty_deck", {}),
    "no output": (lambda tmp: FrameRequest("overview", 1.0, ""), "export.no_output_path", {}),
    # export files
    "a file, not a folder": (lambda tmp: check_output_folder(write(tmp / "f", b"x")),
                             "export.file_not_folder", {}),
    "png clip over frames": (lambda tmp: (write(tmp / "frame_000000.png", b""),
                                          _prepare_folder(tmp)), "export.frames_exist", {}),
    "disk full": (lambda tmp: raise_(write_failure(tmp / "a.png", OSError(errno.ENOSPC, "x"))),
                  "file.cannot_write", {"reason": Message("file.disk_full")}),
    "encoder stopped": (lambda tmp: raise_(_encoder_failure(tmp / "a.mp4", None)),
                        "file.cannot_write", {"reason": Message("export.encoder_stopped")}),
    "read-only file": (lambda tmp: (write(tmp / "a.png", b"x"), (tmp / "a.png").chmod(0o444),
                                    write_text_atomically(tmp / "a.png", "y")),
                       "file.read_only", {}),
    "unexpected": (lambda tmp: raise_(unexpected_failure(KeyError("x"))), "export.unexpected",
                   {"error": "KeyError"}),
    "outside scene": (lambda tmp: FrameRequest("overview", 9999.0, "/tmp/x.png")
                      .check_times(trajectory()), "time.outside_scene",
                      {"clock": Clock(9999.0), "scene": "'overview'"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_has_its_code_and_values_and_a_chinese_form(case, tmp_path):
    call, code, values = CASES[case]
    error = raised(call, tmp_path)
    assert error.code == code
    for name, value in values.items():
        if isinstance(value, Message) and value.values.get("path", "") is None:
            assert error.values[name].code == value.code  # the path is the test's folder
        elif value is not None:
            assert error.values[name] == value, name
        else:
            assert name in error.values
    chinese = localized(error, "zh_CN")
    assert_filled_from(chinese, code)
    assert CJK.search(chinese) and not PLACEHOLDER.search(chinese), chinese


def assert_filled_from(text: str, code: str) -> None:
    """``text`` is the Chinese template of ``code`` with something in each placeholder."""
    parts = [re.escape(part) for part in PLACEHOLDER.split(zh_raw(code))[::2]]
    assert re.fullmatch("(.+?)".join(parts), text, re.DOTALL), (code, text)


def zh_raw(code: str) -> str:
    return CHINESE[TEMPLATES[code]][0]


def test_nested_errors_and_words_are_chinese_in_turn():
    error = raised(Lesson.from_json, lesson_json(scenario={"dose_mg": -1}))
    inner = error.values["error"].values["error"]
    assert (error.code, error.values["error"].code, inner.code) == (
        "lesson.in_text", "lesson.scenario", "scenario.out_of_range")
    assert localized(error, "zh_CN") == zh("lesson.in_text", error=zh(
        "lesson.scenario", error=zh("scenario.out_of_range", **inner.values)))
    error = raised(Lesson, title=[])
    assert localized(error, "zh_CN") == zh("lesson.not_text", field="title",
                                           kind=zh("word.list"))


def test_a_long_list_of_names_says_how_many_more_in_chinese():
    error = raised(Lesson().with_changes, **{name: 1 for name in "abcdefg"})
    names = error.values["names"]
    assert names == Message("list.and_more", names="'a', 'b', 'c', 'd', 'e'", more="2")
    assert localized(error, "zh_CN") == zh(
        "lesson.unknown_fields", allowed=error.values["allowed"],
        names=zh("list.and_more", names="'a', 'b', 'c', 'd', 'e'", more="2"))


def test_a_file_is_named_in_chinese():
    error = raised(Lesson.load, "/no/such/lesson.json")
    assert localized(error, "zh_CN") == zh("file.missing", file=zh(
        "file.lesson", path="'/no/such/lesson.json'"))


def test_time_values_get_chinese_unit_words():
    error = raised(ClipRequest, "overview", 52.0, 1.0, "/tmp/x.mp4")
    assert error.values == {"start": Clock(52.0), "end": Clock(1.0)}
    assert str(error).startswith("the clip runs from +2 d 4 h to +1 h;")
    day, hour = CHINESE_UNITS["d"], CHINESE_UNITS["h"]
    assert localized(error, "zh_CN") == zh("export.clip_backwards",
                                           start=f"+2 {day} 4 {hour}", end=f"+1 {hour}")


def unit_words() -> dict:
    for context in ET.parse(TS).getroot().iter("context"):
        if not context.findtext("name"):
            return {m.findtext("source"): m.findtext("translation")
                    for m in context.iter("message")}
    return {}


CHINESE_UNITS = unit_words()


def test_json_problems_are_told_by_category_not_by_the_decoder_text():
    cases = {"": "json.expecting_value", "{x": "json.expecting_name",
             '{"a" 1}': "json.expecting_colon", '{"a": 1 "b": 2}': "json.expecting_comma",
             '{"a": "x': "json.unterminated_string", '{"a": "\x01"}': "json.control_character",
             '{"a": "\\q"}': "json.invalid_escape", '{"a": "\\u12"}': "json.invalid_unicode_escape",
             "{} {}": "json.extra_data"}
    for text, code in cases.items():
        error = raised(Scenario.from_json, text)
        assert error.values["problem"].code == code, text
        assert zh(code) in localized(error, "zh_CN")


@pytest.mark.parametrize("number, code", [
    (errno.ENOENT, "os.ENOENT"), (errno.EACCES, "os.EACCES"), (errno.EISDIR, "os.EISDIR"),
    (errno.ENOTDIR, "os.ENOTDIR"), (errno.ENOSPC, "os.ENOSPC"), (errno.EROFS, "os.EROFS"),
    (errno.EPERM, "os.EPERM"), (errno.ELOOP, "os.ELOOP"), (errno.ENAMETOOLONG, "os.ENAMETOOLONG"),
    (errno.EEXIST, "os.EEXIST"), (errno.EXDEV, "os.EXDEV")])
def test_os_errors_are_told_by_errno_whatever_the_systems_words(number, code):
    error = OSError(number, "words of some other C library")
    assert localized(error, "zh_CN") == zh(code)
    assert localized(error, "en") == TEMPLATES[code]


def test_another_os_error_is_a_numbered_system_error_with_the_systems_words():
    error = OSError(errno.ENOTCONN, "Transport endpoint is not connected")
    assert localized(error, "zh_CN") == zh("os.other", errno=errno.ENOTCONN,
                                           text="Transport endpoint is not connected")


def test_an_unreadable_file_names_the_os_error_in_chinese(tmp_path, monkeypatch):
    from app import safefile

    def refuse(*args):
        raise PermissionError(errno.EACCES, "not the words shown")

    monkeypatch.setattr(safefile, "_read_regular_file", refuse)
    with pytest.raises(UserError) as caught:
        safefile.read_text_file(tmp_path / "s.json", Message("file.scenario", path="'s'"), 100)
    assert caught.value.code == "file.unreadable"
    assert localized(caught.value, "zh_CN") == zh(
        "file.unreadable", file=zh("file.scenario", path="'s'"), reason=zh("os.EACCES"))


def test_a_huge_value_is_quoted_short_in_either_language():
    error = raised(Scenario, drug="x" * 10_000_000)
    assert len(str(error)) < 200 and len(localized(error, "zh_CN")) < 200


# --- the command line -----------------------------------------------------------------------
def cli_error(*argv: str) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(list(argv)) == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0].removeprefix("error: ")


@pytest.fixture
def english_environment(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_the_command_line_shows_scenario_errors_in_chinese(english_environment):
    assert cli_error("simulate", "--dose-mg", "-5", "--csv", "-", "--lang", "zh_CN") == zh(
        "scenario.out_of_range", name="dose_mg", value="-5.0", low="0", high="3000")


def test_the_command_line_shows_file_errors_in_chinese(english_environment, tmp_path):
    missing = str(tmp_path / "none.json")
    assert cli_error("simulate", "--scenario", missing, "--csv", "-", "--lang", "zh_CN") == zh(
        "file.missing", file=zh("file.scenario", path=repr(missing)))
    assert cli_error("--lesson", missing, "--lang", "zh_CN") == zh(
        "file.missing", file=zh("file.lesson", path=repr(missing)))


@pytest.mark.parametrize("argv, argument, code, values", [
    (["simulate", "--drug", "x", "--csv", "-"], "--drug", "cli.bad_choice", None),
    (["simulate", "--n-doses", "x", "--csv", "-"], "--n-doses", "cli.invalid_value",
     {"type": "int", "value": "'x'"}),
    (["simulate", "--horizon", "soon", "--csv", "-"], "--horizon", "time.unparseable",
     {"text": "'soon'"}),
    (["simulate", "--csv"], "--csv", "cli.expected_one", {}),
    (["export", "--scene", "overview", "--size", "big", "--out", "x.png"], "--size",
     "cli.size_unparseable", {"text": "'big'"}),
    (["export", "--scene", "overview", "--duration", "x", "--out", "x.png"], "--duration",
     "cli.seconds_unparseable", {"text": "'x'"}),
])
def test_argument_mistakes_name_the_argument_and_the_problem(english_environment, argv,
                                                           argument, code, values):
    text = cli_error(*argv, "--lang", "zh_CN")
    wrapper = re.escape(zh("cli.argument", argument="ARG", error="ERR"))
    found = re.fullmatch(wrapper.replace("ARG", "(?P<argument>.+?)")
                         .replace("ERR", "(?P<error>.+)"), text)
    assert found and found["argument"] == argument, text
    if values is None:
        assert_filled_from(found["error"], code)
    else:
        assert found["error"] == zh(code, **values)


@pytest.mark.parametrize("argv, code", [
    (["simulate", "--mystery", "--csv", "-"], "cli.unrecognized"),
    (["simulate"], "cli.required"),
    (["simulate", "--d", "3", "--csv", "-"], "cli.ambiguous"),
    (["export", "--scene", "nope", "--time", "1h", "--out", "x.png"], "cli.unknown_scene"),
    (["export", "--scene", "overview,hit-and-run", "--time", "1h", "--out", "x.png"],
     "cli.several_scenes"),
    (["export", "--scene", "overview", "--out", "x.png"], "cli.timing_missing"),
    (["export", "--scene", "overview", "--out", "x.mp4"], "cli.clip_format"),
    (["export", "--scene", "overview", "--time", "1h", "--out", "x.pptx"], "cli.deck_timing"),
    (["export", "--scene", "overview", "--time", "1h", "--embed-clips", "--out", "x.png"],
     "cli.embed_clips"),
    (["export", "--scene", "overview", "--time", "100d", "--out", "x.png"],
     "time.outside_scene"),
])
def test_command_line_mistakes_are_chinese(english_environment, argv, code):
    text = cli_error(*argv, "--lang", "zh_CN")
    assert_filled_from(text, code)
    assert not PLACEHOLDER.search(text)


def test_an_unwritable_csv_names_the_reason_in_chinese(english_environment, tmp_path):
    target = str(tmp_path / "missing" / "x.csv")
    assert cli_error("simulate", "--csv", target, "--lang", "zh_CN") == zh(
        "file.cannot_write", path=repr(target), reason=zh("os.ENOENT"))


def test_a_chinese_locale_without_lang_speaks_chinese(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli_error("simulate", "--stress", "2", "--csv", "-") == zh(
        "scenario.out_of_range", name="stress", value="2.0", low="0", high="1")
    assert cli_error("simulate", "--stress", "2", "--csv", "-", "--lang", "en") == str(
        raised(Scenario, stress=2.0))


# --- the window -------------------------------------------------------------------------------
@pytest.fixture
def chinese_window(window, monkeypatch):
    from app.i18n import install_language
    problems = []
    monkeypatch.setattr(window, "report_problem", problems.append)
    install_language("zh_CN")
    window.problems_seen = problems
    yield window
    install_language("en")


def test_the_window_explains_a_bad_scenario_file_in_chinese(chinese_window, tmp_path,
                                                           monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    bad = write(tmp_path / "s.json", b'{"dose_mg": -1}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    chinese_window.scenario_files.open()
    reason = zh("scenario.out_of_range", name="dose_mg", value="-1", low="0", high="3000")
    assert len(chinese_window.problems_seen) == 1
    assert chinese_window.problems_seen[0].endswith(reason)
    assert CJK.search(chinese_window.problems_seen[0].removesuffix(reason))  # the dialog's words


def test_the_window_explains_a_bad_lesson_file_in_chinese(chinese_window, tmp_path):
    bad = write(tmp_path / "l.lesson.json", lesson_json(language="fr").encode())
    assert not chinese_window.lessons.open(str(bad))
    expected = zh("lesson.in_file", file=zh("file.lesson", path=repr(str(bad))),
                  error=zh("lesson.not_one_of", field="language", value="'fr'",
                           allowed="en, zh_CN"))
    assert chinese_window.problems_seen[-1].endswith(expected)


def test_the_controls_explain_in_chinese(chinese_window, qtbot):
    controls = chinese_window.controls
    controls.n_doses.setValue(3)
    controls.interval.setValue(0.5)  # 40-min infusions every 30 min overlap
    qtbot.waitUntil(lambda: controls.message.text() != "", timeout=3000)
    assert controls.message.text().endswith(zh("scenario.infusions_overlap", minutes="40",
                                               hours="0.5"))


def test_the_export_dialog_explains_in_chinese(chinese_window, tmp_path):
    from app.ui.export_dialog import ExportDialog
    dialog = ExportDialog(chinese_window.state, chinese_window.canvas.settings,
                          chinese_window)
    dialog.path.setText("")
    dialog._accept()
    assert dialog.problem.text() == zh("export.choose_output")
    dialog.path.setText(str(tmp_path / "frame.png"))
    dialog.time.setText("soon")
    dialog._accept()
    assert dialog.problem.text() == zh("time.unparseable", text="'soon'")


def test_a_failed_export_is_explained_in_chinese(chinese_window, qtbot, tmp_path):
    target = tmp_path / "missing" / "f.png"
    request = FrameRequest("overview", 1.0, target, size=(320, 180))
    job = chinese_window.exports.start(request, start=False)
    with qtbot.waitSignal(job.failed, timeout=20000) as failed:
        job.thread.start()
    error = failed.args[0]
    assert error.code == "export.folder_missing"
    qtbot.waitUntil(lambda: bool(chinese_window.problems_seen), timeout=2000)
    assert zh("export.folder_missing", path=repr(str(target.parent))) in (
        chinese_window.problems_seen[0])


# --- every raise site ---------------------------------------------------------------------------
USER_ERROR_CLASSES = {"UserError", "ScenarioError", "LessonError", "ExportError", "UsageError",
                      "FileReadError", "FileWriteError", "TimeError", "Message"}
#: Modules whose errors a user causes: no plain ValueError or argparse error may be raised.
USER_FACING = ("app/model/scenario.py", "app/story/lessons.py", "app/story/timefmt.py",
               "app/cli.py", "app/cli_common.py", "app/cli_drawing.py", "app/cli_window.py",
               "app/cli_export.py", "app/qt_platform.py", "app/safefile.py",
               "app/export/requests.py", "app/export/request_checks.py", "app/export/render.py",
               "app/export/progress.py",
               "app/export/clips.py")
#: Helpers that pass on a code given by their caller (each caller's code is a literal), or
#: take it from a table checked below; the catalogue's own machinery (app/errors) aside.
CODE_PASSED_ON = {("app/export/request_checks.py", "check_choice"),
                  ("app/export/request_checks.py", "finite_number"),
                  ("app/cli_common.py", "_argparse_message")}


class _CatalogueCalls(ast.NodeVisitor):
    """(enclosing function's name, call) for every call of a catalogue class."""

    def __init__(self):
        self.found, self.function = [], ""

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    def visit_Call(self, node):
        if getattr(node.func, "id", None) in USER_ERROR_CLASSES:
            self.found.append((self.function, node))
        self.generic_visit(node)


def _calls_in(tree):
    visitor = _CatalogueCalls()
    visitor.visit(tree)
    return visitor.found


def test_every_raise_site_uses_a_code_of_the_catalogue_with_its_placeholders():
    problems = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        if where.startswith("app/errors/"):
            continue
        for function, call in _calls_in(ast.parse(path.read_text(encoding="utf-8"))):
            problems += _call_problems(where, function, call)
    assert problems == []


def _call_problems(where: str, function: str, call: ast.Call) -> list[str]:
    at = f"{where}:{call.lineno}"
    if not call.args:
        return [f"{at}: no code"]
    code = call.args[0]
    if isinstance(code, ast.Attribute) and code.attr == "code":  # re-raised with its values
        return []
    if isinstance(code, ast.IfExp):
        codes = [code.body, code.orelse]
    elif (where, function) in CODE_PASSED_ON:
        return []
    else:
        codes = [code]
    if any(kw.arg is None for kw in call.keywords):
        return [f"{at}: values passed as **"]
    given = {kw.arg for kw in call.keywords}
    problems = []
    for node in codes:
        if not (isinstance(node, ast.Constant) and node.value in TEMPLATES):
            problems.append(f"{at}: {ast.unparse(node)} is not a code of the catalogue")
        elif set(PLACEHOLDER.findall(TEMPLATES[node.value])) != given:
            problems.append(f"{at}: {node.value} takes {TEMPLATES[node.value]!r}, given {given}")
    return problems


@pytest.mark.parametrize("module", USER_FACING)
def test_user_facing_modules_raise_only_errors_with_codes(module):
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    plain = [f"{module}:{node.lineno}" for node in ast.walk(tree)
             if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
             and getattr(node.exc.func, "id", getattr(node.exc.func, "attr", None))
             in ("ValueError", "ArgumentTypeError", "Exception", "TypeError")]
    assert plain == []


def test_argparse_messages_map_to_codes_with_their_placeholders():
    from app.cli_common import _ARGPARSE_SHAPES
    for code, shape in _ARGPARSE_SHAPES:
        assert set(shape.groupindex) == set(PLACEHOLDER.findall(TEMPLATES[code])), code


def test_main_py_speaks_chinese_and_english_never_loads_qt(tmp_path):
    """``main.py ... --lang zh_CN`` prints the Chinese template; in English the simulate
    command answers without loading Qt."""
    environment = {**{k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")},
                   "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "main.py", "simulate", "--dose-mg", "-5", "--csv", "-",
                           "--lang", "zh_CN"], capture_output=True, text=True, cwd=ROOT,
                          env=environment, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "error: " + zh("scenario.out_of_range", name="dose_mg", value="-5.0",
                                         low="0", high="3000") + "\n"
    code = ("import sys\nfrom app.cli import main\n"
            "assert main(['simulate', '--dose-mg', '-5', '--csv', '-']) == 2\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"error: {raised(Scenario, dose_mg=-5.0)}\n"

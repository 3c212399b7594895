"""Printable worksheets (``export --format pdf``): read back, the PDF has a title page, the
questions and the answer key, on the paper asked for, with pictures and Chinese that show."""
import json
import re
import shutil
import subprocess
import threading

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.export.export import ExportCancelled, ExportError, run
from app.export.worksheet_request import WorksheetRequest, question_time
from app.scenes import SCENES
from app.story.lessons import Lesson
from app.story.question_bank import QUESTIONS as BANK
from app.story.timeline import SceneTimeline

#: Two questions of the built-in set, in this order: the tests name them.
QUESTIONS = tuple(next(q for q in BANK if q.id == key)
                  for key in ("glutamate-after-block", "relief-after-drug-gone"))

POPPLER = shutil.which("pdftoppm") is not None
POINTS = {"a4": (595, 842), "letter": (612, 792)}


def page_sizes(path) -> list[tuple[int, int]]:
    """Each page's size in points, from the PDF's MediaBoxes."""
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", path.read_bytes())
    return [(round(float(w)), round(float(h))) for w, h in boxes]


def page_image(path, page: int, folder) -> QImage:
    """Page ``page`` (from 1) drawn by poppler at 40 dpi."""
    stem = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


def ink(image: QImage) -> int:
    """How many sampled pixels are not white."""
    return sum(image.pixelColor(x, y).lightness() < 245
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_worksheet_has_a_title_page_the_questions_and_the_answer_key(
        paper, trajectory, tmp_path):
    out = tmp_path / "sheet.pdf"
    assert run(WorksheetRequest(out, QUESTIONS, paper=paper), trajectory) == [out]
    sizes = page_sizes(out)
    # title page, the two built-in questions (one page, or two), the answer key
    assert 3 <= len(sizes) <= 2 + len(QUESTIONS) and set(sizes) == {POINTS[paper]}
    assert b"KetamineCascadeCJK" in out.read_bytes()  # the bundled font, embedded
    assert not [p for p in tmp_path.iterdir() if p != out]  # no temporary left


@pytest.mark.skipif(not POPPLER, reason="needs poppler's pdftoppm to draw the pages")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_pages_show_pictures_and_text_in_both_languages(lang, trajectory, tmp_path):
    out = tmp_path / "sheet.pdf"
    run(WorksheetRequest(out, lang=lang), trajectory)
    title, question, key = (page_image(out, n, tmp_path) for n in (1, 2, len(page_sizes(out))))
    assert ink(question) > 2 * ink(title) > 0  # a picture and its choices vs a few lines
    assert ink(key) > 0


def test_a_lessons_questions_are_the_worksheets_and_the_cli_writes_it(tmp_path):
    lesson_path, out = tmp_path / "week3.lesson.json", tmp_path / "sheet.pdf"
    Lesson(title="Week 3", questions=QUESTIONS[1:]).save(lesson_path)
    assert main(["export", "--format", "pdf", "--lesson", str(lesson_path), "--paper",
                 "letter", "--lang", "zh_CN", "--out", str(out)]) == 0
    sizes = page_sizes(out)
    assert len(sizes) == 3 and set(sizes) == {POINTS["letter"]}


@pytest.mark.parametrize("argv", [["--time", "1"], ["--scene", "overview"],
                                  ["--size", "320x180"]])
def test_frame_options_are_refused_for_a_worksheet(argv, tmp_path, capsys):
    assert main(["export", "--format", "pdf", *argv, "--out", str(tmp_path / "s.pdf")]) == 2
    assert "a pdf worksheet takes its frames from the questions" in capsys.readouterr().err


def test_paper_is_refused_for_other_formats(tmp_path, capsys):
    assert main(["export", "--scene", "overview", "--time", "0", "--paper", "a4",
                 "--out", str(tmp_path / "x.png")]) == 2
    assert "--paper applies to a pdf worksheet, not to png" in capsys.readouterr().err


def test_the_picture_stops_at_the_beat_before_the_question(trajectory):
    timeline = SceneTimeline(SCENES["hit-and-run"], trajectory, "en")
    keys = [beat.key for beat in timeline.beats]
    before = timeline.beats[keys.index("relief-peak") - 1]
    assert question_time(timeline, "relief-peak") == before.t
    assert question_time(timeline, "") == question_time(timeline, "no-such-beat") == timeline.t0


def test_a_broken_question_in_the_lesson_is_named_and_the_others_are_printed(
        tmp_path, capsys):
    lesson_path, out = tmp_path / "week3.lesson.json", tmp_path / "sheet.pdf"
    data = Lesson(title="Week 3", questions=QUESTIONS).to_dict()
    data["questions"][1]["kind"] = "essay"
    lesson_path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", "--format", "pdf", "--lesson", str(lesson_path), "--paper", "a4",
                 "--out", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "warning: left out of the lesson (the rest of the lesson is kept): question "
        "'relief-after-drug-gone': kind: 'essay' is not one of direction, link, after, choice"]
    assert len(page_sizes(out)) == 3  # title page, the one good question, the answer key


def test_a_worksheet_made_in_a_worker_thread_is_the_same_as_on_the_main_thread(
        trajectory, tmp_path):
    """The Export dialog writes it in a worker thread."""
    outcome = {}
    request = WorksheetRequest(tmp_path / "worker.pdf", lang="zh_CN")
    worker = threading.Thread(target=lambda: outcome.update(paths=run(request, trajectory)))
    worker.start()
    worker.join(120)
    assert outcome["paths"] == [tmp_path / "worker.pdf"]
    run(WorksheetRequest(tmp_path / "main.pdf", lang="zh_CN"), trajectory)
    assert page_sizes(tmp_path / "worker.pdf") == page_sizes(tmp_path / "main.pdf")
    assert b"KetamineCascadeCJK" in (tmp_path / "worker.pdf").read_bytes()


def test_a_cancelled_or_unwritable_worksheet_leaves_nothing(trajectory, tmp_path,
                                                            unwritable_folder):
    with pytest.raises(ExportCancelled):
        run(WorksheetRequest(tmp_path / "sheet.pdf"), trajectory, cancelled=lambda: True)
    assert [path.name for path in tmp_path.iterdir()] == [unwritable_folder.name]
    with pytest.raises(ExportError):
        run(WorksheetRequest(unwritable_folder / "sheet.pdf"), trajectory)
    assert not (unwritable_folder / "sheet.pdf").exists()

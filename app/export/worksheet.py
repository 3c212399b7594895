"""Printable worksheets (``--format pdf``): a title page, then each study question with the
picture just before its beat, its prompt and the choices with tick boxes, and the answer
key with the explanations and the evidence behind each link on the last pages.

Drawn with QPdfWriter in the bundled font (Chinese included), in the worksheet's language;
the pictures come from ``render_frame`` like every export's. The file is written to a
temporary beside the target and renamed when complete.
"""
from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.export.progress import Progress, check_output_target, os_errors_as_export_errors
from app.export.provenance import SOFTWARE
from app.export.render import render_frame, request_settings
from app.export.worksheet_request import CHOICE_LETTERS, WorksheetRequest, question_time
from app.i18n import translator
from app.model import Trajectory
from app.resources import FONT_FAMILY
from app.safefile import atomic_path
from app.scenes import SCENES, prepare_scene_data
from app.scenes.chrome import scenario_summary
from app.story.evidence import evidence_sentence
from app.story.timeline import SceneTimeline

DPI = 300
MARGIN_MM = 18
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PICTURE_WIDTH = 0.7  # a picture's share of the text width
INK, MUTED, RULE = QColor("#111111"), QColor("#555555"), QColor("#888888")
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


def export_worksheet(request: WorksheetRequest, trajectory: Trajectory,
                     progress: Progress) -> list[Path]:
    """Write the worksheet to ``request.out`` (atomically); returns ``[out]``."""
    check_output_target(request.out)
    progress.check()
    pictures = _pictures(request, trajectory, progress)
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        writer = _writer(temporary, request)
        pages = _Pages(writer, request.lang)
        try:
            _title_page(pages, request, trajectory)
            for number, (question, picture) in enumerate(zip(request.questions, pictures), 1):
                _question(pages, request, number, question, picture)
            _answer_key(pages, request)
        finally:
            pages.finish()
    return [request.out]


def _writer(path: Path, request: WorksheetRequest) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAPER_SIZES[request.paper]), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    tr = translator(request.lang)
    writer.setTitle(request.title or tr("Ketamine Cascade") + ": " + tr("Worksheet"))
    writer.setCreator(SOFTWARE)
    return writer


def _pictures(request: WorksheetRequest, trajectory: Trajectory, progress: Progress) -> list:
    """Each question's picture: its scene just before its beat, in the worksheet's look."""
    data = prepare_scene_data(trajectory, request.scene_ids)
    timelines = {scene_id: SceneTimeline(SCENES[scene_id], trajectory, request.lang)
                 for scene_id in request.scene_ids}
    pictures = []
    for question in request.questions:
        progress.check()
        settings = request_settings(request, for_slides=True).changed(
            badge=request.badge_of(question.scene))
        t = question_time(timelines[question.scene], question.beat)
        pictures.append(render_frame(question.scene, trajectory, t, settings=settings,
                                     data=data))
        progress.advance()
    return pictures


# --- the pages ----------------------------------------------------------------------------
def _title_page(pages: _Pages, request: WorksheetRequest, trajectory: Trajectory) -> None:
    tr = pages.tr
    pages.skip(30)
    pages.text(request.title or tr("Ketamine Cascade"), 26, bold=True)
    pages.text(tr("Worksheet: predict, then watch"), 16, colour=MUTED)
    pages.skip(8)
    pages.text(scenario_summary(trajectory.scenario, tr), 12)
    pages.text(f"{datetime.date.today().isoformat()}  ·  {SOFTWARE}", 10, colour=MUTED)
    pages.skip(16)
    pages.text(tr("Name: ______________________    Class: ____________"), 12)
    pages.skip(10)
    pages.text(tr("Each question stops a scene just before a key moment. Look at the "
                  "picture, read the question and tick the box of the answer you predict. "
                  "Then watch the scene play on. The answer key with explanations is on the "
                  "last pages."), 12)
    pages.skip(6)
    pages.text(tr("{count} questions").format(count=len(request.questions)), 12, bold=True)


def _question(pages: _Pages, request: WorksheetRequest, number: int, question,
              picture) -> None:
    tr, lang = pages.tr, request.lang
    width = pages.area.width() * PICTURE_WIDTH
    height = width * picture.height() / picture.width()
    heading = tr("Question {number}").format(number=number) + "  ·  " + tr(
        SCENES[question.scene].title)
    prompt = question.prompt.in_language(lang)
    choices = [f"{CHOICE_LETTERS[i]}   {choice.text.in_language(lang)}"
               for i, choice in enumerate(question.choices)]
    needed = (pages.measure(heading, 13, True) + height + pages.mm(4)
              + pages.measure(prompt, 12) + sum(pages.measure(c, 12) + pages.mm(2)
                                                for c in choices) + pages.mm(10))
    if number == 1:
        pages.new_page()
    else:
        pages.ensure(needed)
    pages.text(heading, 13, bold=True)
    pages.picture(picture, width, height)
    pages.text(prompt, 12)
    for choice in choices:
        pages.tick_box_line(choice, 12)
    pages.skip(8)


def _answer_key(pages: _Pages, request: WorksheetRequest) -> None:
    tr, lang = pages.tr, request.lang
    pages.new_page()
    pages.text(tr("Answer key"), 20, bold=True)
    pages.skip(4)
    for number, question in enumerate(request.questions, 1):
        answer = question.answer
        letter = CHOICE_LETTERS[question.choices.index(answer)]
        head = tr("Question {number}: {letter}  {answer}").format(
            number=number, letter=letter, answer=answer.text.in_language(lang))
        lines = [question.explanation.in_language(lang), answer.feedback.in_language(lang)]
        evidence = [evidence_sentence(tuple(link.split(">", 1)), tr) for link in question.links]
        pages.ensure(pages.measure(head, 12, True) + sum(
            pages.measure(line, 11) for line in lines if line) + pages.mm(6))
        pages.text(head, 12, bold=True)
        for line in lines:
            if line:
                pages.text(line, 11)
        for line in evidence:
            pages.text(line, 10, colour=MUTED)
        pages.skip(5)


class _Pages:
    """A cursor down the pages of a PDF: text flowed at the width of the page's text area,
    pictures, tick boxes, a new page when the next block does not fit, and each page's
    footer (the software and the page's number)."""

    def __init__(self, writer: QPdfWriter, lang: str):
        self.writer, self.lang, self.tr = writer, lang, translator(lang)
        self.painter = QPainter(writer)
        layout = writer.pageLayout()
        self.area = QRectF(layout.paintRectPixels(DPI))
        self.area.moveTo(0, 0)
        self.footer = self.mm(8)
        self.y, self.number = 0.0, 1

    def mm(self, millimetres: float) -> float:
        """Millimetres in the writer's pixels."""
        return millimetres * DPI / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        """The bundled font (Chinese included) at ``points``."""
        result = QFont()
        result.setFamilies([FONT_FAMILY, "DejaVu Sans", "Sans Serif"])
        result.setPointSizeF(points)
        result.setBold(bold)
        if not self.lang.startswith("zh"):
            result.setFeature(QFont.Tag("pwid"), 1)  # Latin quotes, as the pictures have
        return result

    def measure(self, text: str, points: float, bold: bool = False,
                indent: float = 0.0) -> float:
        """The height ``text`` takes when flowed at the text width (less ``indent``)."""
        self.painter.setFont(self.font(points, bold))
        box = QRectF(0, 0, self.area.width() - indent, 1e6)
        return self.painter.boundingRect(box, WRAP, text).height()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` more fits on this one."""
        if self.y > 0 and self.y + height > self.area.height() - self.footer:
            self.new_page()

    def new_page(self) -> None:
        """Finish this page (its footer) and start the next."""
        self._footer()
        self.writer.newPage()
        self.number += 1
        self.y = 0.0

    def skip(self, millimetres: float) -> None:
        """Leave ``millimetres`` of space."""
        self.y += self.mm(millimetres)

    def text(self, text: str, points: float, bold: bool = False, colour: QColor = INK,
             indent: float = 0.0) -> None:
        """Flow ``text`` at the cursor (on a new page if it does not fit)."""
        height = self.measure(text, points, bold, indent)
        self.ensure(height)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(indent, self.y, self.area.width() - indent, height),
                              WRAP, text)
        self.y += height + self.mm(1.5)

    def picture(self, image, width: float, height: float) -> None:
        """``image`` centred at ``width`` x ``height``, with a thin frame."""
        self.ensure(height)
        box = QRectF((self.area.width() - width) / 2, self.y + self.mm(2), width, height)
        self.painter.drawImage(box, image)
        self.painter.setPen(QPen(RULE, self.mm(0.2)))
        self.painter.drawRect(box)
        self.y += height + self.mm(5)

    def tick_box_line(self, text: str, points: float) -> None:
        """A tick box, then ``text`` beside it."""
        side, indent = self.mm(4), self.mm(9)
        height = self.measure(text, points, indent=indent)
        self.ensure(height)
        self.painter.setPen(QPen(INK, self.mm(0.3)))
        self.painter.drawRect(QRectF(self.mm(1), self.y + (min(height, self.mm(6)) - side) / 2,
                                     side, side))
        self.text(text, points, indent=indent)
        self.y += self.mm(0.5)

    def finish(self) -> None:
        """The last page's footer, and the painter ended (however the drawing ended)."""
        try:
            self._footer()
        finally:
            self.painter.end()

    def _footer(self) -> None:
        self.painter.setFont(self.font(8))
        self.painter.setPen(MUTED)
        top = self.area.height() - self.footer + self.mm(3)
        box = QRectF(0, top, self.area.width(), self.footer)
        self.painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter),
                              _footer_text(self.tr, self.number))


def _footer_text(tr, number: int) -> str:
    return tr("{software}  ·  page {number}").format(software=SOFTWARE, number=number)

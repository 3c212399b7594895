"""A deck's question slides (``DeckRequest.questions``): each study question gets a slide
before its beat's slide (before the scene's first slide when its beat has none): the prompt,
the choices and the picture the question stops at, the answer, its feedback and the
explanation in its notes; the reveal (the beat's slide) gets the answer in its notes too."""
from __future__ import annotations

from pptx.enum.text import MSO_AUTO_SIZE

from app.export.provenance import alt_text
from app.export.render import render_frame
from app.export.requests import DeckRequest
from app.export.slide_parts import (
    LAYOUT_TITLE_ONLY,
    SLIDE_H,
    SLIDE_W,
    describe_picture,
    fill_background,
    place,
    png_bytes,
    slide_settings,
    style,
)
from app.export.worksheet_request import CHOICE_LETTERS, question_time
from app.i18n import translator
from app.model import Trajectory
from app.scenes import SceneData
from app.scenes.theme import THEMES
from app.story.timeline import SceneTimeline


def scene_questions(request: DeckRequest, timeline: SceneTimeline) -> list:
    """The deck's questions asked in ``timeline``'s scene (none if it has no slide)."""
    if not request.chosen(timeline.scene.id, timeline.beats):
        return []
    return [q for q in request.questions if q.scene == timeline.scene.id]


def questions_before(request: DeckRequest, timeline: SceneTimeline) -> dict[int, list]:
    """Which questions come before which of the scene's slides (by its place): each before
    its beat's slide, before the first when its beat has none."""
    keys = [beat.key for beat in request.chosen(timeline.scene.id, timeline.beats)]
    before: dict[int, list] = {}
    for question in scene_questions(request, timeline):
        place = keys.index(question.beat) if question.beat in keys else 0
        before.setdefault(place, []).append(question)
    return before


def question_slide(deck, request: DeckRequest, trajectory: Trajectory, data: SceneData,
                    timeline: SceneTimeline, question) -> None:
    """The question, its choices and the picture it stops at; the answer in the notes."""
    tr, theme, lang = translator(request.lang), THEMES[request.theme], request.lang
    slide = deck.slides.add_slide(deck.slide_layouts[LAYOUT_TITLE_ONLY])
    fill_background(slide, theme.background_bottom)
    title = slide.shapes.title
    place(title, 0.05, 0.05, 0.9, 0.25)
    title.text = question.prompt.in_language(lang)
    style(title.text_frame.paragraphs, theme.ink, 28, bold=True)
    title.text_frame.word_wrap = True
    title.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # a long prompt shrinks
    t = question_time(timeline, question.beat)
    image = render_frame(question.scene, trajectory, t, data=data,
                         settings=slide_settings(request, question.scene))
    width = int(SLIDE_W * 0.5)
    shape = slide.shapes.add_picture(png_bytes(image), int(SLIDE_W * 0.46),
                                     int(SLIDE_H * 0.34), width, width * 9 // 16)
    describe_picture(shape, alt_text(question.scene, trajectory, t, lang))
    box = slide.shapes.add_textbox(int(SLIDE_W * 0.05), int(SLIDE_H * 0.34),
                                   int(SLIDE_W * 0.38), int(SLIDE_H * 0.6))
    box.text_frame.word_wrap = True
    box.text_frame.text = "\n".join(f"{CHOICE_LETTERS[i]}   {choice.text.in_language(lang)}"
                                     for i, choice in enumerate(question.choices))
    style(box.text_frame.paragraphs, theme.ink, 24)
    box.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    slide.notes_slide.notes_text_frame.text = "\n\n".join(
        [tr("Question: ask the audience to predict, then show the next slide.")]
        + answer_lines(question, tr, lang))


def add_answers(slide, request: DeckRequest, questions) -> None:
    """The answers of the questions this beat's slide reveals, at the top of its notes."""
    tr = translator(request.lang)
    notes = slide.notes_slide.notes_text_frame
    answers = ["\n".join(answer_lines(question, tr, request.lang)) for question in questions]
    notes.text = "\n\n".join([*answers, notes.text])


def answer_lines(question, tr, lang: str) -> list[str]:
    answer = question.answer
    letter = CHOICE_LETTERS[question.choices.index(answer)]
    return [tr("Answer: {letter}, {text}").format(letter=letter,
                                                  text=answer.text.in_language(lang)),
            *(text for text in (answer.feedback.in_language(lang),
                                question.explanation.in_language(lang)) if text)]

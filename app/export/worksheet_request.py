"""What a printable worksheet asks for (``--format pdf``), checked on construction, and
where each question's picture is taken."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.excerpt import excerpt
from app.export.render import ExportError
from app.export.request_checks import check_look, output_path
from app.model import Trajectory
from app.story.catalogue import DEFAULT_LANGUAGE, EXPORT_SIZE, SLIDE_THEME
from app.story.question_bank import QUESTIONS
from app.story.question_files import checked_questions
from app.story.questions import Question
from app.story.timeline import SceneTimeline

PAPERS = ("a4", "letter")
#: How choices are lettered on paper and on slides (a question has at most six).
CHOICE_LETTERS = "ABCDEF"


def default_paper() -> str:
    """Letter where the system's locale measures in US units, else A4."""
    from PySide6.QtCore import QLocale
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


@dataclass(frozen=True)
class WorksheetRequest:
    """A PDF worksheet at ``out`` on ``paper`` (``a4`` or ``letter``) in ``lang``: a title
    page, each of ``questions`` (the built-in set unless given) with the picture just before
    its beat, the choices with tick boxes, and the answer key with explanations last.
    ``title`` is a lesson's title ("": the app's name); ``lesson_scenes`` the lesson's scenes
    in its order, whose badges then show their step in it."""

    out: Path
    questions: tuple[Question, ...] = QUESTIONS
    paper: str = "a4"
    lang: str = DEFAULT_LANGUAGE
    theme: str = SLIDE_THEME
    title: str = ""
    lesson_scenes: tuple[str, ...] = ()
    reduce_motion: bool = False
    evidence: bool = False

    def __post_init__(self):
        object.__setattr__(self, "out", output_path(self.out))
        if not isinstance(self.paper, str) or self.paper not in PAPERS:
            raise ExportError("export.unknown_paper", value=excerpt(self.paper),
                              allowed=", ".join(PAPERS))
        check_look(self.lang, self.theme)
        questions = checked_questions(self.questions)
        if not questions:
            raise ExportError("export.no_questions")
        object.__setattr__(self, "questions", questions)
        object.__setattr__(self, "title", str(self.title).strip())
        object.__setattr__(self, "lesson_scenes", tuple(self.lesson_scenes))

    @property
    def size(self) -> tuple[int, int]:
        """The pictures' size in pixels: a 1080p frame, in the hall's type, prints sharp and
        legible at the page's width."""
        return EXPORT_SIZE

    @property
    def scene_ids(self) -> tuple[str, ...]:
        """The scenes the questions are asked in, each once, in the questions' order."""
        return tuple(dict.fromkeys(question.scene for question in self.questions))

    def badge_of(self, scene_id: str) -> int | None:
        """The number on ``scene_id``'s badge: its step in the lesson, or None (its own)."""
        if scene_id in self.lesson_scenes:
            return self.lesson_scenes.index(scene_id) + 1
        return None

    def check_times(self, trajectory: Trajectory) -> None:
        """Nothing to check: a beat the run lacks is asked at its scene's start."""


def question_time(timeline: SceneTimeline, beat_key: str) -> float:
    """When a question about beat ``beat_key`` stops the picture: at the beat before it (what
    the student has seen so far), at the scene's start for its first beat, for "" or for a
    beat this run does not have."""
    beat = next((b for b in timeline.beats if b.key == beat_key), None) if beat_key else None
    if beat is None:
        return timeline.t0
    before = timeline.previous_beat(beat.t)
    return before.t if before is not None else timeline.t0

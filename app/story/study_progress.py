"""A student's progress through study mode, as data: the choice made for each question,
where they stopped, and what follows from it (the score per scene, the ideas to revisit).
No Qt and no files here: ``app.ui.study_store`` keeps it in the user's data folder.

Progress is read back from a file a hand, an older version or a broken disk may have
changed, so :meth:`StudyProgress.from_json` checks every field and raises ``ValueError``
on anything it cannot use; answers to questions that no longer exist are dropped, so a
changed question bank never breaks a student's progress.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.story.questions import Question

FORMAT = 1  # the progress file's format; a file of another format starts afresh


@dataclass
class StudyProgress:
    """``answers``: question id -> the key of the choice the student made; ``current``:
    the id of the question they were on ("" before the first); ``finished``: the last
    question has been answered and its explanation read."""

    answers: dict[str, str] = field(default_factory=dict)
    current: str = ""
    finished: bool = False

    @property
    def started(self) -> bool:
        """Whether there is anything to resume or to reset."""
        return bool(self.answers or self.current or self.finished)

    def record(self, question: Question, key: str) -> None:
        """The student chose ``key`` for ``question`` (KeyError for a key it has not)."""
        question.choice(key)
        self.answers[question.id] = key
        self.current = question.id

    def is_right(self, question: Question) -> bool | None:
        """Whether the answer given to ``question`` was right (None: not answered)."""
        key = self.answers.get(question.id)
        return None if key is None else question.choice(key).correct

    def resume_index(self, questions: tuple[Question, ...]) -> int:
        """Where to go on in ``questions``: the question the student stopped at, or the one
        after it if it was answered; ``len(questions)`` when all are done."""
        if self.finished:
            return len(questions)
        ids = [question.id for question in questions]
        if self.current not in ids:
            return 0
        index = ids.index(self.current)
        return index + 1 if self.current in self.answers else index

    def score(self, questions) -> tuple[int, int]:
        """(right, answered) over ``questions``."""
        marks = [self.is_right(question) for question in questions]
        return sum(mark is True for mark in marks), sum(mark is not None for mark in marks)

    def scores_by_scene(self, questions: tuple[Question, ...]) -> dict[str, tuple[int, int, int]]:
        """Scene id -> (right, answered, asked in all), in the order of ``questions``."""
        scenes: dict[str, list[Question]] = {}
        for question in questions:
            scenes.setdefault(question.scene, []).append(question)
        return {scene: (*self.score(asked), len(asked)) for scene, asked in scenes.items()}

    def to_revisit(self, questions: tuple[Question, ...]) -> list[Question]:
        """The questions answered wrongly, in teaching order: the ideas to go back to."""
        return [question for question in questions if self.is_right(question) is False]

    # --- as a file ---------------------------------------------------------------------------
    def to_json(self) -> str:
        """The progress as the JSON text of the progress file."""
        return json.dumps({"format": FORMAT, "answers": self.answers, "current": self.current,
                           "finished": self.finished}, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, questions: tuple[Question, ...]) -> StudyProgress:
        """Progress read back from :meth:`to_json`'s text, kept to the questions and choices
        that exist; ``ValueError`` (``json.JSONDecodeError`` among them) if it is unusable."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a study progress file of this version")
        answers, current, finished = data.get("answers"), data.get("current"), data.get("finished")
        if not (isinstance(answers, dict) and isinstance(current, str)
                and isinstance(finished, bool)):
            raise ValueError("a study progress field has the wrong type")
        known = {question.id: question for question in questions}
        kept = {qid: key for qid, key in answers.items()
                if qid in known and isinstance(key, str)
                and key in {choice.key for choice in known[qid].choices}}
        return cls(kept, current if current in known else "", finished)


def idea(question: Question, lang: str | None) -> str:
    """What a wrong answer to ``question`` should go back to, in ``lang``: the question
    asked and its right answer."""
    return f"{question.prompt.in_language(lang)} → {question.answer.text.in_language(lang)}"

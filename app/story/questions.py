"""Study questions: the records behind study mode, worksheets and a lesson's own questions.

A :class:`Question` comes before one beat of one scene: the picture stops, the student
predicts (a choice), the scene plays to the beat, and the explanation appears with the
feedback written for the choice they made. The words are held in both languages at once
(:class:`Words`), so a lecturer's question in a lesson file has the same shape as a built-in
one and nothing passes through the translation catalogue. No Qt here.

The built-in set is ``app.story.question_bank.QUESTIONS``; reading and checking question
data from a file is ``app.story.question_files``.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.story.catalogue import DEFAULT_LANGUAGE

#: What a question asks: which way a quantity goes, which link a blocker cuts, what is
#: left once the drug is gone, or another choice.
KINDS = ("direction", "link", "after", "choice")


@dataclass(frozen=True)
class Words:
    """One text in English and in Chinese; an empty one falls back to the other."""

    en: str = ""
    zh_CN: str = ""

    def in_language(self, lang: str | None) -> str:
        """The text in ``lang`` (``en`` or ``zh_CN``; None: the default language), else in
        the other language."""
        first, second = ((self.zh_CN, self.en) if (lang or DEFAULT_LANGUAGE) == "zh_CN"
                         else (self.en, self.zh_CN))
        return first or second


@dataclass(frozen=True)
class Choice:
    """One answer a student can give: ``key`` (stable, e.g. ``up``), its ``text``, whether it
    is ``correct``, and the ``feedback`` a student who chose it reads (why it is right, or
    why it is tempting and why it is wrong)."""

    key: str
    text: Words
    correct: bool
    feedback: Words


@dataclass(frozen=True)
class Question:
    """A prediction asked before beat ``beat`` (a beat key; "" = the scene's start) of scene
    ``scene``: ``id`` is stable across languages and edits, ``kind`` one of :data:`KINDS`,
    ``choices`` two to six with exactly one correct, ``explanation`` what the beat shows and
    why, ``links`` the evidence links the question touches (``"source>target"`` keys of
    ``app.model.EVIDENCE``, e.g. ``"rapamycin>mtor_activity"``), so a contested link is
    said to be contested."""

    id: str
    scene: str
    beat: str
    kind: str
    prompt: Words
    choices: tuple[Choice, ...]
    explanation: Words
    links: tuple[str, ...] = ()

    @property
    def answer(self) -> Choice:
        """The correct choice."""
        return next(choice for choice in self.choices if choice.correct)

    def choice(self, key: str) -> Choice:
        """The choice with ``key`` (KeyError if there is none)."""
        for choice in self.choices:
            if choice.key == key:
                return choice
        raise KeyError(key)

"""The built-in study questions, in teaching order (at least two per scene), written from
the science digest (``docs/science.md``) and, where a question touches a contested link,
from the evidence records (``app.model.EVIDENCE``), whose explanations say so. Each
question asks before a beat the scene finds for the default scenario."""
from __future__ import annotations

from app.story.question_bank import aftermath, circuit, dose_window, opening, synapse
from app.story.questions import Question

QUESTIONS: tuple[Question, ...] = (opening.QUESTIONS + circuit.QUESTIONS + synapse.QUESTIONS
                                   + aftermath.QUESTIONS + dose_window.QUESTIONS)

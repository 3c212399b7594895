"""Compare mode's one fact: scenario B, drawn beside the current scenario A.

A :class:`Comparison` says what B is and, when it came from one of the classic experiments
(``app.story.experiments``), which. The window, the exports, the command line
(``--compare FILE``: a scenario file for B) and lessons all hold this one record. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.model.scenario import Scenario


@dataclass(frozen=True)
class Comparison:
    """Scenario ``b`` beside the current one; ``experiment`` is the id of the experiment
    preset it came from ("" for a B the user set up)."""

    b: Scenario
    experiment: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict: ``{"scenario": <B as a scenario dict>, "experiment": id}``."""
        return {"scenario": self.b.to_dict(), "experiment": self.experiment}

    @classmethod
    def from_dict(cls, data) -> Comparison:
        """The comparison written by :meth:`to_dict` (a bad scenario raises ScenarioError)."""
        if not isinstance(data, dict):
            return cls(Scenario.from_dict(data))  # raises scenario.not_object
        return cls(Scenario.from_dict(data.get("scenario", {})),
                   str(data.get("experiment", "")))

"""A lesson's comparison (compare mode: scenario B beside the lesson's scenario), checked
as the rest of a lesson is: a :class:`Comparison` or None in code, and in a file an
optional ``"comparison": {"scenario": {...}, "experiment": "..."}`` read with the same
guards as the lesson's own scenario. A lesson without one writes no such field, so its file
is as before. Every problem is a :class:`LessonError` naming the field."""
from __future__ import annotations

from collections.abc import Mapping

from app.errors import Message, describe_kind
from app.excerpt import excerpt, listed, shortened
from app.model.scenario import Scenario, ScenarioError
from app.story.comparison import Comparison
from app.story.experiments import EXPERIMENTS
from app.story.lesson_errors import LessonError

FIELD = "comparison"
KEYS = ("scenario", "experiment")
MAX_EXPERIMENT_CHARS = 64


def checked_comparison(value) -> Comparison | None:
    """``value`` if it is a Comparison or None; else LessonError naming the field."""
    if value is not None and not isinstance(value, Comparison):
        raise LessonError("lesson.comparison_kind", kind=describe_kind(value))
    return value


def comparison_data(comparison: Comparison | None) -> dict:
    """The lesson file's field for ``comparison``: ``{"comparison": {...}}``, or nothing."""
    return {} if comparison is None else {FIELD: comparison.to_dict()}


def comparison_from_data(value) -> Comparison | None:
    """The comparison a lesson file holds (JSON null: none); LessonError naming the field
    and what is wrong inside it."""
    if value is None:
        return None
    scenario = value.get("scenario") if isinstance(value, Mapping) else value
    if not isinstance(value, Mapping) or not isinstance(scenario, Mapping):
        raise LessonError("lesson.comparison_kind", kind=describe_kind(scenario))
    unknown = set(value) - set(KEYS)
    if unknown:
        raise LessonError("lesson.comparison", error=Message("lesson.unknown_fields",
                                                      names=listed(unknown),
                                                      allowed=", ".join(KEYS)))
    return Comparison(_scenario_b(scenario), _experiment(value.get("experiment", "")))


def _scenario_b(data: Mapping) -> Scenario:
    try:
        return Scenario.from_dict(dict(data))
    except ScenarioError as exc:
        raise LessonError("lesson.comparison",
                          error=Message("lesson.scenario", error=exc)) from None
    except (TypeError, ValueError, OverflowError) as exc:
        raise LessonError("lesson.comparison", error=Message(
            "lesson.scenario", error=shortened(str(exc), 300))) from None


def _experiment(value) -> str:
    """The id of the experiment preset B came from ("" for none), one of the presets'."""
    name = f"{FIELD}/experiment"
    if not isinstance(value, str):
        raise LessonError("lesson.not_text", field=name, kind=describe_kind(value))
    if len(value) > MAX_EXPERIMENT_CHARS:
        raise LessonError("lesson.too_long", field=name, length=f"{len(value):,}",
                          limit=f"{MAX_EXPERIMENT_CHARS:,}")
    if value and value not in EXPERIMENTS:
        raise LessonError("lesson.not_one_of", field=name, value=excerpt(value),
                          allowed=", ".join(EXPERIMENTS))
    return value

"""PLACEHOLDER for compare mode's words (issue 13): the core engineer's module replaces this
file at merge. Until then the sides are "A" and "B" and the caption is scenario A's."""
from __future__ import annotations

import importlib


def side_labels(a, b, tr) -> tuple[str, str]:
    """The two sides' labels (placeholder: "A" and "B")."""
    return "A", "B"


def comparison_caption(scene_id, trajectory_a, trajectory_b, t, tr) -> str:
    """The caption of the comparison at ``t`` (placeholder: A's caption where a scene's story
    tells it from A's run alone, else "")."""
    story = importlib.import_module(f"app.story.scenes.{scene_id.replace('-', '_')}")
    if scene_id in ("two-timescales", "other-hypotheses"):
        return ""
    return story.caption(trajectory_a, t, tr)

"""Where an exported file came from: app version, scene(s), time(s) and the scenario.

Every export carries these fields so a picture found on a slide years later can be
re-made exactly: PNG text chunks, SVG title and description, MP4 and GIF comments, PPTX
core properties and speaker notes. The scenario is compact JSON that
``Scenario.from_json`` reads back.
"""
from __future__ import annotations

import json

from PySide6.QtGui import QImage

from app import __version__
from app.model import Trajectory
from app.story.timefmt import format_clock

SOFTWARE = f"Ketamine Cascade {__version__}"


def scenario_json(trajectory: Trajectory) -> str:
    """The trajectory's scenario as one line of JSON."""
    return json.dumps(trajectory.scenario.to_dict(), separators=(",", ":"))


def describe_time(t: float) -> str:
    """A time for people and scripts alike: ``0.5 h (+30 min)``."""
    return f"{t:.6g} h ({format_clock(t)})"


def describe_span(t_from: float, t_to: float, frames: int, fps: int) -> str:
    """A clip's span: ``0 h (+0 min) to 3 h (+3 h), 300 frames at 30 frames/s``."""
    return f"{describe_time(t_from)} to {describe_time(t_to)}, {frames} frames at {fps} frames/s"


def provenance(trajectory: Trajectory, scene_ids, time_text: str) -> dict[str, str]:
    """The fields every export records: Software, Scene, Time, Scenario."""
    scenes = scene_ids if isinstance(scene_ids, str) else ",".join(scene_ids)
    return {"Software": SOFTWARE, "Scene": scenes, "Time": time_text,
            "Scenario": scenario_json(trajectory)}


def as_text(fields: dict[str, str]) -> str:
    """The fields as ``Key: value`` lines (for descriptions, comments and notes)."""
    return "\n".join(f"{key}: {value}" for key, value in fields.items())


def stamp_image(image: QImage, fields: dict[str, str]) -> QImage:
    """Attach ``fields`` as PNG text chunks to ``image`` (returned for chaining)."""
    for key, value in fields.items():
        image.setText(key, value)
    return image

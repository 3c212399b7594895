"""What the pictures of one trajectory need besides it, computed before painting.

Comparison scenes draw companion runs (an SSRI course beside ketamine; esketamine and
arketamine beside the lecturer's drug) and scene 5 draws an integral over time. These are
computed by ``app.scenes.prepare_scene_data``, by the window's simulation worker or by an
export in its own thread, never by a paint on the GUI thread; painting only reads them
(``ctx.prepared``).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.model import Trajectory


@dataclass(frozen=True)
class SceneData:
    """The prepared data of ``trajectory`` for each scene id in ``scenes`` (a scene that
    needs none maps to an empty mapping)."""

    trajectory: Trajectory
    scenes: Mapping[str, Mapping[str, object]]

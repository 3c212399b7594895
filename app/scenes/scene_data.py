"""What the pictures of one trajectory need besides it, computed before painting.

Comparison scenes draw companion runs (an SSRI course beside ketamine; esketamine and
arketamine beside the lecturer's drug) and scene 5 draws an integral over time. These are
computed here, by the window's simulation worker or by an export in its own thread, never
by a paint on the GUI thread; painting only reads them (``ctx.prepared``).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.model import Trajectory


@dataclass(frozen=True)
class SceneData:
    """The prepared data of ``trajectory`` for each scene id in ``scenes`` (a scene that
    needs none maps to an empty mapping)."""

    trajectory: Trajectory
    scenes: Mapping[str, Mapping[str, object]]


def prepare_scene_data(trajectory: Trajectory,
                       scene_ids: Iterable[str] | None = None) -> SceneData:
    """Compute what the scenes ``scene_ids`` (default: all) need to paint ``trajectory``.

    Slow (companion runs simulate weeks): call it off the GUI thread.
    """
    from app.scenes import SCENES  # late: the scenes import this module's users
    ids = list(SCENES) if scene_ids is None else list(scene_ids)
    return SceneData(trajectory, MappingProxyType(
        {scene_id: MappingProxyType(SCENES[scene_id].prepare(trajectory)) for scene_id in ids}))

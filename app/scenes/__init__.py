"""The eight scenes in teaching order, and the shared drawing that serves them.

``SCENES`` maps each scene id (a public contract, docs/design.md) to its scene object.
"""
from __future__ import annotations

import importlib

from app.scenes.base import Beat, Scene, paint_scene
from app.scenes.settings import RenderContext, RenderSettings

#: (module, class) of each scene, in teaching order.
_REGISTRY = (
    ("overview", "OverviewScene"),
    ("two_timescales", "TwoTimescalesScene"),
    ("interneuron_blockade", "InterneuronBlockadeScene"),
    ("glutamate_burst", "GlutamateBurstScene"),
    ("bdnf_mtor", "BdnfMtorScene"),
    ("spine_growth", "SpineGrowthScene"),
    ("hit_and_run", "HitAndRunScene"),
    ("other_hypotheses", "OtherHypothesesScene"),
)


def _load() -> dict[str, Scene]:
    """Every registered scene, in teaching order. A scene that fails to import fails
    loudly: a missing scene would silently renumber the lecture."""
    scenes = {}
    for module_name, class_name in _REGISTRY:
        module = importlib.import_module(f"app.scenes.{module_name}")
        scene = getattr(module, class_name)()
        scenes[scene.id] = scene
    return scenes


SCENES: dict[str, Scene] = _load()

__all__ = ["Beat", "RenderContext", "RenderSettings", "SCENES", "Scene", "paint_scene"]

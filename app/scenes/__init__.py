"""The eight scenes in teaching order, and the shared drawing that serves them.

``SCENES`` maps each scene id (DESIGN.md contract) to its scene object.
"""
from __future__ import annotations

import importlib

from app.scenes.base import Beat, RenderContext, Scene, paint_scene

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
    scenes = {}
    for module_name, class_name in _REGISTRY:
        try:
            module = importlib.import_module(f"app.scenes.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.scenes.{module_name}":
                raise
            continue  # a scene still being written
        scene = getattr(module, class_name)()
        scenes[scene.id] = scene
    return scenes


SCENES: dict[str, Scene] = _load()

__all__ = ["Beat", "RenderContext", "SCENES", "Scene", "paint_scene"]

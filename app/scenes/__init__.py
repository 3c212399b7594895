"""The nine scenes in teaching order, and the shared drawing that serves them.

``SCENES`` maps each scene id (a public contract, docs/design.md) to its scene object, in
the order of the catalogue (``app.story.catalogue``).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import MappingProxyType

from app.model import Trajectory
from app.scenes.base import Beat, Scene
from app.scenes.paint import paint_scene
from app.scenes.scene_data import SceneData
from app.scenes.settings import RenderContext, RenderSettings
from app.story.catalogue import SCENE_ENTRIES, SceneEntry


def _load() -> dict[str, Scene]:
    """A scene for every catalogue entry, in teaching order: the entry ``glutamate-burst``
    is drawn by the class in ``app/scenes/glutamate_burst.py`` that names it. A scene that
    fails to import fails loudly: a missing scene would silently renumber the lecture."""
    scenes = {}
    for entry in SCENE_ENTRIES:
        module = importlib.import_module(f"app.scenes.{entry.id.replace('-', '_')}")
        scenes[entry.id] = _scene_class(module, entry)()
    return scenes


def _scene_class(module, entry: SceneEntry) -> type[Scene]:
    """The one class in ``module`` whose catalogue entry is ``entry``."""
    classes = [value for value in vars(module).values()
               if isinstance(value, type) and issubclass(value, Scene)
               and value.__dict__.get("entry") is entry]
    if len(classes) != 1:
        raise ImportError(f"{module.__name__} must define one Scene class with "
                          f"entry = CATALOGUE[{entry.id!r}], not {len(classes)}")
    return classes[0]


SCENES: dict[str, Scene] = _load()


def prepare_scene_data(trajectory: Trajectory,
                       scene_ids: Iterable[str] | None = None) -> SceneData:
    """Compute what the scenes ``scene_ids`` (default: all) need to paint ``trajectory``.

    Slow (companion runs simulate weeks): call it off the GUI thread.
    """
    ids = list(SCENES) if scene_ids is None else list(scene_ids)
    return SceneData(trajectory, MappingProxyType(
        {scene_id: MappingProxyType(SCENES[scene_id].prepare(trajectory)) for scene_id in ids}))

__all__ = ["Beat", "RenderContext", "RenderSettings", "SCENES", "Scene", "SceneData", "paint_scene",
           "prepare_scene_data"]

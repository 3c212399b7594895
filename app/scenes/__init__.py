"""The eight scenes in teaching order, and the shared drawing that serves them.

``SCENES`` maps each scene id (a public contract, docs/design.md) to its scene object, in
the order of the catalogue (``app.story.catalogue``).
"""
from __future__ import annotations

import importlib

from app.scenes.base import Beat, Scene, paint_scene
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

__all__ = ["Beat", "RenderContext", "RenderSettings", "SCENES", "Scene", "paint_scene"]

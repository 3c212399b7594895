"""PLACEHOLDER for compare mode's painting (issue 13): the core engineer's module replaces
this file at merge. Until then A is painted into the left half of the target and B into the
right half, each as the single view paints it; nothing of its own is decided here."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from app.scenes.paint import paint_scene


def paint_comparison(painter, scene, trajectory_a, trajectory_b, t, target, settings,
                     data_a=None, data_b=None, labels=("", ""), record=None) -> None:
    """Scenario A's picture in the left half of ``target``, B's in the right half
    (placeholder: ``labels`` and ``record`` are not drawn or kept)."""
    half = target.width() / 2
    paint_scene(painter, scene, trajectory_a, t,
                QRectF(target.x(), target.y(), half, target.height()), settings, data_a)
    paint_scene(painter, scene, trajectory_b, t,
                QRectF(target.x() + half, target.y(), half, target.height()), settings, data_b)

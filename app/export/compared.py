"""Compare mode in exports: scenario B's run beside the request's run (A), simulated and
prepared in the export's own thread, and the words that then describe a picture.

A request with a ``comparison`` (``app.story.comparison.Comparison``) is drawn by
``paint_comparison`` and described by ``comparison_caption`` (``app.scenes.compare``,
``app.story.compare_story``); without one every export is the single view, unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translator
from app.model import Trajectory, simulate
from app.scenes import SCENES, SceneData, prepare_scene_data
from app.scenes.base import caption_text
from app.story.compare_story import comparison_caption, side_labels


@dataclass(frozen=True)
class SecondRun:
    """Scenario B's simulated run and its prepared scene data."""

    trajectory: Trajectory
    data: SceneData
    experiment: str = ""  # the experiment preset B came from ("" for none)

    def labels(self, trajectory_a: Trajectory, lang: str) -> tuple[str, str]:
        """The two sides' labels in ``lang`` (A's first)."""
        return side_labels(trajectory_a.scenario, self.trajectory.scenario, translator(lang))

    def for_scene(self, scene_id: str) -> SecondRun:
        """This run with ``scene_id``'s data prepared (computed here if it was not)."""
        if scene_id in self.data.scenes:
            return self
        return SecondRun(self.trajectory, prepare_scene_data(self.trajectory, [scene_id]),
                         self.experiment)


def second_run(request, scene_ids=()) -> SecondRun | None:
    """B's run for ``request``, with the scene data of ``scene_ids`` prepared, or None when
    the request compares nothing. Slow (a simulation, companion runs): call it off the GUI
    thread, as ``app.export.run`` does."""
    comparison = getattr(request, "comparison", None)
    if comparison is None:
        return None
    trajectory = simulate(comparison.b)
    return SecondRun(trajectory, prepare_scene_data(trajectory, list(scene_ids)),
                     comparison.experiment)


def caption_of(scene_id: str, trajectory: Trajectory, t: float, lang: str,
               second: SecondRun | None = None) -> str:
    """What the picture says at ``t`` in ``lang``: the scene's caption, or with ``second``
    the comparison's caption."""
    if second is None:
        return caption_text(SCENES[scene_id], trajectory, t, lang)
    return comparison_caption(scene_id, trajectory, second.trajectory, t, translator(lang))


def sided(side: str, text: str, tr) -> str:
    """``text`` under the label of its side, in ``tr``'s language (``B: Esketamine 56 mg``,
    ``B：艾司氯胺酮 56 mg``)."""
    return tr("{side}: {text}").format(side=side, text=text)

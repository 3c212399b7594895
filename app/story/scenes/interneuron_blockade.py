"""Scene 3's story, interneuron blockade: ketamine plugs the interneurons' NMDA receptors
first, they fall quiet and release less GABA onto the pyramidal neuron."""
from __future__ import annotations

from app.model import Trajectory
from app.model.facts import blocks_nmda
from app.story.beats import (
    Beat,
    beat_at,
    fade_time,
    largest_change,
    ordered_unique,
    peak_time,
    rise_time,
)
from app.story.catalogue import CATALOGUE
from app.story.names import Translate, downstream_blockers_note
from app.story.windows import scene_window


def ketamine_in_brain(trajectory: Trajectory, values: dict) -> float:
    """Brain ketamine (µM): ``brain_uM`` for a ketamine drug, 0 for an SSRI or no drug."""
    return values["brain_uM"] if blocks_nmda(trajectory.scenario.drug) else 0.0


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The dose, the block half-way and at its peak, and the block wearing off (only the
    dose when nothing blocks NMDA receptors)."""
    dose = Beat("dose", tr("Dose starts"), 0.0)
    if largest_change(trajectory, "nmda_block_interneuron", window) < 0.01:
        return [dose]                  # nothing blocks NMDA receptors (an SSRI, no drug)
    return ordered_unique([
        dose,
        Beat("half-block", tr("Interneurons quieting"),
             rise_time(trajectory, "nmda_block_interneuron", 0.5, window)),
        Beat("peak-block", tr("Interneuron block at its peak"),
             peak_time(trajectory, "nmda_block_interneuron", window)),
        Beat("recovery", tr("Block wearing off"),
             fade_time(trajectory, "nmda_block_interneuron", 0.6, window)),
    ])


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """What to notice at ``t``, by the beat in force: the interneurons quieting first, the
    block at its peak (and how little of the pyramidal cell's is plugged), its wearing off."""
    values = trajectory.at(t)
    if ketamine_in_brain(trajectory, values) < 0.005 and values["nmda_block_interneuron"] < 0.01:
        text = tr("No ketamine in the brain: the interneuron fires steadily and its GABA "
                  "keeps the pyramidal neuron in check.")
    else:
        text = _template(trajectory, t, values["nmda_block_pyramidal"], tr).format(
            block=values["nmda_block_interneuron"], pyr=values["nmda_block_pyramidal"],
            rate=values["interneuron_activity"])
    return text + downstream_blockers_note(trajectory.scenario.blockers, tr("this step"), tr)


def _template(trajectory: Trajectory, t: float, pyramidal: float, tr: Translate) -> str:
    """The sentence of the beat in force at ``t`` (ketamine is in the brain)."""
    window = scene_window("interneuron-blockade", CATALOGUE["interneuron-blockade"].window,
                          trajectory)
    beat = beat_at(beats(trajectory, window, str), t)
    key = beat.key if beat is not None else "dose"
    if key == "peak-block" and pyramidal < 0.4:
        return tr("At the peak {block:.0%} of the interneurons' NMDA receptors are plugged "
                  "but only {pyr:.0%} of the pyramidal cell's: a low dose acts on "
                  "interneurons first.")
    if key == "peak-block":
        return tr("At the peak {block:.0%} of the interneurons' NMDA receptors are plugged, "
                  "and at this high dose {pyr:.0%} of the pyramidal cell's own too.")
    if key == "recovery":
        return tr("As ketamine washes out the block wears off ({block:.0%} of receptors still "
                  "plugged): the interneurons fire faster and their GABA brake returns.")
    return tr("Ketamine arrives and plugs {block:.0%} of the interneurons' NMDA receptors: "
              "they slow to {rate:.0%} of their usual rate and release less GABA.")

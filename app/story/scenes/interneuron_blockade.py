"""Scene 3's story, interneuron blockade: ketamine plugs the interneurons' NMDA receptors
first, they fall quiet and release less GABA onto the pyramidal neuron."""
from __future__ import annotations

from app.model import Trajectory
from app.model.facts import blocks_nmda
from app.story.beats import (
    Beat,
    fade_time,
    largest_change,
    ordered_unique,
    peak_time,
    rise_time,
)
from app.story.names import Translate, downstream_blockers_note


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
    """How many interneuron and pyramidal NMDA receptors are plugged at ``t``, and what
    that does to the interneurons' firing."""
    values = trajectory.at(t)
    block, pyramidal = values["nmda_block_interneuron"], values["nmda_block_pyramidal"]
    if ketamine_in_brain(trajectory, values) < 0.005 and block < 0.01:
        text = tr("No ketamine in the brain: the interneuron fires steadily and its GABA "
                  "keeps the pyramidal neuron in check.")
    else:
        text = tr("{block:.0%} of the interneurons' NMDA receptors are plugged "
                  "({conc:.2f} µM ketamine in the brain), so they fire at {rate:.0%} of "
                  "their usual rate and release less GABA onto the pyramidal neuron.").format(
            block=block, conc=ketamine_in_brain(trajectory, values),
            rate=values["interneuron_activity"])
        if pyramidal < 0.4:
            text += " " + tr("Only {block:.0%} of the pyramidal cell's own NMDA receptors "
                             "are plugged: a low dose acts on the interneurons first."
                             ).format(block=pyramidal)
        else:
            text += " " + tr("At this high concentration {block:.0%} of the pyramidal "
                             "cell's own NMDA receptors are plugged too, holding its "
                             "firing down.").format(block=pyramidal)
    return text + downstream_blockers_note(trajectory.scenario.blockers, tr("this step"), tr)

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
from app.story.names import (
    Translate,
    downstream_blockers_note,
    drug_name,
    drug_word,
    sentence_start,
)
from app.story.windows import scene_window


def ketamine_in_brain(trajectory: Trajectory, values: dict) -> float:
    """Brain ketamine (µM): ``brain_uM`` for a ketamine drug, 0 for an SSRI or no drug."""
    return values["brain_uM"] if blocks_nmda(trajectory.scenario.drug) else 0.0


def tissue_label(drug: str, conc: float, tr: Translate) -> str:
    """The label over the tissue: the chosen drug and its brain concentration, or why
    nothing plugs the receptors (``Esketamine in the brain: 0.42 µM``)."""
    if drug == "none":
        return tr("No drug given")
    if not blocks_nmda(drug):
        return tr("Escitalopram does not block NMDA receptors")
    return tr("{drug} in the brain: {conc:.2f} µM").format(drug=drug_name(drug, tr), conc=conc)


def inset_title(drug: str, tr: Translate) -> str:
    """The inset's title: block against the chosen drug (racemic ketamine's curve when
    the drug blocks no NMDA receptor)."""
    word = drug_word(drug if blocks_nmda(drug) else "ketamine", tr)
    return tr("Block against {drug} in the brain").format(drug=word)


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
    drug = trajectory.scenario.drug
    if ketamine_in_brain(trajectory, values) < 0.005 and values["nmda_block_interneuron"] < 0.01:
        text = _at_rest(drug, tr)
    else:
        word = drug_word(drug, tr)
        text = _template(trajectory, t, values["nmda_block_pyramidal"], tr).format(
            block=values["nmda_block_interneuron"], pyr=values["nmda_block_pyramidal"],
            rate=values["interneuron_activity"], drug=word, Drug=sentence_start(word))
    return text + downstream_blockers_note(trajectory.scenario.blockers, tr("this step"), tr)


def _at_rest(drug: str, tr: Translate) -> str:
    """No NMDA receptor plugged: why, naming the drug."""
    if drug == "none":
        return tr("No drug in the brain: the interneuron fires steadily and its GABA keeps "
                  "the pyramidal neuron in check.")
    if not blocks_nmda(drug):
        return tr("Escitalopram does not block NMDA receptors: the interneuron fires "
                  "steadily and its GABA keeps the pyramidal neuron in check.")
    return sentence_start(tr("No {drug} in the brain: the interneuron fires steadily and its "
                             "GABA keeps the pyramidal neuron in check.").format(
        drug=drug_word(drug, tr)))


def _template(trajectory: Trajectory, t: float, pyramidal: float, tr: Translate) -> str:
    """The sentence of the beat in force at ``t`` (the drug is in the brain), with
    ``{drug}`` (and ``{Drug}`` opening a sentence) for its name."""
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
        return tr("As {drug} washes out the block wears off ({block:.0%} of receptors still "
                  "plugged): the interneurons fire faster and their GABA brake returns.")
    return tr("{Drug} arrives and plugs {block:.0%} of the interneurons' NMDA receptors: "
              "they slow to {rate:.0%} of their usual rate and release less GABA.")

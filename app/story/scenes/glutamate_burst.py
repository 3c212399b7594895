"""Scene 4's story, the glutamate burst: freed from inhibition, pyramidal cells release
glutamate and AMPA receptors light up (or, at an anaesthetic dose, glutamate falls)."""
from __future__ import annotations

from app.model import Trajectory
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
from app.story.names import QT_TRANSLATE_NOOP, Translate, downstream_blockers_note, drug_word
from app.story.windows import scene_window

# what to notice at each beat (the peak's NBQX variant is in _template); {drug} names it
BEAT_SENTENCES = {
    "rising": QT_TRANSLATE_NOOP(
        "", "Freed from inhibition, the pyramidal cell fires faster ({firing:.2f}x) and "
            "glutamate starts to pour into the synapse."),
    "peak": QT_TRANSLATE_NOOP(
        "", "The burst peaks: glutamate is {glu:.2f}x baseline, and AMPA receptors, which "
            "{drug} does not block, are activated {ampa:.2f}x."),
    "subsides": QT_TRANSLATE_NOOP(
        "", "The burst subsides as {drug} washes out and the interneurons' brake returns: "
            "glutamate is down to {glu:.2f}x baseline."),
    "falling": QT_TRANSLATE_NOOP(
        "", "So much {drug} also plugs {block:.0%} of the pyramidal cell's own NMDA "
            "receptors: it fires less, and glutamate falls."),
    "lowest": QT_TRANSLATE_NOOP(
        "", "At this anaesthetic dose glutamate falls to its lowest, {glu:.2f}x baseline: "
            "there is no burst to drive the AMPA receptors."),
    "recovers": QT_TRANSLATE_NOOP(
        "", "As {drug} clears, the pyramidal cell's own receptors free up and glutamate "
            "recovers to {glu:.2f}x baseline."),
}


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The dose, then glutamate rising, peaking and subsiding (or falling, lowest and
    recovering); only the dose when glutamate does not move."""
    dose = Beat("dose", tr("Dose starts"), 0.0)
    if largest_change(trajectory, "glutamate", window) < 0.01:
        return [dose]                  # no burst to find (an SSRI, no drug)
    extreme = peak_time(trajectory, "glutamate", window)
    if trajectory.value("glutamate", extreme) < 1.0:
        # an anaesthetic dose silences the pyramidal cells too: glutamate falls instead
        return ordered_unique([
            dose,
            Beat("falling", tr("Glutamate falling"),
                 rise_time(trajectory, "glutamate", 0.5, window)),
            Beat("lowest", tr("Glutamate at its lowest"), extreme),
            Beat("recovers", tr("Glutamate recovering"),
                 fade_time(trajectory, "glutamate", 0.25, window)),
        ])
    return ordered_unique([
        dose,
        Beat("rising", tr("Glutamate rising"), rise_time(trajectory, "glutamate", 0.5, window)),
        Beat("peak", tr("Glutamate burst peaks"), extreme),
        Beat("subsides", tr("Burst subsides"),
             fade_time(trajectory, "glutamate", 0.25, window)),
    ])


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """What to notice at ``t``, by the beat in force: glutamate rising, the burst and the
    AMPA receptors it drives at the peak, the burst subsiding (or, at an anaesthetic dose,
    glutamate falling, at its lowest and recovering)."""
    values = trajectory.at(t)
    nbqx = "nbqx" in trajectory.scenario.blockers
    glutamate, firing = values["glutamate"], values["pyramidal_activity"]
    key = "rest" if abs(glutamate - 1.0) < 0.01 and abs(firing - 1.0) < 0.01 else _beat_key(
        trajectory, t)
    if key == "rest":
        text = tr("At rest: the pyramidal terminal releases glutamate at its usual rate "
                  "and AMPA receptors respond at baseline.")
    else:
        text = _template(key, nbqx, tr).format(
            firing=firing, glu=glutamate, ampa=values["ampa_activation"],
            block=values["nmda_block_pyramidal"], drug=drug_word(trajectory.scenario.drug, tr))
    if nbqx and key != "peak":  # the peak's own sentence names NBQX
        text += " " + tr("NBQX occupies the AMPA receptors: they stay at baseline whatever "
                         "glutamate does.")
    others = [b for b in trajectory.scenario.blockers if b != "nbqx"]
    return text + downstream_blockers_note(others, tr("the burst"), tr)


def _beat_key(trajectory: Trajectory, t: float) -> str:
    """The key of the beat in force at ``t``; before the first beat after the dose, the
    rise (or the fall, at an anaesthetic dose) it leads to."""
    window = scene_window("glutamate-burst", CATALOGUE["glutamate-burst"].window, trajectory)
    beat = beat_at(beats(trajectory, window, str), t)
    if beat is not None and beat.key != "dose":
        return beat.key
    return "rising" if trajectory.value("glutamate", t) >= 1.0 else "falling"


def _template(key: str, nbqx: bool, tr: Translate) -> str:
    """The sentence of beat ``key`` (glutamate has moved)."""
    if key == "peak" and nbqx:
        return tr("The burst peaks: glutamate is {glu:.2f}x baseline, but NBQX occupies the "
                  "AMPA receptors, so they stay at baseline.")
    return tr(BEAT_SENTENCES[key])

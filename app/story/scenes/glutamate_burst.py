"""Scene 4's story, the glutamate burst: freed from inhibition, pyramidal cells release
glutamate and AMPA receptors light up (or, at an anaesthetic dose, glutamate falls)."""
from __future__ import annotations

from app.model import Trajectory
from app.story.beats import (
    Beat,
    fade_time,
    largest_change,
    ordered_unique,
    peak_time,
    rise_time,
)
from app.story.names import Translate, downstream_blockers_note


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
    """The pyramidal cell's firing, glutamate and the AMPA receptors' response at ``t``."""
    values = trajectory.at(t)
    nbqx = "nbqx" in trajectory.scenario.blockers
    glutamate, firing = values["glutamate"], values["pyramidal_activity"]
    at_rest = abs(glutamate - 1.0) < 0.01 and abs(firing - 1.0) < 0.01
    if at_rest:
        text = tr("At rest: the pyramidal terminal releases glutamate at its usual rate "
                  "and AMPA receptors respond at baseline.")
    elif glutamate >= 1.0:
        text = tr("Freed from inhibition, the pyramidal cell fires at {firing:.2f}x its usual "
                  "rate: extracellular glutamate is {glu:.2f}x baseline.").format(
            firing=firing, glu=glutamate)
    else:
        text = tr("So much ketamine also plugs {block:.0%} of the pyramidal cell's own NMDA "
                  "receptors: it fires at {firing:.2f}x its usual rate and glutamate falls "
                  "to {glu:.2f}x baseline.").format(
            block=values["nmda_block_pyramidal"], firing=firing, glu=glutamate)
    if nbqx:
        text += " " + (tr("NBQX occupies the AMPA receptors, so they stay at baseline "
                          "although glutamate surges.") if glutamate > 1.02
                       else tr("NBQX occupies the AMPA receptors: they stay at baseline "
                               "whatever glutamate does."))
    elif not at_rest:
        text += " " + tr("AMPA receptors, which ketamine does not block, are activated "
                         "{ampa:.2f}x.").format(ampa=values["ampa_activation"])
    others = [b for b in trajectory.scenario.blockers if b != "nbqx"]
    return text + downstream_blockers_note(others, tr("the burst"), tr)

"""Scene 7's story, hit and run: the drug and its side effects come and go within hours;
the rebuilding it sets off, and relief, last for days."""
from __future__ import annotations

import numpy as np

from app.model import Trajectory
from app.model.facts import SPINE_CEILING, baseline_spine_density
from app.story.beats import Beat, change, fade_time, ordered_unique, peak_time
from app.story.names import Translate, drug_name, why_no_relief
from app.story.timefmt import format_clock

RELIEF_ONSET = 0.02  # relief below this share of the model's maximum counts as none


def share_of_peak(trajectory: Trajectory, name: str, value=None):
    """``name`` (or ``value``) as a share of that observable's own peak (0..1)."""
    top = max(float(trajectory[name].max()), 1e-12)
    return (trajectory[name] if value is None else value) / top


def spines_regrown(trajectory: Trajectory, density):
    """Spine density as the share of the stress deficit restored (room to the ceiling if none)."""
    s0 = baseline_spine_density(trajectory.scenario.stress)
    room = 1.0 - s0 if s0 < 1.0 else SPINE_CEILING - s0
    return np.clip((np.asarray(density) - s0) / room, 0.0, 1.25)


def completed_fade(trajectory: Trajectory, name: str, fraction: float, window) -> float | None:
    """``fade_time`` if the change of ``name`` really falls below ``fraction`` of its peak
    within ``window``, else None (no beat for a fade that has not happened)."""
    inside = (trajectory.t >= window[0]) & (trajectory.t <= window[1])
    changes = change(trajectory, name)
    peak = float(changes[inside].max()) if inside.any() else 0.0
    if peak <= 1e-9:
        return None
    t = fade_time(trajectory, name, fraction, window)
    return t if float(np.interp(t, trajectory.t, changes)) < fraction * peak else None


def first_dose_window(trajectory: Trajectory, window) -> tuple[float, float]:
    """``window`` cut at the second dose, so the drug's beats tell one dose's hit and run."""
    scenario = trajectory.scenario
    end = scenario.dose_interval_h if scenario.n_doses > 1 else window[1]
    return window[0], min(end, window[1])


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The first dose's peak, its side effects and the drug gone, then relief at its peak
    and half gone (those that happen; none without a drug)."""
    if trajectory["plasma_uM"].max() <= 0:
        return []
    first_dose = first_dose_window(trajectory, window)
    found = [Beat("drug-peak", tr("Drug at its peak"),
                  peak_time(trajectory, "plasma_uM", first_dose))]
    fades = (("dissociation-fades", tr("Dissociation fades"),
              completed_fade(trajectory, "dissociation", 0.1, first_dose)),
             ("drug-gone", tr("Drug essentially gone"),
              completed_fade(trajectory, "plasma_uM", 0.01, first_dose)))
    found += [Beat(key, label, t) for key, label, t in fades if t is not None]
    if trajectory["antidepressant_effect"].max() > RELIEF_ONSET:
        top = peak_time(trajectory, "antidepressant_effect", window)
        relief = trajectory.value
        if relief("antidepressant_effect", window[1]) < 0.95 * relief("antidepressant_effect",
                                                                      top):
            found.append(Beat("relief-peak", tr("Relief at its peak"), top))
        half_gone = completed_fade(trajectory, "antidepressant_effect", 0.5, window)
        if half_gone is not None:
            found.append(Beat("relief-half-gone", tr("Relief half gone"), half_gone))
    return ordered_unique(found)


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """Where the drug and its side effects are at ``t``, and the rebuilding and relief."""
    if trajectory["plasma_uM"].max() <= 0:
        return tr("{clock}: no drug is given, so nothing sets the cascade off.").format(
            clock=format_clock(t, tr))
    values = trajectory.at(t)
    share = share_of_peak(trajectory, "plasma_uM", values["plasma_uM"])
    numbers = dict(clock=format_clock(t, tr), drug=drug_name(trajectory.scenario.drug, tr),
                   conc=values["plasma_uM"], share=share, diss=values["dissociation"],
                   bp=values["blood_pressure_mmHg"], relief=values["antidepressant_effect"],
                   spines=float(spines_regrown(trajectory, values["spine_density"])),
                   reason=why_no_relief(trajectory.scenario, tr))
    first_peak = peak_time(trajectory, "plasma_uM", first_dose_window(trajectory, (0, t + 1)))
    if share < 0.1 and t < first_peak:
        text = tr("{clock}: the dose is starting: {drug} has only begun to reach the blood "
                  "({conc:.2f} µM).")
    elif share >= 0.1:
        text = tr("{clock}: {drug} in plasma is {conc:.2f} µM, {share:.0%} of its peak.")
        if trajectory["dissociation"].max() > 0:
            text += tr(" Dissociation ({diss:.0%} of maximum) and the blood-pressure rise "
                       "(+{bp:.0f} mmHg) track it.")
        if values["antidepressant_effect"] > 0.01:
            text += tr(" Relief is already {relief:.0%} of the model's maximum.")
    elif trajectory["antidepressant_effect"].max() <= RELIEF_ONSET:
        text = tr("{clock}: the drug is down to {share:.1%} of its peak, and there is no "
                  "relief: {reason}.")
    elif share >= 0.01:
        text = tr("{clock}: the drug is down to {share:.0%} of its peak and the side effects "
                  "have faded, but mTOR-driven rebuilding goes on: {spines:.0%} of lost "
                  "spines regrown, relief {relief:.0%} of the model's maximum.")
    else:
        text = tr("{clock}: the drug is essentially gone ({share:.1%} of its peak), yet the "
                  "regrown synapses keep relief at {relief:.0%} of the model's maximum. "
                  "The spark is out; the fire "
                  "it lit burns on for days.")
    return text.format(**numbers)

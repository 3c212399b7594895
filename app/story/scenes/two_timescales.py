"""Scene 2's story, two time scales: an SSRI course beside a rapid drug over six weeks.

Told from the two runs the scene compares (``ssri``: the SSRI course, ``rapid``: the rapid
drug), which the scene's painting layer simulates as companions of the lecturer's run.
"""
from __future__ import annotations

import numpy as np

from app.model import Trajectory
from app.story.beats import Beat, ordered_unique, peak_time, rise_time
from app.story.catalogue import CATALOGUE
from app.story.names import Translate, drug_name, why_no_relief
from app.story.timefmt import format_clock

WEEKS_H = CATALOGUE["two-timescales"].window[1]  # six weeks: the SSRI course
RELIEF_ONSET = 0.02  # relief below this share of the model's maximum counts as none


def beats(ssri: Trajectory, rapid: Trajectory, window: tuple[float, float],
          tr: Translate) -> list[Beat]:
    """Serotonin up after the first SSRI dose, the rapid drug's relief, the SSRI's
    autoreceptors half desensitised and its relief at last (those that happen)."""
    regimen = ssri.scenario
    first_dose = (0.0, regimen.dose_interval_h if regimen.n_doses > 1 else WEEKS_H)
    found = [Beat("serotonin-up", tr("SSRI: serotonin up"),
                  rise_time(ssri, "serotonin", 0.5, first_dose))]
    if rapid["antidepressant_effect"].max() > RELIEF_ONSET:
        t = rise_time(rapid, "antidepressant_effect", 0.5, window)
        label = tr("{drug}: relief within a day") if t <= 24 else tr("{drug}: relief rising")
        found.append(Beat("rapid-relief", label.format(drug=drug_name(rapid.scenario.drug, tr)),
                          t))
    desensitization = ssri["autoreceptor_desensitization"]
    if desensitization.max() >= 0.5:
        found.append(Beat("autoreceptors-half", tr("SSRI: autoreceptors half desensitised"),
                          float(ssri.t[int(np.argmax(desensitization >= 0.5))])))
    if ssri["antidepressant_effect"].max() > RELIEF_ONSET:
        found.append(Beat("ssri-relief", tr("SSRI: relief finally arrives"),
                          rise_time(ssri, "antidepressant_effect", 0.5, window)))
    return ordered_unique(found)


def caption(ssri: Trajectory, rapid: Trajectory, t: float, tr: Translate) -> str:
    """The one thing to see at ``t``, in two short sentences: where the SSRI is on its weeks'
    road (chemistry at once, relief late) and what the rapid drug has done meanwhile."""
    return " ".join((_ssri_sentence(ssri, t, tr), _rapid_sentence(rapid, t, tr)))


def _ssri_sentence(ssri: Trajectory, t: float, tr: Translate) -> str:
    """Where the SSRI is at ``t``: serotonin up at once, relief only after adaptation."""
    values, top = ssri.at(t), float(ssri["antidepressant_effect"].max())
    numbers = dict(clock=format_clock(t, tr), level=values["serotonin"],
                   relief=values["antidepressant_effect"],
                   reason=why_no_relief(ssri.scenario, tr))
    if values["serotonin"] < 1.05:
        text = tr("{clock}: the first SSRI dose has not yet raised serotonin (×{level:.2f}); "
                  "there is no relief.")
    elif top <= RELIEF_ONSET:
        text = tr("{clock}: the SSRI raises serotonin to ×{level:.1f} but brings no relief: "
                  "{reason}.")
    elif values["antidepressant_effect"] >= 0.5 * top:
        text = tr("{clock}: after weeks of adaptation, the SSRI's relief has reached "
                  "{relief:.0%} of the model's maximum.")
    elif values["autoreceptor_desensitization"] >= 0.5:
        text = tr("{clock}: the SSRI's feedback autoreceptors have half desensitised, yet its "
                  "relief is only {relief:.0%} of the model's maximum.")
    else:
        text = tr("{clock}: the SSRI raised serotonin within hours (×{level:.1f}), yet its "
                  "relief waits on weeks of adaptation.")
    return text.format(**numbers)


def _rapid_sentence(rapid: Trajectory, t: float, tr: Translate) -> str:
    """What the rapid drug has done by ``t``: spines regrown, and its relief."""
    values = rapid.at(t)
    numbers = dict(drug=drug_name(rapid.scenario.drug, tr),
                   relief=values["antidepressant_effect"],
                   reason=why_no_relief(rapid.scenario, tr))
    if rapid["antidepressant_effect"].max() <= RELIEF_ONSET:
        text = tr("{drug} brings no relief: {reason}.")
    elif rapid.scenario.stress <= 0:  # a healthy cortex has lost no spines to regrow
        text = tr("{drug} adds a few spines to a healthy cortex; relief is {relief:.0%} of "
                  "the model's maximum.")
    elif t < peak_time(rapid, "spine_density"):
        text = tr("{drug} is regrowing lost spines: relief is already {relief:.0%} of the "
                  "model's maximum.")
    else:
        text = tr("{drug}'s regrown spines and its relief are fading ({relief:.0%} of the "
                  "model's maximum).")
    return text.format(**numbers)

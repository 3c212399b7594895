"""Scene 8's story, other hypotheses: each beat of the drug's course brings one rival
explanation forward (block at rest, the habenula, a metabolite, opioids), and the caption
sets the model's numbers of that moment against it."""
from __future__ import annotations

from app.model import Trajectory
from app.story.beats import Beat, beat_at, ordered_unique, peak_time
from app.story.names import Translate, drug_name, why_no_relief
from app.story.scenes.hit_and_run import RELIEF_ONSET, completed_fade, share_of_peak
from app.story.timefmt import format_clock


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The drug's peak, the block fading, the drug gone and relief at its peak (those that
    happen); one explaining beat without a drug or with an SSRI."""
    if trajectory["plasma_uM"].max() <= 0:
        return [Beat("no-drug", tr("No drug: nothing to explain"), window[0])]
    if trajectory.scenario.drug == "ssri":
        return [Beat("not-ketamine", tr("These hypotheses are about ketamine"), window[0])]
    found = [Beat("drug-peak", tr("Drug at its peak"), peak_time(trajectory, "brain_uM",
                                                                 window))]
    fades = (("block-fades", tr("NMDA block fades"),
              completed_fade(trajectory, "nmda_block_interneuron", 0.1, window)),
             ("drug-gone", tr("Drug essentially gone"),
              completed_fade(trajectory, "plasma_uM", 0.01, window)))
    found += [Beat(key, label, t) for key, label, t in fades if t is not None]
    if trajectory["antidepressant_effect"].max() > RELIEF_ONSET:
        found.append(Beat("relief-peak", tr("Relief at its peak"),
                          peak_time(trajectory, "antidepressant_effect", window)))
    return ordered_unique(found)


def caption(trajectory: Trajectory, t: float, window: tuple[float, float],
            tr: Translate) -> str:
    """The model's numbers at ``t`` set against the hypothesis of the beat in force."""
    beat = beat_at(beats(trajectory, window, tr), t)
    values = trajectory.at(t)
    numbers = dict(clock=format_clock(t, tr), brain=values["brain_uM"],
                   drug=drug_name(trajectory.scenario.drug, tr),
                   reason=why_no_relief(trajectory.scenario, tr),
                   inter=values["nmda_block_interneuron"],
                   pyr=values["nmda_block_pyramidal"],
                   share=float(share_of_peak(trajectory, "plasma_uM", values["plasma_uM"])),
                   relief=values["antidepressant_effect"])
    key = beat.key if beat else ""
    if key == "drug-peak":
        text = tr("{clock}: at its peak the drug blocks {inter:.0%} of the interneurons' NMDA "
                  "receptors and {pyr:.0%} of the pyramidal cells'. Block at rest (Autry "
                  "2011): the pyramidal block alone switches off eEF2 kinase, no burst needed.")
    elif key == "block-fades" and trajectory["antidepressant_effect"].max() <= RELIEF_ONSET:
        text = tr("{clock}: the NMDA block is down to {inter:.0%} of the interneurons' "
                  "receptors, and no relief follows in this run: {reason}. The habenula "
                  "hypothesis (Yang 2018) would act through the block itself.")
    elif key == "block-fades":
        text = tr("{clock}: the NMDA block is down to {inter:.0%} of the interneurons' "
                  "receptors, and relief is still building. The habenula hypothesis (Yang "
                  "2018) acts through the block itself, so it must explain why relief "
                  "outlasts it.")
    elif key == "drug-gone":
        text = tr("{clock}: {drug} is essentially gone ({share:.1%} of its peak). "
                  "Ketamine's metabolite hydroxynorketamine outlasts the drug in the blood, "
                  "which is why Zanos 2016 proposed it as the real antidepressant; this "
                  "model has no metabolites.")
    elif key == "relief-peak":
        text = tr("{clock}: relief peaks at {relief:.0%} of the model's maximum, about when "
                  "trials measure it. Naltrexone blocked it in one small trial (Williams "
                  "2018) but not in another report (Yoon 2019): whether opioids take part "
                  "is open.")
    elif key == "not-ketamine":
        text = tr("{clock}: an SSRI blocks no NMDA receptors; the rival explanations on the "
                  "right are about ketamine. Choose ketamine or esketamine to follow them.")
    elif key == "no-drug":
        text = tr("{clock}: no drug is given, so there is no effect for any hypothesis to "
                  "explain.")
    else:
        text = tr("{clock}: the chain of the previous scenes is the spine of this app. Four "
                  "other explanations are studied; each card says what supports it and "
                  "what speaks against it.")
    return text.format(**numbers)

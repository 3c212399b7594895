"""Scene 6's story, spine growth: a branch thinned by chronic stress sprouts new spines as
synaptic proteins gather, and they recede days later. Counts are of the spines the scene
draws on its branch: ``N_HEALTHY`` on a healthy one."""
from __future__ import annotations

from app.model import Trajectory
from app.model.facts import baseline_spine_density
from app.story.beats import (
    Beat,
    change,
    fade_time,
    ordered_unique,
    peak_time,
    rise_time,
)
from app.story.names import Translate, blocker_names, sentence_start

N_HEALTHY = 40                      # spines on this branch in a healthy, unstressed cortex
N_SITES = 44                        # room for the few beyond healthy (spine_ceiling)


def spine_count(trajectory: Trajectory, t: float) -> int:
    """Spines drawn at ``t``: round(N_HEALTHY x spine_density), at most N_SITES."""
    return min(N_SITES, round(N_HEALTHY * trajectory.value("spine_density", t)))


def baseline_count(stress: float) -> int:
    """Spines on the branch before any drug (chronic stress removes some)."""
    return min(N_SITES, round(N_HEALTHY * baseline_spine_density(stress)))


def _highest_count_so_far(trajectory: Trajectory, t: float) -> int:
    """The most spines the branch has had between the dose and ``t``."""
    densities = trajectory["spine_density"][trajectory.t <= t]
    highest = float(densities.max()) if len(densities) else trajectory.value("spine_density", t)
    return min(N_SITES, round(N_HEALTHY * highest))


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """Sprouting, half the lost spines back (or half-way to the peak), the peak and the
    recession; one 'chain cut' beat when the spines never move."""
    mask = (trajectory.t >= window[0]) & (trajectory.t <= window[1])
    rise = float(change(trajectory, "spine_density")[mask].max())
    if rise < 1e-3:
        last = next((name for name in ("mtor_activity", "trkb_activation", "bdnf",
                                       "ampa_activation", "glutamate")
                     if change(trajectory, name)[mask].max() > 0.01), "brain_uM")
        return [Beat("chain-cut", tr("Chain cut: no new spines"),
                     peak_time(trajectory, last, window))]
    deficit = 1.0 - baseline_spine_density(trajectory.scenario.stress)
    if deficit > 0 and rise >= 0.5 * deficit:
        half = Beat("half-back", tr("Half the lost spines back"),
                    rise_time(trajectory, "spine_density", 0.5 * deficit / rise, window))
    else:
        half = Beat("halfway", tr("Halfway to the peak"),
                    rise_time(trajectory, "spine_density", 0.5, window))
    peak_label = tr("Most spines restored") if deficit > 0 else tr("Spine density at its peak")
    return ordered_unique([
        Beat("sprout", tr("New spines begin to sprout"),
             rise_time(trajectory, "spine_density", 0.1, window)),
        half,
        Beat("peak", peak_label, peak_time(trajectory, "spine_density", window)),
        Beat("recede", tr("New spines recede"),
             fade_time(trajectory, "spine_density", 0.5, window)),
    ])


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """How many spines the branch has at ``t``, why, and the relief that goes with them."""
    v = trajectory.at(t)
    scenario = trajectory.scenario
    count, before = spine_count(trajectory, t), baseline_count(scenario.stress)
    numbers = dict(count=count, healthy=N_HEALTHY, density=v["spine_density"],
                   new=max(count - before, 0), relief=v["antidepressant_effect"],
                   proteins=tr("{value:+.0%} over baseline").format(
                       value=round(v["synaptic_proteins"] - 1, 2) + 0.0))
    if scenario.blockers:
        return sentence_start(tr(
            "{names} cuts the chain before the spines: no building blocks arrive, so no new "
            "spines sprout ({count} of {healthy}, {density:.0%} of healthy)."
        ).format(names=blocker_names(scenario.blockers, tr), **numbers))
    if scenario.stress <= 0:
        return tr("A healthy branch has no stress-lost spines to restore: ketamine adds "
                  "a few beyond the healthy {healthy} (now {count}), and with little to "
                  "improve the model predicts only modest relief: {relief:.0%}."
                  ).format(**numbers)
    highest = _highest_count_so_far(trajectory, t)
    if count <= before and highest > before:
        return tr("The new spines have receded: the branch is back to {count} of {healthy} "
                  "spines as the extra synaptic proteins ({proteins}) run out; symptom relief "
                  "has faded to {relief:.0%} of the model's maximum.").format(**numbers)
    if count <= before:
        return tr("Chronic stress has thinned this branch to {count} of {healthy} spines "
                  "({density:.0%} of healthy). Synaptic proteins {proteins}: the building "
                  "blocks for new spines are only starting to gather.").format(**numbers)
    if count < highest:
        return tr("The extra synaptic proteins slowly decay ({proteins}) and new spines "
                  "recede: {count} of {healthy} spines remain, symptom relief "
                  "{relief:.0%} of the model's maximum.").format(**numbers)
    sprouted = (tr("1 new spine has sprouted and is maturing ({count} of {healthy}, "
                   "{density:.0%} of healthy) while synaptic proteins stay {proteins}.")
                if numbers["new"] == 1 else
                tr("{new} new spines have sprouted and are maturing ({count} of {healthy}, "
                   "{density:.0%} of healthy) while synaptic proteins stay {proteins}."))
    return (sprouted + " " + tr("Relief comes first from the new proteins strengthening "
                                "existing synapses; the new spines sustain it: {relief:.0%} "
                                "of the model's maximum.")).format(**numbers)

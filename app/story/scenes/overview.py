"""Scene 1's story, overview: the links of the chain, how lit each is, and which matter now."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.model import Trajectory
from app.model.facts import SPINE_CEILING, baseline_spine_density
from app.story.beats import (
    Beat,
    after_last_dose,
    fade_time,
    largest_change,
    ordered_unique,
    peak_time,
)
from app.story.names import (
    QT_TRANSLATE_NOOP,
    Translate,
    blocker_names,
    in_brain_label,
    sentence_start,
)
from app.story.timefmt import format_clock


@dataclass(frozen=True)
class Node:
    """One link of the chain on the map: its observable, name (marked for translation),
    colour role, how lit it is and its reading."""

    observable: str
    label: str
    role: str
    level: Callable[[dict, float], float]   # (values at t, baseline spines) -> 0..1
    reading: Callable[[dict, float, Translate], str]   # (values, baseline spines, tr)


def signed_percent(change: float) -> str:
    """``+39%`` / ``-21%``, and a plain ``0%`` for changes too small to show."""
    return "0%" if abs(change) < 0.005 else f"{change:+.0%}"


def _ratio(name):
    return lambda v, s0, tr: f"×{v[name]:.2f}"


NODES = (
    Node("brain_uM", QT_TRANSLATE_NOOP("", "Drug in brain"), "ketamine",  # follows plasma
         lambda v, s0: v["brain_uM"] / 1.0, lambda v, s0, tr: f"{v['brain_uM']:.2f} µM"),
    Node("nmda_block_interneuron", QT_TRANSLATE_NOOP("", "NMDA block on interneurons"), "nmda",
         lambda v, s0: v["nmda_block_interneuron"],
         lambda v, s0, tr: tr("{value:.0%} of receptors").format(
             value=v["nmda_block_interneuron"])),
    Node("interneuron_activity", QT_TRANSLATE_NOOP("", "Interneurons fall silent"), "interneuron",
         lambda v, s0: (1 - v["interneuron_activity"]) / 0.85,
         lambda v, s0, tr: tr("firing {value:.0%} of baseline").format(
             value=v["interneuron_activity"])),
    Node("pyramidal_activity", QT_TRANSLATE_NOOP("", "Pyramidal cells disinhibited"), "pyramidal",
         lambda v, s0: v["pyramidal_activity"] - 1, _ratio("pyramidal_activity")),
    Node("glutamate", QT_TRANSLATE_NOOP("", "Glutamate surge"), "glutamate",
         lambda v, s0: v["glutamate"] - 1, _ratio("glutamate")),
    Node("ampa_activation", QT_TRANSLATE_NOOP("", "AMPA receptors activated"), "ampa",
         lambda v, s0: v["ampa_activation"] - 1, _ratio("ampa_activation")),
    Node("p_eef2", QT_TRANSLATE_NOOP("", "eEF2 brake released"), "eef2",
         lambda v, s0: (1 - v["p_eef2"]) / 0.6,
         lambda v, s0, tr: tr("p-eEF2 {value:.0%} of baseline").format(value=v["p_eef2"])),
    Node("bdnf", QT_TRANSLATE_NOOP("", "BDNF translated"), "bdnf",
         lambda v, s0: (v["bdnf"] - 1) / 0.8, _ratio("bdnf")),
    Node("trkb_activation", QT_TRANSLATE_NOOP("", "TrkB activated"), "trkb",
         lambda v, s0: (v["trkb_activation"] - 1) / 0.8, _ratio("trkb_activation")),
    Node("mtor_activity", QT_TRANSLATE_NOOP("", "mTOR switched on"), "mtor",
         lambda v, s0: v["mtor_activity"] - 1, _ratio("mtor_activity")),
    Node("synaptic_proteins", QT_TRANSLATE_NOOP("", "Synaptic proteins made"), "proteins",
         lambda v, s0: (v["synaptic_proteins"] - 1) / 0.5,
         lambda v, s0, tr: tr("{value} over baseline").format(
             value=signed_percent(v["synaptic_proteins"] - 1))),
    Node("spine_density", QT_TRANSLATE_NOOP("", "New dendritic spines"), "spine",
         lambda v, s0: (v["spine_density"] - s0) / max(SPINE_CEILING - s0, 1e-6),
         lambda v, s0, tr: tr("{value:.0%} of healthy").format(value=v["spine_density"])),
    Node("antidepressant_effect", QT_TRANSLATE_NOOP("", "Symptom relief"), "mood",
         lambda v, s0: v["antidepressant_effect"],
         lambda v, s0, tr: tr("{value:.0%} of max. relief").format(
             value=v["antidepressant_effect"])),
)

MOVED = 0.01  # a change from baseline smaller than this is no event worth a beat
ACTIVE = 0.15  # a link this lit (0..1 of its card's scale) counts as set in motion


def links_that_matter(levels: list[tuple[float, Node]], count: int = 4) -> list[Node]:
    """The most strongly lit links now, in chain order, with the front of the wave (the
    last link set in motion) always among them."""
    active = [(level, i) for i, (level, _) in enumerate(levels) if level > ACTIVE]
    front = max(i for _, i in active)
    strongest = {i for _, i in sorted(active, reverse=True)[:count - 1]} | {front}
    return [levels[i][1] for i in sorted(strongest)]


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The dose, the glutamate surge (or fall), mTOR's and the spines' peaks if they move,
    and the drug almost gone after the last dose (with rebuilding going on if it does)."""
    found = [Beat("dose", tr("Dose starts"), 0.0)]
    glutamate = peak_time(trajectory, "glutamate", window)
    if trajectory.value("glutamate", glutamate) >= 1.0:
        found.append(Beat("glutamate-peak", tr("Glutamate surge"), glutamate))
    else:  # an anaesthetic dose silences the pyramidal cells too
        found.append(Beat("glutamate-low", tr("Glutamate falls instead of surging"),
                          glutamate))
    # links that hardly move (a cut chain, an SSRI's mTOR) get no beat
    for key, label, name in (("mtor-peak", tr("mTOR at its peak"), "mtor_activity"),
                             ("spine-peak", tr("Most spines restored"), "spine_density")):
        if largest_change(trajectory, name, window) > MOVED:
            found.append(Beat(key, label, peak_time(trajectory, name, window)))
    rebuilding = largest_change(trajectory, "spine_density", window) > MOVED
    found.append(Beat("drug-gone", tr("Drug almost gone, rebuilding goes on") if rebuilding
                      else tr("Drug almost gone"),
                      fade_time(trajectory, "plasma_uM", 0.01,
                                after_last_dose(trajectory.scenario, window))))
    return ordered_unique(found)


def node_label(node: Node, drug: str, tr: Translate) -> str:
    """The link's name, translated; the first link names the chosen drug
    (``Esketamine in brain``)."""
    return in_brain_label(drug, tr) if node.observable == "brain_uM" else tr(node.label)


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """The links most active at ``t`` with their readings, and where a blocker cuts."""
    values = trajectory.at(t)
    s0 = baseline_spine_density(trajectory.scenario.stress)
    drug = trajectory.scenario.drug
    levels = [(node.level(values, s0), node) for node in NODES]
    head = tr("At {clock}, ").format(clock=format_clock(t, tr))
    if not any(level > ACTIVE for level, _ in levels):
        return head + tr("the chain is at rest: nothing has been set in motion yet, or "
                         "everything has settled back.")
    lit = tr("; ").join(tr("{link} ({reading})").format(link=node_label(node, drug, tr),
                                                        reading=node.reading(values, s0, tr))
                        for node in links_that_matter(levels))
    blockers = trajectory.scenario.blockers
    tail = (" " + sentence_start(tr("{names} cuts the chain: everything after its link stays "
                                    "at rest.").format(names=blocker_names(blockers, tr)))
            if blockers else "")
    return head + tr("most active now: {links}.").format(links=lit) + tail

"""The evidence behind each link, in words: the names of levels, species and steps marked
for translation, and the one-line evidence sentence of a beat for the explanation and the
speaker notes (``app.model.EVIDENCE`` holds the records in English). Qt-free: ``tr`` is the
translator of the language wanted; ``app.scenes.evidence_view`` draws the evidence marks."""
from __future__ import annotations

from app.model import EVIDENCE, Scenario
from app.model.evidence import BLOCKER_TARGETS, link_into
from app.story.names import BLOCKER_NAMES, LIST_SEPARATOR, QT_TRANSLATE_NOOP, Translate

LEVEL_NAMES = {"established": QT_TRANSLATE_NOOP("", "established"),
               "supported": QT_TRANSLATE_NOOP("", "supported"),
               "contested": QT_TRANSLATE_NOOP("", "contested")}
SPECIES_NAMES = {"human": QT_TRANSLATE_NOOP("", "human"),
                 "rodent": QT_TRANSLATE_NOOP("", "rodent"),
                 "in vitro": QT_TRANSLATE_NOOP("", "in vitro")}
#: The short marks drawn beside an arrow.
SPECIES_MARKS = {"human": QT_TRANSLATE_NOOP("", "H"), "rodent": QT_TRANSLATE_NOOP("", "R"),
                 "in vitro": QT_TRANSLATE_NOOP("", "iv")}
#: Each step's name (the overview's card labels: one translation each).
STEP_LABELS = {
    "brain_uM": QT_TRANSLATE_NOOP("", "Ketamine in brain"),
    "nmda_block_interneuron": QT_TRANSLATE_NOOP("", "NMDA block on interneurons"),
    "interneuron_activity": QT_TRANSLATE_NOOP("", "Interneurons fall silent"),
    "pyramidal_activity": QT_TRANSLATE_NOOP("", "Pyramidal cells disinhibited"),
    "glutamate": QT_TRANSLATE_NOOP("", "Glutamate surge"),
    "ampa_activation": QT_TRANSLATE_NOOP("", "AMPA receptors activated"),
    "p_eef2": QT_TRANSLATE_NOOP("", "eEF2 brake released"),
    "bdnf": QT_TRANSLATE_NOOP("", "BDNF translated"),
    "trkb_activation": QT_TRANSLATE_NOOP("", "TrkB activated"),
    "mtor_activity": QT_TRANSLATE_NOOP("", "mTOR switched on"),
    "synaptic_proteins": QT_TRANSLATE_NOOP("", "Synaptic proteins made"),
    "spine_density": QT_TRANSLATE_NOOP("", "New dendritic spines"),
    "antidepressant_effect": QT_TRANSLATE_NOOP("", "Symptom relief"),
}

#: The notes of ``EVIDENCE``, marked for translation (a test keeps the two in step).
NOTES = (
    QT_TRANSLATE_NOOP("", "Ketamine blocks NMDA receptors; the selectivity for interneurons at "
                          "low doses is a modelling choice of this app, following the article."),
    QT_TRANSLATE_NOOP("", "Interneurons fall silent first: shown with MK-801 in rats (Homayoun "
                          "2007), for ketamine itself only in later rodent work."),
    QT_TRANSLATE_NOOP("", "Less inhibition lets pyramidal cells fire more: recorded in rodent "
                          "cortex and hippocampal slices."),
    QT_TRANSLATE_NOOP("", "Extracellular glutamate rises within the hour: microdialysis in rats, "
                          "magnetic resonance spectroscopy in people."),
    QT_TRANSLATE_NOOP("", "The AMPA antagonist NBQX abolishes ketamine's effects in rodents: "
                          "AMPA receptors carry the signal on."),
    QT_TRANSLATE_NOOP("", "Where the two hypotheses differ: Autry 2011 has NMDA block at rest "
                          "switch off eEF2 kinase with no glutamate burst; the article routes it "
                          "through AMPA."),
    QT_TRANSLATE_NOOP("", "Less eEF2 phosphorylation lets dendritic BDNF mRNA be translated "
                          "within 30 min in mice."),
    QT_TRANSLATE_NOOP("", "Neutralising released BDNF blocks the effect in rats; people with the "
                          "Met allele, which releases less BDNF, respond less."),
    QT_TRANSLATE_NOOP("", "TrkB signals through Akt and ERK to mTOR: ketamine activates mTOR "
                          "within the hour in rat prefrontal cortex."),
    QT_TRANSLATE_NOOP("", "mTOR drives synthesis of PSD-95, GluA1 and synapsin within hours in "
                          "rats; rapamycin stops it."),
    QT_TRANSLATE_NOOP("", "More spines within 24 h in rat prefrontal cortex, also after chronic "
                          "stress."),
    QT_TRANSLATE_NOOP("", "New spines sustain the effect but are not needed for its onset in "
                          "mice; in people lower synapse density goes with severity (imaging, "
                          "correlational)."),
    QT_TRANSLATE_NOOP("", "NBQX given before ketamine abolishes its antidepressant-like effect "
                          "in rodents."),
    QT_TRANSLATE_NOOP("", "An antibody that neutralises BDNF, or deleting BDNF or TrkB, "
                          "abolishes the effect in rodents."),
    QT_TRANSLATE_NOOP("", "Rapamycin abolishes the effect in rodents, but in the one human trial "
                          "it did not block ketamine at 24 h and prolonged the response at 2 "
                          "weeks."),
)

#: Scene id -> beat key -> the observable whose incoming link the beat is about.
BEAT_STEPS = {
    "overview": {"dose": "nmda_block_interneuron", "glutamate-peak": "glutamate",
                 "mtor-peak": "mtor_activity", "spine-peak": "spine_density",
                 "drug-gone": "antidepressant_effect"},
    "two-timescales": {"rapid-relief": "antidepressant_effect"},
    "interneuron-blockade": {"dose": "nmda_block_interneuron",
                             "half-block": "nmda_block_interneuron",
                             "peak-block": "interneuron_activity",
                             "recovery": "pyramidal_activity"},
    "glutamate-burst": {"dose": "nmda_block_interneuron", "rising": "pyramidal_activity",
                        "peak": "glutamate", "subsides": "ampa_activation"},
    "bdnf-mtor": {"ampa-peak": "ampa_activation", "brake-released": "p_eef2",
                  "trkb-peak": "trkb_activation", "mtor-peak": "mtor_activity",
                  "blocks-made": "synaptic_proteins"},
    "spine-growth": {"sprout": "spine_density", "half-back": "spine_density",
                     "halfway": "spine_density", "peak": "spine_density",
                     "recede": "antidepressant_effect"},
    "hit-and-run": {"drug-peak": "nmda_block_interneuron", "drug-gone": "antidepressant_effect",
                    "relief-peak": "antidepressant_effect",
                    "relief-half-gone": "antidepressant_effect"},
    "other-hypotheses": {"drug-peak": "p_eef2"},
}


def link_name(key: tuple[str, str], tr: Translate) -> str:
    """``Glutamate surge → AMPA receptors activated``, or ``rapamycin at mTOR switched on``."""
    source, target = key
    if source in BLOCKER_TARGETS:
        return tr("{blocker} at {step}").format(blocker=tr(BLOCKER_NAMES[source]),
                                                step=tr(STEP_LABELS[target]))
    return f"{tr(STEP_LABELS[source])} → {tr(STEP_LABELS[target])}"


def evidence_sentence(key: tuple[str, str], tr: Translate) -> str:
    """One line naming the link, its level, species and key reference, and the note."""
    ev = EVIDENCE[key]
    species = tr(LIST_SEPARATOR).join(tr(SPECIES_NAMES[s]) for s in ev.species_in_order)
    return tr("Evidence, {link}: {level} ({species}); {ref}. {note}").format(
        link=link_name(key, tr), level=tr(LEVEL_NAMES[ev.level]), species=species,
        ref=ev.key_ref, note=tr(ev.note))


def beat_link(scene_id: str, beat_key: str) -> tuple[str, str] | None:
    """The chain link the beat ``beat_key`` of scene ``scene_id`` is about (None if none)."""
    step = BEAT_STEPS.get(scene_id, {}).get(beat_key)
    return link_into(step) if step else None


def beat_evidence_lines(scene_id: str, beat_key: str | None, scenario: Scenario,
                        tr: Translate) -> list[str]:
    """The evidence lines for a beat's explanation: its link, then each blocker's link."""
    lines = []
    key = beat_link(scene_id, beat_key) if beat_key else None
    if key is not None:
        lines.append(evidence_sentence(key, tr))
    for blocker in sorted(scenario.blockers):
        if blocker != "rapamycin":  # rapamycin's human result is in every caption already
            lines.append(evidence_sentence((blocker, BLOCKER_TARGETS[blocker]), tr))
    return lines

"""The evidence behind each link, as the pictures and explanations show it.

``app.model.EVIDENCE`` holds the records in English; this module marks their words for
translation, writes the one-line evidence sentence of a beat, and draws the evidence
marks: arrows by level, species letters, the legend, and the "rodent experiment" tag on
rapamycin.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.i18n import translated
from app.model import EVIDENCE, Scenario
from app.model.evidence import BLOCKER_TARGETS, link_into
from app.scenes.base import LegendItem, RenderContext
from app.scenes.chrome import BLOCKER_NAMES
from app.scenes.primitives import ALIGN_CENTER, draw_text, text_width

LEVEL_NAMES = {"established": QT_TRANSLATE_NOOP("", "established"),
               "supported": QT_TRANSLATE_NOOP("", "supported"),
               "contested": QT_TRANSLATE_NOOP("", "contested")}
SPECIES_NAMES = {"human": QT_TRANSLATE_NOOP("", "human"),
                 "rodent": QT_TRANSLATE_NOOP("", "rodent"),
                 "in vitro": QT_TRANSLATE_NOOP("", "in vitro")}
#: The short marks drawn beside an arrow.
SPECIES_MARKS = {"human": QT_TRANSLATE_NOOP("", "H"), "rodent": QT_TRANSLATE_NOOP("", "R"),
                 "in vitro": QT_TRANSLATE_NOOP("", "iv")}
#: Solid, dashed, dotted: how sure the link is.
LEVEL_PENS = {"established": Qt.PenStyle.SolidLine, "supported": Qt.PenStyle.DashLine,
              "contested": Qt.PenStyle.DotLine}

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
                             "peak-block": "interneuron_activity", "recovery": "pyramidal_activity"},
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


def link_name(key: tuple[str, str], tr) -> str:
    """``Glutamate surge → AMPA receptors activated``, or ``rapamycin at mTOR switched on``."""
    source, target = key
    if source in BLOCKER_TARGETS:
        return tr("{blocker} at {step}").format(blocker=tr(BLOCKER_NAMES[source]),
                                                step=tr(STEP_LABELS[target]))
    return f"{tr(STEP_LABELS[source])} → {tr(STEP_LABELS[target])}"


def evidence_sentence(key: tuple[str, str], tr) -> str:
    """One line naming the link, its level, species and key reference, and the note."""
    ev = EVIDENCE[key]
    species = ", ".join(tr(SPECIES_NAMES[s]) for s in ev.species_in_order)
    return tr("Evidence, {link}: {level} ({species}); {ref}. {note}").format(
        link=link_name(key, tr), level=tr(LEVEL_NAMES[ev.level]), species=species,
        ref=ev.key_ref, note=tr(ev.note))


def beat_link(scene_id: str, beat_key: str) -> tuple[str, str] | None:
    """The chain link the beat ``beat_key`` of scene ``scene_id`` is about (None if none)."""
    step = BEAT_STEPS.get(scene_id, {}).get(beat_key)
    return link_into(step) if step else None


def beat_evidence_lines(scene_id: str, beat_key: str | None, scenario: Scenario,
                        tr=translated) -> list[str]:
    """The evidence lines for a beat's explanation: its link, then each blocker's link
    (translated by ``tr``, by default into the widgets' language)."""
    lines = []
    key = beat_link(scene_id, beat_key) if beat_key else None
    if key is not None:
        lines.append(evidence_sentence(key, tr))
    for blocker in sorted(scenario.blockers):
        if blocker != "rapamycin":  # rapamycin's human result is in every caption already
            lines.append(evidence_sentence((blocker, BLOCKER_TARGETS[blocker]), tr))
    return lines


def rapamycin_sentence(scenario: Scenario, tr) -> str:
    """What every caption adds while rapamycin is chosen ('' otherwise)."""
    if "rapamycin" not in scenario.blockers:
        return ""
    return tr("Rapamycin here re-enacts a rodent experiment (Li 2010). In people it did not "
              "block ketamine at 24 h and prolonged the response at 2 weeks (Abdallah 2020).")


# --- drawing ------------------------------------------------------------------------------
def species_marks(key: tuple[str, str], tr) -> str:
    """``H R iv``: the species marks of a link, translated."""
    return " ".join(tr(SPECIES_MARKS[s]) for s in EVIDENCE[key].species_in_order)


def paint_marks(painter: QPainter, ctx: RenderContext, key: tuple[str, str],
                at: QPointF) -> None:
    """The species marks of ``key`` in a small pill centred on ``at``."""
    text = species_marks(key, ctx.tr)
    width, height = text_width(ctx, text, 14, True) + 12, 22 * ctx.theme.text_scale
    rect = QRectF(at.x() - width / 2, at.y() - height / 2, width, height)
    painter.setPen(QPen(ctx.theme.color("muted", 0.6), 1.2))
    painter.setBrush(ctx.theme.color("panel", 0.9))
    painter.drawRoundedRect(rect, height / 2, height / 2)
    draw_text(painter, ctx, text, rect, 14, "ink", True, ALIGN_CENTER)


def legend_items(tr) -> list[LegendItem]:
    """The evidence view's legend: the three line styles and the three species marks."""
    items = [LegendItem("muted", tr(LEVEL_NAMES[level]), f"line:{level}")
             for level in LEVEL_PENS]
    items += [LegendItem("ink", tr(SPECIES_NAMES[s]), f"mark:{tr(SPECIES_MARKS[s])}")
              for s in SPECIES_MARKS]
    return items


def paint_rodent_tag(painter: QPainter, ctx: RenderContext, top_center: QPointF,
                     width: float = 300.0) -> QRectF:
    """Under the rapamycin pill: this is a rodent experiment; in people it did not block."""
    tr = ctx.tr
    rect = QRectF(top_center.x() - width / 2, top_center.y(), width, 50)
    painter.setPen(QPen(ctx.theme.color("vermillion"), 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(ctx.theme.color("panel", 0.92))
    painter.drawRoundedRect(rect, 8, 8)
    draw_text(painter, ctx, tr("rodent experiment"), QRectF(rect.x(), rect.y() + 2, width, 22),
              15, "vermillion", True, ALIGN_CENTER)
    draw_text(painter, ctx, tr("in people: not blocked (Abdallah 2020)"),
              QRectF(rect.x(), rect.y() + 24, width, 22), 14, "ink", False, ALIGN_CENTER)
    return rect

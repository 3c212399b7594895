"""What each observable of a trajectory is: the one table behind the trajectory's columns,
the plots' titles, units and colours, the CSV columns and the model's documentation.

Labels and units are English, marked for translation under context ``""`` (where the
pictures look them up); the mark is a local no-op, so the model stays free of Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from .facts import BLOOD_PRESSURE_MAX_RISE_MMHG, SPINE_CEILING, STRESS_SPINE_LOSS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this name
    """Mark ``text`` for translation (pyside6-lupdate finds the call); return it unchanged."""
    return text


@dataclass(frozen=True)
class Observable:
    """One simulated quantity.

    ``name`` is its key in a trajectory and its CSV column; ``label`` and ``unit`` are what
    a plot shows (English, translated on display); ``role`` names its colour
    (``app.scenes.theme.ROLES``); ``baseline`` is its value before any dose in an
    unstressed cortex; ``typical_range`` (low, high) holds what ketamine up to 2 mg/kg, a
    course of esketamine or six weeks of an SSRI give; ``meaning`` says what it measures.
    """

    name: str
    label: str
    unit: str
    role: str
    baseline: float
    typical_range: tuple[float, float]
    meaning: str


#: Units, each marked once.
FRACTION = QT_TRANSLATE_NOOP("", "fraction")
MMHG = QT_TRANSLATE_NOOP("", "mmHg")
MICROMOLAR = QT_TRANSLATE_NOOP("", "µM")
TIMES_BASELINE = QT_TRANSLATE_NOOP("", "× baseline")
TIMES_HEALTHY = QT_TRANSLATE_NOOP("", "× healthy")
OF_MAXIMUM = QT_TRANSLATE_NOOP("", "fraction of maximum")
OF_MAXIMAL_RELIEF = QT_TRANSLATE_NOOP("", "fraction of the model's maximal relief")

SHARE = (0.0, 1.0)

_RECORDS = (
    Observable("plasma_uM", QT_TRANSLATE_NOOP("", "Plasma drug"), MICROMOLAR, "ketamine", 0.0,
               (0.0, 4.0), "drug concentration in (arterial) plasma"),
    Observable("brain_uM", QT_TRANSLATE_NOOP("", "Brain drug (follows plasma)"), MICROMOLAR,
               "ketamine", 0.0, (0.0, 4.0),
               "drug concentration at the effect site in the brain, driven by plasma with a "
               "lag of minutes (not measured directly in patients)"),
    Observable("nmda_block_interneuron", QT_TRANSLATE_NOOP("", "NMDA block, interneurons"),
               FRACTION, "interneuron", 0.0, SHARE,
               "share of NMDA receptors blocked on GABA interneurons"),
    Observable("nmda_block_pyramidal", QT_TRANSLATE_NOOP("", "NMDA block, pyramidal"), FRACTION,
               "pyramidal", 0.0, SHARE,
               "share of NMDA receptors blocked on pyramidal neurons (their firing fails "
               "steeply once most are blocked, near anaesthetic concentrations)"),
    Observable("interneuron_activity", QT_TRANSLATE_NOOP("", "Interneuron firing"),
               TIMES_BASELINE, "interneuron", 1.0, (0.2, 1.0), "interneuron firing rate"),
    Observable("pyramidal_activity", QT_TRANSLATE_NOOP("", "Pyramidal firing"), TIMES_BASELINE,
               "pyramidal", 1.0, (0.4, 2.0), "pyramidal firing rate"),
    Observable("glutamate", QT_TRANSLATE_NOOP("", "Extracellular glutamate"), TIMES_BASELINE,
               "glutamate", 1.0, (0.4, 2.0),
               "extracellular glutamate in prefrontal cortex, as microdialysis measures it "
               "(not the transmitter inside one synapse)"),
    Observable("ampa_activation", QT_TRANSLATE_NOOP("", "AMPA activation"), TIMES_BASELINE,
               "ampa", 1.0, (0.4, 2.0), "AMPA-receptor activation by that glutamate"),
    Observable("p_eef2", QT_TRANSLATE_NOOP("", "p-eEF2"), TIMES_BASELINE, "eef2", 1.0,
               (0.6, 1.0), "phosphorylated eEF2 (the brake on dendritic translation)"),
    Observable("bdnf", QT_TRANSLATE_NOOP("", "BDNF"), TIMES_BASELINE, "bdnf", 1.0, (1.0, 1.5),
               "BDNF protein"),
    Observable("trkb_activation", QT_TRANSLATE_NOOP("", "TrkB activation"), TIMES_BASELINE,
               "trkb", 1.0, (1.0, 1.5), "TrkB activation (phosphorylation) by BDNF"),
    Observable("mtor_activity", QT_TRANSLATE_NOOP("", "mTOR"), TIMES_BASELINE, "mtor", 1.0,
               (1.0, 2.0), "mTOR pathway activation (p-mTOR, p-p70S6K)"),
    Observable("synaptic_proteins", QT_TRANSLATE_NOOP("", "Synaptic proteins"), TIMES_BASELINE,
               "proteins", 1.0, (1.0, 2.0), "synaptic proteins (PSD-95, GluA1, synapsin)"),
    Observable("serotonin", QT_TRANSLATE_NOOP("", "Serotonin"), TIMES_BASELINE, "serotonin",
               1.0, (1.0, 3.0), "extracellular serotonin"),
    Observable("spine_density", QT_TRANSLATE_NOOP("", "Spine density"), TIMES_HEALTHY, "spine",
               1.0, (1.0 - STRESS_SPINE_LOSS, SPINE_CEILING),
               "dendritic spine density in prefrontal cortex, relative to a healthy unstressed "
               "cortex (before any dose it is lower the more stressed the cortex is)"),
    Observable("antidepressant_effect", QT_TRANSLATE_NOOP("", "Relief"), OF_MAXIMAL_RELIEF,
               "mood", 0.0, SHARE,
               "symptom relief: a fast part from synaptic potentiation plus a slow part from "
               "new spines; 1 is the most improvement the model can give, not a rating-scale "
               "score"),
    Observable("dissociation", QT_TRANSLATE_NOOP("", "Dissociation"), OF_MAXIMUM,
               "dissociation", 0.0, SHARE,
               "dissociative effects, as a share of the model's maximum (not mapped onto CADSS)"),
    Observable("blood_pressure_mmHg", QT_TRANSLATE_NOOP("", "Blood pressure rise"), MMHG,
               "pressure", 0.0, (0.0, BLOOD_PRESSURE_MAX_RISE_MMHG),
               "rise of systolic blood pressure above baseline"),
    Observable("sert_occupancy", QT_TRANSLATE_NOOP("", "SERT occupancy"), FRACTION, "ssri", 0.0,
               SHARE, "share of serotonin transporters occupied"),
    Observable("autoreceptor_desensitization",
               QT_TRANSLATE_NOOP("", "Autoreceptor desensitisation"), FRACTION, "serotonin",
               0.0, SHARE, "desensitisation of 5-HT1A autoreceptors"),
)

#: Every observable's record by name (read-only), in causal order (that of ``OBSERVABLES``).
OBSERVABLE_INFO = MappingProxyType({record.name: record for record in _RECORDS})


def observable(name: str) -> Observable:
    """The record of the observable called ``name``; KeyError naming the known ones."""
    try:
        return OBSERVABLE_INFO[name]
    except KeyError:
        raise KeyError(f"unknown observable {name!r}; known: {', '.join(OBSERVABLE_INFO)}") \
            from None

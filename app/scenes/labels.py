"""How each observable is named on a plot axis or legend, and its unit, marked for
translation (look both up with ``app.i18n.translated``). Qt-free but for the marker, so
exports can label their charts without loading widgets."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Units, each marked once.
FRACTION = QT_TRANSLATE_NOOP("", "fraction")
MMHG = QT_TRANSLATE_NOOP("", "mmHg")
MICROMOLAR = QT_TRANSLATE_NOOP("", "µM")
TIMES_BASELINE = QT_TRANSLATE_NOOP("", "× baseline")
TIMES_HEALTHY = QT_TRANSLATE_NOOP("", "× healthy")
OF_MAXIMUM = QT_TRANSLATE_NOOP("", "fraction of maximum")
OF_MAXIMAL_RELIEF = QT_TRANSLATE_NOOP("", "fraction of the model's maximal relief")

#: Observable -> (short label, unit).
LABELS = {
    "plasma_uM": (QT_TRANSLATE_NOOP("", "Plasma drug"), MICROMOLAR),
    # the brain (effect-site) level follows plasma with a lag of minutes
    "brain_uM": (QT_TRANSLATE_NOOP("", "Brain drug (follows plasma)"), MICROMOLAR),
    "nmda_block_interneuron": (QT_TRANSLATE_NOOP("", "NMDA block, interneurons"), FRACTION),
    "nmda_block_pyramidal": (QT_TRANSLATE_NOOP("", "NMDA block, pyramidal"), FRACTION),
    "interneuron_activity": (QT_TRANSLATE_NOOP("", "Interneuron firing"), TIMES_BASELINE),
    "pyramidal_activity": (QT_TRANSLATE_NOOP("", "Pyramidal firing"), TIMES_BASELINE),
    # what microdialysis samples, not the transmitter inside one synapse
    "glutamate": (QT_TRANSLATE_NOOP("", "Extracellular glutamate"), TIMES_BASELINE),
    "ampa_activation": (QT_TRANSLATE_NOOP("", "AMPA activation"), TIMES_BASELINE),
    "p_eef2": (QT_TRANSLATE_NOOP("", "p-eEF2"), TIMES_BASELINE),
    "bdnf": (QT_TRANSLATE_NOOP("", "BDNF"), TIMES_BASELINE),
    "trkb_activation": (QT_TRANSLATE_NOOP("", "TrkB activation"), TIMES_BASELINE),
    "mtor_activity": (QT_TRANSLATE_NOOP("", "mTOR"), TIMES_BASELINE),
    "synaptic_proteins": (QT_TRANSLATE_NOOP("", "Synaptic proteins"), TIMES_BASELINE),
    "serotonin": (QT_TRANSLATE_NOOP("", "Serotonin"), TIMES_BASELINE),
    "spine_density": (QT_TRANSLATE_NOOP("", "Spine density"), TIMES_HEALTHY),
    "antidepressant_effect": (QT_TRANSLATE_NOOP("", "Relief"), OF_MAXIMAL_RELIEF),
    "dissociation": (QT_TRANSLATE_NOOP("", "Dissociation"), OF_MAXIMUM),
    "blood_pressure_mmHg": (QT_TRANSLATE_NOOP("", "Blood pressure rise"), MMHG),
    "sert_occupancy": (QT_TRANSLATE_NOOP("", "SERT occupancy"), FRACTION),
    "autoreceptor_desensitization": (QT_TRANSLATE_NOOP("", "Autoreceptor desensitisation"), FRACTION),
}

"""Names the story speaks of (drugs, routes, blockers) and the sentences about them that
several captions share, without Qt.

Story text is translated by the caller's translator ``tr`` (the language of the frame or
window, supplied by ``app.i18n``), always called as a bare ``tr("...")`` so that
``pyside6-lupdate`` files the strings under context ``""``; tables are marked with
:func:`QT_TRANSLATE_NOOP` and translated where they are shown.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from app.model import Scenario

# A translator: English source text in, the text in one language out.
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Mark ``text`` for translation under ``context`` without translating it (Qt-free)."""
    return text


#: Between the items of a list of names (blockers, species): ", " in English, "、" in Chinese.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("", ", ")


DRUG_NAMES = {
    "ketamine": QT_TRANSLATE_NOOP("", "Ketamine"),
    "esketamine": QT_TRANSLATE_NOOP("", "Esketamine"),
    "arketamine": QT_TRANSLATE_NOOP("", "Arketamine"),
    "ssri": QT_TRANSLATE_NOOP("", "SSRI (escitalopram)"),
    "none": QT_TRANSLATE_NOOP("", "No drug"),
}
ROUTE_NAMES = {
    "iv": QT_TRANSLATE_NOOP("", "IV"),
    "intranasal": QT_TRANSLATE_NOOP("", "intranasal"),
    "oral": QT_TRANSLATE_NOOP("", "oral"),
}
#: The drug's concentration as a link of the chain and a gauge's label: the picture names
#: the drug the lecturer chose, never "ketamine" for all of them.
IN_BRAIN = {
    "ketamine": QT_TRANSLATE_NOOP("", "Ketamine in brain"),
    "esketamine": QT_TRANSLATE_NOOP("", "Esketamine in brain"),
    "arketamine": QT_TRANSLATE_NOOP("", "Arketamine in brain"),
    "ssri": QT_TRANSLATE_NOOP("", "Escitalopram in brain"),
    "none": QT_TRANSLATE_NOOP("", "No drug given"),
}
#: The drug as a word inside a sentence ("As {drug} washes out ...").
DRUG_WORDS = {
    "ketamine": QT_TRANSLATE_NOOP("", "ketamine"),
    "esketamine": QT_TRANSLATE_NOOP("", "esketamine"),
    "arketamine": QT_TRANSLATE_NOOP("", "arketamine"),
    "ssri": QT_TRANSLATE_NOOP("", "escitalopram"),
    "none": QT_TRANSLATE_NOOP("", "no drug"),
}
BLOCKER_NAMES = {
    "nbqx": QT_TRANSLATE_NOOP("", "NBQX"),
    "trkb_antagonist": QT_TRANSLATE_NOOP("", "TrkB antagonist"),
    "rapamycin": QT_TRANSLATE_NOOP("", "rapamycin"),
}


def drug_name(drug: str, tr: Translate) -> str:
    """The drug's display name, translated."""
    return tr(DRUG_NAMES[drug])


def in_brain_label(drug: str, tr: Translate) -> str:
    """``Esketamine in brain``: the label of the drug's brain concentration, translated."""
    return tr(IN_BRAIN[drug])


def drug_word(drug: str, tr: Translate) -> str:
    """``esketamine``: the drug as a word inside a sentence, translated."""
    return tr(DRUG_WORDS[drug])


def blocker_names(blockers: Iterable[str], tr: Translate) -> str:
    """``NBQX + rapamycin``: the blockers in a fixed order, translated."""
    return " + ".join(tr(BLOCKER_NAMES[b]) for b in sorted(blockers))


def sentence_start(text: str) -> str:
    """``text`` with its first letter capitalised, for a sentence that opens with a name
    written in lower case (``rapamycin cuts the chain`` -> ``Rapamycin cuts the chain``)."""
    return text[:1].upper() + text[1:]


def downstream_blockers_note(blockers: Iterable[str], what: str, tr: Translate) -> str:
    """`` NBQX acts further down the chain and leaves {what} unchanged.`` ('' if none)."""
    blockers = sorted(blockers)
    if not blockers:
        return ""
    sentence = (tr("{names} acts further down the chain and leaves {what} unchanged.")
                if len(blockers) == 1
                else tr("{names} act further down the chain and leave {what} unchanged."))
    return " " + sentence_start(sentence.format(names=blocker_names(blockers, tr), what=what))


def why_no_relief(scenario: Scenario, tr: Translate) -> str:
    """Why a scenario brings no relief, as a caption clause (``rapamycin cuts the chain``)."""
    if scenario.drug == "none":
        return tr("no drug sets the cascade off")
    if scenario.blockers:
        return tr("{names} cuts the chain").format(names=blocker_names(scenario.blockers, tr))
    if scenario.drug == "ssri":
        return tr("the dose is too small to start the rebuilding")
    # too little drug, or so much that pyramidal cells are silenced too (the inverted U)
    return tr("at this dose no glutamate surge starts the rebuilding")


def rapamycin_sentence(scenario: Scenario, tr: Translate) -> str:
    """What every caption adds while rapamycin is chosen ('' otherwise)."""
    if "rapamycin" not in scenario.blockers:
        return ""
    return tr("Rapamycin here re-enacts a rodent experiment (Li 2010). In people it did not "
              "block ketamine at 24 h and prolonged the response at 2 weeks (Abdallah 2020).")

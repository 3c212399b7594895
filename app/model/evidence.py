"""How well each link of the cascade is established, in which species, and by whom.

``EVIDENCE`` maps each causal link of the chain the app teaches (drug -> NMDA block on
interneurons -> ... -> antidepressant effect), in causal order, and then each blocker's
target, to an :class:`Evidence` record. A link is keyed ``(from, to)`` by the observables
it joins (``("glutamate", "ampa_activation")``); a blocker's link by ``(blocker, target)``
(``("rapamycin", "mtor_activity")``).

English only (no Qt here); the scenes translate levels, species and notes.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Evidence levels, strongest first.
LEVELS = ("established", "supported", "contested")
SPECIES = ("human", "rodent", "in vitro")


@dataclass(frozen=True)
class Evidence:
    """The evidence behind one link: ``level`` (one of :data:`LEVELS`), the ``species``
    it was shown in, short citations (author, year, journal; the key one first) and a
    one-line ``note`` for a lecturer."""

    level: str
    species: frozenset
    refs: tuple
    note: str

    @property
    def species_in_order(self) -> tuple:
        """The species in the order of :data:`SPECIES` (human first)."""
        return tuple(name for name in SPECIES if name in self.species)

    @property
    def key_ref(self) -> str:
        """The reference a slide names when there is room for only one."""
        return self.refs[0]


def _ev(level: str, species: str, refs: tuple, note: str) -> Evidence:
    return Evidence(level, frozenset(species.split(",")), refs, note)


#: The observables of the chain in causal order (the overview's nodes).
CHAIN = ("brain_uM", "nmda_block_interneuron", "interneuron_activity", "pyramidal_activity",
         "glutamate", "ampa_activation", "p_eef2", "bdnf", "trkb_activation", "mtor_activity",
         "synaptic_proteins", "spine_density", "antidepressant_effect")

#: Each blocker and the observable whose evoked change it removes.
BLOCKER_TARGETS = {"nbqx": "ampa_activation", "trkb_antagonist": "trkb_activation",
                   "rapamycin": "mtor_activity"}

#: A plain English name of each step and blocker, for tables.
STEP_NAMES = {
    "brain_uM": "ketamine in the brain", "nmda_block_interneuron": "NMDA block on interneurons",
    "interneuron_activity": "interneurons silenced",
    "pyramidal_activity": "pyramidal cells disinhibited", "glutamate": "glutamate surge",
    "ampa_activation": "AMPA activation", "p_eef2": "eEF2 dephosphorylation",
    "bdnf": "BDNF translation and release", "trkb_activation": "TrkB activation",
    "mtor_activity": "mTOR activation", "synaptic_proteins": "synaptic protein synthesis",
    "spine_density": "new spines", "antidepressant_effect": "antidepressant effect",
    "nbqx": "NBQX", "trkb_antagonist": "TrkB antagonist / BDNF neutralisation",
    "rapamycin": "rapamycin",
}

_CHAIN_EVIDENCE = (
    _ev("established", "human,rodent,in vitro",
        ("Anis 1983, Br J Pharmacol", "Zarate 2006, Arch Gen Psychiatry"),
        "Ketamine blocks NMDA receptors; the selectivity for interneurons at low doses is a "
        "modelling choice of this app, following the article."),
    _ev("supported", "rodent,in vitro",
        ("Homayoun 2007, J Neurosci", "Widman 2018, PNAS", "Ali 2020, Nat Commun"),
        "Interneurons fall silent first: shown with MK-801 in rats (Homayoun 2007), for "
        "ketamine itself only in later rodent work."),
    _ev("supported", "rodent,in vitro",
        ("Homayoun 2007, J Neurosci", "Widman 2018, PNAS"),
        "Less inhibition lets pyramidal cells fire more: recorded in rodent cortex and "
        "hippocampal slices."),
    _ev("supported", "rodent,human",
        ("Moghaddam 1997, J Neurosci", "Milak 2016, Mol Psychiatry"),
        "Extracellular glutamate rises within the hour: microdialysis in rats, magnetic "
        "resonance spectroscopy in people."),
    _ev("supported", "rodent",
        ("Maeng 2008, Biol Psychiatry", "Li 2010, Science"),
        "The AMPA antagonist NBQX abolishes ketamine's effects in rodents: AMPA receptors "
        "carry the signal on."),
    _ev("contested", "rodent",
        ("Autry 2011, Nature", "Zanos 2018, Mol Psychiatry"),
        "Where the two hypotheses differ: Autry 2011 has NMDA block at rest switch off eEF2 "
        "kinase with no glutamate burst; the article routes it through AMPA."),
    _ev("supported", "rodent",
        ("Autry 2011, Nature",),
        "Less eEF2 phosphorylation lets dendritic BDNF mRNA be translated within 30 min in "
        "mice."),
    _ev("supported", "rodent,human",
        ("Lepack 2015, Int J Neuropsychopharmacol", "Autry 2011, Nature",
         "Laje 2012, Biol Psychiatry"),
        "Neutralising released BDNF blocks the effect in rats; people with the Met allele, "
        "which releases less BDNF, respond less."),
    _ev("supported", "rodent",
        ("Li 2010, Science",),
        "TrkB signals through Akt and ERK to mTOR: ketamine activates mTOR within the hour "
        "in rat prefrontal cortex."),
    _ev("supported", "rodent",
        ("Li 2010, Science",),
        "mTOR drives synthesis of PSD-95, GluA1 and synapsin within hours in rats; rapamycin "
        "stops it."),
    _ev("supported", "rodent",
        ("Li 2010, Science", "Li 2011, Biol Psychiatry"),
        "More spines within 24 h in rat prefrontal cortex, also after chronic stress."),
    _ev("contested", "rodent,human",
        ("Moda-Sava 2019, Science", "Holmes 2019, Nat Commun"),
        "New spines sustain the effect but are not needed for its onset in mice; in people "
        "lower synapse density goes with severity (imaging, correlational)."),
)

_BLOCKER_EVIDENCE = {
    "nbqx": _ev("supported", "rodent",
                ("Maeng 2008, Biol Psychiatry", "Li 2010, Science"),
                "NBQX given before ketamine abolishes its antidepressant-like effect in "
                "rodents."),
    "trkb_antagonist": _ev("supported", "rodent",
                           ("Lepack 2015, Int J Neuropsychopharmacol", "Autry 2011, Nature"),
                           "An antibody that neutralises BDNF, or deleting BDNF or TrkB, "
                           "abolishes the effect in rodents."),
    "rapamycin": _ev("contested", "rodent,human",
                     ("Li 2010, Science", "Li 2011, Biol Psychiatry",
                      "Abdallah 2020, Neuropsychopharmacology"),
                     "Rapamycin abolishes the effect in rodents, but in the one human trial "
                     "it did not block ketamine at 24 h and prolonged the response at 2 "
                     "weeks."),
}


def _build() -> dict:
    links = {(a, b): ev for (a, b), ev in zip(zip(CHAIN, CHAIN[1:]), _CHAIN_EVIDENCE)}
    for blocker, target in BLOCKER_TARGETS.items():
        links[(blocker, target)] = _BLOCKER_EVIDENCE[blocker]
    return links


#: (from, to) -> Evidence, the chain in causal order, then the blockers.
EVIDENCE: dict[tuple[str, str], Evidence] = _build()


def link_into(observable: str) -> tuple[str, str] | None:
    """The chain link that ends at ``observable`` (None for the drug, or off the chain)."""
    for key in EVIDENCE:
        if key[1] == observable and key[0] in CHAIN:
            return key
    return None

"""The classic experiments as presets: what a lecturer picks from the Experiments menu to
set one scenario (A) beside another (B) and show what a paper found.

Each :class:`Experiment` names its papers, what they found, whether and where the model
reproduces it (said plainly where it does not: rapamycin in people, arketamine), the
evidence links it tests and a :class:`Check`: which observable, at which time, in which
direction the paper has B differ from A. ``tests/story/test_experiments.py`` simulates
both scenarios and holds each preset's ``agreement`` to what the model really gives. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from app.model import Scenario, Trajectory, simulate
from app.model.observables import OBSERVABLE_INFO
from app.story.catalogue import CATALOGUE
from app.story.comparison import Comparison
from app.story.names import QT_TRANSLATE_NOOP, Translate
from app.story.regimens import (
    ANAESTHETIC_KETAMINE,
    ARKETAMINE_IV,
    ESKETAMINE_56,
    ESKETAMINE_TWICE_WEEKLY,
    KETAMINE_IV,
    SSRI_COURSE,
)
from app.story.timefmt import format_clock

DIRECTIONS = ("lower", "higher", "similar")
AGREEMENTS = ("reproduced", "partly", "not reproduced")
#: B differs from A when the two part by more than this share of the observable's typical
#: range: a difference a student sees on the plots, not a rounding error.
NOTICEABLE = 0.1

DIRECTION_WORDS = {"lower": QT_TRANSLATE_NOOP("", "lower in B than in A"),
                   "higher": QT_TRANSLATE_NOOP("", "higher in B than in A"),
                   "similar": QT_TRANSLATE_NOOP("", "about the same in A and B")}
AGREEMENT_WORDS = {"reproduced": QT_TRANSLATE_NOOP("", "The model reproduces this"),
                   "partly": QT_TRANSLATE_NOOP("", "The model reproduces this in part"),
                   "not reproduced": QT_TRANSLATE_NOOP("", "The model does NOT reproduce this")}


@dataclass(frozen=True)
class Check:
    """Where the paper's finding shows: ``observable`` at ``time_h`` hours after the first
    dose is ``direction`` (one of :data:`DIRECTIONS`) in B than in A, best seen in the
    catalogue scene ``scene``."""

    observable: str
    time_h: float
    direction: str
    scene: str

    def outcome(self, run_a: Trajectory, run_b: Trajectory) -> str:
        """How B stands against A in these runs: ``lower``, ``higher`` or ``similar``."""
        low, high = OBSERVABLE_INFO[self.observable].typical_range
        difference = (run_b.value(self.observable, self.time_h)
                      - run_a.value(self.observable, self.time_h))
        if abs(difference) <= NOTICEABLE * (high - low):
            return "similar"
        return "higher" if difference > 0 else "lower"


@dataclass(frozen=True)
class Experiment:
    """A classic experiment: scenarios ``a`` (the control) and ``b`` (the manipulation),
    labelled ``a_label`` and ``b_label``; ``refs`` (short citations, the key one first),
    what the papers found (``finding``), ``agreement`` (one of :data:`AGREEMENTS`) and the
    ``model_note`` saying whether and where the model reproduces it; the evidence ``links``
    (keys of ``app.model.EVIDENCE``) it tests and the ``check``. Texts are English, marked
    for translation (context ``""``)."""

    id: str
    title: str
    a: Scenario
    b: Scenario
    a_label: str
    b_label: str
    refs: tuple[str, ...]
    finding: str
    agreement: str
    model_note: str
    links: tuple[tuple[str, str], ...]
    check: Check

    @property
    def sources(self) -> str:
        """The references on one line (``;`` between them: a citation holds commas)."""
        return "; ".join(self.refs)


def model_outcome(experiment: Experiment) -> str:
    """What the model gives for the experiment's check: A and B simulated (a second or so),
    B ``lower``, ``higher`` or ``similar`` against A."""
    return experiment.check.outcome(simulate(experiment.a), simulate(experiment.b))


def comparison_of(experiment: Experiment) -> Comparison:
    """Compare mode's record for the experiment: its B beside A, named by its id."""
    return Comparison(experiment.b, experiment.id)


#: The line of :func:`experiment_summary` saying whether the model reproduces the finding.
VERDICT_LINE = 2


def experiment_summary(experiment: Experiment, tr: Translate) -> list[str]:
    """The experiment in a few lines for the window's card, the speaker notes and the deck's
    notes: what is compared, what the paper found, whether the model reproduces it and
    where to look."""
    check = experiment.check
    return [
        tr("A: {a}. B: {b}.").format(a=tr(experiment.a_label), b=tr(experiment.b_label)),
        tr("What the paper found: {finding}").format(finding=tr(experiment.finding)),
        tr("{verdict}: {note}").format(verdict=tr(AGREEMENT_WORDS[experiment.agreement]),
                                       note=tr(experiment.model_note)),
        tr("Look at: {observable} at {clock}, scene {number}; the paper has it {direction}.")
        .format(observable=tr(OBSERVABLE_INFO[check.observable].label),
                clock=format_clock(check.time_h, tr), number=CATALOGUE[check.scene].number,
                direction=tr(DIRECTION_WORDS[check.direction])),
        tr("Sources: {refs}").format(refs=experiment.sources),
    ]


def _with(*blockers: str) -> Scenario:
    return KETAMINE_IV.scenario(blockers=frozenset(blockers))


RELIEF, SPINES = "antidepressant_effect", "spine_density"
KETAMINE = KETAMINE_IV.name
_CUT_NOTE = QT_TRANSLATE_NOOP(
    "", "With the blocker, everything after its target stays at baseline, so no "
        "synaptic proteins, no new spines and no relief; everything before it (drug, "
        "glutamate surge) is unchanged.")

_EXPERIMENTS = (
    Experiment(
        "rapamycin-rats", QT_TRANSLATE_NOOP("", "Rapamycin blocks ketamine in rats (Li 2010)"),
        _with(), _with("rapamycin"), KETAMINE,
        QT_TRANSLATE_NOOP("", "the same, with rapamycin given before it"),
        ("Li 2010, Science", "Li 2011, Biol Psychiatry"),
        QT_TRANSLATE_NOOP(
            "", "In rats, rapamycin (an mTOR inhibitor) infused into the brain before ketamine "
                "abolished the rise of synaptic proteins, the new spines in prefrontal cortex "
                "and the antidepressant-like effect."),
        "reproduced", _CUT_NOTE,
        (("rapamycin", "mtor_activity"), ("mtor_activity", "synaptic_proteins"),
         ("synaptic_proteins", "spine_density")),
        Check(SPINES, 24.0, "lower", "spine-growth")),
    Experiment(
        "rapamycin-people",
        QT_TRANSLATE_NOOP("", "Rapamycin does not block ketamine in people (Abdallah 2020)"),
        _with(), _with("rapamycin"), KETAMINE,
        QT_TRANSLATE_NOOP("", "the same, with rapamycin given before it"),
        ("Abdallah 2020, Neuropsychopharmacology",),
        QT_TRANSLATE_NOOP(
            "", "In the one human trial, oral rapamycin 2 h before ketamine did not block its "
                "antidepressant effect at 24 h; two weeks later more patients still responded "
                "with rapamycin than without."),
        "not reproduced",
        QT_TRANSLATE_NOOP(
            "", "The model and this trial disagree. The model's rapamycin cuts the chain at "
                "mTOR as in rats, so B gets no relief at all, while the patients improved as "
                "much as without it. Why is open: an oral dose may block too little mTOR in "
                "the brain, and rapamycin also calms inflammation, which the model leaves out."),
        (("rapamycin", "mtor_activity"),),
        Check(RELIEF, 24.0, "similar", "hit-and-run")),
    Experiment(
        "nbqx", QT_TRANSLATE_NOOP("", "AMPA receptors carry the signal: NBQX (Maeng 2008)"),
        _with(), _with("nbqx"), KETAMINE,
        QT_TRANSLATE_NOOP("", "the same, with the AMPA antagonist NBQX given before it"),
        ("Maeng 2008, Biol Psychiatry", "Li 2010, Science"),
        QT_TRANSLATE_NOOP(
            "", "In mice, the AMPA receptor antagonist NBQX given before ketamine abolished its "
                "antidepressant-like effect, though ketamine still blocked NMDA receptors."),
        "reproduced", _CUT_NOTE,
        (("nbqx", "ampa_activation"), ("glutamate", "ampa_activation")),
        Check(RELIEF, 24.0, "lower", "hit-and-run")),
    Experiment(
        "bdnf-trkb",
        QT_TRANSLATE_NOOP("", "No BDNF, no effect (Autry 2011, Lepack 2015)"),
        _with(), _with("trkb_antagonist"), KETAMINE,
        QT_TRANSLATE_NOOP("", "the same, with BDNF neutralised or TrkB blocked"),
        ("Autry 2011, Nature", "Lepack 2015, Int J Neuropsychopharmacol"),
        QT_TRANSLATE_NOOP(
            "", "Mice lacking BDNF or TrkB did not respond to ketamine (Autry 2011), and an "
                "antibody neutralising BDNF in the prefrontal cortex of rats blocked the "
                "effect (Lepack 2015)."),
        "reproduced", _CUT_NOTE,
        (("trkb_antagonist", "trkb_activation"), ("bdnf", "trkb_activation")),
        Check(RELIEF, 24.0, "lower", "hit-and-run")),
    Experiment(
        "anaesthetic-dose",
        QT_TRANSLATE_NOOP("", "Antidepressant versus anaesthetic dose (Moghaddam 1997)"),
        KETAMINE_IV.scenario(), ANAESTHETIC_KETAMINE.scenario(), KETAMINE,
        ANAESTHETIC_KETAMINE.name, ("Moghaddam 1997, J Neurosci",),
        QT_TRANSLATE_NOOP(
            "", "In rats, sub-anaesthetic doses of ketamine raised extracellular glutamate in "
                "prefrontal cortex, while an anaesthetic dose did not raise it and lowered it "
                "instead: an inverted U."),
        "reproduced",
        QT_TRANSLATE_NOOP(
            "", "At the anaesthetic dose ketamine also blocks the pyramidal cells' "
                "NMDA receptors, so they cannot fire the burst; glutamate falls below baseline "
                "while the drug is high, and no relief follows."),
        (("pyramidal_activity", "glutamate"),),
        Check("glutamate", 0.5, "lower", "glutamate-burst")),
    Experiment(
        "ssri-weeks", QT_TRANSLATE_NOOP("", "SSRI versus ketamine: weeks versus a day"),
        KETAMINE_IV.scenario(horizon_h=SSRI_COURSE.horizon_h), SSRI_COURSE.scenario(),
        KETAMINE, SSRI_COURSE.name, ("Zarate 2006, Arch Gen Psychiatry",
                                     "Trivedi 2006, Am J Psychiatry"),
        QT_TRANSLATE_NOOP(
            "", "One ketamine infusion relieved depression within a day (Zarate 2006); with a "
                "daily SSRI, response took weeks, on average almost six (Trivedi 2006)."),
        "reproduced",
        QT_TRANSLATE_NOOP(
            "", "Ketamine's relief peaks at about a day and fades over one to two "
                "weeks; the SSRI's builds over weeks as the autoreceptors desensitise and is "
                "highest near week six."),
        (("spine_density", "antidepressant_effect"),),
        Check(RELIEF, 24.0, "lower", "overview")),
    Experiment(
        "enantiomers", QT_TRANSLATE_NOOP("", "Esketamine versus arketamine"),
        ARKETAMINE_IV.scenario().with_changes(drug="esketamine"), ARKETAMINE_IV.scenario(),
        QT_TRANSLATE_NOOP("", "Esketamine 0.5 mg/kg IV over 40 min"), ARKETAMINE_IV.name,
        ("Zhang 2014, Pharmacol Biochem Behav", "Yang 2015, Transl Psychiatry",
         "Zanos 2016, Nature"),
        QT_TRANSLATE_NOOP(
            "", "In rodents, arketamine (R) had a stronger and longer antidepressant-like "
                "effect than esketamine (S), though it blocks NMDA receptors about four times "
                "more weakly. In people only esketamine is approved; arketamine is still in "
                "trials."),
        "not reproduced",
        QT_TRANSLATE_NOOP(
            "", "The model starts everything from NMDA block, so the weaker "
                "blocker arketamine gives less relief at the same dose. The routes proposed for "
                "arketamine (its metabolites, other receptors) are not in the model; scene 8 "
                "names them."),
        (("brain_uM", "nmda_block_interneuron"),),
        Check(RELIEF, 24.0, "higher", "hit-and-run")),
    Experiment(
        "twice-weekly", QT_TRANSLATE_NOOP("", "One dose versus twice weekly"),
        ESKETAMINE_56.scenario(horizon_h=ESKETAMINE_TWICE_WEEKLY.horizon_h),
        ESKETAMINE_TWICE_WEEKLY.scenario(), ESKETAMINE_56.name, ESKETAMINE_TWICE_WEEKLY.name,
        ("Singh 2016, Am J Psychiatry", "Popova 2019, Am J Psychiatry"),
        QT_TRANSLATE_NOOP(
            "", "One dose helps for days and fades within about a week; ketamine twice a week "
                "(Singh 2016) or esketamine twice a week for four weeks (Popova 2019) kept "
                "patients improved for as long as the doses went on."),
        "reproduced",
        QT_TRANSLATE_NOOP(
            "", "Each dose starts new rebuilding before the last has faded, so "
                "relief stays high for the four weeks. The model has no tolerance and no "
                "placebo response, so its plateau is steadier than a trial's."),
        (("spine_density", "antidepressant_effect"),),
        Check(RELIEF, 14 * 24.0, "higher", "hit-and-run")),
)

#: The experiments in the menu's order, by id (read-only).
EXPERIMENTS = MappingProxyType({experiment.id: experiment for experiment in _EXPERIMENTS})


def shown_experiment(a: Scenario, comparison: Comparison | None) -> Experiment | None:
    """The experiment preset a picture of scenario ``a`` beside ``comparison``'s B shows:
    the one ``comparison`` names, else the first whose A and B they are, however they were
    set (two scenario files); after an edit they are the lecturer's own, no paper's."""
    if comparison is None:
        return None
    matching = [experiment for experiment in EXPERIMENTS.values()
                if (experiment.a, experiment.b) == (a, comparison.b)]
    named = [experiment for experiment in matching if experiment.id == comparison.experiment]
    return (named or matching or [None])[0]

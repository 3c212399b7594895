"""Scene 5's story, bdnf-mtor: the eEF2 brake comes off, BDNF is translated, TrkB and mTOR
switch on and the building blocks of new synapses are made, unless a blocker stops it."""
from __future__ import annotations

import numpy as np

from app.model import Trajectory
from app.story.beats import Beat, beat_at, ordered_unique, peak_time
from app.story.catalogue import CATALOGUE
from app.story.names import QT_TRANSLATE_NOOP, Translate
from app.story.windows import scene_window

# (beat key, label, observable whose peak it is), left to right along the chain
CANDIDATES = (("ampa-peak", QT_TRANSLATE_NOOP("", "AMPA receptors most active"),
               "ampa_activation"),
              ("brake-released", QT_TRANSLATE_NOOP("", "eEF2 brake released"), "p_eef2"),
              ("trkb-peak", QT_TRANSLATE_NOOP("", "BDNF activates TrkB"), "trkb_activation"),
              ("mtor-peak", QT_TRANSLATE_NOOP("", "mTOR at its peak"), "mtor_activity"),
              ("blocks-made", QT_TRANSLATE_NOOP("", "Building blocks made"),
               "synaptic_proteins"))


# what to notice at each beat (and with rapamycin from TrkB's peak on): one thing each, with
# a number only where it carries that thing
BEAT_SENTENCES = {
    "at-rest": QT_TRANSLATE_NOOP(
        "", "The eEF2 brake is on (p-eEF2 {p:.0%} of rest): BDNF mRNA waits, untranslated, "
            "in the dendrite."),
    "ampa-peak": QT_TRANSLATE_NOOP(
        "", "AMPA receptors are at their most active (×{ampa:.2f}): their signal starts "
            "taking the phosphate brake off eEF2."),
    "brake-released": QT_TRANSLATE_NOOP(
        "", "The eEF2 brake is off (p-eEF2 {p:.0%} of rest): ribosomes translate the BDNF "
            "mRNA waiting in the dendrite, and BDNF is made."),
    "trkb-peak": QT_TRANSLATE_NOOP(
        "", "The new BDNF activates its receptor TrkB (×{trkb:.2f}), which switches on mTOR, "
            "the cell's foreman."),
    "mtor-peak": QT_TRANSLATE_NOOP(
        "", "At its peak mTOR (×{mtor:.2f}) has PSD-95, receptors and actin made: the "
            "building blocks of new synapses."),
    "blocks-made": QT_TRANSLATE_NOOP(
        "", "The building blocks mTOR made for new synapses remain ({proteins}), though "
            "mTOR itself is back near rest (×{mtor:.2f})."),
    "rapamycin": QT_TRANSLATE_NOOP(
        "", "BDNF activates TrkB (×{trkb:.2f}), but rapamycin holds mTOR at rest, so no "
            "building blocks for new synapses are made."),
}


def signed_percent(change: float) -> str:
    """``+12%``, ``-31%``, ``+0%`` (never ``-0%``)."""
    return f"{round(change, 2) + 0.0:+.0%}"


def over_baseline(change: float, tr: Translate) -> str:
    """``+12% over baseline`` (never ``-0%``)."""
    return tr("{value} over baseline").format(value=signed_percent(change))


def beats(trajectory: Trajectory, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The peak of each link that moves; one 'at rest' beat when none does."""
    found = [Beat(key, tr(label), peak_time(trajectory, name, window))
             for key, label, name in CANDIDATES if _moves(trajectory, name, window)]
    if not found:
        found = [Beat("at-rest", tr("The chain stays at rest"),
                      peak_time(trajectory, "glutamate", window))]
    return ordered_unique(found)


def caption(trajectory: Trajectory, t: float, tr: Translate) -> str:
    """What to notice at ``t``, by the beat in force: the AMPA signal, the brake coming off
    and BDNF made, TrkB switching on mTOR, mTOR's building blocks, and what a blocker stops."""
    v = trajectory.at(t)
    blockers = trajectory.scenario.blockers
    if "nbqx" in blockers:
        return tr("NBQX blocks the AMPA receptors, so the eEF2 brake stays on (p-eEF2 "
                  "{p:.0%} of rest) and nothing downstream moves.").format(p=v["p_eef2"])
    numbers = dict(ampa=v["ampa_activation"], p=v["p_eef2"],
                   trkb=v["trkb_activation"], mtor=v["mtor_activity"],
                   proteins=over_baseline(v["synaptic_proteins"] - 1, tr))
    key = _beat_key(trajectory, t)
    if key in ("trkb-peak", "mtor-peak", "blocks-made") and "rapamycin" in blockers:
        key = "rapamycin"
    text = tr(BEAT_SENTENCES[key]).format(**numbers)
    if "trkb_antagonist" in blockers and key != "at-rest":
        text += " " + tr("A TrkB antagonist keeps BDNF from signalling: TrkB, mTOR and the "
                         "building blocks stay at rest.")
    return text


def _beat_key(trajectory: Trajectory, t: float) -> str:
    """The key of the beat in force at ``t`` ('at-rest' before the first)."""
    window = scene_window("bdnf-mtor", CATALOGUE["bdnf-mtor"].window, trajectory)
    beat = beat_at(beats(trajectory, window, str), t)
    return beat.key if beat is not None else "at-rest"


def _moves(trajectory: Trajectory, name: str, window) -> bool:
    mask = (trajectory.t >= window[0]) & (trajectory.t <= window[1])
    series = trajectory[name][mask]
    return bool(np.max(np.abs(series - series[0])) > 0.01)

"""Scene 5's story, bdnf-mtor: the eEF2 brake comes off, BDNF is translated, TrkB and mTOR
switch on and the building blocks of new synapses are made, unless a blocker stops it."""
from __future__ import annotations

import numpy as np

from app.model import Trajectory
from app.story.beats import Beat, ordered_unique, peak_time
from app.story.names import QT_TRANSLATE_NOOP, Translate

# (beat key, label, observable whose peak it is), left to right along the chain
CANDIDATES = (("ampa-peak", QT_TRANSLATE_NOOP("", "AMPA receptors most active"),
               "ampa_activation"),
              ("brake-released", QT_TRANSLATE_NOOP("", "eEF2 brake released"), "p_eef2"),
              ("trkb-peak", QT_TRANSLATE_NOOP("", "BDNF activates TrkB"), "trkb_activation"),
              ("mtor-peak", QT_TRANSLATE_NOOP("", "mTOR at its peak"), "mtor_activity"),
              ("blocks-made", QT_TRANSLATE_NOOP("", "Building blocks made"),
               "synaptic_proteins"))


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
    """The brake, BDNF, and what TrkB, mTOR and the building blocks do at ``t``."""
    v = trajectory.at(t)
    blockers = trajectory.scenario.blockers
    if "nbqx" in blockers:
        return tr("NBQX blocks the AMPA receptors, so the eEF2 brake stays on (p-eEF2 "
                  "{p:.0%} of rest) and nothing downstream moves.").format(p=v["p_eef2"])
    if v["p_eef2"] < 0.98:
        first = tr("AMPA activation (×{ampa:.2f}) has taken phosphate brakes off eEF2 "
                   "(p-eEF2 {p:.0%} of rest): ribosomes translate BDNF mRNA already in the "
                   "dendrite, and BDNF is ×{bdnf:.2f}.")
    else:
        first = tr("The eEF2 brake is on (p-eEF2 {p:.0%} of rest): BDNF mRNA waits in the "
                   "dendrite and BDNF is ×{bdnf:.2f}.")
    first = first.format(ampa=v["ampa_activation"], p=v["p_eef2"], bdnf=v["bdnf"])
    if "trkb_antagonist" in blockers:
        return first + " " + tr("A TrkB antagonist keeps BDNF from signalling: TrkB, mTOR "
                                "and the building blocks stay at rest.")
    if "rapamycin" in blockers:
        return first + " " + tr("BDNF activates TrkB (×{trkb:.2f}), but rapamycin holds "
                                "mTOR at rest, so no building blocks for new synapses are "
                                "made.").format(trkb=v["trkb_activation"])
    return first + " " + _downstream_sentence(v, tr)


def _downstream_sentence(v: dict, tr: Translate) -> str:
    """What TrkB, mTOR and the building blocks are doing (no blocker in the way)."""
    if v["mtor_activity"] > 1.05:
        return tr("TrkB (×{trkb:.2f}) switches on mTOR, the cell's foreman (×{mtor:.2f}), which "
                  "has PSD-95, receptors and actin made for new synapses ({proteins})."
                  ).format(trkb=v["trkb_activation"], mtor=v["mtor_activity"],
                           proteins=over_baseline(v["synaptic_proteins"] - 1, tr))
    if v["synaptic_proteins"] > 1.02:
        return tr("mTOR is back near rest (×{mtor:.2f}), but the building blocks it had made "
                  "for new synapses remain ({proteins}).").format(
            mtor=v["mtor_activity"], proteins=over_baseline(v["synaptic_proteins"] - 1, tr))
    return tr("TrkB and mTOR are at rest, so no new building blocks are made.")


def _moves(trajectory: Trajectory, name: str, window) -> bool:
    mask = (trajectory.t >= window[0]) & (trajectory.t <= window[1])
    series = trajectory[name][mask]
    return bool(np.max(np.abs(series - series[0])) > 0.01)

"""What compare mode says: the two sides' short labels and the caption naming, with the
numbers of the moment, where run B parts from run A. No Qt.

A and B share one timeline, whose beats are A's; the caption speaks of B against A at the
timeline's moment, and says so when the two do not differ there. ``tr`` is the caller's
translator (``app.i18n``), called as a bare ``tr("...")``.
"""
from __future__ import annotations

from app.model import Scenario, Trajectory
from app.model.observables import (
    FRACTION,
    MICROMOLAR,
    MMHG,
    OF_MAXIMAL_RELIEF,
    OF_MAXIMUM,
    observable,
)
from app.story.catalogue import CATALOGUE
from app.story.names import (
    BLOCKER_NAMES,
    LIST_SEPARATOR,
    QT_TRANSLATE_NOOP,
    ROUTE_NAMES,
    Translate,
    blocker_names,
    drug_name,
)

#: Two values of an observable differ when they part by more than this share of its
#: typical range: rounding and the model's tiny numerical noise stay "the same".
DIFFERENT_SHARE = 0.01
#: The link of the chain each blocker cuts (the caption says "the chain is cut at ...").
CUT_LINKS = {
    "nbqx": QT_TRANSLATE_NOOP("", "the AMPA receptors"),
    "trkb_antagonist": QT_TRANSLATE_NOOP("", "TrkB"),
    "rapamycin": QT_TRANSLATE_NOOP("", "mTOR"),
}
#: At most this many differing numbers in one caption (a hall reads three, not six).
MOST_NUMBERS = 3


def side_labels(a: Scenario, b: Scenario, tr: Translate) -> tuple[str, str]:
    """Short labels of the two sides, without their letters: A as a drug and dose
    (``Ketamine 0.5 mg/kg``), B as what differs from A (``+ rapamycin``, ``1 mg/kg``,
    ``Esketamine 0.2 mg/kg intranasal``); ``same as A`` when nothing does."""
    return _drug_and_dose(a, tr, with_blockers=True), _what_differs(a, b, tr)


def _drug_and_dose(scenario: Scenario, tr: Translate, with_blockers: bool = False) -> str:
    if scenario.drug == "none":
        text = drug_name("none", tr)
    else:
        text = tr("{drug} {dose}").format(drug=drug_name(scenario.drug, tr),
                                          dose=_dose(scenario, tr))
    if with_blockers and scenario.blockers:
        text += " + " + blocker_names(scenario.blockers, tr)
    return text


def _dose(scenario: Scenario, tr: Translate) -> str:
    """A dose as it is prescribed: by body weight for an infusion (ketamine 0.5 mg/kg), in
    milligrams for a spray or a tablet (esketamine 56 mg, an SSRI 10 mg)."""
    if scenario.route == "iv":
        return tr("{per_kg:.2g} mg/kg").format(per_kg=scenario.dose_mg_per_kg)
    return tr("{mg:g} mg").format(mg=scenario.dose_mg)


def _what_differs(a: Scenario, b: Scenario, tr: Translate, added: str = "+ ") -> str:
    if a == b:
        return tr("same as A")
    parts = []
    if a.drug != b.drug:
        parts.append(_drug_and_dose(b, tr))
    elif _dose(a, tr) != _dose(b, tr):
        parts.append(_dose(b, tr))
    if a.route != b.route and b.drug != "none":
        parts.append(tr(ROUTE_NAMES[b.route]))
    if a.infusion_min != b.infusion_min and b.route == "iv" and b.drug != "none":
        parts.append(tr("over {minutes:g} min").format(minutes=b.infusion_min))
    if (a.n_doses, a.dose_interval_h) != (b.n_doses, b.dose_interval_h):
        parts.append(tr("x{count} every {hours:g} h").format(count=b.n_doses,
                                                            hours=b.dose_interval_h)
                     if b.n_doses > 1 else tr("one dose"))
    parts += [added + tr(BLOCKER_NAMES[name]) for name in sorted(b.blockers - a.blockers)]
    parts += [tr("without {name}").format(name=tr(BLOCKER_NAMES[name]))
              for name in sorted(a.blockers - b.blockers)]
    if a.stress != b.stress:
        parts.append(tr("stress {share:.0%}").format(share=b.stress))
    if a.body_weight_kg != b.body_weight_kg:
        parts.append(tr("{kg:g} kg").format(kg=b.body_weight_kg))
    if a.horizon_h != b.horizon_h:
        parts.append(tr("{days:g} days simulated").format(days=round(b.horizon_h / 24, 1)))
    return tr(LIST_SEPARATOR).join(parts)


def format_value(name: str, value: float, tr: Translate) -> str:
    """An observable's value as the pictures write it: ``×1.38``, ``62%``, ``0.85 µM``,
    ``12 mmHg``."""
    unit = observable(name).unit
    if unit in (FRACTION, OF_MAXIMUM, OF_MAXIMAL_RELIEF):
        return f"{value:.0%}"
    if unit == MICROMOLAR:
        return f"{value:.2f} {tr(MICROMOLAR)}"
    if unit == MMHG:
        return f"{value:.0f} {tr(MMHG)}"
    return f"×{value:.2f}"


def differs(name: str, value_a: float, value_b: float) -> bool:
    """Whether two values of observable ``name`` differ visibly: by more than
    :data:`DIFFERENT_SHARE` of its typical range, and in the numbers as written (``×0.81``
    against ``×0.81`` is no difference to a reader, whatever the digits behind)."""
    low, high = observable(name).typical_range
    if abs(value_a - value_b) <= DIFFERENT_SHARE * max(high - low, 1e-9):
        return False
    return format_value(name, value_a, _as_is) != format_value(name, value_b, _as_is)


def _as_is(text: str) -> str:
    return text


def values_at(trajectory: Trajectory, names, t: float) -> dict[str, float]:
    """The observables ``names`` of ``trajectory`` at ``t`` (held at its end after it)."""
    values = trajectory.at(min(max(t, 0.0), trajectory.t_end))
    return {name: float(values[name]) for name in names}


def compared_values(scene_id: str, trajectory_a: Trajectory, trajectory_b: Trajectory,
                    t: float) -> list[tuple[str, float, float]]:
    """``(observable, A's value, B's value)`` for each observable the scene plots, at ``t``."""
    names = CATALOGUE[scene_id].plots
    a, b = values_at(trajectory_a, names, t), values_at(trajectory_b, names, t)
    return [(name, a[name], b[name]) for name in names]


def comparison_caption(scene_id: str, trajectory_a: Trajectory, trajectory_b: Trajectory,
                       t: float, tr: Translate) -> str:
    """What differs between B and A at ``t`` in this scene, with the numbers of the moment
    (``With rapamycin (B vs A): Synaptic proteins ×1.00 vs ×1.38. The chain is cut at
    mTOR; the same as in A: BDNF.``), or that they do not differ there."""
    a, b = trajectory_a.scenario, trajectory_b.scenario
    rows = compared_values(scene_id, trajectory_a, trajectory_b, t)
    if a == b:
        return tr("B is the same scenario as A: the two pictures are identical.")
    different = [row for row in rows if differs(*row)]
    same = [name for name, va, vb in rows if not differs(name, va, vb)]
    if not different:
        name, value, _ = rows[0]
        return tr("B ({b}) and A do not differ here: this scene's numbers are the same, "
                  "e.g. {label} {value} in both.").format(
            b=_what_differs(a, b, tr), label=tr(observable(name).label),
            value=format_value(name, value, tr))
    numbers = tr(LIST_SEPARATOR).join(
        tr("{label} {b} vs {a}").format(label=tr(observable(name).label),
                                        b=format_value(name, vb, tr),
                                        a=format_value(name, va, tr))
        for name, va, vb in different[:MOST_NUMBERS])
    text = tr("With {b} (B vs A): {numbers}.").format(b=_what_differs(a, b, tr, added=""),
                                                       numbers=numbers)
    return text + _cut_sentence(a, b, same, tr)


def _cut_sentence(a: Scenario, b: Scenario, same: list[str], tr: Translate) -> str:
    """`` The chain is cut at mTOR; the same as in A: BDNF.`` when B adds a blocker."""
    added = sorted(b.blockers - a.blockers)
    if not added:
        return ""
    links = tr(LIST_SEPARATOR).join(tr(CUT_LINKS[name]) for name in added)
    if not same:
        return " " + tr("The chain is cut at {links}.").format(links=links)
    unchanged = tr(LIST_SEPARATOR).join(tr(observable(name).label)
                                        for name in same[:MOST_NUMBERS + 1])
    return " " + tr("The chain is cut at {links}; the same as in A: {unchanged}.").format(
        links=links, unchanged=unchanged)

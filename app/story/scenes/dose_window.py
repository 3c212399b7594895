"""Scene 9's story, the dose window: one dose of the drug at doses from 0.05 to 10 mg/kg,
and over the first day what the model gives at each: the glutamate surge (an inverted U:
Moghaddam 1997), relief the day after, and the side effects that only grow with dose.

The beats are found from the sweep (a :class:`app.model.dose_sweep.DoseSweep`): the surge
at its peak at the dose that gives the largest, glutamate at its lowest (far below baseline) at the
highest dose, relief at the lecturer's dose half built, and the hour relief is read.
"""
from __future__ import annotations

import numpy as np

from app.model.dose_sweep import RELIEF_AT_H, DoseSweep
from app.story.beats import Beat, beat_at, ordered_unique
from app.story.names import Translate, drug_name, why_no_relief
from app.story.scenes.hit_and_run import RELIEF_ONSET
from app.story.timefmt import format_clock

#: The antidepressant window: doses whose relief the day after reaches this share of the
#: sweep's best (a modelling choice of where "works" begins, said so in the picture).
WINDOW_SHARE = 0.5


def antidepressant_window(sweep: DoseSweep) -> tuple[float, float] | None:
    """The lowest and highest dose (mg/kg) whose relief at 24 h reaches :data:`WINDOW_SHARE`
    of the best in the sweep (None when no dose brings relief)."""
    best = float(sweep.relief_24h.max())
    if best <= RELIEF_ONSET:
        return None
    inside = np.nonzero(sweep.relief_24h >= WINDOW_SHARE * best)[0]
    return float(sweep.doses_mg_per_kg[inside[0]]), float(sweep.doses_mg_per_kg[inside[-1]])


#: The top dose's surge must stay under this share of the best for the sweep to count as
#: an inverted U (a slow route can keep the surge up to the highest dose).
INVERTED_U_SHARE = 0.75


def best_surge_dose(sweep: DoseSweep) -> int:
    """The row of the dose giving the largest glutamate surge."""
    return int(np.argmax(sweep.peak_glutamate))


def is_inverted_u(sweep: DoseSweep) -> bool:
    """Whether the surge clearly falls again at the top of the sweep (Moghaddam 1997's
    inverted U): true by IV, not by a slow route that brings the drug in over hours."""
    rise = sweep.peak_glutamate - 1.0
    return rise[-1] < INVERTED_U_SHARE * rise[best_surge_dose(sweep)]


def inverted_u_notes(sweep: DoseSweep, tr: Translate) -> tuple[str, str]:
    """The side panel's note: what Moghaddam 1997 saw and what this sweep shows, then
    where the model and the rat part at the highest dose."""
    numbers = dict(best=dose_text(sweep.doses_mg_per_kg[best_surge_dose(sweep)]),
                   top=dose_text(sweep.doses_mg_per_kg[-1]),
                   low=float(sweep.courses["glutamate"][-1].min()))
    rat = tr("Moghaddam 1997 (rats): sub-anaesthetic doses raise prefrontal glutamate, an "
             "anaesthetic dose lowers it.")
    if not is_inverted_u(sweep):
        shown = tr("By this route the model's surge holds up to {top} mg/kg: no clear "
                   "inverted U.")
        detail = _slow_route(sweep.scenario.route, tr)
    else:
        shown = tr("Here the surge is largest near {best} mg/kg.")
        early_rise = sweep.peak_glutamate[-1] > 1.1
        detail = (tr("At {top} mg/kg the drug reaches the brain through low levels first, so "
                     "a brief rise comes before glutamate falls to {low:.0%} of baseline.")
                  if early_rise else
                  tr("At {top} mg/kg glutamate only falls, to {low:.0%} of baseline."))
    return (rat + " " + shown).format(**numbers), detail.format(**numbers)


def _slow_route(route: str, tr: Translate) -> str:
    """Why a route keeps the surge up at the highest doses of the sweep."""
    if route == "intranasal":
        return tr("A large nasal dose comes as many 28 mg sprays 5 minutes apart, so brain "
                  "levels climb slowly; the rat got one injection.")
    if route == "oral":
        return tr("An oral dose is absorbed slowly and mostly lost on the way, so brain "
                  "levels stay low; the rat got one injection.")
    return tr("Brain levels climb slowly enough that the surge keeps up with them.")


def _first_time(sweep: DoseSweep, values: np.ndarray, start: float, condition) -> float | None:
    """The first hour from ``start`` on at which ``condition(values)`` holds (None: never)."""
    after = sweep.t >= start
    hits = np.nonzero(after & condition(values))[0]
    return float(sweep.t[hits[0]]) if len(hits) else None


def beats(sweep: DoseSweep | None, window: tuple[float, float], tr: Translate) -> list[Beat]:
    """The surge at its peak, glutamate at its lowest at the top dose, relief at this dose
    half built and the day after (those that happen; one beat without an NMDA drug)."""
    if sweep is None:
        return [Beat("no-sweep", tr("The dose window is for the NMDA drugs"), window[0])]
    glutamate = sweep.courses["glutamate"]
    best = best_surge_dose(sweep)
    surge_peak = float(sweep.t[int(np.argmax(glutamate[best]))])
    found = [Beat("surge-peak", tr("The surge at its peak"), surge_peak)]
    lowest = int(np.argmin(glutamate[-1]))
    if glutamate[-1][lowest] < 0.9 and sweep.t[lowest] > surge_peak:
        found.append(Beat("high-dose-low", tr("The highest dose: glutamate at its lowest"),
                          float(sweep.t[lowest])))
    row = sweep.current
    if row is not None and sweep.relief_24h[row] > RELIEF_ONSET:
        relief = sweep.courses["antidepressant_effect"][row]
        half = _first_time(sweep, relief, 0.0, lambda r: r >= 0.5 * sweep.relief_24h[row])
        if half is not None:
            found.append(Beat("relief-half", tr("Relief half built at this dose"), half))
    found.append(Beat("day-after", tr("The day after: relief measured"),
                      min(RELIEF_AT_H, window[1])))
    return [beat for beat in ordered_unique(found) if window[0] <= beat.t <= window[1]]


def dose_text(dose: float) -> str:
    """A dose in mg/kg as the picture and captions write it (two significant digits)."""
    return f"{dose:.2g}" if dose < 1 else f"{dose:.3g}"


def caption(sweep: DoseSweep | None, t: float, window: tuple[float, float],
            tr: Translate, drug: str) -> str:
    """What the sweep shows at ``t``, with the numbers of the moment at this dose."""
    clock = format_clock(t, tr)
    if sweep is None:
        if drug == "none":
            return tr("{clock}: no drug is given. The dose window sweeps the dose of an NMDA "
                      "drug: choose ketamine, esketamine or arketamine.").format(clock=clock)
        return tr("{clock}: the dose window is for the NMDA drugs (ketamine, esketamine, "
                  "arketamine); {drug} blocks no NMDA receptors.").format(
            clock=clock, drug=drug_name(drug, tr))
    key = getattr(beat_at(beats(sweep, window, tr), t), "key", "")
    row = sweep.current
    edges = antidepressant_window(sweep)
    numbers = dict(clock=clock, best=dose_text(sweep.doses_mg_per_kg[best_surge_dose(sweep)]),
                   top=dose_text(sweep.doses_mg_per_kg[-1]),
                   low=float(sweep.at("glutamate", t)[-1]),
                   lo=dose_text(edges[0]) if edges else "", hi=dose_text(edges[1]) if edges else "",
                   reason=why_no_relief(sweep.scenario, tr))
    if row is None:
        text = tr("{clock}: this dose ({dose} mg/kg) lies outside the sweep; the surge is "
                  "largest near {best} mg/kg.")
        numbers["dose"] = dose_text(sweep.scenario.dose_mg_per_kg)
        return text.format(**numbers)
    numbers.update(dose=dose_text(sweep.doses_mg_per_kg[row]),
                   glu=float(sweep.at("glutamate", t)[row]),
                   relief=float(sweep.at("antidepressant_effect", t)[row]),
                   diss=float(sweep.peak_dissociation[row]),
                   bp=float(sweep.peak_pressure_mmHg[row]))
    return _moment(key, edges, is_inverted_u(sweep), tr).format(**numbers)


def _moment(key: str, edges, inverted_u: bool, tr: Translate) -> str:
    """The caption's template for the beat in force."""
    if key == "high-dose-low":
        return tr("{clock}: at {top} mg/kg glutamate is down to {low:.0%} of baseline, as "
                  "anaesthetic doses lower it in rats (Moghaddam 1997). At this dose: "
                  "{glu:.2f}x.")
    if key == "relief-half":
        return tr("{clock}: at {dose} mg/kg relief is {relief:.0%} of the model's maximum "
                  "and still building; the surge is long over.")
    if key == "day-after" and edges:
        return tr("{clock}: at {dose} mg/kg relief is {relief:.0%} of the model's maximum, "
                  "dissociation peaked at {diss:.0%} of maximum, pressure at +{bp:.0f} mmHg. "
                  "Window: {lo} to {hi} mg/kg.")
    if key == "day-after":
        return tr("{clock}: no dose brings relief in this run: {reason}.")
    if not inverted_u:
        return tr("{clock}: at {dose} mg/kg glutamate is {glu:.2f}x baseline. By this route "
                  "the surge holds up to {top} mg/kg; in rats an anaesthetic dose lowered it "
                  "(Moghaddam 1997).")
    return tr("{clock}: at {dose} mg/kg glutamate is {glu:.2f}x baseline. The surge is "
              "largest near {best} mg/kg, smaller at lower and higher doses (Moghaddam 1997).")

"""Generates ``docs/model.md`` from the code: equations, the parameter table, anchors; and
its copy in the package (``app/assets/model.md``), which Help > About the model shows in an
installed app that has no ``docs/``.

Run ``python -m tools.model_docs`` after changing the model;
``tests/model/test_docs_and_purity.py`` fails while the committed file is stale.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from app.model.evidence import BLOCKER_TARGETS, EVIDENCE, STEP_NAMES
from app.model.observables import OBSERVABLE_INFO
from app.model.parameters import PARAMETERS
from app.model.scenario import Scenario
from app.model.simulate import STEP_H, simulate
from app.resources import MODEL_DOC
from tools.model_docs_text import CLAIMS, INTRODUCTION, LEFT_OUT, TIME_BASE

DOC_PATH = Path(__file__).resolve().parents[1] / "docs" / "model.md"
DOC_PATHS = (DOC_PATH, MODEL_DOC)

GROUP_TITLES = {
    "pk": "Pharmacokinetics", "nmda": "NMDA-receptor block", "circuit": "Circuit",
    "cascade": "Intracellular cascade", "structure": "Structure and behaviour",
    "side": "Side effects", "ssri": "SSRI (escitalopram)",
}

EQUATIONS = """\
## Equations

Notation: `relax(u, τ)` is the state `y` with `dy/dt = (u(t) - y)/τ`, starting at its
pre-dose steady state; `H(x, K, n) = xⁿ/(xⁿ + Kⁿ)` for `x ≥ 0`; `cut_B(x)` is `1` when
blocker B is present and `x` otherwise (the blocker removes the evoked change at its link);
`x⁺ = max(x, 0)`.

### Pharmacokinetics (closed form, linear)
    d depot/dt = -ka·depot                                   (nasal, oral: F·dose at each dose
                                                              time; esketamine: one 28 mg device
                                                              every 5 min)
    dA1/dt     =  ka·depot - (CL + Q + Q3)/V1·A1 + Q/V2·A2 + Q3/V3·A3 + R(t)
                                                             (IV: R = dose / infusion time)
    dA2/dt     =  Q/V1·A1 - Q/V2·A2                           (fast peripheral)
    dA3/dt     =  Q3/V1·A1 - Q3/V3·A3                         (deep: the slow terminal phase)
    dCe/dt     =  ke0·(A1/V1 - Ce),   ke0 = ln 2 / t½,e0
    plasma_uM  =  A1/V1 · 1000/M,   brain_uM = Ce · 1000/M
V1 + V2 is Kamp 2020's Vss; V1 + V2 + V3 is the label's Vss. Clearances scale as
(weight/70)^0.75, volumes as weight/70. The linear system is diagonalised once and each
mode integrated exactly on the grid (no ODE solver).

### NMDA block and the circuit
    nmda_block_interneuron = relax(H(brain, Ki·f_int), τ_block)
    nmda_block_pyramidal   = relax(H(brain, Ki·f_pyr), τ_block)             f_pyr ≫ f_int
    silencing              = H(block_pyr, b_50, n_sil)         (steep: near anaesthesia)
    interneuron_activity   = relax(1 - d_int·block_int, τ_int)
    disinhibition D        = 1 - interneuron_activity
    adaptation             = relax(D, τ_adapt)
    pyramidal_activity     = relax((1 + g·(D - a·adaptation)⁺)·(1 - d_pyr·silencing), τ_pyr)
    glutamate              = relax(pyramidal_activity, τ_glu)
    ampa_activation        = relax(cut_NBQX(glutamate), τ_ampa)

### Intracellular cascade
    p_eef2            = relax(1 - e_max·H(ampa - 1, e_50, n_eef2), τ_eef2)
    transcription     = 1 + g_tx·desensitization                       (SSRI; 1 otherwise)
    bdnf              = relax((1 + g_tl·(1 - p_eef2)/e_max) · transcription, τ_bdnf)
    trkb_activation   = relax(cut_TrkB(bdnf), τ_trkb)
    mtor_activity     = relax(cut_rapamycin(1 + g_mtor·(T - relax(T, τ_mtor,adapt))⁺), τ_mtor),
                        T = trkb - 1                 (answers a rise; rapid and transient)
    expression        = relax(cut_TrkB(transcription) - 1, τ_expr)    (SSRI: weeks, no mTOR)
    synaptic_proteins: dS/dt = k_syn·(mtor - 1) + k_expr·expression - (S - 1)/τ_S
                                                     (days: the "hit and run" memory)

### Structure and behaviour
    spine baseline         s0 = 1 - loss·stress
    spine_density          = relax(s0 + (ceiling - s0)·H(S - 1, S_50, n_syn), τ_spine)
    fast                   = H(S - 1, F_50, n_syn)                (synaptic potentiation)
    slow                   = clip((spine_density - s0)/loss, 0, 1)  (new spines)
    antidepressant_effect  = relax(w·(h + (1 - h)·stress)·fast + (1 - w)·slow, τ_effect)

### Side effects (track the drug in the brain)
    dissociation        = H(brain, Ki·f_diss, n_diss)             (NMDA potency)
    blood_pressure_mmHg = ΔBP_max · H(brain, EC50_bp, n_bp)       (amount of drug)

### SSRI
    sert_occupancy               = H(brain, EC50_SERT)
    autoreceptor_desensitization = relax(sert_occupancy, τ_desens)      (weeks)
    serotonin                    = relax(1 + occupancy·(g_5HT + g'_5HT·desensitization), τ_5HT)
Desensitisation slowly raises BDNF transcription, which acts through TrkB on the
expression of synapse genes and so on synaptic proteins, spines and relief: serotonin
rises within hours, relief needs weeks.
"""


def parameter_table() -> str:
    """Markdown tables of every parameter, grouped by part of the model."""
    lines = ["## Parameters", ""]
    for group, title in GROUP_TITLES.items():
        lines += [f"### {title}", "", "| name | value | unit | range | meaning | source |",
                  "|---|---|---|---|---|---|"]
        for p in PARAMETERS.values():
            if p.group == group:
                lines.append(f"| `{p.name}` | {p.value:g} | {p.unit} | {p.low:g} to {p.high:g} "
                             f"| {p.meaning} | {p.source} |")
        lines.append("")
    return "\n".join(lines)


def evidence_table() -> str:
    """Markdown table of the evidence behind every link and blocker (``EVIDENCE``)."""
    lines = ["## Evidence for each link", "",
             "How well each step of the chain is established, in which species, and the key "
             "references (established: shown repeatedly, in people where it matters; "
             "supported: shown, mostly in rodents; contested: results disagree or a rival "
             "explanation fits as well). The rival explanations (block at rest, a metabolite, the "
             "lateral habenula, opioids) are the subject of the scene `other-hypotheses`.", "",
             "| link | level | species | references | note |", "|---|---|---|---|---|"]
    for (source, target), ev in EVIDENCE.items():
        verb = "blocks" if source in BLOCKER_TARGETS else "->"
        link = f"{STEP_NAMES[source]} {verb} {STEP_NAMES[target]}"
        species = ", ".join(ev.species_in_order)
        lines.append(f"| {link} | {ev.level} | {species} | {'; '.join(ev.refs)} | {ev.note} |")
    lines.append("")
    return "\n".join(lines)


def observables_section() -> str:
    """The observables of a trajectory, in causal order, from their records: label, unit,
    value before any dose, typical range and meaning."""
    lines = ["## Observables", "",
             (f"In causal order, sampled every {STEP_H * 60:.0f} min (CSV columns in this "
              "order). The label and unit are what the plots show; *before* is the value before "
              "any dose in an unstressed cortex; *typical* is the range that ketamine up to "
              "2 mg/kg, a course of esketamine or six weeks of an SSRI stay within."), "",
             "| name | label | unit | before | typical | what it is |",
             "|---|---|---|---|---|---|"]
    lines += [f"| `{o.name}` | {o.label} | {o.unit} | {o.baseline:g} | "
              f"{o.typical_range[0]:g} to {o.typical_range[1]:g} | {o.meaning} |"
              for o in OBSERVABLE_INFO.values()]
    return "\n".join(lines) + "\n"


def anchors_section() -> str:
    """Numbers the model produces for the published anchors (recomputed on generation)."""
    rows = ["## What the model gives for the published anchors", "",
            "| scenario | quantity | model | published |", "|---|---|---|---|"]
    rows += _infusion_rows(simulate(Scenario(horizon_h=168)))
    rows += _dose_rows()
    rows += _esketamine_rows(simulate(Scenario(drug="esketamine", route="intranasal",
                                               dose_mg=84, horizon_h=48)),
                             simulate(Scenario(drug="esketamine", route="intranasal",
                                               dose_mg=56, horizon_h=48)))
    rows += _other_rows()
    return "\n".join(rows + [""])


def _infusion_rows(run) -> list[str]:
    relief = "antidepressant_effect"
    mtor_peak = _t_peak(run, "mtor_activity")
    mtor_excess = _peak(run, "mtor_activity") - 1.0
    return [
        f"| ketamine 0.5 mg/kg IV over 40 min | Cmax | {_peak(run, 'plasma_uM'):.2f} µM "
        f"| about 0.78 µM (0.42 to 1.05) |",
        f"| | time of Cmax | {_t_peak(run, 'plasma_uM') * 60:.0f} min | end of infusion |",
        f"| | half-life over 3-8 h / 12-24 h | {_half_life(run, 3, 8):.1f} h / "
        f"{_half_life(run, 12, 24):.1f} h | 2 to 3 h (Kamp 2020) / a slow terminal phase |",
        f"| | plasma at 24 h / Cmax | {run.value('plasma_uM', 24) / _peak(run, 'plasma_uM'):.2%} "
        f"| below 1% |",
        f"| | peak interneuron / pyramidal block | {_peak(run, 'nmda_block_interneuron'):.2f} / "
        f"{_peak(run, 'nmda_block_pyramidal'):.2f} | interneurons first (Homayoun 2007) |",
        f"| | peak glutamate | {_peak(run, 'glutamate'):.2f}x baseline "
        f"at {_t_peak(run, 'glutamate') * 60:.0f} min | surge within the hour (Moghaddam 1997) |",
        f"| | mTOR peak; excess left 1 h later | {mtor_peak:.1f} h; "
        f"{(run.value('mtor_activity', mtor_peak + 1) - 1) / mtor_excess:.0%} "
        f"| peak 30-60 min after the drug arrives, near baseline by 2 h (Li 2010) |",
        f"| | synaptic proteins at 2 h / 72 h (share of peak) | "
        f"{_share(run, 'synaptic_proteins', 2):.0%} / {_share(run, 'synaptic_proteins', 72):.0%} "
        f"| up from 2 h to 72 h (Li 2010) |",
        f"| | relief at 2 h / 4 h / 24 h / 7 d | {run.value(relief, 2):.2f} / "
        f"{run.value(relief, 4):.2f} / {run.value(relief, 24):.2f} / {run.value(relief, 168):.2f} "
        f"| from 110 min, largest near 24 h, fading over a week (Zarate 2006) |",
        f"| | peak systolic rise | {_peak(run, 'blood_pressure_mmHg'):.0f} mmHg "
        f"| roughly 10-20 mmHg (Riva-Posse 2018) |",
        f"| | peak dissociation | {_peak(run, 'dissociation'):.2f} of the model's maximum | "
        f"at the end of the infusion, gone within 2 h (Zarate 2006) |",
    ]


def _dose_rows() -> list[str]:
    cells = []
    for label, dose_mg, minutes in (("0.1 mg/kg", 7, 40), ("0.5 mg/kg", 35, 40),
                                    ("1.0 mg/kg", 70, 40), ("2 mg/kg bolus", 140, 1),
                                    ("10 mg/kg bolus", 700, 1)):
        run = simulate(Scenario(dose_mg=dose_mg, infusion_min=minutes, horizon_h=48))
        cells.append(f"{label}: {_peak(run, 'glutamate'):.2f}x (lowest "
                     f"{float(np.min(run['glutamate'])):.2f}x), relief "
                     f"{run.value('antidepressant_effect', 24):.2f}")
    return [f"| ketamine by dose | peak glutamate; relief at 24 h | {'; '.join(cells)} "
            f"| inverted U: Moghaddam 1997 (glutamate), Fava 2018 (0.5 and 1.0 mg/kg work) |"]


def _esketamine_rows(high, low) -> list[str]:
    return [
        f"| esketamine 84 mg intranasal (3 devices) | Tmax after the last device | "
        f"{_t_peak(high, 'plasma_uM') * 60 - 10:.0f} min | 20 to 40 min (Janssen 2019) |",
        f"| | half-life over 12-24 h | {_half_life(high, 12, 24):.1f} h "
        f"| 7 to 12 h (Janssen 2019) |",
        f"| | peak systolic rise, time; at 4 h | {_peak(high, 'blood_pressure_mmHg'):.1f} mmHg, "
        f"{_t_peak(high, 'blood_pressure_mmHg') * 60:.0f} min; "
        f"{high.value('blood_pressure_mmHg', 4):.1f} mmHg "
        f"| +7 to +9 mmHg, largest near 40 min, about 4 h (Janssen 2019) |",
        f"| | peak dissociation; relief at 2 h / 24 h | {_peak(high, 'dissociation'):.2f}; "
        f"{high.value('antidepressant_effect', 2):.2f} / "
        f"{high.value('antidepressant_effect', 24):.2f} | comparable to 0.5 mg/kg IV |",
        f"| esketamine 56 mg intranasal (2 devices) | peak systolic rise | "
        f"{_peak(low, 'blood_pressure_mmHg'):.1f} mmHg at "
        f"{_t_peak(low, 'blood_pressure_mmHg') * 60:.0f} min | +7 to +9 mmHg (Janssen 2019) |",
    ]


def _other_rows() -> list[str]:
    ssri = simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42,
                             dose_interval_h=24, horizon_h=42 * 24))
    blocked = simulate(Scenario(drug="ssri", route="oral", dose_mg=10, n_doses=42,
                                dose_interval_h=24, horizon_h=42 * 24, blockers={"rapamycin"}))
    healthy = simulate(Scenario(stress=0.0, horizon_h=48))
    weeks = " / ".join(f"{ssri.value('antidepressant_effect', w * 168):.2f}"
                       for w in (1, 2, 3, 4, 6))
    return [
        f"| escitalopram 10 mg daily | relief at week 1 / 2 / 3 / 4 / 6 | {weeks} "
        f"| response in 2-6 weeks, mean 5.7 weeks (Trivedi 2006) |",
        f"| | relief at week 6 with rapamycin | "
        f"{blocked.value('antidepressant_effect', 42 * 24):.2f} "
        f"| mTOR dependence not established; needs TrkB (Saarelainen 2003) |",
        f"| ketamine 0.5 mg/kg, unstressed | spine gain; relief at 24 h | "
        f"{healthy.value('spine_density', 24) - 1:+.1%}; "
        f"{healthy.value('antidepressant_effect', 24):.2f} "
        f"| effects in unstressed rodents (Li 2010; Autry 2011) |",
    ]


def _share(trajectory, name: str, t: float) -> float:
    excess = trajectory[name] - trajectory[name][0]
    return (trajectory.value(name, t) - trajectory[name][0]) / float(np.max(excess))


def _peak(trajectory, name: str) -> float:
    return float(np.max(trajectory[name]))


def _t_peak(trajectory, name: str) -> float:
    return float(trajectory.t[np.argmax(trajectory[name])])


def _half_life(trajectory, t0: float, t1: float) -> float:
    ratio = trajectory.value("plasma_uM", t0) / trajectory.value("plasma_uM", t1)
    return float(np.log(2) * (t1 - t0) / np.log(ratio))


def render() -> str:
    """The whole of ``docs/model.md``."""
    parts = [INTRODUCTION, CLAIMS, TIME_BASE, EQUATIONS, parameter_table(),
             observables_section(), anchors_section(), evidence_table(), LEFT_OUT]
    return "\n".join(parts)


def main() -> int:
    """Write ``docs/model.md``."""
    text = render()
    for path in DOC_PATHS:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generates ``docs/model.md`` from the code: equations, the parameter table, anchors.

Run ``python -m app.model.docs`` after changing the model; ``tests/model/test_docs.py``
fails while the committed file is stale.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from .evidence import BLOCKER_TARGETS, EVIDENCE, STEP_NAMES
from .parameters import PARAMETERS
from .scenario import Scenario
from .simulate import OBSERVABLES, STEP_H, simulate

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "model.md"

GROUP_TITLES = {
    "pk": "Pharmacokinetics", "nmda": "NMDA-receptor block", "circuit": "Circuit",
    "cascade": "Intracellular cascade", "structure": "Structure and behaviour",
    "side": "Side effects", "ssri": "SSRI (escitalopram)",
}

INTRODUCTION = """\
# The model behind the scenes

For pharmacologists and teachers: what the app computes, from which equations and
numbers, and what it deliberately leaves out. This file is generated from the code
(`python -m app.model.docs`); a test fails when it is stale.

One **scenario** (drug, route, dose, regimen, stress, blockers) is simulated once into a
**trajectory**: every observable on a one-minute grid. Every picture is drawn from it.
Units: time in hours after the first dose starts; concentrations in µM; block, effect and
dissociation as fractions 0..1; all other levels relative to their pre-dose baseline (= 1);
blood pressure as the systolic rise in mmHg.
"""

EQUATIONS = """\
## Equations

Notation: `relax(u, τ)` is the state `y` with `dy/dt = (u(t) - y)/τ`, starting at its
pre-dose steady state; `H(x, K, n) = xⁿ/(xⁿ + Kⁿ)` for `x ≥ 0`; `cut_B(x)` is `1` when
blocker B is present and `x` otherwise (the blocker removes the evoked change at its link).

### Pharmacokinetics (closed form, linear)
    d depot/dt = -ka·depot                                   (intranasal, oral: F·dose at each dose time)
    dA1/dt     =  ka·depot - (CL + Q)/V1·A1 + Q/V2·A2 + R(t) (IV: R = dose / infusion time)
    dA2/dt     =  Q/V1·A1 - Q/V2·A2
    dCe/dt     =  ke0·(A1/V1 - Ce),   ke0 = ln 2 / t½,e0
    plasma_uM  =  A1/V1 · 1000/M,   brain_uM = Ce · 1000/M
Clearances scale as (weight/70)^0.75, volumes as weight/70. The linear system is
diagonalised once and each mode integrated exactly on the grid (no ODE solver).

### NMDA block and the circuit
    nmda_block_interneuron = relax(H(brain, Ki·f_int), τ_block)
    nmda_block_pyramidal   = relax(H(brain, Ki·f_pyr), τ_block)       f_pyr ≫ f_int
    interneuron_activity   = relax(1 - d_int·block_int, τ_int)
    raw                    = (1 + g·(1 - interneuron_activity)) · (1 - d_pyr·block_pyr)
    adaptation             = relax(max(raw - 1, 0), τ_adapt)
    pyramidal_activity     = relax(max(raw - a·adaptation, min(raw, 1)), τ_pyr)
    glutamate              = relax(pyramidal_activity, τ_glu)
    ampa_activation        = relax(cut_NBQX(glutamate), τ_ampa)

### Intracellular cascade
    p_eef2            = relax(1 - e_max·H(ampa - 1, e_50), τ_eef2)
    bdnf              = relax((1 + g_tl·(1 - p_eef2)/e_max) · (1 + g_tx·desensitization), τ_bdnf)
    trkb_activation   = relax(cut_TrkB(bdnf), τ_trkb)
    mtor_activity     = relax(cut_rapamycin(1 + g_mtor·(trkb - 1)), τ_mtor)
    synaptic_proteins: dS/dt = k_syn·(mtor - 1) - (S - 1)/τ_S      (days: the "hit and run" memory)

### Structure and behaviour
    spine baseline         s0 = 1 - loss·stress
    spine_density          = relax(s0 + (ceiling - s0)·H(S - 1, S_50), τ_spine)
    antidepressant_effect  = relax(clip((spine_density - s0)/(1 - s0), 0, 1), τ_effect)
                             (0 when stress = 0: no stress-lost synapses to restore)

### Side effects (track the drug in the brain)
    dissociation        = H(brain, Ki·f_diss, n_diss)
    blood_pressure_mmHg = ΔBP_max · H(brain, Ki·f_bp, n_bp)

### SSRI
    sert_occupancy               = H(brain, EC50_SERT)
    autoreceptor_desensitization = relax(sert_occupancy, τ_desens)      (weeks)
    serotonin                    = relax(1 + occupancy·(g_5HT + g'_5HT·desensitization), τ_5HT)
Desensitisation slowly raises BDNF transcription, which feeds the same TrkB -> mTOR ->
synapse path: serotonin rises within hours, relief needs weeks.
"""

TIME_BASE = """\
## Rodent data on a human time base

Most molecular time courses (p-eEF2 and BDNF at 30 min, mTOR at 30-60 min, synaptic
proteins from 2 h, spines at 24 h) come from rats and mice, which clear ketamine within
about half an hour, far faster than the 2-3 h of a human. The model maps them explicitly:

1. **Drug exposure is human.** Concentrations come from human pharmacokinetics
   (Kamp 2020; Janssen 2019), so the drive to the cascade lasts as long as it does in a
   patient, not a rodent.
2. **Cell-biological lags are kept from rodents.** Time constants of phosphorylation,
   translation and signalling (minutes to hours) describe cellular machinery, which does
   not scale with body size the way drug clearance does; they are used as measured.
3. **Persistence is calibrated on people.** How long synaptic proteins and spines outlast
   the drug is set from the clinical course of one infusion: relief within hours, largest
   near 24 h, fading over about a week (Zarate 2006; Berman 2000).
"""

LEFT_OUT = """\
## Deliberately left out

- Metabolites (norketamine, hydroxynorketamine) and NMDA-independent actions, including the
  ones proposed for arketamine: the model gives arketamine only its weaker NMDA block,
  so it predicts fewer side effects and a smaller effect. Whether R-ketamine lasts longer
  is an open research question (source article, section on what comes next).
- Receptor subunits (GluN2B, GluN2D), extrasynaptic receptors, and the lateral habenula.
- Opioid, monoaminergic and other off-target actions of ketamine; tolerance; abuse.
- Individual variability: every scenario is a typical adult.
- Nasal devices given 5 min apart are modelled as one administration.
- Doses are placed on the one-minute grid (times rounded to the nearest minute).
- At anaesthetic doses pyramidal receptors are blocked as well, so firing and glutamate
  fall while the drug is high; the burst comes as the concentration falls back through the
  sub-anaesthetic window. Consciousness, respiration and anaesthesia itself are not modelled.
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
    """The observables of a trajectory, in causal order."""
    names = ", ".join(f"`{name}`" for name in OBSERVABLES)
    return (f"## Observables\n\nIn causal order, sampled every {STEP_H * 60:.0f} min: "
            f"{names}.\n")


def anchors_section() -> str:
    """Numbers the model produces for the published anchors (recomputed on generation)."""
    default = simulate(Scenario(horizon_h=48))
    nasal = simulate(Scenario(drug="esketamine", route="intranasal", dose_mg=84, horizon_h=48))
    rows = [
        "## What the model gives for the published anchors", "",
        "| scenario | quantity | model | published |", "|---|---|---|---|",
        f"| ketamine 0.5 mg/kg IV over 40 min | Cmax | {_peak(default, 'plasma_uM'):.2f} µM "
        f"| about 0.78 µM (0.42 to 1.05) |",
        f"| | time of Cmax | {_t_peak(default, 'plasma_uM') * 60:.0f} min | end of infusion |",
        f"| | terminal half-life | {_half_life(default, 8, 16):.1f} h | 2 to 3 h (Kamp 2020) |",
        f"| | plasma at 24 h / Cmax | {default.value('plasma_uM', 24) / _peak(default, 'plasma_uM'):.2%} "
        f"| far below 1% |",
        f"| | peak interneuron / pyramidal block | {_peak(default, 'nmda_block_interneuron'):.2f} / "
        f"{_peak(default, 'nmda_block_pyramidal'):.2f} | interneurons first (Homayoun 2007) |",
        f"| | peak glutamate | {_peak(default, 'glutamate'):.2f}x baseline "
        f"at {_t_peak(default, 'glutamate') * 60:.0f} min | surge within the hour (Moghaddam 1997) |",
        f"| | antidepressant effect at 24 h | {default.value('antidepressant_effect', 24):.2f} "
        f"| largest near 24 h (Zarate 2006) |",
        f"| esketamine 84 mg intranasal | Tmax | {_t_peak(nasal, 'plasma_uM') * 60:.0f} min "
        f"| 20 to 40 min (Janssen 2019) |",
        f"| | terminal half-life | {_half_life(nasal, 12, 24):.1f} h | 7 to 12 h (Janssen 2019) |",
        "",
    ]
    return "\n".join(rows)


def _peak(trajectory, name: str) -> float:
    return float(np.max(trajectory[name]))


def _t_peak(trajectory, name: str) -> float:
    return float(trajectory.t[np.argmax(trajectory[name])])


def _half_life(trajectory, t0: float, t1: float) -> float:
    ratio = trajectory.value("plasma_uM", t0) / trajectory.value("plasma_uM", t1)
    return float(np.log(2) * (t1 - t0) / np.log(ratio))


def render() -> str:
    """The whole of ``docs/model.md``."""
    parts = [INTRODUCTION, TIME_BASE, EQUATIONS, parameter_table(), observables_section(),
             anchors_section(), evidence_table(), LEFT_OUT]
    return "\n".join(parts)


def main() -> int:
    """Write ``docs/model.md``."""
    DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOC_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

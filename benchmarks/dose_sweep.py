"""Dose-sweep speed: scene 9's sweep of one dose at 34 doses, against one default simulate().

Budget (issue 13): the sweep takes under 1 s (it runs in the scene's ``prepare``, off the
GUI thread, each time the scenario changes). The reference is one ``simulate(Scenario())``
(14 days), measured in the same run so the ratio survives a noisy machine.

    python benchmarks/dose_sweep.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app.model import Scenario, simulate  # noqa: E402
from app.model.dose_sweep import dose_sweep, doses_for  # noqa: E402
from benchmarks.common import median_seconds, report  # noqa: E402


def main() -> None:
    reference = median_seconds(lambda: simulate(Scenario()), repeats=30)
    report("reference: simulate(Scenario()), 14 days", reference, reference, "")
    for label, scenario in (("ketamine IV 0.5 mg/kg", Scenario()),
                            ("esketamine intranasal 56 mg",
                             Scenario(drug="esketamine", route="intranasal", dose_mg=56.0))):
        doses = doses_for(scenario)
        seconds = median_seconds(lambda s=scenario, d=doses: dose_sweep(s, d), repeats=10)
        report(f"dose_sweep, {label}, {len(doses)} doses", seconds, reference, "budget 1 s")


if __name__ == "__main__":
    main()

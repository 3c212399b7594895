"""Model speed: simulate() over 14 days and Trajectory.at(t), against a solve_ivp reference.

Budget (issue 2): simulate(Scenario()) median <= 20 ms; traj.at(t) <= 50 µs. The reference
is a plain ``solve_ivp`` (LSODA) of a 20-state linear cascade over the same 14 days,
measured in the same run so the ratio survives a noisy machine.

    python benchmarks/model.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.integrate import solve_ivp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app.model import Scenario, simulate  # noqa: E402
from benchmarks.common import median_seconds, report  # noqa: E402


def reference_linear_cascade() -> None:
    """20 first-order stages in series, the first driven by a 40-min infusion, over 14 days."""
    rates = np.geomspace(30.0, 0.01, 20)

    def rhs(t, y):
        drive = np.empty_like(y)
        drive[0] = 1.0 if t < 2 / 3 else 0.0
        drive[1:] = y[:-1]
        return rates * (drive - y)

    solve_ivp(rhs, (0.0, 336.0), np.zeros(20), method="LSODA", max_step=0.5)


def main() -> None:
    reference = median_seconds(reference_linear_cascade, repeats=10)
    report("reference: solve_ivp LSODA, 20-state linear", reference, reference, "")
    simulated = median_seconds(lambda: simulate(Scenario()), repeats=30)
    report("simulate(Scenario()), 14 days", simulated, reference, "budget 20 ms")
    trajectory = simulate(Scenario())
    times = np.random.default_rng(1).uniform(0, 336, 2000)

    def query_all():
        for t in times:
            trajectory.at(t)

    per_query = median_seconds(query_all, repeats=10) / len(times)
    print(f"{'traj.at(t), all observables':44s} median {per_query * 1e6:9.2f} µs"
          f"   x{per_query / reference:.2e} of reference   (budget 50 µs)")
    long = median_seconds(lambda: simulate(Scenario(drug="ssri", route="oral", dose_mg=10,
                                                    n_doses=90, horizon_h=2400)), repeats=5)
    report("simulate(SSRI daily x 90, 100 days)", long, reference, "no budget")


if __name__ == "__main__":
    main()

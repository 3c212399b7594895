"""Timing helpers shared by the benchmark scripts: medians of repeated runs."""
from __future__ import annotations

import statistics
import time


def median_seconds(function, repeats: int = 30, warmup: int = 3) -> float:
    """Median wall-clock time of ``function()`` over ``repeats`` runs after a warm-up."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(label: str, seconds: float, reference: float, budget: str) -> None:
    """One aligned line: median, ratio to the reference measured in the same run, budget."""
    print(f"{label:44s} median {seconds * 1e3:9.3f} ms   x{seconds / reference:6.2f} of reference"
          f"   ({budget})")

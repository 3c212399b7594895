"""Ketamine Cascade: animated, model-driven scenes of how rapid-acting antidepressants work."""

import os

__version__ = "0.1.0"

# The model's numpy work is small matrices, run on a worker thread per scenario (A's and, in
# compare mode, B's; two windows' during a language switch). OpenBLAS's own thread pool gains
# them nothing, and called from several threads at once it can stall for good (numpy issue
# 17752): a language switch in compare mode froze the window. One BLAS thread per caller.
# Set before numpy is first imported, which is below this package.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

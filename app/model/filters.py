"""Exact first-order dynamics on a uniform time grid, vectorised with ``scipy.signal.lfilter``.

Every state of the cascade obeys ``dy/dt = (u(t) - y) / tau``: it relaxes towards a
drive ``u`` with time constant ``tau``. With ``u`` linear between samples (first-order
hold) the update over one step ``h`` is exact:

    y[n+1] = a*y[n] + b0*u[n+1] + b1*u[n],   a = exp(-h/tau),
    c = tau*(1 - a)/h,  b0 = 1 - c,  b1 = c - a.

Running it through ``lfilter`` costs microseconds per thousand samples, so the model
needs no ODE solver: the cascade is feed-forward, each stage filtering the one before.
"""
from __future__ import annotations

import numpy as np
from scipy.signal import lfilter


def relax(drive: np.ndarray, tau_h: float, step_h: float, start: float | None = None) -> np.ndarray:
    """Return ``y`` with ``dy/dt = (drive - y)/tau_h``, starting at ``start`` (default drive[0]).

    Parameters
    ----------
    drive : samples of the drive on a uniform grid
    tau_h : time constant, hours (> 0)
    step_h : grid step, hours
    start : initial value; the default is the drive's first sample (steady state)
    """
    y0 = drive[0] if start is None else start
    a = np.exp(-step_h / tau_h)
    c = tau_h * (1.0 - a) / step_h
    b0, b1 = 1.0 - c, c - a
    zi = np.array([y0 - b0 * drive[0]])  # makes the first output exactly y0
    out, _ = lfilter([b0, b1], [1.0, -a], drive, zi=zi)
    return out


def hill(x: np.ndarray, half: float, n: float = 1.0) -> np.ndarray:
    """Saturating response ``x**n / (x**n + half**n)`` for ``x >= 0`` (0 for x <= 0)."""
    x = np.maximum(x, 0.0)
    xn = x ** n
    return xn / (xn + half ** n)

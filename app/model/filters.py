"""Exact first-order dynamics on a uniform time grid, vectorised in numpy.

Every state of the cascade obeys ``dy/dt = (u(t) - y) / tau``: it relaxes towards a
drive ``u`` with time constant ``tau``. With ``u`` linear between samples (first-order
hold) the update over one step ``h`` is exact:

    y[n+1] = a*y[n] + b0*u[n+1] + b1*u[n],   a = exp(-h/tau),
    c = tau*(1 - a)/h,  b0 = 1 - c,  b1 = c - a.

The linear recurrence ``y[n] = a*y[n-1] + w[n]`` is solved in blocks with one matrix
product per level (:func:`recurrence`), so the model needs no ODE solver and no scipy at
import time (importing ``scipy.signal`` alone costs about a second at start-up).
"""
from __future__ import annotations

import numpy as np

BLOCK = 16  # measured fastest on the grid sizes used (numpy matmul of small blocks)


def recurrence(pushed: np.ndarray, decay: float, before: float = 0.0) -> np.ndarray:
    """``y[n] = decay*y[n-1] + pushed[n]`` with ``y[-1] = before``, for 0 <= decay <= 1.

    Within blocks of ``BLOCK`` samples the sum is a product with a triangular matrix of
    powers of ``decay``; the values carried between blocks obey the same recurrence with
    ``decay**BLOCK``, solved the same way. Powers never exceed ``BLOCK``, so nothing
    overflows or loses precision.
    """
    count = len(pushed)
    if count == 0:
        return np.zeros(0)
    blocks = -(-count // BLOCK)
    padded = np.zeros(blocks * BLOCK)
    padded[:count] = pushed
    steps = np.arange(BLOCK)
    lag = steps[None, :] - steps[:, None]  # k - j
    powers = np.where(lag >= 0, decay ** np.maximum(lag, 0), 0.0)
    local = padded.reshape(blocks, BLOCK) @ powers  # sum over j <= k of decay^(k-j) w[j]
    if blocks == 1:
        carried = np.array([before])
    else:
        ends = recurrence(local[:-1, -1], decay ** BLOCK, before)
        carried = np.concatenate(([before], ends))
    result = local + carried[:, None] * decay ** (steps + 1)[None, :]
    return result.reshape(-1)[:count]


def relax(drive: np.ndarray, tau_h: float, step_h: float, start: float | None = None) -> np.ndarray:
    """Return ``y`` with ``dy/dt = (drive - y)/tau_h``, starting at ``start`` (default drive[0]).

    Parameters
    ----------
    drive : samples of the drive on a uniform grid
    tau_h : time constant, hours (> 0)
    step_h : grid step, hours
    start : initial value; the default is the drive's first sample (steady state)
    """
    y0 = float(drive[0] if start is None else start)
    if start is None and drive.min() == drive.max():  # at rest throughout: nothing to solve
        return np.full(len(drive), y0)
    a = float(np.exp(-step_h / tau_h))
    c = tau_h * (1.0 - a) / step_h
    b0, b1 = 1.0 - c, c - a
    pushed = np.empty(len(drive))
    pushed[0] = y0
    pushed[1:] = b0 * drive[1:] + b1 * drive[:-1]
    return recurrence(pushed, a)


def hill(x: np.ndarray, half: float, n: float = 1.0) -> np.ndarray:
    """Saturating response ``x**n / (x**n + half**n)`` for ``x >= 0`` (0 for x <= 0)."""
    x = np.maximum(x, 0.0)
    xn = x ** n
    return xn / (xn + half ** n)

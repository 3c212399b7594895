"""Small measurements on trajectories that several model tests use."""
import numpy as np


def response(trajectory, name):
    """Absolute change of an observable from its pre-dose value, over time."""
    series = trajectory[name]
    return np.abs(series - series[0])


def peak_response(trajectory, name):
    """Largest absolute change from baseline."""
    return float(response(trajectory, name).max())


def half_peak_time(trajectory, name):
    """First time (h, interpolated) at which the change reaches half its peak."""
    change = response(trajectory, name)
    half = change.max() / 2.0
    i = int(np.argmax(change >= half))
    fraction = (half - change[i - 1]) / (change[i] - change[i - 1])
    return float(trajectory.t[i - 1] + fraction * (trajectory.t[i] - trajectory.t[i - 1]))

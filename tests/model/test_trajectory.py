"""The trajectory: read by name, queried by time, written as CSV atomically."""
import numpy as np
import pytest

from app.model import OBSERVABLES, Scenario, simulate


@pytest.fixture(scope="module")
def trajectory():
    return simulate(Scenario(horizon_h=48))


def test_every_observable_is_aligned_with_time(trajectory):
    for name in OBSERVABLES:
        assert trajectory[name].shape == trajectory.t.shape
    assert trajectory.t[0] == 0 and trajectory.t_end == pytest.approx(48)


def test_grid_resolves_the_glutamate_burst(trajectory):
    rising = np.count_nonzero(trajectory.t < trajectory.t[np.argmax(trajectory["glutamate"])])
    assert rising >= 20  # at least 20 samples on the way up


def test_at_interpolates_between_samples_and_clamps_outside(trajectory):
    t = 0.5 + 1 / 120  # half-way between two samples
    expected = np.interp(t, trajectory.t, trajectory["glutamate"])
    assert trajectory.at(t)["glutamate"] == pytest.approx(expected)
    assert trajectory.at(-5)["glutamate"] == trajectory["glutamate"][0]
    assert trajectory.at(1e6)["plasma_uM"] == trajectory["plasma_uM"][-1]
    assert set(trajectory.at(1.0)) == set(OBSERVABLES)


def test_arrays_are_read_only(trajectory):
    with pytest.raises(ValueError):
        trajectory["glutamate"][0] = 5


def test_unknown_observable_names_the_known_ones(trajectory):
    with pytest.raises(KeyError, match="glutamate"):
        trajectory["glutamat"]


def test_csv_has_the_contract_header_and_thins_rows(trajectory, tmp_path):
    path = tmp_path / "run.csv"
    trajectory.to_csv(path, step_h=1.0)
    lines = path.read_text().splitlines()
    assert lines[0] == "t_h," + ",".join(OBSERVABLES)
    assert len(lines) == 1 + 49
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    assert np.allclose(data[:, 0], np.arange(49))
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]


def test_csv_into_a_missing_folder_fails_without_leaving_anything(trajectory, tmp_path):
    with pytest.raises(OSError):
        trajectory.to_csv(tmp_path / "missing" / "run.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def six_weeks():
    return simulate(Scenario(horizon_h=1008))


def test_a_thinned_run_is_a_tenth_of_the_size_and_draws_the_same_curves(six_weeks):
    thin = six_weeks.thinned()
    assert len(thin) < len(six_weeks) / 8
    for name in six_weeks.names:
        redrawn = np.interp(six_weeks.t, thin.t, thin[name])
        assert np.abs(redrawn - six_weeks[name]).max() <= 1e-3 * np.ptp(six_weeks[name]) + 1e-12


def test_a_thinned_run_keeps_the_glutamate_burst_at_full_resolution(six_weeks):
    thin = six_weeks.thinned()
    assert thin["glutamate"].max() == six_weeks["glutamate"].max()
    burst = thin.t[(thin.t > 0.0) & (thin.t < 2.0)]
    assert np.allclose(np.diff(burst), 1 / 60)  # every minute of the first two hours stays


def test_a_thinned_run_answers_at_and_csv_like_the_full_one(six_weeks):
    thin = six_weeks.thinned()
    for t in (0.25, 0.5 + 1 / 120, 30.0, 500.0 + 1 / 3):
        full, coarse = six_weeks.at(t), thin.at(t)
        for name in six_weeks.names:
            assert coarse[name] == pytest.approx(full[name],
                                                 abs=1e-3 * np.ptp(six_weeks[name]) + 1e-12)
    assert thin.at(-1)["glutamate"] == six_weeks["glutamate"][0]
    assert thin.at(1e6)["plasma_uM"] == six_weeks["plasma_uM"][-1]
    rows = thin.csv_text(step_h=24).splitlines()
    assert len(rows) == 1 + len(six_weeks.csv_text(step_h=24).splitlines()) - 1
    assert rows[0] == six_weeks.csv_text(step_h=24).splitlines()[0]

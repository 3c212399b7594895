"""The plots' segfault: a blocker (or an absent drug) leaves series flat up to rounding
noise; auto-ranging zoomed into that noise and Qt's item index lost deleted plot items,
so the next paint after a scene switch or a plot rebuild ended the process."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.ui.plots import readable_y_range

FLAT_SCENARIOS = [
    {"blockers": {"nbqx"}}, {"blockers": {"rapamycin"}}, {"blockers": {"trkb_antagonist"}},
    {"drug": "none", "route": "iv"}, {"drug": "ssri", "route": "oral", "dose_mg": 20},
]


def _settle(window, qtbot):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    qtbot.wait(60)


def test_the_lecturers_click_sequence_does_not_crash(window, qtbot):
    """Controls tab, tick NBQX, Plots tab, click the picture, press 5 then 1."""
    window.controls_dock.raise_()
    window.controls.blockers["nbqx"].setChecked(True)
    _settle(window, qtbot)
    window.plots_dock.raise_()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton)
    for key in (Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_1):
        qtbot.keyClick(window.canvas, key)
        qtbot.wait(80)
    assert window.state.scene_id == "overview"
    assert window.plots.graphics.grab().width() > 0


@pytest.mark.parametrize("changes", FLAT_SCENARIOS, ids=lambda c: "-".join(
    sorted(str(v) if not isinstance(v, set) else "+".join(v) for v in c.values())))
def test_scene_switches_and_plot_rebuilds_with_flat_series_survive(window, qtbot, changes):
    window.state.set_scenario(window.state.scenario.with_changes(**changes))
    _settle(window, qtbot)
    for scene_id in ("bdnf-mtor", "overview", "spine-growth", "hit-and-run", "overview"):
        window.state.set_scene(scene_id)
        qtbot.wait(40)
        window.plots.log_box.toggle()
        qtbot.wait(40)
        window.preferences.toggle_theme()
        qtbot.wait(40)
    assert window.plots.graphics.grab().width() > 0


def test_a_flat_plot_shows_a_readable_range_and_short_tick_labels(window, qtbot):
    window.controls.blockers["nbqx"].setChecked(True)
    _settle(window, qtbot)
    window.state.set_scene("bdnf-mtor")
    qtbot.wait(100)
    for plot in window.plots._plots:
        low, high = plot.getViewBox().viewRange()[1]
        assert high - low >= 0.1, plot.titleLabel.text
        axis = plot.getAxis("left")
        values = [v for _, level in axis.tickValues(low, high, 200) for v in level]
        labels = axis.tickStrings(values, 1.0, values[1] - values[0] if len(values) > 1 else 1)
        assert labels and all(len(label) <= 5 for label in labels), labels


def test_readable_range_widens_a_flat_series_around_its_value():
    noisy_one = 1.0 + np.array([2e-15, -2e-15, 0.0])
    low, high = readable_y_range(noisy_one)
    assert low < 1.0 < high and high - low == pytest.approx(0.1)


def test_readable_range_keeps_zero_for_a_quantity_that_is_absent():
    assert readable_y_range(np.zeros(10)) == (0.0, pytest.approx(0.1))


def test_readable_range_leaves_a_moving_series_alone():
    values = np.array([1.0, 1.8, 1.2])
    assert readable_y_range(values) == (1.0, 1.8)


def test_readable_range_survives_non_finite_samples():
    assert readable_y_range(np.array([np.nan, np.inf])) == (0.0, 1.0)
    assert readable_y_range(np.array([np.nan, 2.0, 3.0])) == (2.0, 3.0)


def test_theme_key_rebuilds_the_plots_without_crashing(window, qtbot):
    window.state.set_scenario(window.state.scenario.with_changes(drug="none", route="iv"))
    _settle(window, qtbot)
    for _ in range(6):
        qtbot.keyClick(window.canvas, Qt.Key.Key_T)
        qtbot.wait(40)
    assert QKeySequence("T").toString() == "T"


def test_a_flat_series_reads_on_its_observables_usual_scale():
    from app.model import OBSERVABLE_INFO
    pressure = OBSERVABLE_INFO["blood_pressure_mmHg"].typical_range
    low, high = readable_y_range(np.zeros(10), pressure)
    assert low == 0.0 and high == pytest.approx(0.1 * (pressure[1] - pressure[0]))
    assert high >= 4.0  # mmHg: whole millimetres of mercury, not hundredths


def test_a_moving_series_keeps_its_own_extent_whatever_its_typical_range():
    ssri_plasma = np.array([0.0, 0.035, 0.02])
    assert readable_y_range(ssri_plasma, (0.0, 4.0)) == (0.0, pytest.approx(0.1))


def test_without_a_drug_the_blood_pressure_plot_shows_whole_mmhg(window, qtbot):
    window.state.set_scenario(window.state.scenario.with_changes(drug="none", route="iv"))
    _settle(window, qtbot)
    window.state.set_scene("hit-and-run")
    qtbot.wait(100)
    titles = [plot.titleLabel.text for plot in window.plots._plots]
    plot = window.plots._plots[next(i for i, t in enumerate(titles) if "mmHg" in t)]
    low, high = plot.getViewBox().viewRange()[1]
    assert low <= 0.0 and high >= 4.0

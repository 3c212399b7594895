"""The plots panel titles each plot with its observable's label and unit from the model's
records, in the window's language."""
from app.i18n import translated
from app.model import OBSERVABLE_INFO
from app.scenes import SCENES

from .switching import rebuilt_in


def _titles(window):
    return [plot.titleLabel.text for plot in window.plots._plots]


def test_each_plot_shows_the_label_and_unit_of_its_record(window, qtbot):
    window.state.set_scene("bdnf-mtor")
    qtbot.waitUntil(lambda: len(window.plots._plots) == len(SCENES["bdnf-mtor"].plots))
    for name, title in zip(SCENES["bdnf-mtor"].plots, _titles(window), strict=True):
        record = OBSERVABLE_INFO[name]
        assert title.startswith(record.label) and f"({record.unit})" in title, title


def test_plot_labels_and_units_follow_the_window_into_chinese(window, qtbot):
    window.state.set_scene("hit-and-run")
    with rebuilt_in(window, qtbot) as new:
        names = SCENES["hit-and-run"].plots
        qtbot.waitUntil(lambda: len(new.plots._plots) == len(names))
        for name, title in zip(names, _titles(new), strict=True):
            record = OBSERVABLE_INFO[name]
            label, unit = translated(record.label), translated(record.unit)
            assert label != record.label or unit != record.unit, name
            assert title.startswith(label) and f"({unit})" in title, title

"""The plots panel reads in every theme: the colours its items are given (titles, units,
axes and their ticks, curves) against the panel's background (WCAG 2.x)."""
import re

import pytest
from PySide6.QtGui import QColor

from app.scenes import SCENES
from app.story.catalogue import THEME_NAMES
from tests.accessibility import wcag


def _title_colours(plot) -> list[str]:
    """The colours the title's HTML asks for: its own and the unit's span."""
    return re.findall(r"color:\s*(#[0-9a-fA-F]{6})", plot.titleLabel.item.toHtml())


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_plot_text_and_curves_stand_out_from_the_panel(window, qtbot, theme):
    window.state.set_theme(theme)
    faint = []
    for scene_id in SCENES:
        window.state.set_scene(scene_id)
        # a comparison scene's plots wait for its companion runs
        qtbot.waitUntil(lambda: bool(window.plots._plots), timeout=20000)
        background = window.plots.graphics.backgroundBrush().color()
        for plot in window.plots._plots:
            texts = [QColor(c) for c in _title_colours(plot)]
            texts += [plot.getAxis(a).textPen().color() for a in ("left", "bottom")]
            graphics = [plot.getAxis(a).pen().color() for a in ("left", "bottom")]
            graphics += [curve.opts["pen"].color() for curve in plot.listDataItems()]
            for colours, needed in ((texts, wcag.TEXT), (graphics, wcag.GRAPHICS)):
                faint += [(scene_id, plot.titleLabel.text, c.name())
                          for c in colours if wcag.ratio(wcag.rgb(c), wcag.rgb(background))
                          < needed]
    assert not faint, f"faint in the {theme} theme: {faint}"

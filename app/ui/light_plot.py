"""A plot of one curve over time: a title, a view box and two axes, nothing else.

pyqtgraph's ``PlotItem`` also builds a "Plot Options" form (seven menus and dozens of
widgets) for every plot, even with its menus disabled, and the plots panel never shows
it: the five plots of a scene cost about three times as much to make as these, and the
panel is made while the window opens. ``LightPlot`` keeps the part of ``PlotItem``'s
interface the panel uses, laid out the way ``PlotItem`` lays it out.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsGridLayout

TITLE_HEIGHT = 30  # logical pixels, as PlotItem gives a title


class LightPlot(pg.GraphicsWidget):
    """A title above a view box with a left and a bottom axis (``bottom`` may be given)."""

    def __init__(self, bottom: pg.AxisItem | None = None, parent=None):
        super().__init__(parent)
        self.vb = pg.ViewBox(enableMenu=False)
        self.vb.setMouseEnabled(x=False, y=False)
        self.titleLabel = pg.LabelItem("", size="11pt")
        self.axes = {"left": pg.AxisItem("left"), "bottom": bottom or pg.AxisItem("bottom")}
        layout = QGraphicsGridLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setHorizontalSpacing(0)
        layout.setVerticalSpacing(0)
        self.setLayout(layout)
        layout.addItem(self.titleLabel, 0, 1)
        layout.addItem(self.axes["left"], 1, 0)
        layout.addItem(self.vb, 1, 1)
        layout.addItem(self.axes["bottom"], 2, 1)
        layout.setRowStretchFactor(1, 100)
        layout.setColumnStretchFactor(1, 100)
        for axis in self.axes.values():
            axis.linkToView(self.vb)
            axis.setZValue(0.5)  # above the view box, as in PlotItem
        self._layout = layout
        self._curves: list[pg.PlotDataItem] = []

    def setTitle(self, title: str, **options) -> None:
        """The title above the plot (HTML allowed); ``options`` as for ``LabelItem.setText``."""
        self.titleLabel.setText(title, **options)
        self.titleLabel.setMaximumHeight(TITLE_HEIGHT)
        self._layout.setRowFixedHeight(0, TITLE_HEIGHT)

    def getAxis(self, name: str) -> pg.AxisItem:
        """The ``"left"`` or ``"bottom"`` axis."""
        return self.axes[name]

    def getViewBox(self) -> pg.ViewBox:
        """The view box the curves are drawn in."""
        return self.vb

    def addItem(self, item, ignoreBounds: bool = False) -> None:
        """Put ``item`` in the view box (``ignoreBounds``: it does not widen the range)."""
        self.vb.addItem(item, ignoreBounds=ignoreBounds)

    def plot(self, pen=None) -> pg.PlotDataItem:
        """A new empty curve drawn with ``pen``."""
        curve = pg.PlotDataItem(pen=pen)
        self.addItem(curve)
        self._curves.append(curve)
        return curve

    def listDataItems(self) -> list[pg.PlotDataItem]:
        """The curves made by :meth:`plot`."""
        return list(self._curves)

    def setXLink(self, other: LightPlot) -> None:
        """Share ``other``'s x range."""
        self.vb.setXLink(other.vb)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        """Show x from ``low`` to ``high``, with ``padding`` as a fraction of the span."""
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:
        """Show y from ``low`` to ``high``, with ``padding`` as a fraction of the span."""
        self.vb.setYRange(low, high, padding=padding)

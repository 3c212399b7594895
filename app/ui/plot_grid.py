"""Grid lines for the plots, drawn inside each plot's view box.

pyqtgraph's own grid (``PlotItem.showGrid``, an axis option) is deliberately not used. With
a grid on, an ``AxisItem``'s bounding rect grows to cover its whole view box, and it changes
whenever the view box moves or resizes (a wider tick label, a rebuilt layout), without the
axis telling Qt first (``prepareGeometryChange``). Qt's scene index (a BSP tree) then keeps
the axis filed under bounds it no longer has; when the plots are rebuilt the axis is removed
under its new bounds, stays in the index, is deleted, and the next paint of the plots
touches the deleted item: the segfault a lecturer met after ticking a blocker and switching
scenes.

Items inside a view box are clipped by it and never enter the scene index, so a grid drawn
there cannot go stale in it.
"""
from __future__ import annotations

import weakref

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPen

from app.ui.light_plot import LightPlot

GRID_OPACITY = 0.15  # as faint as the grid the plots had before


class PlotGrid(pg.GraphicsObject):
    """Faint lines at the tick positions of a plot's bottom and left axes."""

    def __init__(self, plot: LightPlot, color: str):
        super().__init__()
        # weakly: a plot owns its grid, and a cycle would leave both to the garbage
        # collector, which may then delete Qt items at any moment
        self._plot = weakref.ref(plot)
        line_color = QColor(color)
        line_color.setAlphaF(GRID_OPACITY)
        self._pen = QPen(line_color, 1.0)
        self._pen.setCosmetic(True)  # one device pixel whatever the view's scale
        self.setZValue(-100)  # beneath the curve and the cursor

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return QRectF() if view is None else view.viewRect()

    def viewRangeChanged(self) -> None:
        """The visible range moved: the grid's bounds follow it (pyqtgraph calls this)."""
        self.prepareGeometryChange()

    def paint(self, painter, *_):
        view, plot = self.getViewBox(), self._plot()
        if view is None or plot is None:
            return
        rect = view.viewRect()
        painter.setPen(self._pen)
        for x in _tick_positions(plot.getAxis("bottom"), rect.left(), rect.right(),
                                 view.width()):
            painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        for y in _tick_positions(plot.getAxis("left"), rect.top(), rect.bottom(),
                                 view.height()):
            painter.drawLine(QLineF(rect.left(), y, rect.right(), y))


def _tick_positions(axis: pg.AxisItem, low: float, high: float, pixels: float) -> list[float]:
    """Where ``axis`` puts its labelled (major) ticks over [low, high]."""
    if pixels <= 0 or not high > low:
        return []
    levels = axis.tickValues(low, high, pixels)
    return [value for value in (levels[0][1] if levels else []) if low <= value <= high]

"""The window's dock panels: each a titled, named dock (its layout is saved by name), and
their two arrangements: wide (scenes on the left, explanation over plots and controls on
the right) and compact (a laptop: one tabbed panel beside the picture)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QTabWidget, QWidget

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
COMPACT_PANEL_WIDTH = 330  # the picture keeps about three quarters of a 1366 px screen


def add_dock(window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea,
             name: str, scroll: bool = False) -> QDockWidget:
    """Put ``widget`` in a dock titled ``title`` on ``window``'s ``area``; ``name`` keeps
    its place in the saved layout; ``scroll``: the panel scrolls when the dock is short
    (up and down only: the panel narrows to the dock's width)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    if scroll:
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setWidget(widget)
        widget = holder
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def arrange_wide(window: QMainWindow, scenes: QDockWidget, caption: QDockWidget,
                 plots: QDockWidget, controls: QDockWidget) -> None:
    """Scenes on the left; the explanation on the right above plots and controls (tabbed)."""
    window.tabifyDockWidget(plots, controls)
    plots.raise_()
    window.resizeDocks([scenes], [210], Qt.Orientation.Horizontal)
    window.resizeDocks([caption], [380], Qt.Orientation.Horizontal)


def arrange_compact(window: QMainWindow, scenes: QDockWidget, caption: QDockWidget,
                    plots: QDockWidget, controls: QDockWidget) -> None:
    """Every panel a tab of one narrow column on the right, the explanation in front: the
    picture keeps the rest of a small screen. Each tab hides from View; all hidden, the
    picture takes the whole width."""
    window.setTabPosition(RIGHT, QTabWidget.TabPosition.East)
    for dock in (scenes, caption, plots, controls):
        window.addDockWidget(RIGHT, dock)
    for dock in (scenes, plots, controls):
        window.tabifyDockWidget(caption, dock)
    caption.raise_()
    window.resizeDocks([caption], [COMPACT_PANEL_WIDTH], Qt.Orientation.Horizontal)

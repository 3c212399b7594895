"""The window's dock panels: each a titled, named dock (its layout is saved by name)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget


def add_dock(window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea,
             name: str, scroll: bool = False) -> QDockWidget:
    """Put ``widget`` in a dock titled ``title`` on ``window``'s ``area``; ``name`` keeps
    its place in the saved layout; ``scroll``: the panel scrolls when the dock is short."""
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

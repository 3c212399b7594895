"""Small helpers for dialogs: lists of ticked items and layouts held by a plain widget."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget


def ticked(widget: QListWidget) -> list:
    """The data of the ticked items of ``widget``, in list order."""
    items = (widget.item(row) for row in range(widget.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items
            if item.checkState() == check_state(True)]


def check_state(on: bool) -> Qt.CheckState:
    """The check state of a ticked (``on``) or unticked item."""
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def holder(layout) -> QWidget:
    """A plain widget holding ``layout`` without margins (a row inside a form)."""
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget

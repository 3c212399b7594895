"""The application icon (window title bars, the task bar, the Alt+Tab switcher)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from app.resources import ICON_SVG, ICONS


def application_icon() -> QIcon:
    """The icon at every size it was drawn at (``tools.icons``)."""
    icon = QIcon()
    for path in sorted(ICONS.glob(f"{ICON_SVG.stem}-*.png")):
        icon.addFile(str(path))
    return icon

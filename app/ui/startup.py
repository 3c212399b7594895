"""Starting the window: language, fonts, and keeping the current window alive."""
from __future__ import annotations

from PySide6.QtGui import QFont

from app.i18n import install_language, register_fonts, system_language
from app.ui.errors import install_error_handling
from app.ui.settings import Settings


def chosen_language(requested: str | None) -> str:
    """``--lang`` if given, else the language chosen last time, else the system's."""
    if requested:
        return requested
    return Settings().language() or system_language()


def prepare_language(app, requested: str | None) -> str:
    """Register the bundled fonts, let widgets fall back to them for Chinese, and install
    the translation; returns the language."""
    families = register_fonts()
    font = QFont(app.font())
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    lang = chosen_language(requested)
    install_language(lang)
    if requested:
        Settings().setValue("language", lang)
    return lang


def keep_current_window(app, window) -> None:
    """Hold a reference to the window in use, following it when it is rebuilt (language)."""
    app._current_window = window

    def follow(replacement):
        install_error_handling(replacement)
        keep_current_window(app, replacement)

    window.replacedBy.connect(follow)

"""Helpers for tests that switch the window's language, as the Language menu does."""
from contextlib import contextmanager

from app.i18n import install_language


@contextmanager
def rebuilt_in(window, qtbot, lang: str = "zh_CN"):
    """Switch ``window`` to ``lang`` and yield the window rebuilt in it; the widgets'
    language is English again afterwards, for the next test."""
    replaced = []
    window.replacedBy.connect(replaced.append)
    window.switch_language(lang)
    try:
        new = replaced[0]
        qtbot.addWidget(new)
        yield new
    finally:
        install_language("en")

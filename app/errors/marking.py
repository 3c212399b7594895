"""The marker ``pyside6-lupdate`` reads in the error catalogue's tables."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context`` (lupdate reads this call); returns it."""
    return text

"""Errors in the user's language: :func:`localized` looks an error's template up by its code.

The catalogue (``app.errors``) holds every template in English, marked for translation in
context ``Errors``; here the template of the error's ``code`` is taken from the app's
translation and filled with the error's values, which are localized in turn (a nested
error, a word, an ``OSError`` by its errno, a time readout with the language's unit words).
Only QtCore is used: the command line loads this module just for Chinese.
"""
from __future__ import annotations

from app.errors import CONTEXT, TEMPLATES, render
from app.i18n import DEFAULT_LANGUAGE, available_translator


def localized(error, lang: str) -> str:
    """``error`` (a UserError, a Message, an OSError or anything else) as text in ``lang``:
    English for English or without a translation; a value with no code as ``str()``."""
    translator = None if lang == DEFAULT_LANGUAGE else available_translator(lang)
    if translator is None:
        return render(error)

    def template_of(code: str) -> str:
        english = TEMPLATES[code]
        return translator.translate(CONTEXT, english) or english

    def unit_word(word: str) -> str:
        return translator.translate("", word) or word

    return render(error, template_of, unit_word)

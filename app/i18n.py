"""Languages: English (the source) and Simplified Chinese, through Qt's translation system.

Translations live in ``app/assets/translations/app_<lang>.ts`` (made by ``pyside6-lupdate``,
translated, compiled by ``pyside6-lrelease`` into ``.qm``). Widgets use ``self.tr`` and
the installed translator; :func:`translated` translates a marked string into the widgets'
language, and :func:`translator` gives the translating function of any one language, which
pictures receive through their render settings (an export in Chinese while the window shows
English). The bundled CJK font is registered by :func:`register_fonts`.

A translation or font that is missing is an :class:`AssetError`, never a silent fallback
to English or to whatever font the system has: an installation without its assets must
say so.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import UserError
from app.resources import FONTS, TRANSLATIONS
from app.story import timefmt
from app.story.catalogue import DEFAULT_LANGUAGE, language_of_locale


def system_language() -> str:
    """The app's language closest to the system locale (Chinese locales -> ``zh_CN``)."""
    return language_of_locale(QLocale.system().name())


class AssetError(UserError):
    """A translation or the bundled font is missing or unreadable (codes ``install.*``)."""


def translation_file(lang: str) -> Path:
    """The compiled translation of ``lang``."""
    return TRANSLATIONS / f"app_{lang}.qm"


def app_translator(lang: str) -> QTranslator | None:
    """The app's compiled translation for ``lang`` (None for English); AssetError if the
    installation lacks it."""
    if lang == DEFAULT_LANGUAGE:
        return None
    found = available_translator(lang)
    if found is None:
        raise AssetError("install.translation_missing", language=lang,
                         path=translation_file(lang))
    return found


@cache
def available_translator(lang: str) -> QTranslator | None:
    """The app's translation for ``lang`` if it loads, else None: for reporting errors,
    which must not fail for the want of their own translation."""
    if lang == DEFAULT_LANGUAGE:
        return None
    translator = QTranslator()
    return translator if translator.load(str(translation_file(lang))) else None


@cache
def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own translation (standard buttons and dialogs) for ``lang``, if shipped."""
    if lang == DEFAULT_LANGUAGE:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{lang}", folder) else None


_installed: list = []
_current = DEFAULT_LANGUAGE


def install_language(lang: str) -> None:
    """Make ``lang`` the language of every widget (installs Qt's and the app's translators)."""
    global _current
    app = QCoreApplication.instance()
    for existing in _installed:
        app.removeTranslator(existing)
    _installed[:] = [t for t in (qt_translator(lang), app_translator(lang)) if t is not None]
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang


def current_language() -> str:
    """The language of the widgets (set by :func:`install_language`)."""
    return _current


def translated(text: str) -> str:
    """``text`` (a bare ``tr(...)`` call or a ``QT_TRANSLATE_NOOP("", ...)`` mark, which
    lupdate files under context ``""``) in the language of the widgets."""
    return translator(current_language())(text)


def translator(lang: str | None = None) -> Callable[[str], str]:
    """The function translating a marked picture string (context ``""``) into ``lang`` (the
    widgets' language when None): what a frame, a slide or a caption calls as ``tr``, and
    what the Qt-free story layer is given."""
    return _translator_of(lang or current_language())


@cache
def _translator_of(lang: str) -> Callable[[str], str]:
    found = app_translator(lang)
    if found is None:
        return _as_written

    def tr(text: str) -> str:
        return found.translate("", text) or text
    return tr


def _as_written(text: str) -> str:
    return text


_registered: list[str] = []


_SPACE_AFTER_CJK_PUNCTUATION = re.compile(r"(?<=[。，、；：！？）」』】])[ \t]+")


def tidy_spacing(text: str) -> str:
    """Drop the spaces that English-style sentence joining leaves after Chinese
    punctuation (``"…阻断。 本模型"`` -> ``"…阻断。本模型"``)."""
    return _SPACE_AFTER_CJK_PUNCTUATION.sub("", text)


#: The bundled fonts: Noto Sans CJK SC, subset to the app's own text (``tools.fontsubset``).
FONT_FILES = ("NotoSansCJKsc-Regular-subset.otf", "NotoSansCJKsc-Bold-subset.otf")


def register_fonts() -> list[str]:
    """Register the bundled fonts with Qt, once (so Chinese renders on a machine without
    CJK fonts, and pictures look the same everywhere); returns their family names.
    AssetError if one is missing or unreadable."""
    from PySide6.QtGui import QFontDatabase
    if _registered:
        return list(_registered)
    families = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id < 0:
            raise AssetError("install.font_missing", path=FONTS / name)
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered.extend(dict.fromkeys(families))
    return list(_registered)


timefmt.set_unit_words(translated)

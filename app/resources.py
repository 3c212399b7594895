"""Where the data the app ships lives: ``app/assets``, package data that travels with the
app into a wheel or a desktop bundle (translations, fonts and their licence, icons)."""
from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"
TRANSLATIONS = ASSETS / "translations"
FONTS = ASSETS / "fonts"
ICONS = ASSETS / "icons"
#: The model's documentation (equations, parameters, sources) that Help shows: a copy of
#: docs/model.md made with it by tools.model_docs.
MODEL_DOC = ASSETS / "model.md"
#: The application icon, drawn once as SVG; tools.icons makes its PNG, ICO and ICNS files.
ICON_SVG = ICONS / "ketamine-cascade.svg"
ICON_PNG = ICONS / "ketamine-cascade-256.png"

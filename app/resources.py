"""Where the data the app ships lives: ``app/assets``, package data that travels with the
app into a wheel or a desktop bundle (translations, fonts and their licence, icons)."""
from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"
TRANSLATIONS = ASSETS / "translations"
FONTS = ASSETS / "fonts"
ICONS = ASSETS / "icons"
#: The bundled fonts' family: Noto Sans CJK SC cut down to the app's characters and renamed,
#: so Qt never takes a system copy of Noto for it (the whole 17 MiB collection was mapped
#: into memory beside the subset) and a modified font does not pass for the original (OFL).
FONT_FAMILY = "Ketamine Cascade CJK"
#: The font the bundled one is cut from: what an exported SVG asks a viewer's machine for.
FONT_SOURCE_FAMILY = "Noto Sans CJK SC"
#: The model's documentation (equations, parameters, sources) that Help shows: a copy of
#: docs/model.md made with it by tools.model_docs.
MODEL_DOC = ASSETS / "model.md"
#: The application icon, drawn once as SVG; tools.icons makes its PNG, ICO and ICNS files.
ICON_SVG = ICONS / "ketamine-cascade.svg"
ICON_PNG = ICONS / "ketamine-cascade-256.png"

"""Makes the bundled fonts in ``app/assets/fonts``: Noto Sans CJK SC (SIL Open Font License),
cut down to the characters the app can show, so Chinese renders the same on any machine
and the repository stays small.

    apt-get install fonts-noto-cjk && pip install fonttools
    python -m tools.fontsubset        # after adding or changing any translation

The characters kept: printable ASCII, Latin-1, the punctuation and symbols the pictures
use, and every character in the translations, the app's own source and the model's
documentation (which Help shows). A test checks that the bundled fonts cover every
character of the Chinese translation.
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.resources import ASSETS, FONT_FAMILY, FONT_SOURCE_FAMILY, FONTS

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
           "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")}
FAMILY = FONT_SOURCE_FAMILY
EXTRA = "×µ·–—…‘’“”•→←↑↓↔±°≥≤½¼¾™©®€£¥₂₃⁺⁻∞≈√■□▲▼●○◆★✓✗⏵⏸"


def wanted_characters() -> str:
    """Every character the app may draw: ASCII, Latin-1, symbols, sources, translations and
    the model's documentation (Help shows docs/model.md)."""
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)}
    chars |= set(EXTRA)
    chars |= {chr(c) for c in range(0x3000, 0x3020)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    shown = [*(ROOT / "app").rglob("*.py"), *ASSETS.rglob("*.ts"),
             ROOT / "docs" / "model.md"]
    for path in shown:
        chars |= set(path.read_text(encoding="utf-8"))
    return "".join(sorted(c for c in chars if c.isprintable() or c == " "))


def _font_number(collection: Path) -> int:
    from fontTools.ttLib import TTCollection
    for number, font in enumerate(TTCollection(str(collection)).fonts):
        if font["name"].getDebugName(1) == FAMILY:
            return number
    raise LookupError(f"{FAMILY} not found in {collection}")


def subset(style: str, characters: str) -> Path:
    """Write ``app/assets/fonts/NotoSansCJKsc-<style>-subset.otf``; returns its path."""
    from fontTools import subset as fontsubset
    source = SOURCES[style]
    out = FONTS / f"NotoSansCJKsc-{style}-subset.otf"
    options = fontsubset.Options()
    options.font_number = _font_number(source)
    options.hinting = False
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    font = fontsubset.load_font(str(source), options)
    subsetter = fontsubset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    _rename(font, style)
    fontsubset.save_font(font, str(out), options)
    return out


def _rename(font, style: str) -> None:
    """Give the subset its own family (:data:`app.resources.FONT_FAMILY`): name IDs 1 and 16
    (family), 4 (full name), 6 (PostScript name) and the CFF table's names."""
    names = {1: FONT_FAMILY, 16: FONT_FAMILY, 4: f"{FONT_FAMILY} {style}",
             6: f"{FONT_FAMILY.replace(' ', '')}-{style}"}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [names[6]]
        top = cff.topDictIndex[0]
        top.FamilyName, top.FullName = FONT_FAMILY, names[4]


def main() -> int:
    """Subset both weights and print their sizes."""
    FONTS.mkdir(parents=True, exist_ok=True)
    characters = wanted_characters()
    for style in SOURCES:
        path = subset(style, characters)
        print(f"{path.name}: {len(characters)} characters, {path.stat().st_size // 1024} KB",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Chinese translation is complete, compiled, faithful to its placeholders, and the
bundled font can draw every character of it."""
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QRawFont

from app.i18n import FONTS, TRANSLATIONS

TS = TRANSLATIONS / "app_zh_CN.ts"


def messages():
    root = ET.parse(TS).getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_no_unfinished_or_empty_entry_in_the_chinese_ts_file():
    unfinished = [source for _, source, translation in messages()
                  if translation.get("type") in ("unfinished", "obsolete", "vanished")
                  or not (translation.text or "").strip()]
    assert unfinished == []
    assert sum(1 for _ in messages()) > 400


def test_every_translation_keeps_the_placeholders_of_its_source():
    for _, source, translation in messages():
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", translation.text)), source


def test_the_compiled_qm_file_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "app_zh_CN.qm"))
    for context, source, translation in messages():
        assert translator.translate(context, source) == translation.text, source


def test_key_terms_follow_the_source_article():
    text = TS.read_text(encoding="utf-8")
    for term in ("氯胺酮", "艾司氯胺酮", "NMDA受体", "中间神经元", "锥体", "谷氨酸",
                 "脑源性神经营养因子", "雷帕霉素机制靶点", "树突棘", "突触发生"):
        assert term in text, term


@pytest.mark.parametrize("style", ["Regular", "Bold"])
def test_the_bundled_font_covers_every_character_the_app_shows(style, qapp):
    font = QRawFont(str(FONTS / f"NotoSansCJKsc-{style}-subset.otf"), 20)
    assert font.isValid()
    used = {ch for _, _, translation in messages() for ch in translation.text}
    missing = sorted(ch for ch in used if not ch.isspace() and not font.supportsCharacter(ord(ch)))
    assert missing == [], "run `python -m tools.fontsubset` after changing translations"

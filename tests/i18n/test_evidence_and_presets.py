"""Words that reach the Chinese window from tables: the evidence notes, levels and species,
and the clinical presets."""
from app.i18n import translator
from app.model import EVIDENCE
from app.story.evidence import LEVEL_NAMES, NOTES, SPECIES_MARKS, SPECIES_NAMES
from app.story.regimens import PRESETS


def chinese(text: str) -> str:
    return translator("zh_CN")(text)


def test_every_evidence_note_is_marked_for_translation_and_translated(qapp):
    assert sorted(NOTES) == sorted(ev.note for ev in EVIDENCE.values())
    for text in (*NOTES, *LEVEL_NAMES.values(), *SPECIES_NAMES.values(), *SPECIES_MARKS.values()):
        assert chinese(text) != text, text


def test_every_clinical_preset_has_a_chinese_name(qapp):
    for regimen in PRESETS:
        assert chinese(regimen.name) != regimen.name, regimen.name

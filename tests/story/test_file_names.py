"""Names proposed for saved lessons: the title, safe on every file system, one suffix."""
from pathlib import Path

import pytest

from app.story.file_names import lesson_file_name, proposed_lesson_path, with_lesson_suffix


@pytest.mark.parametrize(("title", "name"), [
    ("Week 3: ketamine", "Week 3 ketamine.lesson.json"),
    ("氯胺酮的快速抗抑郁作用", "氯胺酮的快速抗抑郁作用.lesson.json"),
    ("a/b\\c*d?e\"f<g>h|i", "a b c d e f g h i.lesson.json"),
    ("  ...tabs\tand\nnewlines...  ", "tabs and newlines.lesson.json"),
    ("", "lesson.lesson.json"),
    ("???", "lesson.lesson.json"),
    ("notes.lesson.json", "notes.lesson.json"),
    ("CON", "CON (lesson).lesson.json"),
])
def test_a_title_becomes_a_safe_name_with_one_suffix(title, name):
    assert lesson_file_name(title) == name


def test_a_long_title_is_cut_to_a_name_a_file_system_takes():
    name = lesson_file_name("剂量" * 200)
    assert name.endswith(".lesson.json") and name.count(".lesson") == 1
    assert len(name.encode("utf-8")) < 255


def test_a_typed_name_gets_the_suffix_only_when_it_has_none(tmp_path):
    assert with_lesson_suffix(tmp_path / "week3") == tmp_path / "week3.lesson.json"
    assert with_lesson_suffix(tmp_path / "week3.lesson.json") == tmp_path / "week3.lesson.json"
    assert with_lesson_suffix(tmp_path / "week3.json") == tmp_path / "week3.json"


def test_the_proposal_is_the_lessons_file_or_the_last_lessons_folder(tmp_path):
    documents, used = tmp_path / "Documents", tmp_path / "teaching"
    documents.mkdir()
    used.mkdir()
    own = tmp_path / "mine.lesson.json"
    assert proposed_lesson_path("Week 3", own, [], documents) == own
    assert proposed_lesson_path("Week 3", None, [], documents) == documents / "Week 3.lesson.json"
    recent = [str(tmp_path / "gone" / "x.lesson.json"), str(used / "old.lesson.json")]
    assert proposed_lesson_path("Week 3", None, recent, documents) == used / "Week 3.lesson.json"
    assert proposed_lesson_path("", None, [], Path(documents)).name == "lesson.lesson.json"

"""``main.py export --format pptx`` with ``--beats`` (which slides) and ``--lesson`` (the
lesson's scenes, order, title, scenario, language and theme)."""
import pytest
from pptx import Presentation

from app.cli import main
from app.i18n import translator
from app.model import Scenario, simulate
from app.scenes import SCENES
from app.story.lessons import Lesson


def titles(path):
    return [slide.shapes.title.text for slide in Presentation(str(path)).slides]


def test_beats_chooses_the_slides_and_the_scenes(tmp_path):
    out = tmp_path / "deck.pptx"
    assert main(["export", "--beats", "spine-growth:peak,glutamate-burst", "--size", "320x180",
                 "--out", str(out)]) == 0
    trajectory = simulate(Scenario())
    peak = next(b for b in SCENES["spine-growth"].beats(trajectory) if b.key == "peak")
    burst = SCENES["glutamate-burst"]
    assert titles(out)[1:] == [f"{SCENES['spine-growth'].title}: {peak.label}"] + [
        f"{burst.title}: {beat.label}" for beat in burst.beats(trajectory)]


def test_a_lesson_gives_its_scenes_in_order_its_title_and_language(tmp_path):
    lesson_path, out = tmp_path / "week3.lesson.json", tmp_path / "deck.pptx"
    Lesson(title="第3周", scenes=("hit-and-run", "overview"), language="zh_CN",
           scenario=Scenario(dose_mg=56.0)).save(lesson_path)
    assert main(["export", "--lesson", str(lesson_path), "--beats", "overview:dose",
                 "--size", "320x180", "--out", str(out)]) == 0
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert slides[0].shapes.title.text == "第3周" and len(slides) == 2
    assert slides[1].shapes.title.text.startswith(translator("zh_CN")(SCENES["overview"].title))
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "56 mg" in notes and "药物" in notes


@pytest.mark.parametrize(("arguments", "words"), [
    (["--scene", "overview", "--beats", "overview:nope"], ["no beat 'nope'", "dose"]),
    (["--scene", "overview", "--beats", "glutamate-burst:peak"], ["not in the deck"]),
    (["--beats", "overview:Dose!"], ["SCENE:BEAT"]),
    (["--scene", "overview", "--time", "1h", "--beats", "overview"], ["pptx decks only"]),
])
def test_bad_choices_are_one_error_line_and_no_file(tmp_path, capsys, arguments, words):
    out = tmp_path / "deck.pptx" if "--time" not in arguments else tmp_path / "f.png"
    assert main(["export", *arguments, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    for word in words:
        assert word in err[0]
    assert list(tmp_path.iterdir()) == []


def test_lesson_and_scene_together_are_refused(tmp_path, capsys):
    lesson_path = tmp_path / "l.lesson.json"
    Lesson(scenes=("overview",)).save(lesson_path)
    assert main(["export", "--lesson", str(lesson_path), "--scene", "overview",
                 "--out", str(tmp_path / "d.pptx")]) == 2
    assert "leave out --scene" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["l.lesson.json"]

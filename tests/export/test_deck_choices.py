"""Which beats a deck shows, a lesson's title and steps on it, and where each slide came
from said in words (both languages) instead of a JSON dump."""
import pytest
from pptx import Presentation
from PySide6.QtGui import QImage

from app.export.export import run
from app.export.render import ExportError
from app.export.requests import DeckRequest
from app.model import Scenario, simulate
from app.scenes import SCENES


def slides_of(path):
    return list(Presentation(str(path)).slides)


def picture(slide) -> QImage:
    shape = next(shape for shape in slide.shapes if shape.shape_type == 13)
    return QImage.fromData(shape.image.blob)


def badge(image: QImage) -> QImage:
    """The scene-number badge of a 640x360 frame (the canvas is 1600x900 units)."""
    return image.copy(16, 12, 22, 22)


def test_only_the_chosen_beats_become_slides(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    request = DeckRequest(("glutamate-burst", "spine-growth"), out, (320, 180),
                          beats=("glutamate-burst:peak", "spine-growth"))
    run(request, trajectory)
    spine_beats = SCENES["spine-growth"].beats(trajectory)
    peak = next(b for b in SCENES["glutamate-burst"].beats(trajectory) if b.key == "peak")
    titles = [slide.shapes.title.text for slide in slides_of(out)[1:]]
    assert titles == [f"The glutamate burst: {peak.label}"] + [
        f"{SCENES['spine-growth'].title}: {beat.label}" for beat in spine_beats]


def test_a_lessons_deck_has_its_title_and_counts_its_steps(tmp_path, trajectory):
    out, reference = tmp_path / "lesson.pptx", tmp_path / "overview.pptx"
    run(DeckRequest(("hit-and-run", "overview"), out, (640, 360), title="第3周：氯胺酮",
                    beats=("hit-and-run:drug-peak", "overview:dose"),
                    lesson_scenes=("hit-and-run", "overview")),
        trajectory)
    run(DeckRequest(("overview", "hit-and-run"), reference, (640, 360),
                    beats=("overview:dose", "hit-and-run:drug-peak")), trajectory)
    lesson, plain = slides_of(out), slides_of(reference)
    assert lesson[0].shapes.title.text == "第3周：氯胺酮"
    assert Presentation(str(out)).core_properties.title == "第3周：氯胺酮"
    assert plain[0].shapes.title.text == "Ketamine Cascade"
    one, seven = badge(picture(plain[1])), badge(picture(plain[2]))  # scenes 1 and 7
    assert one != seven
    assert badge(picture(lesson[1])) == one  # hit-and-run is the lesson's first step
    assert badge(picture(lesson[2])) != one  # the overview its second


def notes_of(path):
    return [slide.notes_slide.notes_text_frame.text for slide in slides_of(path)[1:]]


def test_the_notes_say_where_the_slide_came_from_in_words(tmp_path):
    out = tmp_path / "deck.pptx"
    trajectory = simulate(Scenario(blockers={"nbqx"}))
    run(DeckRequest(("glutamate-burst",), out, (320, 180), beats="glutamate-burst:peak"),
        trajectory)
    notes = notes_of(out)[0]
    lines = notes.splitlines()
    assert "Drug: Ketamine 35 mg (0.5 mg/kg) IV over 40 min, single dose" in lines
    assert "Blockers: NBQX" in lines
    assert any(line.startswith("Model version ") for line in lines)
    assert lines[-1].startswith("Made with Ketamine Cascade ") and " on 20" in lines[-1]
    assert "{" not in notes and '"drug"' not in notes


def test_chinese_notes_are_in_chinese(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    run(DeckRequest(("overview",), out, (320, 180), lang="zh_CN", beats="overview:dose"),
        trajectory)
    lines = notes_of(out)[0].splitlines()
    assert any(line.startswith("药物：") and "单次给药" in line for line in lines)
    assert "阻断剂：无" in lines
    assert not any(line.startswith(("Drug:", "Blockers:", "Made with")) for line in lines)


@pytest.mark.parametrize(("beats", "code"), [
    (("glutamate-burst:"), "export.bad_beat"),
    (("glutamate-burst:Peak!"), "export.bad_beat"),
    (("overview:dose"), "export.beat_outside_deck"),
    (("no-such-scene:dose"), "export.unknown_scene"),
])
def test_a_choice_that_names_no_beat_of_the_deck_is_refused(tmp_path, beats, code):
    with pytest.raises(ExportError) as caught:
        DeckRequest(("glutamate-burst",), tmp_path / "d.pptx", beats=beats)
    assert caught.value.code == code


def test_a_lessons_deck_shows_only_the_lessons_scenes(tmp_path):
    with pytest.raises(ExportError) as caught:
        DeckRequest(("overview", "hit-and-run"), tmp_path / "d.pptx",
                    lesson_scenes=("hit-and-run", "spine-growth"))
    assert caught.value.code == "export.scene_outside_lesson"


def test_a_beat_the_scenario_lacks_is_named_with_the_ones_it_has(tmp_path, trajectory):
    request = DeckRequest(("glutamate-burst",), tmp_path / "d.pptx", beats="glutamate-burst:nope")
    with pytest.raises(ExportError) as caught:
        run(request, trajectory)
    assert caught.value.code == "export.unknown_beat" and "peak" in str(caught.value)
    assert not (tmp_path / "d.pptx").exists()

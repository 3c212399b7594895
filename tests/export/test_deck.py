"""Decks round-trip through python-pptx: a title slide, then one slide per beat, each with
its title, the frame and the caption in the notes; provenance in the core properties."""
from pptx import Presentation
from pptx.util import Emu

from app import __version__
from app.export.export import run
from app.export.requests import DeckRequest
from app.model import Scenario
from app.scenes import SCENES


def test_deck_has_a_title_slide_and_one_slide_per_beat(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    scene_ids = ("glutamate-burst", "spine-growth")
    seen = []
    assert run(DeckRequest(scene_ids, out, (320, 180)), trajectory,
               progress=lambda d, t: seen.append((d, t))) == [out]
    beats = [(SCENES[s], beat) for s in scene_ids for beat in SCENES[s].beats(trajectory)]
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) == 1 + len(beats)
    assert (deck.slide_width, deck.slide_height) == (Emu(12192000), Emu(6858000))
    assert "Ketamine Cascade" in slides[0].shapes.title.text
    assert seen[-1] == (len(beats), len(beats))
    for slide, (scene, beat) in zip(slides[1:], beats, strict=True):
        assert slide.shapes.title.text == f"{scene.title}: {beat.label}"
        pictures = [shape for shape in slide.shapes if shape.shape_type == 13]
        assert len(pictures) == 1 and pictures[0].width == deck.slide_width
        notes = slide.notes_slide.notes_text_frame.text
        assert scene.caption(trajectory, beat.t) in notes
        assert beat.label in notes and f"Scene: {scene.id} at " in notes
    props = deck.core_properties
    assert "The glutamate burst" in props.title and "glutamate-burst" in props.keywords
    assert props.version == __version__ and props.author.startswith("Ketamine Cascade")
    scenario_text = props.comments.split("Scenario: ", 1)[1]
    assert Scenario.from_json(scenario_text) == trajectory.scenario
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_embedded_clips_put_a_movie_on_each_scenes_first_slide(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    run(DeckRequest(("glutamate-burst",), out, (320, 180), embed_clips=True), trajectory)
    slides = list(Presentation(str(out)).slides)
    movies = [[shape for shape in slide.shapes if shape.shape_type == 16] for slide in slides]
    assert [len(found) for found in movies] == [0, 1] + [0] * (len(slides) - 2)
    parts = [rel.target_part for rel in slides[1].part.rels.values() if not rel.is_external]
    assert any(part.content_type == "video/mp4" for part in parts)

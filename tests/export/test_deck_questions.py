"""A deck's question slides (``--questions``): one before each question's beat slide, the
answer in its notes and in the reveal's."""
from pptx import Presentation

from app.cli import main
from app.story.question_bank import QUESTIONS

#: The scenes of the decks these tests make.
SCENES = ("glutamate-burst", "hit-and-run")


def slides(path):
    return list(Presentation(str(path)).slides)


def test_each_question_comes_before_its_beat_and_the_reveal_holds_the_answer(tmp_path):
    plain, asked = tmp_path / "plain.pptx", tmp_path / "asked.pptx"
    common = ["export", "--scene", ",".join(SCENES), "--size", "320x180"]
    assert main([*common, "--out", str(plain)]) == 0
    assert main([*common, "--questions", "--out", str(asked)]) == 0
    before, after = slides(plain), slides(asked)
    asked_here = [question for question in QUESTIONS if question.scene in SCENES]
    assert len(after) == len(before) + len(asked_here)
    titles = [slide.shapes.title.text for slide in after]
    for question in asked_here:
        place = titles.index(question.prompt.en)
        question_notes = after[place].notes_slide.notes_text_frame.text
        reveal_notes = after[place + 1].notes_slide.notes_text_frame.text
        answer = f"Answer: A, {question.answer.text.en}"
        assert answer in question_notes and answer in reveal_notes
        assert question.explanation.en in reveal_notes
        texts = " ".join(shape.text_frame.text for shape in after[place].shapes
                         if shape.has_text_frame)
        assert all(choice.text.en in texts for choice in question.choices)


def test_questions_is_refused_for_other_formats(tmp_path, capsys):
    assert main(["export", "--scene", "overview", "--time", "0", "--questions",
                 "--out", str(tmp_path / "x.png")]) == 2
    assert "--questions applies to a pptx deck, not to png" in capsys.readouterr().err

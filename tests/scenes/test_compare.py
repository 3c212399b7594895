"""Compare mode's frame (``app.scenes.compare.paint_comparison``): every scene paints for
A and B in both languages and every theme; the two halves differ where the model says the
runs differ and are pixel-identical where B is A; the text of the frame stays apart."""
import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage

from app.model import Scenario, simulate
from app.scenes import SCENES, prepare_scene_data
from app.scenes.compare import paint_comparison, panel_rect
from app.scenes.layout import PaintRecord
from app.scenes.paint import SceneDataMissing
from app.scenes.painting import painter_on
from app.scenes.settings import RenderSettings
from app.story.catalogue import LANGUAGES, THEME_NAMES

from .helpers import is_blank, pixels

A = Scenario()
RAPAMYCIN = A.with_changes(blockers=frozenset({"rapamycin"}))


@pytest.fixture(scope="module")
def runs():
    """A, A with rapamycin, and a second run of A (equal, not the same object)."""
    made = {}
    for key, scenario in (("a", A), ("rapamycin", RAPAMYCIN), ("a_again", A)):
        run = simulate(scenario)
        made[key] = (run, prepare_scene_data(run))
    return made


def frame(runs, scene_id, t, b="rapamycin", size=(960, 540), record=None, **settings):
    (run_a, data_a), (run_b, data_b) = runs["a"], runs[b]
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painter_on(image) as painter:
        paint_comparison(painter, SCENES[scene_id], run_a, run_b, t, QRectF(0, 0, *size),
                         RenderSettings(size=size, **settings), data_a, data_b,
                         record=record)
    return image


def halves(image: QImage):
    """The inside of the two art panels, at a 1600x900 frame (one pixel a canvas unit)."""
    array = pixels(image)
    inside = [panel_rect(side).adjusted(4, 4, -4, -4) for side in (0, 1)]
    return [array[int(r.top()):int(r.top()) + int(r.height()),
                  int(r.left()):int(r.left()) + int(r.width())] for r in inside]


@pytest.mark.parametrize("scene_id", list(SCENES))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_scene_paints_a_compare_frame(runs, scene_id, lang, theme):
    t = SCENES[scene_id].window[0] + 2.0
    assert not is_blank(frame(runs, scene_id, t, lang=lang, theme=theme))


@pytest.mark.parametrize("scene_id", list(SCENES))
def test_b_equal_to_a_draws_two_identical_halves(runs, scene_id):
    image = frame(runs, scene_id, 6.0, b="a_again", size=(1600, 900))
    left, right = halves(image)
    assert np.array_equal(left, right)


@pytest.mark.parametrize("scene_id,t", [("spine-growth", 24.0), ("bdnf-mtor", 4.0),
                                        ("overview", 24.0)])
def test_rapamycin_changes_the_b_half_where_the_model_says_it_differs(runs, scene_id, t):
    """Rapamycin keeps synaptic proteins and new spines at baseline (Li 2010): B's
    spines, proteins and mTOR look different from A's."""
    left, right = halves(frame(runs, scene_id, t, size=(1600, 900)))
    differing = np.abs(left.astype(int) - right.astype(int)).max(axis=2) > 24
    assert differing.mean() > 0.002


def test_the_frame_names_both_sides_and_the_numbers(runs):
    record = PaintRecord()
    frame(runs, "bdnf-mtor", 4.0, size=(1600, 900), record=record)
    texts = [box.text for box in record.texts]
    assert "Ketamine 0.5 mg/kg" in texts and "+ rapamycin" in texts
    assert "Synaptic proteins" in texts and "×1.40" in texts and "×1.00" in texts


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("hall_type", [False, True])
def test_the_frames_own_labels_never_overlap(runs, lang, hall_type):
    record = PaintRecord()
    frame(runs, "bdnf-mtor", 4.0, size=(1920, 1080), record=record, lang=lang,
          hall_type=hall_type)
    # the frame's own texts: the title bar, the side labels and the rows (not the art)
    arts = [panel_rect(side) for side in (0, 1)]
    own = [box for box in record.texts
           if not any(r.contains(QRectF(*box.box).center()) for r in arts)]
    for index, first in enumerate(own):
        for second in own[index + 1:]:
            overlap = QRectF(*first.box).intersected(QRectF(*second.box))
            assert overlap.width() < 2 or overlap.height() < 2, (first.text, second.text)


def test_b_without_its_data_is_refused_not_simulated(runs):
    run_b, _ = runs["rapamycin"]
    image = QImage(160, 90, QImage.Format.Format_ARGB32_Premultiplied)
    with painter_on(image) as painter, pytest.raises(SceneDataMissing):
        paint_comparison(painter, SCENES["bdnf-mtor"], runs["a"][0], run_b, 1.0,
                         QRectF(0, 0, 160, 90), RenderSettings(), runs["a"][1], None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_frames_own_text_is_hall_type_at_1080p(runs, lang, monkeypatch):
    """Presenter mode and slides: the title, the side labels and the rows' names and
    numbers are never under 28 px at 1920x1080 (the art keeps the scenes' own hall type)."""
    from PySide6.QtGui import QPainter

    from app.scenes.settings import LAYERS
    drawn = []
    original = QPainter.drawText

    def recording(painter, *args):
        text = next((a for a in args if isinstance(a, str)), "")
        if text.strip() and painter.device().width() == 1920:  # the frame, not an art image
            drawn.append((painter.font().pixelSize() * painter.deviceTransform().m22(), text))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    LAYERS.clear()
    frame(runs, "bdnf-mtor", 4.0, size=(1920, 1080), lang=lang, hall_type=True)
    assert len(drawn) > 20
    assert min(size for size, _ in drawn) >= 28, sorted(drawn)[:3]

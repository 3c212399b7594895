"""Presenter mode driven by a clicker and the keys presentation software uses."""
import numpy as np
from PySide6.QtCore import QSettings, Qt

from app.model import Scenario
from app.scenes import SCENES


def frame(window):
    window.canvas.repaint()
    return window.canvas.grab().toImage()


def colours(image):
    small = image.scaled(32, 18)
    return {small.pixel(x, y) for x in range(32) for y in range(18)}


def present(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.active
    return window


def test_f5_shows_the_canvas_alone_and_esc_brings_the_panels_back(window, qtbot):
    present(window, qtbot)
    assert not window.menuBar().isVisible()
    assert not window.timeline.isVisible()
    assert not any(dock.isVisible() for dock in window.docks())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenter.active
    assert window.menuBar().isVisible() and window.timeline.isVisible()
    assert window.caption_dock.isVisible()


def test_clicker_plays_forward_to_the_next_beat_then_enters_the_next_scene(window, qtbot):
    present(window, qtbot)
    beats = SCENES["overview"].beats(window.state.trajectory)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.playback.gliding
    qtbot.waitUntil(lambda: window.state.t == beats[1].t, timeout=4000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # a second press finishes the first glide
    qtbot.waitUntil(lambda: window.state.t == beats[3].t, timeout=4000)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.state.t == beats[2].t
    for _ in range(len(beats)):
        qtbot.keyClick(window, Qt.Key.Key_Down)
        window.playback.finish_glide()
    assert window.state.scene_id == list(SCENES)[1]


def test_b_and_w_blank_the_screen_and_the_same_key_brings_it_back(window, qtbot):
    present(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert colours(frame(window)) == {0xFF000000}
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert colours(frame(window)) == {0xFFFFFFFF}
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert len(colours(frame(window))) > 10


def test_c_toggles_the_large_captions(window, qtbot):
    present(window, qtbot)
    window.state.set_time(0.75)
    with_captions = frame(window)
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert frame(window) != with_captions


def test_laser_pointer_follows_the_mouse(window, qtbot):
    present(window, qtbot)
    before = frame(window)
    qtbot.keyClick(window, Qt.Key.Key_L)
    qtbot.mouseMove(window.canvas, window.canvas.rect().center())
    window.presenter._on_mouse(window.canvas.rect().center().toPointF())
    assert frame(window) != before


def test_the_mouse_cursor_hides_when_still(window, qtbot):
    present(window, qtbot)
    window.presenter._hide_cursor.timeout.emit()
    assert window.canvas.cursor().shape() == Qt.CursorShape.BlankCursor


def test_t_switches_to_the_projector_theme_and_it_is_remembered(window, qtbot):
    dark = frame(window)
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.state.theme == "projector"
    assert frame(window) != dark
    assert QSettings().value("theme") == "projector"
    checked = [a.data() for a in window.menus.themes.actions() if a.isChecked()]
    assert checked == ["projector"]
    from app.ui.window import MainWindow
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.state.theme == "projector"


def test_speaker_notes_show_the_beat_and_change_the_dose_mid_lecture(window, qtbot):
    present(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N)
    notes = window.presenter.notes_window
    assert notes.isVisible()
    beats = SCENES["overview"].beats(window.state.trajectory)
    window.state.set_time(beats[1].t)
    notes.refresh()
    assert beats[1].label in notes.notes.toPlainText()
    assert "Next:" in notes.notes.toPlainText()
    notes.controls.dose.setValue(70.0)
    qtbot.waitUntil(lambda: window.state.trajectory.scenario == Scenario(dose_mg=70.0),
                    timeout=5000)
    new_beats = SCENES["overview"].beats(window.state.trajectory)
    window.state.set_time(0.0)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    window.playback.finish_glide()
    assert window.state.t == new_beats[1].t


def test_presenting_switches_the_picture_to_the_halls_type_and_leaving_back(window, qtbot):
    assert not window.canvas.settings.hall_type
    present(window, qtbot)
    assert window.canvas.settings.hall_type
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.canvas.settings.hall_type


def test_the_caption_and_progress_words_are_hall_sized_at_1080p(window, qtbot, monkeypatch):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    drawn = []
    original = QPainter.drawText

    def recording(painter, *args):
        drawn.append((painter.font().pixelSize(), next(a for a in args if isinstance(a, str))))
        return original(painter, *args)

    present(window, qtbot)
    window.state.set_time(0.75)
    monkeypatch.setattr(QPainter, "drawText", recording)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        window.presenter.paint_overlay(painter, QRectF(0, 0, 1920, 1080))
    finally:
        painter.end()
    texts = [text for _, text in drawn]
    assert window.captions.toPlainText() and len(drawn) == 2  # the caption, the progress
    assert f"1/{len(SCENES)}" in texts[1]
    assert min(size for size, _ in drawn) >= 28
def test_the_progress_line_reads_in_every_theme(window, qtbot, monkeypatch):
    """The progress label's pixels stand out 4.5:1 from what they are painted on (it was
    black on the high-contrast theme's black)."""
    from app.story.catalogue import THEME_NAMES
    from app.ui.presenter import PresenterMode
    from tests.accessibility import wcag
    from tests.scenes.helpers import pixels
    present(window, qtbot)  # with captions: the words are shown only then, on their band
    for theme in THEME_NAMES:
        window.state.set_theme(theme)
        with_label = pixels(frame(window))
        with monkeypatch.context() as patch:
            patch.setattr(PresenterMode, "_paint_progress", lambda *args: None)
            without = pixels(frame(window))
        changed = np.abs(with_label.astype(int) - without.astype(int)).max(axis=2) > 24
        changed[-4:] = False  # the bar along the bottom edge is a graphic, not the label
        assert changed.sum() > 20, f"no progress label in the {theme} theme"
        ratios = wcag.ratio(with_label[changed][:, :3], without[changed][:, :3])
        assert np.quantile(ratios, 0.98) >= wcag.TEXT, theme

"""The glossary on the picture: hovering a receptor, cell or node shows its entry as a
tooltip, clicking it in a popup, in the picture's language."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from app.scenes.base import CANVAS_H, CANVAS_W
from app.scenes.glutamate_burst import NMDA_X, POST_MEMBRANE_Y
from app.story.glossary import glossary_entry


def on_canvas(canvas, x: float, y: float) -> QPoint:
    """The widget point of canvas point (x, y): the scene is letterboxed into its rect."""
    target = canvas.scene_rect()
    scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
    left = target.x() + (target.width() - CANVAS_W * scale) / 2
    top = target.y() + (target.height() - CANVAS_H * scale) / 2
    return QPoint(round(left + x * scale), round(top + y * scale))


def show_burst(window, qtbot):
    window.state.set_scene("glutamate-burst")
    window.state.set_time(0.75)
    qtbot.waitUntil(lambda: window.canvas.term_at(QPointF(0, 0)) is None
                    and window.state.timeline is not None, timeout=10000)
    return window.canvas


def hover(qtbot, canvas, point: QPoint) -> str:
    """Move the mouse to ``point`` and wait for the tooltip: its text."""
    qtbot.mouseMove(canvas, point)
    qtbot.mouseMove(canvas, point + QPoint(1, 0))  # a move the canvas surely sees
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    return QToolTip.text()


def test_hovering_the_nmda_receptor_shows_its_glossary_entry(window, qtbot):
    canvas = show_burst(window, qtbot)
    text = hover(qtbot, canvas, on_canvas(canvas, NMDA_X[1], POST_MEMBRANE_Y))
    entry = glossary_entry("NMDA receptor", "en")
    assert entry.definition in text and "NMDA receptor" in text


def test_in_chinese_the_tooltip_is_the_chinese_entry(window, qtbot):
    canvas = show_burst(window, qtbot)
    canvas.set_view(lang="zh_CN")
    text = hover(qtbot, canvas, on_canvas(canvas, NMDA_X[1], POST_MEMBRANE_Y))
    assert "一种由谷氨酸门控的离子通道" in text and "NMDA受体" in text


def test_empty_space_shows_no_tooltip(window, qtbot):
    canvas = show_burst(window, qtbot)
    assert hover(qtbot, canvas, on_canvas(canvas, NMDA_X[1], POST_MEMBRANE_Y)) != ""
    qtbot.mouseMove(canvas, on_canvas(canvas, 20, 860))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=5000)


def test_clicking_a_cell_opens_its_entry_in_a_popup(window, qtbot):
    canvas = show_burst(window, qtbot)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=on_canvas(canvas, 120, 300))   # the small interneuron of the circuit
    popup = canvas._popup
    assert popup is not None and popup.isVisible()
    assert glossary_entry("GABA interneuron", "en").definition in popup.text()
    popup.close()


def test_no_tooltip_under_the_laser_and_hovering_works_again_after_presenting(window, qtbot):
    canvas = show_burst(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_L)
    receptor = on_canvas(canvas, NMDA_X[1], POST_MEMBRANE_Y)  # full screen, captions below
    assert canvas.term_at(QPointF(receptor)) is None              # the laser points, no tooltip
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert canvas.term_at(QPointF(receptor)) == "NMDA receptor"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenter.active
    receptor = on_canvas(canvas, NMDA_X[1], POST_MEMBRANE_Y)
    assert glossary_entry("NMDA receptor", "en").definition in hover(qtbot, canvas, receptor)


def test_a_glossary_entry_leaves_the_keys_to_the_beats_and_goes_when_the_picture_moves(
        window, qtbot):
    canvas = show_burst(window, qtbot)
    beats = window.state.timeline.beats
    window.state.set_time(beats[0].t)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=on_canvas(canvas, 120, 300))
    assert canvas._popup.isVisible() and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)  # the clicker still steps
    assert window.state.t == beats[1].t
    assert not canvas._popup.isVisible()

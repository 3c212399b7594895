"""Accessibility of the window: keyboard reach, names, reduce motion, text size, themes."""
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QSlider,
)

from app.export import render_frame

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QSlider)


def named(widget) -> bool:
    text = getattr(widget, "text", lambda: "")()
    return bool(widget.accessibleName() or text or widget.toolTip())


def test_every_control_is_reachable_by_keyboard_and_has_a_name(window):
    # Qt's own dock title buttons are mouse-only; the View menu reaches the same actions
    controls = [w for kind in INTERACTIVE for w in window.findChildren(kind)
                if w.isVisibleTo(window) and not w.objectName().startswith("qt_")]
    assert len(controls) >= 20
    unreachable = [w for w in controls if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    unnamed = [w for w in controls if not named(w)]
    assert [type(w).__name__ for w in unreachable] == []
    assert [(type(w).__name__, w.objectName()) for w in unnamed] == []


def test_the_timeline_takes_focus_and_draws_it(window):
    assert window.timeline.ruler.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.timeline.ruler.accessibleName()


def test_reduce_motion_calms_the_particles_and_is_remembered(window, qapp):
    window.menus.calm.setChecked(True)
    assert window.canvas.settings.reduce_motion
    assert QSettings().value("reduce_motion") in (True, "true")
    trajectory = window.state.trajectory

    def drift(reduce):
        first = render_frame("glutamate-burst", trajectory, 2.0, (480, 270), reduce_motion=reduce)
        second = render_frame("glutamate-burst", trajectory, 2.0005, (480, 270),
                              reduce_motion=reduce)
        return sum(first.pixel(x, y) != second.pixel(x, y)
                   for x in range(0, 480, 3) for y in range(0, 270, 3))

    assert drift(True) < drift(False) / 3


def test_text_size_keys_scale_the_pictures_and_panels(window, qtbot):
    window.canvas.repaint()
    before = window.canvas.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.settings.text_zoom > 1.0
    window.canvas.repaint()
    assert window.canvas.grab().toImage() != before
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.canvas.settings.text_zoom == 1.0


def test_the_high_contrast_theme_can_be_chosen(window):
    high = [a for a in window.menus.themes.actions() if a.data() == "high-contrast"][0]
    high.trigger()
    assert window.state.theme == "high-contrast"

"""Keys a focused field needs stay with the field, not with the window's shortcuts.

Qt asks the focused widget first (a ``ShortcutOverride`` event) whether it wants a key
that is also a shortcut; spin boxes, sliders, lists and combo boxes do not claim their
arrows, so Up in the Dose box jumped a beat and End on the Stress slider ended the scene.
:class:`KeyGuard` answers for them: an editor keeps the keys it edits with. A clicker's
PageUp/PageDown, Esc, Tab and the function keys (F1, F5, F11) always reach the window.
A panel that answers plain keys itself (study mode's questions: 1 to 6, arrows, Enter) sets
the property :data:`CLAIMS_KEYS`; every widget inside it keeps those keys.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = Qt.Key
#: The clicker's keys and the ones that leave or move between fields belong to the window.
WINDOW_KEYS = frozenset({Key.Key_PageUp, Key.Key_PageDown, Key.Key_Escape, Key.Key_Tab,
                         Key.Key_Backtab})
#: Keys that move inside a slider, a list, a chooser or a read-only text.
MOVING_KEYS = frozenset({Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down,
                         Key.Key_Home, Key.Key_End})
#: A widget with this property set to True keeps every plain key for itself and its children.
CLAIMS_KEYS = "claimsPlainKeys"
_CHORDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
           | Qt.KeyboardModifier.MetaModifier)


def is_text_field(widget: QWidget) -> bool:
    """A field the user types into: every plain key is typing or moving the cursor."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


def editor_owns(widget: QWidget | None, event: QKeyEvent) -> bool:
    """Whether the focused ``widget`` needs this key itself rather than the window."""
    if widget is None or event.modifiers() & _CHORDS:
        return False
    key = event.key()
    if key in WINDOW_KEYS or Key.Key_F1 <= key <= Key.Key_F35:
        return False
    if _inside_claiming_panel(widget):
        return True
    for candidate in (widget, widget.parentWidget()):  # the line edit inside a spin box
        if candidate is None:
            continue
        if is_text_field(candidate):
            return True
        if isinstance(candidate, (QAbstractSlider, QAbstractItemView, QComboBox, QTextEdit,
                                  QPlainTextEdit)):
            return key in MOVING_KEYS or (key == Key.Key_Space and isinstance(
                candidate, (QAbstractItemView, QComboBox)))
        if isinstance(candidate, QAbstractButton):
            return key == Key.Key_Space
    return False


def _inside_claiming_panel(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(CLAIMS_KEYS) is True:
            return True
        widget = widget.parentWidget()
    return False


class KeyGuard(QObject):
    """Watches a top-level window: a shortcut key pressed in one of its editors goes to the
    editor (see :func:`editor_owns`). Install with :meth:`watch`."""

    def watch(self, window: QWidget) -> None:
        """Guard the editors inside ``window``."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and editor_owns(
                QApplication.focusWidget(), event):
            event.accept()
            return True
        return False

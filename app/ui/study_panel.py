"""Study mode's panel beside the picture: the start page, a question with its choices, the
feedback and explanation after the beat, and the summary. It only shows and asks; the
controller (``app.ui.study.StudyMode``) decides what comes next.

Keyboard alone: 1 to 6 answer, the arrows move between the buttons, Enter presses the one
in focus. The panel claims these keys (``key_guard.CLAIMS_KEYS``), so the window's own
shortcuts (1 to 8 jump scenes, arrows step) do not take them while it has the focus.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.key_guard import CLAIMS_KEYS

PANEL_WIDTH = 400  # the picture keeps about 70 % of a 1366 px laptop screen
RIGHT_MARK, WRONG_MARK = "✓", "✗"  # right and wrong are told by a sign, never by colour alone
_NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)


def wrapped(text: str, bold: bool = False, scale: float = 1.0) -> QLabel:
    """A label that wraps at the panel's width; selectable, so a student can copy it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(1)  # wraps at the panel's width, even a long run of Chinese
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class WrappingButton(QPushButton):
    """A push button whose text wraps over several lines (a choice, an idea to revisit)."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(1)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumSize(1, 1)  # its height follows its width (heightForWidth)

    def set_text(self, text: str) -> None:
        """Change the words shown (and read out)."""
        self.label.setText(text)
        self.setAccessibleName(text)

    def text_shown(self) -> str:
        """The words on the button."""
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self):
        return self.layout().totalSizeHint()


class StudyPanel(QFrame):
    """The panel's pages; what a student does comes out as signals."""

    answered = Signal(int)  # the index of the choice made
    nextRequested = Signal()
    resumeRequested = Signal()
    startRequested = Signal()
    resetRequested = Signal()
    quitRequested = Signal()
    revisitRequested = Signal(int)  # the index of an idea on the summary page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("study_panel")
        self.setProperty(CLAIMS_KEYS, True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(PANEL_WIDTH)
        self.setAccessibleName(self.tr("Study"))
        self.heading = wrapped("", bold=True)
        self.quit_button = QPushButton(self.tr("Quit study"))
        self.quit_button.setToolTip(self.tr("Leave study mode; your answers are kept (F6)"))
        self.quit_button.clicked.connect(self.quitRequested)
        self.quit_button.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(wrapped(self.tr("Study"), bold=True, scale=1.2), 1)
        top.addWidget(self.quit_button)
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)  # the scene, the question's number, the score
        layout.addWidget(scroll, 1)
        self.choices: list[WrappingButton] = []
        self.buttons: list[QPushButton] = []  # this page's, in the arrows' order
        self.next_button: QPushButton | None = None

    # --- pages ------------------------------------------------------------------------------
    def show_start(self, heading: str, text: str, resume: str | None) -> None:
        """The first page: what study mode is, then Resume (``resume``: where the student
        stopped) and Reset, or Start at the first time."""
        self._new_page(heading)
        self._add(wrapped(text))
        if resume is not None:
            self._button(self.tr("Resume where you stopped"), self.resumeRequested)
            self._add(wrapped(resume))
            self._button(self.tr("Reset my progress…"), self.resetRequested)
        else:
            self._button(self.tr("Start"), self.startRequested)
        self._finish_page()

    def show_question(self, heading: str, prompt: str, choices: list[str]) -> None:
        """A question and its choices, numbered for the keys 1 to 6."""
        self._new_page(heading)
        self._add(wrapped(self.tr("Predict: what will you see?"), bold=True))
        self._add(wrapped(prompt, scale=1.1))
        for number, text in enumerate(choices, start=1):
            button = WrappingButton(f"{number}  {text}")
            button.clicked.connect(lambda checked=False, i=number - 1: self.answered.emit(i))
            self.choices.append(button)
            self._add_button(button)
        self.hint = wrapped(self.tr("Answer with 1 to {n}, or the arrows and Enter.").format(
            n=len(choices)))
        self._add(self.hint)
        self._finish_page()

    def show_chosen(self, index: int, texts: list[str]) -> None:
        """The choice made, marked; the others greyed while the scene plays to its beat."""
        for i, (button, text) in enumerate(zip(self.choices, texts)):
            prefix = self.tr("Your answer:") + " " if i == index else ""
            button.set_text(f"{i + 1}  {prefix}{text}")
            button.setEnabled(i == index)  # the answer stays in full ink, the rest fade
        self.hint.setText(self.tr("Watch what happens…"))

    def mark_choices(self, chosen: int, right: int, texts: list[str]) -> None:
        """After the beat: the right answer and the student's, each with its sign."""
        for i, (button, text) in enumerate(zip(self.choices, texts)):
            mine = self.tr("Your answer:") + " " if i == chosen else ""
            sign = RIGHT_MARK if i == right else WRONG_MARK if i == chosen else " "
            button.set_text(f"{sign} {i + 1}  {mine}{text}")
            button.setEnabled(i in (chosen, right))  # pressing them again does nothing
        self.hint.hide()

    def show_feedback(self, right: bool, feedback: str, answer: str | None, explanation: str,
                      last: bool) -> None:
        """After the beat: right or wrong (a sign and a word), the feedback written for the
        choice made, the right answer if it was another, the explanation and Next."""
        verdict = (f"{RIGHT_MARK} " + self.tr("Right") if right
                   else f"{WRONG_MARK} " + self.tr("Not quite"))
        self.verdict = wrapped(verdict, bold=True, scale=1.25)
        self._add(self.verdict)
        self._add(wrapped(feedback))
        if answer is not None:
            self._add(wrapped(self.tr("The answer: {answer}").format(answer=answer), bold=True))
        self._add(wrapped(self.tr("What the scene shows"), bold=True))
        self._add(wrapped(explanation))
        self.buttons = []
        self.next_button = self._button(self.tr("See your summary") if last
                                        else self.tr("Next question"), self.nextRequested)
        self._finish_page()

    def show_summary(self, heading: str, scores: list[str], ideas: list[str]) -> None:
        """The end: the score per scene, then each idea to revisit as a button that goes to
        the scene teaching it."""
        self._new_page(heading)
        for line in scores:
            self._add(wrapped(line))
        self._add(wrapped(self.tr("Ideas to revisit") if ideas
                          else self.tr("Nothing to revisit: every answer was right."),
                          bold=True))
        for index, idea in enumerate(ideas):
            button = WrappingButton(idea)
            button.clicked.connect(lambda checked=False, i=index: self.revisitRequested.emit(i))
            self._add_button(button)
        self._button(self.tr("Reset my progress…"), self.resetRequested)
        self._finish_page()

    # --- building a page ----------------------------------------------------------------------
    def _new_page(self, heading: str) -> None:
        self.heading.setText(heading)
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            if item.widget() is not None:  # gone from sight now, from memory soon
                item.widget().hide()
                item.widget().deleteLater()
        self.choices, self.buttons, self.next_button = [], [], None

    def _add(self, widget: QWidget) -> None:
        """Add ``widget`` at the page's end, above the stretch that keeps it at the top."""
        count = self.page_layout.count()
        last = self.page_layout.itemAt(count - 1) if count else None
        stretched = last is not None and last.spacerItem() is not None
        self.page_layout.insertWidget(count - 1 if stretched else count, widget)
        widget.show()  # at once, not on the next turn of events: it may take the focus now

    def _button(self, text: str, signal) -> QPushButton:
        button = WrappingButton(text)
        button.clicked.connect(signal)
        self._add_button(button)
        return button

    def _add_button(self, button: QPushButton) -> None:
        button.installEventFilter(self)
        self.buttons.append(button)
        self._add(button)

    def _finish_page(self) -> None:
        count = self.page_layout.count()
        if not count or self.page_layout.itemAt(count - 1).spacerItem() is None:
            self.page_layout.addStretch(1)
        if self.buttons and self.isVisible():
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        """Give the keys to the page's first button (when the panel appears)."""
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            return self._key(watched, event.key())
        return False

    def _key(self, watched, key) -> bool:
        """A key pressed on one of the panel's buttons: True if the panel used it."""
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            index = key - Qt.Key.Key_1
            if index < len(self.choices) and self.choices[index].isEnabled():
                self.choices[index].click()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QPushButton) and watched.isEnabled():
                watched.click()
            return True
        if key in _NEXT_KEYS + _PREVIOUS_KEYS:
            self._move_focus(watched, 1 if key in _NEXT_KEYS else -1)
            return True
        return False

    def _move_focus(self, watched, step: int) -> None:
        usable = [button for button in [*self.buttons, self.quit_button] if button.isEnabled()]
        if not usable:
            return
        index = usable.index(watched) if watched in usable else -step
        usable[(index + step) % len(usable)].setFocus(Qt.FocusReason.TabFocusReason)

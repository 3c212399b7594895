"""The lesson editor's Questions page: the lesson's own study questions, starting from the
built-in set. Add, remove, reorder; for each its scene and beat, its kind, the prompt and
the explanation in both languages, and two to six choices (both languages' text, which one
is correct, the feedback a student who chose it reads).

The page edits plain data (the shape of ``app.story.question_files``) and reads it back as
questions only when asked: :meth:`QuestionsPage.questions` raises a ``QuestionError``
naming the question and what is wrong, which the dialog shows on the page.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language, translated
from app.scenes import SCENES
from app.story.catalogue import SCENE_IDS
from app.story.question_bank import QUESTIONS
from app.story.question_files import (
    MAX_CHOICES,
    MIN_CHOICES,
    questions_from_data,
    questions_to_data,
)
from app.ui.checklists import holder

#: Each kind of question as the editor names it.
KIND_LABELS = {"direction": QT_TRANSLATE_NOOP("", "Which way a quantity goes"),
               "link": QT_TRANSLATE_NOOP("", "Which link a blocker cuts"),
               "after": QT_TRANSLATE_NOOP("", "What is left once the drug is gone"),
               "choice": QT_TRANSLATE_NOOP("", "Another choice")}
#: The choices table's columns: (language of the text, what it holds); column 0 is Correct.
CHOICE_COLUMNS = (("en", "text"), ("zh_CN", "text"), ("en", "feedback"), ("zh_CN", "feedback"))
KEY_ROLE = Qt.ItemDataRole.UserRole


class QuestionsPage(QWidget):
    """Edits a list of study questions: ``questions`` (None: the built-in set, kept as None
    while nothing is changed) for ``trajectory``'s beats."""

    def __init__(self, questions: tuple | None, trajectory, parent=None):
        super().__init__(parent)
        self._trajectory = trajectory
        self._builtin = questions is None
        self._items = questions_to_data(QUESTIONS if questions is None else questions)
        self._loading = False
        self._build()
        self._fill_list(0)

    # --- construction ----------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions, in the order they are asked"))
        self.add = self._button(self.tr("&Add"), self._add)
        self.remove = self._button(self.tr("&Remove"), self._remove)
        self.up = self._button(self.tr("Move &up"), lambda: self._move(-1))
        self.down = self._button(self.tr("Move &down"), lambda: self._move(1))
        self.builtin = self._button(self.tr("Built-in &set"), self._reset)
        self.builtin.setToolTip(self.tr("Start again from the app's own questions"))
        self.scene = QComboBox()
        for scene_id in SCENE_IDS:
            self.scene.addItem(translated(SCENES[scene_id].title), scene_id)
        self.beat, self.kind = QComboBox(), QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(translated(label), kind)
        self.texts = {name: self._text_box(name, label) for name, label in (
            ("prompt/en", self.tr("Question (English)")),
            ("prompt/zh_CN", self.tr("Question (Chinese)")),
            ("explanation/en", self.tr("Explanation (English)")),
            ("explanation/zh_CN", self.tr("Explanation (Chinese)")))}
        self.choices = QTableWidget(0, 1 + len(CHOICE_COLUMNS))
        self.choices.setAccessibleName(self.tr("Choices: tick the correct one"))
        self.choices.setHorizontalHeaderLabels([
            self.tr("Correct"), self.tr("Answer (English)"), self.tr("Answer (Chinese)"),
            self.tr("Feedback (English)"), self.tr("Feedback (Chinese)")])
        header = self.choices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.choices.setWordWrap(True)  # feedback is a sentence or two: rows grow to show it
        # rows fitted again whenever a column's width changes (a row fitted to contents keeps
        # the height the narrow columns of the unshown table gave it)
        header.sectionResized.connect(self._fit_rows)
        self.choices.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.add_choice = self._button(self.tr("Add a &choice"), self._add_choice)
        self.remove_choice = self._button(self.tr("Remove the c&hoice"), self._remove_choice)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00; font-weight: bold")
        self._lay_out()
        self._connect()

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def _text_box(self, name: str, label: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(label)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        return box

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for pair in ((self.add, self.remove), (self.up, self.down)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            left.addLayout(row)
        left.addWidget(self.builtin)
        form = QFormLayout()
        form.addRow(self.tr("Scene:"), self.scene)
        form.addRow(self.tr("Asked before:"), self.beat)
        form.addRow(self.tr("Kind:"), self.kind)
        for name in ("prompt/en", "prompt/zh_CN"):
            form.addRow(self.texts[name].accessibleName() + ":", self.texts[name])
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.add_choice)
        choice_buttons.addWidget(self.remove_choice)
        choice_buttons.addStretch(1)
        form.addRow(self.tr("Choices:"), self.choices)
        form.addRow("", holder(choice_buttons))
        for name in ("explanation/en", "explanation/zh_CN"):
            form.addRow(self.texts[name].accessibleName() + ":", self.texts[name])
        splitter = QSplitter()
        splitter.addWidget(holder(left))
        splitter.addWidget(holder(form))
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._load)
        self.scene.currentIndexChanged.connect(self._on_scene)
        for widget in (self.beat, self.kind):
            widget.currentIndexChanged.connect(self._store)
        for box in self.texts.values():
            box.textChanged.connect(self._store)
        self.choices.itemChanged.connect(self._on_choice_changed)

    # --- the list --------------------------------------------------------------------
    def _fill_list(self, row: int) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, item in enumerate(self._items, start=1):
                self.list.addItem(self._label(number, item))
                self.list.item(number - 1).setToolTip(self.list.item(number - 1).text())
        self.list.setCurrentRow(min(row, len(self._items) - 1))
        self._load(self.list.currentRow())

    def _label(self, number: int, item: dict) -> str:
        first, second = ("zh_CN", "en") if current_language() == "zh_CN" else ("en", "zh_CN")
        prompt = item["prompt"][first] or item["prompt"][second] or self.tr("(no question yet)")
        return f"{number}  {prompt}"

    def _changed(self) -> None:
        self._builtin = False
        self.problem.clear()

    def _add(self) -> None:
        taken = {item["id"] for item in self._items}
        ident = next(f"question-{n}" for n in range(1, len(taken) + 2)
                     if f"question-{n}" not in taken)
        scene = self.scene.currentData() or SCENE_IDS[0]
        empty = {"en": "", "zh_CN": ""}
        self._items.insert(self.list.currentRow() + 1, {
            "id": ident, "scene": scene, "beat": "", "kind": "choice", "prompt": dict(empty),
            "choices": [{"key": key, "text": dict(empty), "correct": key == "a",
                         "feedback": dict(empty)} for key in "ab"],
            "explanation": dict(empty), "links": []})
        self._changed()
        self._fill_list(self.list.currentRow() + 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self._items[row]
            self._changed()
            self._fill_list(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < len(self._items):
            self._items.insert(target, self._items.pop(row))
            self._changed()
            self._fill_list(target)

    def _reset(self) -> None:
        self._items = questions_to_data(QUESTIONS)
        self._builtin = True
        self.problem.clear()
        self._fill_list(0)

    # --- one question ----------------------------------------------------------------
    def _load(self, row: int) -> None:
        """Show question ``row`` in the editor (nothing to edit without one)."""
        has = 0 <= row < len(self._items)
        for widget in (self.scene, self.beat, self.kind, self.choices, self.add_choice,
                       self.remove_choice, self.remove, *self.texts.values()):
            widget.setEnabled(has)
        self.up.setEnabled(has and row > 0)
        self.down.setEnabled(has and row < len(self._items) - 1)
        if not has:
            return
        item = self._items[row]
        self._loading = True
        try:
            self.scene.setCurrentIndex(max(0, self.scene.findData(item["scene"])))
            self._fill_beats(item["scene"], item["beat"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(item["kind"])))
            for name, box in self.texts.items():
                field, lang = name.split("/")
                box.setPlainText(item[field][lang])
            self._fill_choices(item["choices"])
        finally:
            self._loading = False

    def _fill_beats(self, scene_id: str, wanted: str) -> None:
        scene = SCENES[scene_id]
        beats = scene.beats(self._trajectory) if self._trajectory is not None else []
        with QSignalBlocker(self.beat):
            self.beat.clear()
            self.beat.addItem(self.tr("Start of the scene"), "")
            for beat in beats:
                self.beat.addItem(beat.label, beat.key)
            if wanted and self.beat.findData(wanted) < 0:
                self.beat.addItem(self.tr("%1 (not in this scenario)").replace("%1", wanted),
                                  wanted)
            self.beat.setCurrentIndex(max(0, self.beat.findData(wanted)))

    def _fill_choices(self, choices: list) -> None:
        with QSignalBlocker(self.choices):
            self.choices.setRowCount(len(choices))
            for row, choice in enumerate(choices):
                mark = QTableWidgetItem()
                mark.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                mark.setCheckState(Qt.CheckState.Checked if choice["correct"] is True
                                   else Qt.CheckState.Unchecked)
                mark.setData(KEY_ROLE, choice["key"])
                self.choices.setItem(row, 0, mark)
                for column, (lang, field) in enumerate(CHOICE_COLUMNS, start=1):
                    self.choices.setItem(row, column, QTableWidgetItem(choice[field][lang]))
        self._fit_rows()
        self.add_choice.setEnabled(len(choices) < MAX_CHOICES)
        self.remove_choice.setEnabled(len(choices) > MIN_CHOICES)

    def _fit_rows(self, *_args) -> None:
        self.choices.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Fit the choices' rows to their wrapped text once the columns have their widths."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _on_scene(self, *_args) -> None:
        if not self._loading:
            self._fill_beats(self.scene.currentData(), "")
            self._store()

    def _on_choice_changed(self, changed: QTableWidgetItem) -> None:
        """Keep exactly one choice ticked as correct: ticking one unticks the others."""
        if changed.column() == 0 and changed.checkState() == Qt.CheckState.Checked:
            with QSignalBlocker(self.choices):
                for row in range(self.choices.rowCount()):
                    if row != changed.row():
                        self.choices.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
        self._store()

    def _add_choice(self) -> None:
        item = self._items[self.list.currentRow()]
        taken = {choice["key"] for choice in item["choices"]}
        key = next(letter for letter in "abcdefg" if letter not in taken)
        item["choices"].append({"key": key, "text": {"en": "", "zh_CN": ""}, "correct": False,
                                "feedback": {"en": "", "zh_CN": ""}})
        self._changed()
        self._load(self.list.currentRow())

    def _remove_choice(self) -> None:
        row = self.choices.currentRow()
        item = self._items[self.list.currentRow()]
        if len(item["choices"]) > MIN_CHOICES:
            del item["choices"][row if row >= 0 else -1]
            self._changed()
            self._load(self.list.currentRow())

    def _store(self, *_args) -> None:
        """Write the editor's fields back into the current question."""
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._items):
            return
        item = self._items[row]
        item.update(scene=self.scene.currentData(), beat=self.beat.currentData() or "",
                    kind=self.kind.currentData())
        for name, box in self.texts.items():
            field, lang = name.split("/")
            item[field][lang] = box.toPlainText()
        item["choices"] = [self._choice(row) for row in range(self.choices.rowCount())]
        self._changed()
        self.list.item(row).setText(self._label(row + 1, item))

    def _choice(self, row: int) -> dict:
        mark = self.choices.item(row, 0)
        choice = {"key": mark.data(KEY_ROLE), "text": {}, "feedback": {},
                  "correct": mark.checkState() == Qt.CheckState.Checked}
        for column, (lang, field) in enumerate(CHOICE_COLUMNS, start=1):
            cell = self.choices.item(row, column)
            choice[field][lang] = cell.text() if cell is not None else ""
        return choice

    # --- result ----------------------------------------------------------------------
    def questions(self) -> tuple | None:
        """The questions as edited (None: the built-in set, untouched); QuestionError naming
        the first question that is not complete or not valid."""
        if self._builtin:
            return None
        return questions_from_data(self._items)

    def show_problem(self, text: str) -> None:
        """Say on the page what is wrong with the questions."""
        self.problem.setText(text)


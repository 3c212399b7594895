"""Help: keyboard shortcuts, the glossary, and the model's documentation."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language, translated
from app.model import EVIDENCE
from app.resources import MODEL_DOC
from app.story.evidence import LEVEL_NAMES, SPECIES_NAMES, link_name
from app.story.glossary import glossary_html
from app.story.names import LIST_SEPARATOR

#: (action name, keys, description): the one list behind the window's keyed actions, the
#: help dialog and the README's table. Keys are written as QKeySequence reads them.
SHORTCUTS = (
    ("play", ["Space"],
     QT_TRANSLATE_NOOP("", "Play or pause; presenting: play on to the next beat")),
    ("step_back", ["Left"], QT_TRANSLATE_NOOP("", "Step back; presenting: previous beat")),
    ("step_forward", ["Right"],
     QT_TRANSLATE_NOOP("", "Step forward; presenting: play on to the next beat")),
    ("next_beat", ["PgDown", "Down"],
     QT_TRANSLATE_NOOP("", "Next beat, then next scene (clicker)")),
    ("previous_beat", ["PgUp", "Up"],
     QT_TRANSLATE_NOOP("", "Previous beat, then previous scene (clicker)")),
    ("home", ["Home"], QT_TRANSLATE_NOOP("", "Start of the scene")),
    ("end", ["End"], QT_TRANSLATE_NOOP("", "End of the scene")),
    ("scene_keys", [str(number) for number in range(1, 10)],
     QT_TRANSLATE_NOOP("", "Jump to scene 1 to 9")),
    ("full_screen", ["F11", "F"], QT_TRANSLATE_NOOP("", "Full screen on or off")),
    ("leave_full_screen", ["Esc"], QT_TRANSLATE_NOOP("", "Leave full screen or presenter mode")),
    ("present", ["F5"], QT_TRANSLATE_NOOP("", "Presenter mode on or off")),
    ("study", ["F6"],
     QT_TRANSLATE_NOOP("", "Study mode on or off: a question before each key moment")),
    ("black", ["B"], QT_TRANSLATE_NOOP("", "Black screen (presenter mode)")),
    ("white", ["W"], QT_TRANSLATE_NOOP("", "White screen (presenter mode)")),
    ("captions", ["C"], QT_TRANSLATE_NOOP("", "Large captions on or off (presenter mode)")),
    ("laser", ["L"], QT_TRANSLATE_NOOP("", "Laser pointer on or off (presenter mode)")),
    ("compare", ["V"],
     QT_TRANSLATE_NOOP("", "Compare mode on or off: scenario B drawn beside A (versus)")),
    ("evidence", ["E"], QT_TRANSLATE_NOOP("", "Show the evidence behind each link (overview)")),
    ("theme", ["T"],
     QT_TRANSLATE_NOOP("", "Next theme: dark, light projector, high contrast (remembered)")),
    ("notes", ["N"], QT_TRANSLATE_NOOP("", "Speaker notes window")),
    ("undo", ["Ctrl+Z"], QT_TRANSLATE_NOOP("", "Undo the last change of the scenario")),
    ("redo", ["Ctrl+Shift+Z", "Ctrl+Y"], QT_TRANSLATE_NOOP("", "Redo the change undone")),
    ("open_lesson", ["Ctrl+O"], QT_TRANSLATE_NOOP("", "Open a lesson")),
    ("save_lesson", ["Ctrl+S"],
     QT_TRANSLATE_NOOP("", "Save the lesson (also from the speaker notes)")),
    ("save_lesson_as", ["Ctrl+Shift+S"],
     QT_TRANSLATE_NOOP("", "Save the lesson under another name")),
    ("edit_lesson", ["Ctrl+L"],
     QT_TRANSLATE_NOOP("", "Edit the lesson: its scenes, their order, where it starts")),
    ("export", ["Ctrl+E"], QT_TRANSLATE_NOOP("", "Export a frame, clip, slide deck or plot data")),
    ("larger_text", ["Ctrl+="], QT_TRANSLATE_NOOP("", "Larger text")),
    ("smaller_text", ["Ctrl+-"], QT_TRANSLATE_NOOP("", "Smaller text")),
    ("normal_text", ["Ctrl+0"], QT_TRANSLATE_NOOP("", "Normal text size")),
    ("quit", ["Ctrl+Q"], QT_TRANSLATE_NOOP("", "Quit")),
    ("help", ["F1"], QT_TRANSLATE_NOOP("", "This list of shortcuts")),
)

_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def shown_keys(keys: list[str]) -> str:
    """Keys as a reader sees them: arrows as arrows, a run of number keys as "1 … 9"."""
    if len(keys) > 2 and all(key.isdigit() for key in keys):
        return f"{keys[0]} … {keys[-1]}"
    return " / ".join(_ARROWS.get(key, key) for key in keys)


def shortcuts_html(tr=translated) -> str:
    """The shortcut list as an HTML table, descriptions through ``tr``."""
    rows = "".join(f"<tr><td><b>{html.escape(shown_keys(keys), quote=False)}</b></td>"
                   f"<td>{html.escape(tr(text), quote=False)}</td></tr>"
                   for _, keys, text in SHORTCUTS)
    return f"<table cellspacing=6>{rows}</table>"


def shortcuts_markdown() -> str:
    """The shortcut list as the README's Markdown table (English)."""
    lines = ["| key | what it does |", "|---|---|"]
    lines += [f"| {shown_keys(keys)} | {text} |" for _, keys, text in SHORTCUTS]
    return "\n".join(lines) + "\n"


def evidence_html() -> str:
    """The evidence table in the widgets' language, as HTML."""
    head = "".join(f"<th align=left>{translated(text)}</th>" for text in EVIDENCE_COLUMNS)
    rows = []
    for key, ev in EVIDENCE.items():
        species = translated(LIST_SEPARATOR).join(translated(SPECIES_NAMES[s])
                                                  for s in ev.species_in_order)
        cells = (link_name(key, translated), translated(LEVEL_NAMES[ev.level]), species,
                 "<br>".join(html.escape(ref) for ref in ev.refs), translated(ev.note))
        rows.append("<tr>" + "".join(f"<td valign=top>{cell}</td>" for cell in cells) + "</tr>")
    intro = translated(EVIDENCE_INTRO)
    return (f"<p>{intro}</p><table border=1 cellspacing=0 cellpadding=4>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


EVIDENCE_COLUMNS = (QT_TRANSLATE_NOOP("", "Link"), QT_TRANSLATE_NOOP("", "Level"),
                    QT_TRANSLATE_NOOP("", "Species"), QT_TRANSLATE_NOOP("", "References"),
                    QT_TRANSLATE_NOOP("", "Note"))
EVIDENCE_INTRO = QT_TRANSLATE_NOOP(
    "", "How well each link of the chain is established. Established: shown repeatedly, in "
        "people where it matters; supported: shown, mostly in rodents; contested: results "
        "disagree or a rival explanation fits as well. View > Show evidence (E) draws the "
        "overview this way: solid, dashed and dotted arrows.")


class HelpDialogs(QObject):
    """The Help menu's dialogs, opened over ``window`` (not modal)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_html())
        box.open()

    def show_log_folder(self) -> None:
        """Help > Log files: where the log and the record of fatal errors are kept."""
        from app.ui.folders import log_folder
        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Log files"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate(
            "MainWindow", "The app's log (what went wrong, if anything did) is kept in:\n{folder}")
            .format(folder=log_folder()))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def show_about_model(self) -> None:
        """Help > About the model: the model's documentation (equations, parameters,
        sources), shipped with the app."""
        text = MODEL_DOC.read_text(encoding="utf-8")
        self._show_document(
            QCoreApplication.translate("MainWindow", "About the model"), markdown=text
        )

    def show_glossary(self) -> None:
        """Help > Glossary: every term in English and Chinese."""
        self._show_document(
            QCoreApplication.translate("MainWindow", "Glossary"),
            html=glossary_html(current_language()),
        )

    def show_evidence(self) -> None:
        """Help > Evidence: every link's level, species, references and note."""
        self._show_document(QCoreApplication.translate("MainWindow", "Evidence"),
                            html=evidence_html())

    def _show_document(self, title: str, markdown: str = "", html: str = "") -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(True)
        browser.setMarkdown(markdown) if markdown else browser.setHtml(html)
        browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(900, 700)
        dialog.open()

"""What a deck, an HTML player or a worksheet export takes from the export dialog: its
scenes, in a lesson's order and numbered by its steps, for a deck the beats ticked and
whether it asks the study questions, for a worksheet the paper and the lesson's questions."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem

from app.export.render import ExportError
from app.export.requests import DeckRequest, HtmlRequest, PlotDataRequest
from app.export.worksheet_request import PAPERS, WorksheetRequest, default_paper
from app.i18n import translated as scene_tr
from app.scenes import SCENES
from app.story.catalogue import LANGUAGES, SCENE_IDS
from app.story.question_bank import QUESTIONS
from app.story.timeline import SceneTimeline
from app.ui.checklists import check_state, ticked

PAPER_LABELS = {"a4": QT_TRANSLATE_NOOP("", "A4 (210 × 297 mm)"),
                "letter": QT_TRANSLATE_NOOP("", "US Letter (8.5 × 11 in)")}


def html_request(dialog, chosen: tuple[str, ...], out: Path, common: dict) -> HtmlRequest:
    """The player of the ticked scenes, in the lesson's order and numbered by its steps
    when a lesson chooses or orders the scenes."""
    order = list(dialog.state.scene_ids)
    lesson = tuple(order) if order != list(SCENE_IDS) else ()
    scenes = sorted(chosen, key=lambda s: order.index(s) if s in order else len(order))
    first = common.pop("lang")
    languages = (first, *[lang for lang in LANGUAGES if lang != first]) \
        if dialog.both.isChecked() else (first,)
    return HtmlRequest(tuple(scenes), out, dialog.size.currentData(), languages,
                       title=dialog.lesson_title, lesson_scenes=lesson, **common)


def deck_lists(dialog) -> set[str]:
    """Which list the deck's scope shows: the scenes, the beats, or none."""
    return {"scenes": {"scenes"}, "beats": {"beats"}}.get(dialog.scope.currentData(), set())


def fill_beats(dialog) -> None:
    """Every beat of the lesson's scenes, ticked, once (found only when asked for)."""
    if dialog.beats.count():
        return
    for step, scene_id in enumerate(dialog.state.scene_ids, start=1):
        scene = SCENES[scene_id]
        for beat in SceneTimeline(scene, dialog.state.trajectory).beats:
            item = QListWidgetItem(f"{step}  {scene_tr(scene.title)}: {beat.label}")
            item.setData(Qt.ItemDataRole.UserRole, f"{scene_id}:{beat.key}")
            item.setCheckState(check_state(True))
            dialog.beats.addItem(item)


def deck_request(dialog, out: Path, common: dict) -> DeckRequest:
    """The deck the dialog's scope asks for: the ticked scenes, the current scene, or the
    ticked beats (their scenes in the lesson's order)."""
    scope = dialog.scope.currentData()
    beats = tuple(ticked(dialog.beats)) if scope == "beats" else ()
    if scope == "current":
        scenes = [dialog.state.scene_id]
    elif scope == "beats":
        named = {choice.partition(":")[0] for choice in beats}
        scenes = [scene_id for scene_id in dialog.state.scene_ids if scene_id in named]
    else:
        scenes = ticked(dialog.scenes)
    return DeckRequest(tuple(scenes), out, dialog.size.currentData(),
                       embed_clips=dialog.embed.isChecked(), beats=beats,
                       title=dialog.lesson_title,
                       lesson_scenes=tuple(dialog.state.scene_ids),
                       questions=questions_of(dialog) if dialog.ask.isChecked() else (),
                       **common)


def questions_of(dialog) -> tuple:
    """The study questions the exports ask: the lesson's, else the built-in set."""
    return QUESTIONS if dialog.questions is None else dialog.questions


def paper_choice(dialog) -> QComboBox:
    """A4 or Letter, the locale's first."""
    choice = QComboBox(dialog)
    for paper in PAPERS:
        choice.addItem(scene_tr(PAPER_LABELS[paper]), paper)
    choice.setCurrentIndex(PAPERS.index(default_paper()))
    return choice


def worksheet_request(dialog, out: Path, common: dict) -> WorksheetRequest:
    """The worksheet of the lesson's questions (the built-in set without its own) on the
    paper chosen, titled with the lesson and numbered by its steps. Its pictures are the
    scenario's alone, even in compare mode: a question asks about one run."""
    one_run = {key: value for key, value in common.items() if key != "comparison"}
    return WorksheetRequest(out, questions_of(dialog), dialog.paper.currentData(),
                            title=dialog.lesson_title,
                            lesson_scenes=tuple(dialog.state.scene_ids), **one_run)


def plot_data_request(dialog, scene_id: str, out: Path, fmt: str) -> PlotDataRequest:
    """The scene's plot data (charts have no motion to reduce), B's beside A's in compare
    mode; refused here, before the dialog closes, where the scene has no rows for a side
    (the dose window sweeps only the NMDA drugs)."""
    for scenario in (dialog.state.scenario, *((dialog.comparison.b,) if dialog.comparison
                                               else ())):
        if not SCENES[scene_id].tabulates(scenario):
            raise ExportError("export.no_dose_sweep", drug=scenario.drug)
    return PlotDataRequest(scene_id, out, fmt, comparison=dialog.comparison)

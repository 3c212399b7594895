"""What a deck or an HTML player export takes from the export dialog: its scenes, in a
lesson's order and numbered by its steps, and for a deck the beats ticked."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from app.export.requests import DeckRequest, HtmlRequest
from app.i18n import translated as scene_tr
from app.scenes import SCENES
from app.story.catalogue import LANGUAGES, SCENE_IDS
from app.story.timeline import SceneTimeline
from app.ui.checklists import check_state, ticked


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
                       lesson_scenes=tuple(dialog.state.scene_ids), **common)

"""Speaker notes: a second window (on the second screen when there is one) with the
current beat's notes, the next beat, the clock, and the controls, so a lecturer can change
the dose or add a blocker mid-lecture and step on."""
from __future__ import annotations

import html
import time

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translated as scene_tr
from app.i18n import translator
from app.scenes import SCENES
from app.story.evidence import beat_evidence_lines
from app.story.experiments import experiment_summary, shown_experiment
from app.story.timefmt import format_clock
from app.ui.compare import b_beat_line, shown_caption, side_captions
from app.ui.controls import ControlsPanel
from app.ui.key_guard import KeyGuard
from app.ui.lessons import LessonController
from app.ui.state import AppState
from app.ui.throttle import Throttle
from app.ui.undo import ScenarioUndo


class SpeakerNotesWindow(QWidget):
    """Notes for the lecturer's eyes only: what is on screen, what comes next, the time."""

    def __init__(self, state: AppState, lessons: LessonController, actions: list[QAction],
                 save_action: QAction, undo: ScenarioUndo,
                 presenting_window: QWidget | None = None):
        """``actions``: the main window's keys, so the clicker works from here too;
        ``save_action``: Ctrl+S saves the lesson (and these notes) from here as well;
        ``undo``: the window's scenario history, which the controls here add to;
        ``presenting_window``: the full-screen window these notes belong to (a window
        manager keeps a window's own windows in front of it)."""
        super().__init__(presenting_window, Qt.WindowType.Window)
        self.state, self.lessons = state, lessons
        self.setWindowTitle(self.tr("Speaker notes — Ketamine Cascade") + "[*]")
        self.setWindowModified(lessons.modified)
        lessons.modifiedChanged.connect(self.setWindowModified)
        self.clock = QLabel()
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.clock.setFont(font)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Notes for the current beat"))
        self.own_notes = QPlainTextEdit()
        self.own_notes.setPlaceholderText(self.tr("Your own notes for this beat (saved with "
                                                  "the lesson)"))
        self.own_notes.setAccessibleName(self.tr("Your notes for this beat"))
        self.own_notes.setMaximumHeight(140)
        self.own_notes.textChanged.connect(self._keep_own_note)
        self._note_key = None
        self.controls = ControlsPanel(self.state)
        self.controls.scenarioEdited.connect(undo.change)
        self.controls.resetRequested.connect(undo.reset_all)
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self.own_notes)
        tabs = QTabWidget()
        tabs.addTab(notes_page, self.tr("Notes"))
        tabs.addTab(self.controls, self.tr("Dose, drug and blockers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock)
        layout.addWidget(tabs, 1)
        self._started = time.monotonic()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._show_clock)
        self._ticker.start(1000)
        self._throttle = Throttle(self.refresh, 200, self)
        for signal in (self.state.timeChanged, self.state.sceneChanged,
                       self.state.trajectoryChanged, self.state.sceneDataChanged,
                       self.state.comparisonChanged, self.state.trajectoryBChanged):
            signal.connect(self._throttle.request)
        # the clicker keeps working whichever of the two windows has the focus
        self.addActions(actions)
        self.addAction(save_action)
        self._key_guard = KeyGuard(self)
        self._key_guard.watch(self)  # the dose box here keeps its arrows too
        self.resize(720, 640)
        self.refresh()
        self._show_clock()

    def place(self, presenting_on: QScreen | None) -> None:
        """Show on a screen the presentation is not on; on a single screen in front of
        the full-screen picture, with the keys (the clicker works from here as well)."""
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not presenting_on]
        if others:
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.setGeometry(others[0].availableGeometry())
        self.show()
        self.raise_()
        if not others:
            self.activateWindow()

    def restart_clock(self) -> None:
        """Elapsed time counts from now (called when presenting starts)."""
        self._started = time.monotonic()
        self._show_clock()

    def _show_clock(self) -> None:
        elapsed = int(time.monotonic() - self._started)
        self.clock.setText(self.tr("{now}   ·   presenting for {minutes}:{seconds:02d}").format(
            now=time.strftime("%H:%M"), minutes=elapsed // 60, seconds=elapsed % 60))

    def refresh(self) -> None:
        """Rewrite the notes for the current scene, beat and time."""
        state, timeline = self.state, self.state.timeline
        if timeline is None:
            return
        scene = state.scene
        reached, nxt = timeline.beat_at(state.t), timeline.next_beat(state.t)
        self._show_own_note(state.scene_id, reached.key if reached is not None else "")
        parts = [f"<h2>{state.step()} · {html.escape(scene_tr(scene.title))}</h2>"]
        if reached is not None:
            parts.append(f"<h3>{html.escape(reached.label)} ({format_clock(reached.t)})</h3>")
        b_beat = b_beat_line(state)
        if b_beat:
            parts.append(f"<h3><i>{html.escape(b_beat)}</i></h3>")
        parts.append(f"<p style='font-size:x-large'>{html.escape(shown_caption(state))}</p>")
        parts += [f"<p style='font-size:large'>{html.escape(line)}</p>"
                  for line in side_captions(state)]
        parts += [f"<p>{html.escape(line)}</p>" for line in beat_evidence_lines(
            scene.id, reached.key if reached is not None else None, state.trajectory.scenario,
            translator())]
        experiment = shown_experiment(state.scenario, state.comparison)
        if experiment is not None:
            parts.append(f"<h3>{html.escape(scene_tr(experiment.title))}</h3>")
            parts += [f"<p>{html.escape(line)}</p>"
                      for line in experiment_summary(experiment, translator())]
        if nxt is not None:
            parts.append("<p style='color:gray;font-size:large'>" + html.escape(self.tr(
                "Next: {beat} at {clock}").format(beat=nxt.label, clock=format_clock(nxt.t)))
                + "</p>")
        else:
            index = state.scene_ids.index(state.scene_id)
            if index + 1 < len(state.scene_ids):
                following = SCENES[state.scene_ids[index + 1]]
                parts.append("<p style='color:gray;font-size:large'>" + html.escape(self.tr(
                    "Next: scene {number}, {title}").format(
                        number=index + 2, title=scene_tr(following.title))) + "</p>")
        self.notes.setHtml("".join(parts))

    def _show_own_note(self, scene_id: str, beat_key: str) -> None:
        if self._note_key == (scene_id, beat_key):
            return
        self._note_key = (scene_id, beat_key)
        blocker = QSignalBlocker(self.own_notes)
        self.own_notes.setPlainText(self.lessons.lesson.note(scene_id, beat_key))
        blocker.unblock()

    def _keep_own_note(self) -> None:
        if self._note_key is not None:
            self.lessons.set_note(*self._note_key, self.own_notes.toPlainText())

"""Moving through the lesson: steps, beats, scenes, start and end (keys and clicker)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from app.ui.playback import PlaybackController
from app.ui.state import AppState


class NavigationController(QObject):
    """Moves ``state`` through its scenes and their timelines. It keeps no copy of the
    scene or the time: they live in the state, and its ``timeline`` answers every question
    about where the beats are. A move that needs a timeline the state cannot give yet (the
    scene's data is still being prepared) is made when the data comes."""

    def __init__(self, state: AppState, playback: PlaybackController, parent=None):
        super().__init__(parent)
        self.state = state
        self.playback = playback
        self._waiting: tuple | None = None  # (scene id, move) until that scene's timeline
        state.trajectoryChanged.connect(self._arrive)
        state.sceneDataChanged.connect(self._arrive)

    def step(self, direction: int) -> None:
        """Move 1% of the scene's window back (-1) or forward (+1) along its scale."""
        timeline = self.state.timeline
        if timeline is None:
            return
        self.state.set_playing(False)
        self.state.set_time(timeline.step(self.state.t, direction))

    def next_beat(self, glide: bool = False) -> None:
        """The next beat of this scene, or the first beat of the next scene. ``glide``
        (presenter mode): the picture plays forward to the beat instead of jumping."""
        self.state.set_playing(False)
        self.playback.finish_glide()
        timeline = self.state.timeline
        beat = timeline.next_beat(self.state.t) if timeline is not None else None
        if beat is not None:
            self.playback.glide_to(beat.t) if glide else self.state.set_time(beat.t)
            return
        index = self.state.scene_ids.index(self.state.scene_id)
        if index + 1 < len(self.state.scene_ids):
            self._enter_scene(self.state.scene_ids[index + 1], first=True)

    def previous_beat(self) -> None:
        """The previous beat of this scene, or the last beat of the previous scene."""
        self.state.set_playing(False)
        self.playback.finish_glide()
        timeline = self.state.timeline
        beat = timeline.previous_beat(self.state.t) if timeline is not None else None
        if beat is not None:
            self.state.set_time(beat.t)
            return
        index = self.state.scene_ids.index(self.state.scene_id)
        if index > 0:
            self._enter_scene(self.state.scene_ids[index - 1], first=False)

    def _enter_scene(self, scene_id: str, first: bool) -> None:
        self.state.set_scene(scene_id)
        self._when_ready(self._to_first_time if first else self._to_last_time)

    def _to_first_time(self, timeline) -> None:
        self.state.set_time(timeline.first_time())

    def _to_last_time(self, timeline) -> None:
        self.state.set_time(timeline.last_time())

    def _when_ready(self, move) -> None:
        """``move(timeline)`` now, or once the current scene's timeline is there."""
        timeline = self.state.timeline
        self._waiting = None if timeline is not None else (self.state.scene_id, move)
        if timeline is not None:
            move(timeline)

    def _arrive(self, *_) -> None:
        if self._waiting is None:
            return
        scene_id, move = self._waiting
        if scene_id != self.state.scene_id:  # the lecturer has moved on meanwhile
            self._waiting = None
        elif self.state.timeline is not None:
            self._when_ready(move)

    def jump_to_position(self, number: int) -> None:
        """Keys 1 to 9: the lesson's scene at that position (if there is one)."""
        if 1 <= number <= len(self.state.scene_ids):
            self.jump_to_scene(self.state.scene_ids[number - 1])

    def jump_to_scene(self, scene_id: str) -> None:
        """Show ``scene_id`` from its start."""
        self.state.set_playing(False)
        self._enter_scene(scene_id, first=True)

    def show_scene_then(self, scene_id: str, move) -> None:
        """Show ``scene_id`` and call ``move(timeline)`` once its timeline is there (at once
        if it is): study mode stops the picture just before a question's beat."""
        self.state.set_playing(False)
        self.playback.finish_glide()
        self.state.set_scene(scene_id)
        self._when_ready(move)

    def go_to_beat_key(self, beat_key: str) -> None:
        """The current scene's beat ``beat_key``, or the scene's start if it has none."""
        def to_beat(timeline) -> None:
            beat = timeline.beat_named(beat_key) if beat_key else None
            self.state.set_time(beat.t if beat is not None else timeline.t0)
        self._when_ready(to_beat)

    def go_home(self) -> None:
        """Start of the current scene's window."""
        timeline = self.state.timeline
        if timeline is not None:
            self.state.set_time(timeline.t0)

    def go_end(self) -> None:
        """End of the current scene's window."""
        timeline = self.state.timeline
        if timeline is not None:
            self.state.set_playing(False)
            self.state.set_time(timeline.t1)

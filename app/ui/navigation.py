"""Moving through the lesson: steps, beats, scenes, start and end (keys and clicker)."""
from __future__ import annotations

from app.ui.lessons import beat_time
from app.ui.timeline import STEP_FRACTION, current_beats, current_scale

EPSILON_H = 1e-6


class NavigationMixin:
    """Navigation of the main window over ``self.state``; presenter mode glides forward."""

    def step(self, direction: int) -> None:
        """Move 1% of the scene's window back (-1) or forward (+1) along its scale."""
        scale = current_scale(self.state)
        if scale is None:
            return
        self.state.set_playing(False)
        position = scale.to_position(self.state.t) + direction * STEP_FRACTION
        self.state.set_time(scale.to_time(position))

    def next_beat(self) -> None:
        """The next beat of this scene, or the first beat of the next scene.

        In presenter mode the picture plays forward to the beat instead of jumping.
        """
        self.state.set_playing(False)
        self.playback.finish_glide()
        later = [b for b in current_beats(self.state) if b.t > self.state.t + EPSILON_H]
        if later:
            if self.presenter.active:
                self.playback.glide_to(later[0].t)
            else:
                self.state.set_time(later[0].t)
            return
        index = self.state.scene_ids.index(self.state.scene_id)
        if index + 1 < len(self.state.scene_ids):
            self._enter_scene(self.state.scene_ids[index + 1], first=True)

    def previous_beat(self) -> None:
        """The previous beat of this scene, or the last beat of the previous scene."""
        self.state.set_playing(False)
        self.playback.finish_glide()
        earlier = [b for b in current_beats(self.state) if b.t < self.state.t - EPSILON_H]
        if earlier:
            self.state.set_time(earlier[-1].t)
            return
        index = self.state.scene_ids.index(self.state.scene_id)
        if index > 0:
            self._enter_scene(self.state.scene_ids[index - 1], first=False)

    def _enter_scene(self, scene_id: str, first: bool) -> None:
        self.state.set_scene(scene_id)
        beats = current_beats(self.state)
        scale = current_scale(self.state)
        if beats:
            self.state.set_time(beats[0].t if first else beats[-1].t)
        elif scale is not None:
            self.state.set_time(scale.t0 if first else scale.t1)

    def jump_to_position(self, number: int) -> None:
        """Keys 1 to 8: the lesson's scene at that position (if there is one)."""
        if 1 <= number <= len(self.state.scene_ids):
            self.jump_to_scene(self.state.scene_ids[number - 1])

    def go_to_beat_key(self, beat_key: str) -> None:
        """The current scene's beat ``beat_key``, or the scene's start if it has none."""
        t = beat_time(self, beat_key)
        scale = current_scale(self.state)
        if t is not None:
            self.state.set_time(t)
        elif scale is not None:
            self.state.set_time(scale.t0)

    def jump_to_scene(self, scene_id: str) -> None:
        """Show ``scene_id`` from its start."""
        self.state.set_playing(False)
        self._enter_scene(scene_id, first=True)

    def go_home(self) -> None:
        """Start of the current scene's window."""
        scale = current_scale(self.state)
        if scale is not None:
            self.state.set_time(scale.t0)

    def go_end(self) -> None:
        """End of the current scene's window."""
        scale = current_scale(self.state)
        if scale is not None:
            self.state.set_playing(False)
            self.state.set_time(scale.t1)

"""Playback only advances time; it never draws (docs/style.md, 6).

A timer adds wall-clock time x speed to the scene position (0..1 along its time scale),
so at 1x every scene plays in :data:`SECONDS_PER_SCENE` whatever its window, minutes or
weeks. If painting lags, frames are dropped, not queued: the canvas repaints on the latest t.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

from app.story.catalogue import SECONDS_PER_SCENE
from app.ui.state import AppState

GLIDE_SECONDS = 1.2  # a clicker press plays the picture forward to the next beat in this time


class PlaybackController(QObject):
    """Moves ``state.t`` forward while ``state.playing``; stops or loops at the end."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self._timer = QTimer(self)
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._glide = None  # (start position, target position, target t) while gliding
        self._glide_clock = QElapsedTimer()
        state.playingChanged.connect(self._on_playing)

    def _on_playing(self, playing: bool) -> None:
        if playing:
            self.finish_glide()
            timeline = self.state.timeline
            if timeline is not None and timeline.at_end(self.state.t):
                self.state.set_time(timeline.t0)  # play from the start when at the end
            self._clock.start()
            self._timer.start()
        elif self._glide is None:
            self._timer.stop()

    # --- gliding to a beat (presenter mode) ------------------------------------------------
    @property
    def gliding(self) -> bool:
        """Whether the picture is playing forward to a beat."""
        return self._glide is not None

    def glide_to(self, t: float) -> None:
        """Play forward from the current time to ``t`` in :data:`GLIDE_SECONDS`, then stop."""
        self.finish_glide()
        timeline = self.state.timeline
        if timeline is None or t <= self.state.t:
            self.state.set_time(t)
            return
        self.state.set_playing(False)
        self._glide = (timeline.position(self.state.t), timeline.position(t), t)
        self._glide_clock.start()
        self._timer.start()

    def finish_glide(self) -> None:
        """Jump to where a glide was going (a second press does not wait for the first)."""
        if self._glide is not None:
            target = self._glide[2]
            self._glide = None
            self._timer.stop()
            self.state.set_time(target)

    def _glide_step(self, timeline) -> None:
        start, end, target = self._glide
        progress = min(self._glide_clock.elapsed() / 1000.0 / GLIDE_SECONDS, 1.0)
        eased = progress * progress * (3 - 2 * progress)
        if progress >= 1.0:
            self.finish_glide()
            return
        self.state.set_time(min(timeline.time_at(start + (end - start) * eased), target))

    def _tick(self) -> None:
        timeline = self.state.timeline
        if timeline is None:
            return
        if self._glide is not None:
            self._glide_step(timeline)
            return
        seconds = self._clock.restart() / 1000.0
        position = timeline.position(self.state.t) + seconds * self.state.speed / SECONDS_PER_SCENE
        if position >= 1.0:
            if self.state.loop:
                position = 0.0
            else:
                self.state.set_time(timeline.t1)
                self.state.set_playing(False)
                return
        self.state.set_time(timeline.time_at(position))

"""The caption panel: what the scene and the current beat show, with today's numbers."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from app.scenes import SCENES
from app.scenes.base import caption_text
from app.i18n import translated as scene_tr
from app.scenes.evidence_view import beat_evidence_lines
from app.timefmt import format_clock
from app.ui.state import AppState
from app.ui.throttle import Throttle
from app.ui.timeline import current_beats


class CaptionPanel(QTextBrowser):
    """Scene title, current beat, the caption in plain words, and the next beat."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Explanation of the current picture"))
        self._throttle = Throttle(self.refresh, 120, self)  # readable, and cheap during playback
        state.timeChanged.connect(self._throttle.request)
        for signal in (state.sceneChanged, state.trajectoryChanged):
            signal.connect(self.refresh)
        self._shown = ""
        self.refresh()

    def refresh(self, *_):
        """Rewrite the text for the current scene and time."""
        scene = SCENES[self.state.scene_id]
        trajectory = self.state.trajectory
        parts = [f"<h2>{scene.number} · {html.escape(scene_tr(scene.title))}</h2>",
                 f"<p><i>{html.escape(scene_tr(scene.subtitle))}</i></p>"]
        if trajectory is None:
            parts.append(f"<p>{self.tr('Simulating…')}</p>")
        else:
            t = self.state.t
            beats = current_beats(self.state)
            passed = [b for b in beats if b.t <= t + 1e-9]
            upcoming = [b for b in beats if b.t > t + 1e-9]
            if passed:
                parts.append(f"<p><b>{html.escape(passed[-1].label)}</b> "
                             f"({format_clock(passed[-1].t)})</p>")
            parts.append(f"<p style='font-size:large'>{html.escape(caption_text(scene, trajectory, t))}</p>")
            parts += [f"<p><small>{html.escape(line)}</small></p>" for line in beat_evidence_lines(
                scene.id, passed[-1].key if passed else None, trajectory.scenario)]
            if upcoming:
                parts.append("<p style='color:gray'>" + html.escape(
                    self.tr("Next: {beat} at {clock} (Page Down)").format(
                        beat=upcoming[0].label, clock=format_clock(upcoming[0].t))) + "</p>")
        text = "".join(parts)
        if text != self._shown:  # rewriting the document costs more than comparing it
            self._shown = text
            self.setHtml(text)

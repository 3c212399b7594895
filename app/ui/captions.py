"""The caption panel: what the scene and the current beat show, with today's numbers."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from app.i18n import translated as scene_tr
from app.i18n import translator
from app.story.evidence import beat_evidence_lines
from app.story.timefmt import format_clock
from app.ui.compare import b_beat_line, shown_caption, side_captions
from app.ui.state import AppState
from app.ui.throttle import Throttle


class CaptionPanel(QTextBrowser):
    """Scene title, current beat, the caption in plain words, and the next beat."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Explanation of the current picture"))
        self._throttle = Throttle(self.refresh, 120, self)  # readable, and cheap during playback
        state.timeChanged.connect(self._throttle.request)
        for signal in (state.sceneChanged, state.trajectoryChanged, state.sceneDataChanged,
                       state.comparisonChanged, state.trajectoryBChanged):
            signal.connect(self.refresh)
        self._shown = ""
        self.refresh()

    def refresh(self, *_):
        """Rewrite the text for the current scene and time."""
        scene, timeline = self.state.scene, self.state.timeline
        trajectory = self.state.trajectory
        parts = [f"<h2>{self.state.step()} · {html.escape(scene_tr(scene.title))}</h2>",
                 f"<p><i>{html.escape(scene_tr(scene.subtitle))}</i></p>"]
        if timeline is None:
            parts.append(f"<p>{self.tr('Simulating…')}</p>")
        else:
            t = self.state.t
            reached, upcoming = timeline.beat_at(t), timeline.next_beat(t)
            if reached is not None:
                parts.append(f"<p><b>{html.escape(reached.label)}</b> "
                             f"({format_clock(reached.t)})</p>")
            b_beat = b_beat_line(self.state)
            if b_beat:
                parts.append(f"<p><i>{html.escape(b_beat)}</i></p>")
            caption = html.escape(shown_caption(self.state))
            parts.append(f"<p style='font-size:large'>{caption}</p>")
            parts += [f"<p>{html.escape(line)}</p>" for line in side_captions(self.state)]
            parts += [f"<p>{html.escape(line)}</p>" for line in beat_evidence_lines(
                scene.id, reached.key if reached is not None else None, trajectory.scenario,
                translator())]
            if upcoming is not None:
                parts.append("<p style='color:gray'>" + html.escape(
                    self.tr("Next: {beat} at {clock} (Page Down)").format(
                        beat=upcoming.label, clock=format_clock(upcoming.t))) + "</p>")
        text = "".join(parts)
        if text != self._shown:  # rewriting the document costs more than comparing it
            self._shown = text
            self.setHtml(text)

"""The HTML player: one self-contained ``.html`` file a lecturer uploads to a course page
and a student opens in any browser, offline.

Each scene of the request gets a modest number of frames, evenly along the scene's own
time axis (as the window's playback moves) plus one at each beat and one either side of
it, so the key moments are shown in more detail. Every frame is the app's own picture
(``render_frame``), WebP-encoded and embedded as a ``data:`` URL; identical pictures are
stored once. The captions are the app's captions at each frame's time. The page itself
(markup, style, script) is written by :mod:`app.export.html_page`.
"""
from __future__ import annotations

import base64
import datetime
import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from app.export.compared import SecondRun, caption_of
from app.export.files import encoded_image
from app.export.html_page import player_page
from app.export.progress import (
    Progress,
    check_output_target,
    os_errors_as_export_errors,
)
from app.export.provenance import SOFTWARE, provenance, scenario_json
from app.export.render import render_frame, request_settings
from app.export.requests import HtmlRequest
from app.i18n import translator
from app.model import Trajectory
from app.safefile import atomic_path
from app.scenes import SCENES, SceneData, prepare_scene_data
from app.scenes.chrome import scenario_summary
from app.story.catalogue import LANGUAGE_NAMES
from app.story.timefmt import format_clock
from app.story.timeline import SceneTimeline

# Frames spread evenly along each scene, and where extra frames go around each beat (a
# fraction of the scene's axis: before, after), by how many languages the file holds: the
# file must stay small enough to upload (a seven-scene lesson at 1280x720: see the README).
EVEN_FRAMES = {1: 20, 2: 12}
NEAR_BEAT = {1: (-0.025, 0.025), 2: (-0.025,)}
# Frames closer than this along the axis are one frame.
SAME_FRAME = 0.004
WEBP_QUALITY = 75


@dataclass(frozen=True)
class PlayerFrame:
    """One frame of a scene: where it is along the scene's axis (0..1) and its time."""

    position: float
    t: float


def player_frames(timeline: SceneTimeline, languages: int) -> list[PlayerFrame]:
    """The scene's frames in time order for a file of ``languages`` languages: some evenly
    along its axis, each beat exactly, and one or two close around each beat."""
    even = EVEN_FRAMES[min(2, languages)]
    wanted = [PlayerFrame(i / (even - 1), timeline.time_at(i / (even - 1)))
              for i in range(even)]
    for beat in timeline.beats:
        here = timeline.position(beat.t)
        wanted += [PlayerFrame(p, timeline.time_at(p))
                   for p in (here + d for d in NEAR_BEAT[min(2, languages)]) if 0 <= p <= 1]
    beats = [PlayerFrame(timeline.position(beat.t), beat.t) for beat in timeline.beats]
    frames = list(beats)
    for frame in sorted(wanted, key=lambda f: f.position):
        if all(abs(frame.position - kept.position) >= SAME_FRAME for kept in frames):
            frames.append(frame)
    return sorted(frames, key=lambda f: f.position)


def html_frame_counts(request: HtmlRequest, trajectory: Trajectory) -> list[int]:
    """How many frames each scene of the request gets (the same in every language)."""
    return [len(player_frames(SceneTimeline(SCENES[s], trajectory, request.lang),
                              len(request.languages)))
            for s in request.scene_ids]


def html_steps(request: HtmlRequest, trajectory: Trajectory) -> int:
    """Progress steps of an HTML export: one per picture drawn."""
    return sum(html_frame_counts(request, trajectory)) * len(request.languages)


def export_html(request: HtmlRequest, trajectory: Trajectory, progress: Progress,
                second: SecondRun | None = None) -> list[Path]:
    """Draw every frame, build the page and write it to ``request.out`` (atomically); with
    ``second`` (scenario B's run, compare mode) the pictures and captions compare."""
    check_output_target(request.out)
    progress.check()
    data = prepare_scene_data(trajectory, request.scene_ids)
    images = _ImageStore()
    scenes = [_scene_entry(request, trajectory, data, scene_id, images, progress, second)
              for scene_id in request.scene_ids]
    text = {lang: _page_text(request, trajectory, lang, len(images.urls))
            for lang in request.languages}
    player = {"languages": list(request.languages), "scenes": scenes, "images": images.urls,
              "text": text}
    fields = provenance(trajectory, request.scene_ids, "frames along each scene and its beats",
                        second)
    page = player_page(player, fields, request.lang, request.theme)
    progress.check()
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        temporary.write_text(page, encoding="utf-8")
    return [request.out]


def _scene_entry(request: HtmlRequest, trajectory: Trajectory, data: SceneData, scene_id: str,
                 images: _ImageStore, progress: Progress, second: SecondRun | None) -> dict:
    scene = SCENES[scene_id]
    first = SceneTimeline(scene, trajectory, request.lang)
    frames = player_frames(first, len(request.languages))
    entry = {"id": scene_id, "number": request.number_of(scene_id),
             "frames": [round(frame.position, 5) for frame in frames],
             "hours": [frame.t for frame in frames], "text": {}}
    for lang in request.languages:
        timeline = SceneTimeline(scene, trajectory, lang)
        entry["text"][lang] = _scene_text(scene, timeline, frames, lang, second)
        settings = request_settings(request).changed(lang=lang)
        pictures = []
        for frame in frames:
            progress.check()
            image = render_frame(scene_id, trajectory, frame.t, settings=settings, data=data,
                                 second=second)
            pictures.append(images.add(image))
            progress.advance()
        entry["text"][lang]["images"] = pictures
    entry["beats"] = [_frame_at(frames, beat.t) for beat in first.beats]
    return entry


def _scene_text(scene, timeline: SceneTimeline, frames: list[PlayerFrame], lang: str,
                second: SecondRun | None) -> dict:
    """What the page says about ``scene`` in ``lang``: its title, each frame's clock and
    caption (a caption shared by several frames is stored once), the beats' labels."""
    tr = translator(lang)
    captions: list[str] = []
    caption_index = []
    for frame in frames:
        caption = caption_of(scene.id, timeline.trajectory, frame.t, lang, second)
        if caption not in captions:
            captions.append(caption)
        caption_index.append(captions.index(caption))
    return {"title": tr(scene.title), "clocks": [format_clock(f.t, tr) for f in frames],
            "captions": captions, "caption_of": caption_index,
            "beats": [beat.label for beat in timeline.beats]}


def _page_text(request: HtmlRequest, trajectory: Trajectory, lang: str, pictures: int) -> dict:
    """The page's own words in ``lang``: title, buttons, keys, where the file came from."""
    tr = translator(lang)
    made = datetime.date.today().isoformat()
    width, height = request.size
    return {
        "title": request.title or tr("Ketamine Cascade"),
        "language_name": LANGUAGE_NAMES[lang],
        "play": tr("Play"), "pause": tr("Pause"),
        "previous_beat": tr("Previous beat"), "next_beat": tr("Next beat"),
        "timeline": tr("Time along the scene"), "scenes": tr("Scenes"),
        "switch_language": tr("Show the page in another language"),
        "beat_none": tr("Before the first beat"),
        "alt": tr("{scene} at {clock}: {caption}"),
        "keys": tr("Keys: Space play or pause; Left and Right step; PageUp and PageDown "
                   "(or Up and Down) the previous or next beat, then scene; Home and End "
                   "the start and end; a number key, that scene."),
        "about": tr("About this file"),
        "provenance": [
            tr("Scenario: {summary}").format(summary=scenario_summary(trajectory.scenario, tr)),
            tr("Pictures: {count} frames at {width}x{height} drawn by {software} on {date}; "
               "captions as the app shows them at each frame's time.").format(
                count=pictures, width=width, height=height,
                software=SOFTWARE, date=made),
            tr("The scenario as JSON: saved as a .json file and opened with File > Open "
               "scenario…, it makes these pictures again."),
        ],
        "scenario_json": scenario_json(trajectory),
    }


def _frame_at(frames: list[PlayerFrame], t: float) -> int:
    """The index of the frame drawn at ``t`` (a beat's own frame)."""
    return min(range(len(frames)), key=lambda i: abs(frames[i].t - t))


class _ImageStore:
    """The file's pictures as ``data:`` URLs, each distinct picture stored once."""

    def __init__(self):
        self.urls: list[str] = []
        self._index: dict[bytes, int] = {}

    def add(self, image: QImage) -> int:
        """Store ``image`` (WebP, opaque) if it is new; its index in :attr:`urls`."""
        opaque = image.convertToFormat(QImage.Format.Format_RGB32)
        encoded = encoded_image(opaque, "WEBP", WEBP_QUALITY)
        digest = hashlib.sha256(encoded).digest()
        if digest not in self._index:
            self._index[digest] = len(self.urls)
            self.urls.append("data:image/webp;base64," + base64.b64encode(encoded).decode())
        return self._index[digest]

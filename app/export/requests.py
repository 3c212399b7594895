"""What to export, as frozen requests checked on construction.

A request that cannot be met raises :class:`ExportError` naming what was wrong and what
is valid, before any work starts. Times are hours since the first dose; whether they fall
inside the scene's window depends on the simulated trajectory, so that is checked by
``check_times(trajectory)`` (``app.export.run`` calls it first).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import Clock
from app.excerpt import excerpt
from app.export.render import ExportError, scene_named
from app.export.request_checks import (
    check_choice,
    check_comparison,
    check_look,
    check_rate,
    finite_number,
    normalise_common,
    output_path,
    pixel_size,
)
from app.model import Trajectory
from app.story.catalogue import (
    CLIP_FPS,
    CLIP_SECONDS,
    DEFAULT_LANGUAGE,
    DEFAULT_THEME,
    EXPORT_SIZE,
    LANGUAGES,
    SLIDE_THEME,
    THEME_NAMES,
)
from app.story.comparison import Comparison
from app.story.question_files import checked_questions

FRAME_FORMATS = ("png", "svg")
CLIP_FORMATS = ("png", "mp4", "gif")
PLOT_FORMATS = ("csv", "png", "svg")
MAX_CLIP_SECONDS = 600.0


@dataclass(frozen=True)
class FrameRequest:
    """One frame of ``scene_id`` at ``t`` hours as PNG (any size, optionally transparent)
    or SVG (vector, text kept as text), written to the file ``out``."""

    scene_id: str
    t: float
    out: Path
    fmt: str = "png"
    size: tuple[int, int] = EXPORT_SIZE
    transparent: bool = False
    lang: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    reduce_motion: bool = False
    evidence: bool = False
    badge: int | None = None  # the scene's step in a lesson (None: its own number)
    comparison: Comparison | None = None  # scenario B beside the run (compare mode)

    def __post_init__(self):
        normalise_common(self, FRAME_FORMATS)
        object.__setattr__(self, "t", finite_number("word.time", self.t))

    def check_times(self, trajectory: Trajectory) -> None:
        """ExportError if :attr:`t` is outside the scene's window for ``trajectory``."""
        check_in_window(self.scene_id, trajectory, self.t)


SPACINGS = ("time", "scale")


@dataclass(frozen=True)
class ClipRequest:
    """``duration_s * fps`` frames of ``scene_id`` spread evenly over ``[t_from, t_to]``: a
    PNG sequence in the folder ``out`` (``frame_000000.png`` ...), an H.264 MP4 or a
    looping GIF. ``spacing="scale"`` (the default) spaces frames evenly along the scene's
    own time axis, as playback moves, which keeps the first hour of a log-scale scene
    (days or weeks long) from flashing past; ``spacing="time"`` evenly in hours."""

    scene_id: str
    t_from: float
    t_to: float
    out: Path
    fmt: str = "mp4"
    duration_s: float = CLIP_SECONDS
    fps: int = CLIP_FPS
    size: tuple[int, int] = EXPORT_SIZE
    transparent: bool = False
    lang: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    reduce_motion: bool = False
    evidence: bool = False
    spacing: str = "scale"
    badge: int | None = None  # the scene's step in a lesson (None: its own number)
    comparison: Comparison | None = None  # scenario B beside the run (compare mode)

    def __post_init__(self):
        normalise_common(self, CLIP_FORMATS)
        if self.spacing not in SPACINGS:
            raise ExportError("export.unknown_spacing", value=excerpt(self.spacing),
                              allowed=", ".join(SPACINGS))
        object.__setattr__(self, "t_from", finite_number("word.start_time", self.t_from))
        object.__setattr__(self, "t_to", finite_number("word.end_time", self.t_to))
        if not self.t_to > self.t_from:
            raise ExportError("export.clip_backwards", start=Clock(self.t_from),
                              end=Clock(self.t_to))
        check_rate(self.fmt, self.fps)
        duration = finite_number("word.duration", self.duration_s)
        if not 0 < duration <= MAX_CLIP_SECONDS:
            raise ExportError("export.duration_out_of_range", duration=f"{duration:g}",
                              limit=f"{MAX_CLIP_SECONDS:g}")
        object.__setattr__(self, "duration_s", duration)
        if self.transparent and self.fmt != "png":
            raise ExportError("export.transparent_clip", format=self.fmt)
        if self.fmt == "mp4" and (self.size[0] % 2 or self.size[1] % 2):
            raise ExportError("export.odd_mp4", size=f"{self.size[0]}x{self.size[1]}",
                              even=f"{self.size[0] // 2 * 2}x{self.size[1] // 2 * 2}")

    @property
    def frame_count(self) -> int:
        """How many frames the clip has: ``duration_s * fps``, at least one."""
        return max(1, round(self.duration_s * self.fps))

    def check_times(self, trajectory: Trajectory) -> None:
        """ExportError if either end is outside the scene's window for ``trajectory``."""
        check_in_window(self.scene_id, trajectory, self.t_from)
        check_in_window(self.scene_id, trajectory, self.t_to)


@dataclass(frozen=True)
class DeckRequest:
    """A 16:9 PowerPoint deck at ``out``: a title slide, then one slide per chosen beat of
    each scene in ``scene_ids`` (frame full-bleed, caption in the speaker notes); with
    ``embed_clips`` a short movie of each scene on its first slide.

    ``beats`` chooses the slides: items ``SCENE`` (every beat of it) or ``SCENE:BEAT`` (a
    beat key, as ``--beats`` takes them); empty, every beat of every scene. ``title`` is
    the lesson's title for the title slide ("": the app's name); ``lesson_scenes`` the
    lesson's scenes in its order, whose badges then show their step in it (empty: each
    scene its own number); a deck's scenes must then be the lesson's."""

    scene_ids: tuple[str, ...]
    out: Path
    size: tuple[int, int] = EXPORT_SIZE
    lang: str = DEFAULT_LANGUAGE
    theme: str = DEFAULT_THEME
    reduce_motion: bool = False
    evidence: bool = False
    embed_clips: bool = False
    beats: tuple[str, ...] = ()
    title: str = ""
    lesson_scenes: tuple[str, ...] = ()
    comparison: Comparison | None = None  # scenario B beside the run (compare mode)
    questions: tuple = ()

    def __post_init__(self):
        ids = (self.scene_ids,) if isinstance(self.scene_ids, str) else tuple(self.scene_ids)
        if not ids:
            raise ExportError("export.empty_deck")
        check_comparison(self.comparison)
        object.__setattr__(self, "questions", checked_questions(self.questions))
        for scene_id in ids:
            scene_named(scene_id)
        object.__setattr__(self, "scene_ids", ids)
        object.__setattr__(self, "out", output_path(self.out))
        object.__setattr__(self, "size", pixel_size(self.size))
        check_look(self.lang, self.theme)
        object.__setattr__(self, "beats", _beat_choices(self.beats, ids))
        object.__setattr__(self, "title", str(self.title).strip())
        lesson = tuple(self.lesson_scenes)
        outside = [scene_id for scene_id in ids if lesson and scene_id not in lesson]
        if outside:
            raise ExportError("export.scene_outside_lesson", scene=outside[0],
                              scenes=", ".join(lesson))
        object.__setattr__(self, "lesson_scenes", lesson)

    def badge_of(self, scene_id: str) -> int | None:
        """The number on ``scene_id``'s badge: its step in the lesson, or None (its own)."""
        return self.lesson_scenes.index(scene_id) + 1 if self.lesson_scenes else None

    def chosen(self, scene_id: str, beats) -> list:
        """Which of ``scene_id``'s ``beats`` get a slide (every one without a choice)."""
        if not self.beats or scene_id in self.beats:
            return list(beats)
        return [beat for beat in beats if f"{scene_id}:{beat.key}" in self.beats]

    def check_times(self, trajectory: Trajectory) -> None:
        """ExportError if a chosen beat is not one of its scene's for ``trajectory`` (beats
        are found in the run, so a scenario may lack one), or no slide would be left."""
        from app.scenes import SCENES
        from app.story.timeline import SceneTimeline
        slides = 0
        for scene_id in self.scene_ids:
            beats = SceneTimeline(SCENES[scene_id], trajectory, self.lang).beats
            keys = [beat.key for beat in beats]
            for choice in self.beats:
                scene, _, key = choice.partition(":")
                if scene == scene_id and key and key not in keys:
                    raise ExportError("export.unknown_beat", scene=scene_id, beat=excerpt(key),
                                      beats=", ".join(keys) or "-")
            slides += len(self.chosen(scene_id, beats))
        if not slides:
            raise ExportError("export.deck_no_beats")


def _beat_choices(choices, scene_ids: tuple[str, ...]) -> tuple[str, ...]:
    """``choices`` (items or one comma-separated text) checked: each ``SCENE`` or
    ``SCENE:BEAT`` with a scene of the deck; ExportError naming the first that is not."""
    items = choices.split(",") if isinstance(choices, str) else list(choices)
    checked = []
    for item in items:
        text = str(item).strip()
        scene, _, key = text.partition(":")
        if not text or not scene or (":" in text and not _BEAT_KEY.fullmatch(key)):
            raise ExportError("export.bad_beat", value=excerpt(text))
        scene_named(scene)
        if scene not in scene_ids:
            raise ExportError("export.beat_outside_deck", beat=excerpt(text), scene=scene,
                              scenes=", ".join(scene_ids))
        checked.append(text)
    return tuple(dict.fromkeys(checked))


_BEAT_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


#: An HTML player's pictures: big enough for a projector, small enough to upload.
HTML_SIZE = (1280, 720)
MAX_HTML_SIDE = 1920


@dataclass(frozen=True)
class HtmlRequest:
    """A self-contained HTML player at ``out``: frames of each scene in ``scene_ids`` with
    a timeline, play/pause, the beats and their captions, in each of ``languages`` (the
    first shown on opening; two give a switch). ``title`` is a lesson's title ("": the
    app's name); ``lesson_scenes`` the lesson's scenes in its order, whose numbers are then
    their steps in it (empty: each scene its own number)."""

    scene_ids: tuple[str, ...]
    out: Path
    size: tuple[int, int] = HTML_SIZE
    languages: tuple[str, ...] = (DEFAULT_LANGUAGE,)
    theme: str = DEFAULT_THEME
    reduce_motion: bool = False
    evidence: bool = False
    title: str = ""
    lesson_scenes: tuple[str, ...] = ()
    comparison: Comparison | None = None  # scenario B beside the run (compare mode)

    def __post_init__(self):
        ids = (self.scene_ids,) if isinstance(self.scene_ids, str) else tuple(self.scene_ids)
        if not ids:
            raise ExportError("export.html_no_scenes")
        check_comparison(self.comparison)
        for scene_id in ids:
            scene_named(scene_id)
        object.__setattr__(self, "scene_ids", tuple(dict.fromkeys(ids)))
        object.__setattr__(self, "out", output_path(self.out))
        size = pixel_size(self.size)
        if max(size) > MAX_HTML_SIDE:
            raise ExportError("export.html_too_large", size=f"{size[0]}x{size[1]}",
                              limit=MAX_HTML_SIDE)
        object.__setattr__(self, "size", size)
        languages = (self.languages,) if isinstance(self.languages, str) else self.languages
        languages = tuple(dict.fromkeys(languages))
        if not languages:
            raise ExportError("export.unknown_language", value="", allowed=", ".join(LANGUAGES))
        for lang in languages:
            check_look(lang, self.theme)
        object.__setattr__(self, "languages", languages)
        object.__setattr__(self, "title", str(self.title).strip())
        object.__setattr__(self, "lesson_scenes", tuple(self.lesson_scenes))

    @property
    def lang(self) -> str:
        """The language the page opens in (and the pictures' first language)."""
        return self.languages[0]

    def number_of(self, scene_id: str) -> int:
        """The number the page shows for ``scene_id``: its step in the lesson, else its own."""
        if scene_id in self.lesson_scenes:
            return self.lesson_scenes.index(scene_id) + 1
        return scene_named(scene_id).number

    def check_times(self, trajectory: Trajectory) -> None:
        """Nothing to check: the player takes each scene's window and beats in the run."""


@dataclass(frozen=True)
class PlotDataRequest:
    """The scene's plot series over its window: a CSV table (``t_h`` then one column per
    series; with a ``comparison``, A's led by ``a_`` then B's led by ``b_``) or the plots as
    a PNG or SVG picture (``theme`` colours the picture; B's series after A's)."""

    scene_id: str
    out: Path
    fmt: str = "csv"
    theme: str = SLIDE_THEME
    comparison: Comparison | None = None  # scenario B's series too (compare mode)

    def __post_init__(self):
        scene_named(self.scene_id)
        check_comparison(self.comparison)
        object.__setattr__(self, "out", output_path(self.out))
        check_choice("export.unknown_format", self.fmt, PLOT_FORMATS)
        check_choice("export.unknown_theme", self.theme, THEME_NAMES)

    def check_times(self, trajectory: Trajectory) -> None:
        """Nothing to check: plot data covers the scene's whole window."""


def check_in_window(scene_id: str, trajectory: Trajectory, t: float) -> None:
    """ExportError unless ``t`` lies in the scene's window clipped to the trajectory."""
    t0, t1 = scene_named(scene_id).window_for(trajectory)
    if not t0 - 1e-9 <= t <= t1 + 1e-9:
        raise ExportError("time.outside_scene", clock=Clock(t), scene=excerpt(scene_id),
                          start=Clock(t0), end=Clock(t1))

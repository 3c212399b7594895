"""A clip's captions as subtitles: SRT and WebVTT files beside an MP4, and the same cues as
a ``mov_text`` track inside it (muxed by the ffmpeg that imageio-ffmpeg ships).

A cue starts at the first frame that shows a beat (frame ``n`` is on screen from ``n /
fps`` seconds) and lasts until the next beat's first frame or the clip's end; before the
clip's first beat, the first cue shows the caption at the clip's start. A cue's text is
the beat's label over the scene's caption at that moment, in the export's language.
"""
from __future__ import annotations

import os
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

from app.errors import Message
from app.export.compared import SecondRun, caption_of
from app.export.render import ExportError
from app.model import Trajectory
from app.scenes import SCENES
from app.story.timeline import AT_BEAT_H, SceneTimeline

#: ISO 639-2 codes of the export languages, as MP4 tracks name their language
TRACK_LANGUAGES = {"en": "eng", "zh_CN": "chi"}
MUX_TIMEOUT_S = 120


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from ``start`` to ``end`` seconds into the clip."""

    start: float
    end: float
    text: str


def clip_cues(scene_id: str, trajectory: Trajectory, times: list[float], fps: int,
              lang: str, second: SecondRun | None = None) -> list[Cue]:
    """The cues of a clip whose frame ``n`` shows ``times[n]`` hours, at ``fps`` (with
    ``second``, scenario B's run, the comparison's captions)."""
    timeline = SceneTimeline(SCENES[scene_id], trajectory, lang)
    starts = _cue_starts(timeline, times)
    ends = [frame for frame, _, _ in starts[1:]] + [len(times)]
    return [Cue(frame / fps, end / fps, _cue_text(scene_id, trajectory, t, label, lang, second))
            for (frame, t, label), end in zip(starts, ends)]


def _cue_starts(timeline: SceneTimeline, times: list[float]) -> list[tuple[int, float, str]]:
    """(first frame, time, beat label) of each cue: the clip's start, then every beat that
    a later frame reaches (beats reached by the same frame: the last one)."""
    first = timeline.beat_at(times[0])
    starts = [(0, times[0], first.label if first is not None else "")]
    for beat in timeline.beats:
        if not times[0] + AT_BEAT_H < beat.t <= times[-1] + AT_BEAT_H:
            continue
        frame = next(n for n, t in enumerate(times) if t >= beat.t - AT_BEAT_H)
        if frame == starts[-1][0]:
            starts[-1] = (frame, beat.t, beat.label)
        else:
            starts.append((frame, beat.t, beat.label))
    return starts


def _cue_text(scene_id: str, trajectory: Trajectory, t: float, label: str, lang: str,
              second: SecondRun | None) -> str:
    caption = caption_of(scene_id, trajectory, t, lang, second)
    return f"{label}\n{caption}" if label else caption


def srt_text(cues: list[Cue]) -> str:
    """The cues as a SubRip (.srt) file."""
    blocks = [f"{number}\n{_stamp(cue.start, ',')} --> {_stamp(cue.end, ',')}\n{cue.text}\n"
              for number, cue in enumerate(cues, start=1)]
    return "\n".join(blocks)


def vtt_text(cues: list[Cue]) -> str:
    """The cues as a WebVTT (.vtt) file (``&``, ``<`` and ``>`` escaped, as cue text needs)."""
    blocks = [f"{_stamp(cue.start, '.')} --> {_stamp(cue.end, '.')}\n{_vtt_escaped(cue.text)}\n"
              for cue in cues]
    return "WEBVTT\n\n" + "\n".join(blocks)


def takes_subtitles(video: Path) -> bool:
    """Whether a clip at ``video`` gets subtitles: not when it streams into a device or a
    FIFO, which has no folder to put files beside and cannot be read back to mux."""
    try:
        return stat.S_ISREG(os.stat(video).st_mode)
    except FileNotFoundError:
        return True


def subtitle_paths(video: Path) -> tuple[Path, Path]:
    """Where a clip's SRT and WebVTT files go: beside it, same name."""
    return video.with_suffix(".srt"), video.with_suffix(".vtt")


def add_subtitle_track(video: Path, srt: Path, lang: str, shown: Path) -> None:
    """Mux ``srt`` into the MP4 at ``video`` as a ``mov_text`` track in ``lang`` (the video is
    copied, not encoded again). Raises ExportError naming ``shown`` if ffmpeg fails."""
    muxed = video.with_name(video.name + "-subtitled")
    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error",
               "-i", str(video), "-i", str(srt), "-map", "0:v", "-map", "1:0",
               "-c:v", "copy", "-c:s", "mov_text", "-map_metadata", "0",
               "-metadata:s:s:0", f"language={TRACK_LANGUAGES.get(lang, 'und')}",
               "-movflags", "+faststart", "-f", "mp4", str(muxed)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=MUX_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise _mux_failure(shown)
        os.replace(muxed, video)
    except subprocess.TimeoutExpired:
        raise _mux_failure(shown) from None
    finally:
        muxed.unlink(missing_ok=True)


def _mux_failure(shown: Path) -> ExportError:
    return ExportError("file.cannot_write", path=repr(str(shown)),
                       reason=Message("export.encoder_stopped"))


def _stamp(seconds: float, decimal: str) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}{decimal}{rest % 1000:03d}"


def _vtt_escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

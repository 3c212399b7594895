"""Clips: ``duration x fps`` frames of one scene as a PNG sequence, an MP4 or a GIF.

Frame ``n`` is ``render_frame(scene, t(n))``; by default the times are spread evenly along
the scene's time scale between the two ends (as playback moves, so a log-scale scene
spends as long on its first hour as on its last week), or evenly in hours on request.
Everything is rendered in the calling thread. A failed or cancelled clip leaves nothing
behind: a PNG sequence removes its frames (and its folder if it made it); MP4 and GIF are
renamed into place only when done. A PNG sequence marks its folder while it runs (a
temporary named for this process), so the frames of an export that was killed are
recognised, and removed, by the next one.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtGui import QImage

from app.export.compared import SecondRun
from app.export.files import PNG_FAST, save_image
from app.export.frames import png_ready
from app.export.gif import GifWriter, delays_ms, global_palette, quantise
from app.export.progress import (
    Progress,
    check_output_folder,
    check_output_target,
    os_errors_as_export_errors,
)
from app.export.provenance import (
    alt_text,
    as_text,
    describe_span,
    describe_time,
    provenance,
    stamp_image,
)
from app.export.render import ExportError, render_frame, request_settings
from app.export.requests import ClipRequest
from app.export.subtitles import (
    add_subtitle_track,
    clip_cues,
    srt_text,
    subtitle_paths,
    takes_subtitles,
    vtt_text,
)
from app.export.video import encode_mp4
from app.model import Trajectory
from app.safefile import atomic_path, remove_stale_temporaries, temporary_prefix
from app.scenes import SCENES, prepare_scene_data
from app.story.timeline import SceneTimeline

PNG_SAVE_THREADS = 2
MAX_FRAMES_IN_FLIGHT = 4  # rendered frames waiting for a save thread (8 MB each at 1080p)


def clip_times(request: ClipRequest, trajectory: Trajectory) -> list[float]:
    """The time in hours of every frame of the clip (both ends included), from the scene's
    timeline: along its own scale by default, as playback moves."""
    timeline = SceneTimeline(SCENES[request.scene_id], trajectory)
    return timeline.frame_times(request.frame_count, request.spacing, request.t_from,
                                request.t_to)


def clip_frames(request: ClipRequest, trajectory: Trajectory, times: list[float],
                second: SecondRun | None = None) -> Iterator[QImage]:
    """The clip's frames, rendered one at a time as they are asked for (with ``second``,
    scenario B's run, the comparison)."""
    settings = request_settings(request)
    data = prepare_scene_data(trajectory, [request.scene_id])  # once, not per frame
    second = second.for_scene(request.scene_id) if second is not None else None
    for t in times:
        yield render_frame(request.scene_id, trajectory, t, settings=settings, data=data,
                           second=second)


def export_clip(request: ClipRequest, trajectory: Trajectory, progress: Progress,
                second: SecondRun | None = None) -> list[Path]:
    """Write the clip (with ``second``, scenario B's run, the comparison); returns the files
    written (every frame of a PNG sequence)."""
    times = clip_times(request, trajectory)
    if request.fmt == "png":
        return _png_sequence(request, trajectory, times, progress, second)
    check_output_target(request.out)
    fields = provenance(trajectory, request.scene_id,
                        describe_span(request.t_from, request.t_to, len(times), request.fps),
                        second)
    comment = "; ".join(f"{k}: {v}" for k, v in fields.items())
    if request.fmt == "mp4" and takes_subtitles(request.out):
        return _mp4(request, trajectory, times, comment, progress, second)
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        if request.fmt == "mp4":  # into a device or a FIFO: the video alone
            encode_mp4(temporary, clip_frames(request, trajectory, times, second), request.size,
                       request.fps, comment, progress, request.out)
        else:
            _gif(temporary, request, trajectory, times, as_text(fields), progress, second)
    return [request.out]


def _mp4(request: ClipRequest, trajectory: Trajectory, times: list[float], comment: str,
         progress: Progress, second: SecondRun | None) -> list[Path]:
    """The MP4 with its captions as a subtitle track, and as SRT and WebVTT files beside it
    (all three renamed into place together, when the video is done)."""
    cues = clip_cues(request.scene_id, trajectory, times, request.fps, request.lang, second)
    srt, vtt = subtitle_paths(request.out)
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as video, \
            atomic_path(srt) as srt_temporary, atomic_path(vtt) as vtt_temporary:
        srt_temporary.write_text(srt_text(cues), encoding="utf-8")
        vtt_temporary.write_text(vtt_text(cues), encoding="utf-8")
        encode_mp4(video, clip_frames(request, trajectory, times, second), request.size,
                   request.fps, comment, progress, request.out)
        add_subtitle_track(video, srt_temporary, request.lang, request.out)
    return [request.out, srt, vtt]


def _gif(path: Path, request: ClipRequest, trajectory: Trajectory, times: list[float],
         comment: str, progress: Progress, second: SecondRun | None) -> None:
    progress.check()
    palette = global_palette(request, trajectory, times, second)
    with open(path, "wb") as stream:
        writer = GifWriter(stream, palette, delays_ms(len(times), request.fps), comment)
        for image in clip_frames(request, trajectory, times, second):
            progress.check()
            writer.add(quantise(image, palette))
            progress.advance()
        writer.close()


# --- PNG sequence -------------------------------------------------------------------------
def frame_path(folder: Path, index: int) -> Path:
    """Where frame ``index`` of a PNG sequence goes: ``folder/frame_000000.png``."""
    return folder / f"frame_{index:06d}.png"


def _png_sequence(request: ClipRequest, trajectory: Trajectory, times: list[float],
                  progress: Progress, second: SecondRun | None) -> list[Path]:
    """Render here, save in two threads (QImage.save releases the GIL), zlib level 1."""
    folder = request.out
    created = _prepare_folder(folder)
    marker = folder / f"{temporary_prefix()}{_IN_PROGRESS}"
    submitted: list[Path] = [marker]
    in_flight: deque = deque()
    pool = ThreadPoolExecutor(PNG_SAVE_THREADS, thread_name_prefix="png-save")
    try:
        with os_errors_as_export_errors(marker):
            marker.touch()
        progress.check()
        for index, image in enumerate(clip_frames(request, trajectory, times, second)):
            path = frame_path(folder, index)
            fields = provenance(trajectory, request.scene_id,
                                f"{describe_time(times[index])}, frame {index + 1} of "
                                f"{len(times)} at {request.fps} frames/s", second)
            image = stamp_image(png_ready(image, request.transparent), fields,
                                alt_text(request.scene_id, trajectory, times[index],
                                         request.lang, second))
            submitted.append(path)
            in_flight.append(pool.submit(save_image, image, path, "PNG", PNG_FAST))
            while len(in_flight) >= MAX_FRAMES_IN_FLIGHT:
                _finish_one(in_flight, progress)
            progress.check()
        while in_flight:
            _finish_one(in_flight, progress)
        pool.shutdown()
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        _remove(submitted, folder if created else None)
        raise
    marker.unlink(missing_ok=True)
    return submitted[1:]


def _finish_one(in_flight: deque, progress: Progress) -> None:
    in_flight.popleft().result()
    progress.advance()


def _prepare_folder(folder: Path) -> bool:
    """Make sure ``folder`` can take the frames; True if it was created here."""
    if folder.exists():
        if not folder.is_dir():
            raise ExportError("export.clip_needs_folder", path=repr(str(folder)))
        check_output_folder(folder)
        _remove_frames_of_killed_exports(folder)
        if any(folder.glob("frame_*.png")):
            raise ExportError("export.frames_exist", path=repr(str(folder)))
        return False
    check_output_folder(folder.parent)
    with os_errors_as_export_errors(folder):
        folder.mkdir()
    return True


_IN_PROGRESS = "frames-in-progress"


def _remove_frames_of_killed_exports(folder: Path) -> None:
    """A marker left by a process that died means the frames are that export's partial
    work: an export only starts in a folder without frames, and removes its marker when
    done. They go, so a retry into the folder succeeds."""
    stale = remove_stale_temporaries(folder)
    if any(path.name.endswith(_IN_PROGRESS) for path in stale):
        _remove(list(folder.glob("frame_*.png")), None)


def _remove(paths: list[Path], folder: Path | None) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    if folder is not None:
        try:
            folder.rmdir()
        except OSError:
            pass

"""Subtitles and alt text: a clip's captions as SRT, WebVTT and an MP4 subtitle track,
timed to the beats its frames show; every exported picture described for screen readers
in the export's language (PNG "Description" chunk, SVG <desc>, PPTX picture descr)."""
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import imageio_ffmpeg
import pysubs2
import pytest
import webvtt
from pptx import Presentation
from PySide6.QtGui import QImage

from app.export.clips import clip_times
from app.export.export import run
from app.export.requests import ClipRequest, DeckRequest, FrameRequest
from app.export.subtitles import takes_subtitles
from app.scenes import SCENES
from app.scenes.base import caption_text
from app.story.timeline import SceneTimeline

FPS = 10


def _clip(tmp_path, trajectory, lang="en", name="clip.mp4"):
    request = ClipRequest("glutamate-burst", 0.0, 3.0, tmp_path / name, duration_s=3.0,
                          fps=FPS, size=(160, 90), lang=lang)
    run(request, trajectory)
    return request


def _beats_in_clip(request, trajectory):
    """(first frame showing it, beat) for every beat after the clip's first frame."""
    times = clip_times(request, trajectory)
    timeline = SceneTimeline(SCENES[request.scene_id], trajectory, request.lang)
    return [(next(n for n, t in enumerate(times) if t >= beat.t - 1e-6), beat)
            for beat in timeline.beats if times[0] < beat.t <= times[-1]]


def test_srt_cues_start_at_the_frames_that_show_each_beat(tmp_path, trajectory):
    request = _clip(tmp_path, trajectory)
    cues = pysubs2.load(str(tmp_path / "clip.srt"), encoding="utf-8")
    beats = _beats_in_clip(request, trajectory)
    assert len(beats) >= 2  # rising, peak, subsides: the clip has something to time
    assert cues[0].start == 0 and cues[-1].end == 3000
    for (frame, beat), cue in zip(beats, list(cues)[1:], strict=True):
        assert cue.start == frame * 1000 // FPS
        assert cue.plaintext.splitlines()[0] == beat.label
        scene = SCENES[request.scene_id]
        assert cue.plaintext.splitlines()[1] == caption_text(scene, trajectory, beat.t, "en")
    assert all(a.end == b.start for a, b in zip(cues, list(cues)[1:]))


def test_webvtt_says_the_same_as_the_srt(tmp_path, trajectory):
    _clip(tmp_path, trajectory)
    srt = pysubs2.load(str(tmp_path / "clip.srt"), encoding="utf-8")
    vtt = webvtt.read(str(tmp_path / "clip.vtt"))
    assert [(_ms(c.start), _ms(c.end), c.text) for c in vtt] == \
        [(c.start, c.end, c.plaintext) for c in srt]
    assert any("x baseline" in c.text for c in vtt)  # the caption's numbers


def _ms(stamp: str) -> int:
    hours, minutes, seconds = stamp.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


def test_mp4_carries_the_subtitles_as_a_track_in_its_language(tmp_path, trajectory):
    _clip(tmp_path, trajectory, "zh_CN")
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    info = subprocess.run([ffmpeg, "-hide_banner", "-i", str(tmp_path / "clip.mp4")],
                          capture_output=True, text=True).stderr
    assert re.search(r"Stream #0:1\S*\(chi\): Subtitle: mov_text", info), info
    extracted = tmp_path / "extracted.srt"
    subprocess.run([ffmpeg, "-loglevel", "error", "-i", str(tmp_path / "clip.mp4"),
                    "-map", "0:s:0", str(extracted)], check=True)
    inside = pysubs2.load(str(extracted), encoding="utf-8")
    beside = pysubs2.load(str(tmp_path / "clip.srt"), encoding="utf-8")
    assert [c.plaintext for c in inside] == [c.plaintext for c in beside]
    assert "谷氨酸" in beside[-1].plaintext  # the export's language


def test_a_failed_clip_leaves_no_subtitles(tmp_path, trajectory):
    request = ClipRequest("glutamate-burst", 0.0, 3.0, tmp_path / "clip.mp4",
                          duration_s=1.0, fps=FPS, size=(160, 90))
    with pytest.raises(Exception, match="cancel"):
        run(request, trajectory, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_only_a_clip_into_a_regular_file_gets_subtitles_beside_it(tmp_path):
    fifo, existing = tmp_path / "pipe", tmp_path / "old.mp4"
    os.mkfifo(fifo)
    existing.write_bytes(b"old")
    assert takes_subtitles(tmp_path / "new.mp4") and takes_subtitles(existing)
    assert not takes_subtitles(fifo) and not takes_subtitles(Path(os.devnull))


@pytest.mark.parametrize("lang, words", [("en", "glutamate"), ("zh_CN", "谷氨酸")])
def test_png_and_svg_frames_carry_alt_text_in_their_language(tmp_path, trajectory, lang,
                                                             words):
    png, svg = tmp_path / "f.png", tmp_path / "f.svg"
    caption = caption_text(SCENES["glutamate-burst"], trajectory, 1.0, lang)
    run(FrameRequest("glutamate-burst", 1.0, png, size=(320, 180), lang=lang), trajectory)
    run(FrameRequest("glutamate-burst", 1.0, svg, "svg", size=(320, 180), lang=lang),
        trajectory)
    description = QImage(str(png)).text("Description")
    assert caption in description and words in description
    desc = ET.parse(svg).getroot().find("{http://www.w3.org/2000/svg}desc").text
    assert desc.startswith(description)  # what it shows, then where it came from
    assert "Scenario:" in desc


def test_deck_pictures_have_alt_text_from_their_captions(tmp_path, trajectory):
    out = tmp_path / "deck.pptx"
    run(DeckRequest(["glutamate-burst"], out, size=(320, 180), lang="zh_CN"), trajectory)
    slides = list(Presentation(str(out)).slides)
    pictures = [shape for slide in slides for shape in slide.shapes
                if shape.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) >= len(slides)  # thumbnails on the title slide, a frame per beat
    for slide in slides[1:]:
        notes = slide.notes_slide.notes_text_frame.text
        descr = [s._element.nvPicPr.cNvPr.get("descr") for s in slide.shapes
                 if s.shape_type == 13][0]
        assert descr.split(" · ")[-1] == notes.split("\n\n")[0]  # the slide's caption
        assert "谷氨酸" in descr

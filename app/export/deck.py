"""PowerPoint decks for lecturers: a title slide, then one slide per chosen beat of each
scene (every beat unless the request chooses some: ``DeckRequest.beats``).

Each beat slide shows the frame full-bleed; its title placeholder ("scene: beat") sits
behind the picture, so the slide sorter, outline and screen readers have a title while
the audience sees only the frame (whose own title bar names the scene and the time).
The caption, the beat time and where the slide came from, in words of the deck's language,
go in the speaker notes. A lesson's deck is titled with the lesson's title and its badges
count the lesson's steps. In compare mode (a request's ``comparison``) the pictures, notes
and alt text are the comparison's, each side's scenario told under its label. With
``embed_clips`` a short small
MP4 of the whole scene is embedded on the scene's first slide, in the lower right.

With ``questions`` each study question gets a slide before its beat's slide (before the
scene's first slide for a question on the scene's start or on a beat without a slide):
the prompt, the choices and the picture the question stops at; the answer, its feedback
and the explanation go in its notes and in the notes of the reveal, the beat's slide.
"""
from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Pt

from app import __version__
from app.export.clips import clip_frames, clip_times
from app.export.compared import SecondRun, caption_of, sided
from app.export.deck_questions import add_answers, question_slide, questions_before, scene_questions
from app.export.frames import png_ready
from app.export.progress import (
    Progress,
    check_output_target,
    os_errors_as_export_errors,
)
from app.export.provenance import (
    SOFTWARE,
    alt_text,
    describe_time,
    provenance,
    readable_provenance,
    stamp_image,
)
from app.export.render import render_frame
from app.export.requests import ClipRequest, DeckRequest
from app.export.slide_parts import (
    LAYOUT_TITLE,
    LAYOUT_TITLE_ONLY,
    SLIDE_H,
    SLIDE_W,
)
from app.export.slide_parts import describe_picture as _describe_picture
from app.export.slide_parts import fill_background as _fill_background
from app.export.slide_parts import place as _place
from app.export.slide_parts import png_bytes as _png_bytes
from app.export.slide_parts import slide_settings as _settings
from app.export.slide_parts import style as _style
from app.export.video import encode_mp4
from app.i18n import translator
from app.model import Trajectory
from app.safefile import atomic_path, remove_stale_temporaries, temporary_prefix
from app.scenes import SCENES, SceneData, prepare_scene_data
from app.scenes.chrome import scenario_summary
from app.scenes.theme import THEMES
from app.story.experiments import experiment_summary, shown_experiment
from app.story.timefmt import format_clock
from app.story.timeline import SceneTimeline

EMBEDDED_CLIP = {"size": (640, 360), "duration_s": 4.0, "fps": 15}
CORE_PROPERTY_LIMIT = 255


def deck_timelines(request: DeckRequest, trajectory: Trajectory) -> list[SceneTimeline]:
    """Each scene's timeline over ``trajectory``, its beats labelled in the deck's language:
    the same windows and beats the app's window shows."""
    return [SceneTimeline(SCENES[scene_id], trajectory, request.lang)
            for scene_id in request.scene_ids]


def deck_steps(request: DeckRequest, trajectory: Trajectory) -> int:
    """How many progress steps the deck takes: one per beat slide, one per clip frame."""
    slides = [len(slide_beats(request, timeline)) + len(scene_questions(request, timeline))
              for timeline in deck_timelines(request, trajectory)]
    clip = round(EMBEDDED_CLIP["duration_s"] * EMBEDDED_CLIP["fps"])
    return sum(slides) + (clip * sum(1 for n in slides if n) if request.embed_clips else 0)


def slide_beats(request: DeckRequest, timeline: SceneTimeline) -> list:
    """The beats of ``timeline``'s scene that get a slide, in time order."""
    return request.chosen(timeline.scene.id, timeline.beats)


def export_deck(request: DeckRequest, trajectory: Trajectory, progress: Progress,
                second: SecondRun | None = None) -> list[Path]:
    """Build the deck and write it to ``request.out`` (atomically); returns ``[out]``. With
    ``second`` (scenario B's run, compare mode) every picture, note and alt text is the
    comparison's; the slides are the beats of ``trajectory`` (A)."""
    check_output_target(request.out)
    progress.check()
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    data = prepare_scene_data(trajectory, request.scene_ids)
    timelines = deck_timelines(request, trajectory)
    _describe(deck, request, trajectory, second)
    _title_slide(deck, request, trajectory, data, timelines, second)
    _beat_slides(deck, request, trajectory, data, timelines, progress, second)
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        deck.save(str(temporary))
    return [request.out]


def _beat_slides(deck, request: DeckRequest, trajectory: Trajectory, data: SceneData,
                 timelines: list[SceneTimeline], progress: Progress,
                 second: SecondRun | None) -> None:
    scratch_folder = tempfile.gettempdir()
    remove_stale_temporaries(scratch_folder)  # clips of a deck export that was killed
    with tempfile.TemporaryDirectory(prefix=temporary_prefix() + "clips-",
                                     dir=scratch_folder) as scratch:
        for timeline in timelines:
            asked = questions_before(request, timeline)
            for number, beat in enumerate(slide_beats(request, timeline)):
                reveals = asked.get(number, [])
                for question in reveals:
                    progress.check()
                    question_slide(deck, request, trajectory, data, timeline, question)
                    progress.advance()
                progress.check()
                slide = _beat_slide(deck, request, trajectory, data, timeline.scene, beat,
                                    second)
                if reveals:
                    add_answers(slide, request, reveals)
                if number == 0 and request.embed_clips:
                    _embed_clip(slide, request, timeline, Path(scratch), progress, second)
                progress.advance()


def _describe(deck, request: DeckRequest, trajectory: Trajectory,
              second: SecondRun | None) -> None:
    fields = provenance(trajectory, request.scene_ids,
                        "chosen beats: " + ",".join(request.beats) if request.beats
                        else "every beat of each scene", second)
    props = deck.core_properties
    props.title = _fitting(*([request.title] if request.title else []), "Ketamine Cascade: "
                           + "; ".join(SCENES[s].title for s in request.scene_ids),
                           "Ketamine Cascade")
    props.subject = _fitting(scenario_summary(trajectory.scenario, translator(request.lang)), "")
    props.keywords = _fitting("ketamine; antidepressant; " + "; ".join(request.scene_ids),
                              "ketamine; antidepressant")
    props.version = __version__
    compared = f" Compared with: {fields['Compared with']}" if second is not None else ""
    props.comments = _fitting(f"Made with {SOFTWARE}. Scenario: {fields['Scenario']}{compared}",
                              fields["Scenario"], "Scenario: see the speaker notes")
    props.author = props.last_modified_by = SOFTWARE
    props.category = "Teaching slides"
    props.created = props.modified = datetime.datetime.now().replace(microsecond=0)
    props.revision = 1


def _title_slide(deck, request: DeckRequest, trajectory: Trajectory, data: SceneData,
                 timelines: list[SceneTimeline], second: SecondRun | None) -> None:
    """Dark (or projector-light) title slide: app name, scenario, a thumbnail of each
    scene at its middle beat, then the date and version."""
    tr = translator(request.lang)
    theme = THEMES[request.theme]
    slide = deck.slides.add_slide(deck.slide_layouts[LAYOUT_TITLE])
    _fill_background(slide, theme.background_bottom)
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    _place(title, 0.06, 0.1, 0.88, 0.17)
    _place(subtitle, 0.06, 0.28, 0.88, 0.14)
    title.text = request.title or tr("Ketamine Cascade")
    _style(title.text_frame.paragraphs, theme.ink, 54, bold=True)
    scenarios = [scenario_summary(trajectory.scenario, tr)]
    if second is not None:  # compare mode: each side's label and scenario
        scenarios = [sided(label, scenario_summary(run.scenario, tr), tr) for label, run in
                     zip(second.labels(trajectory, request.lang), (trajectory, second.trajectory))]
    subtitle.text = "\n".join(scenarios) + \
        f"\n{datetime.date.today().isoformat()}  ·  {SOFTWARE}"
    paragraphs = subtitle.text_frame.paragraphs
    _style(paragraphs[:-1], theme.ink, 26 if second is None else 20)
    _style(paragraphs[-1:], theme.muted, 16)
    _thumbnails(slide, request, trajectory, data, timelines, second)


def _thumbnails(slide, request: DeckRequest, trajectory: Trajectory, data: SceneData,
                timelines: list[SceneTimeline], second: SecondRun | None) -> None:
    shown = [(timeline, beats) for timeline in timelines
             if (beats := slide_beats(request, timeline))]
    count = len(shown)
    gap = int(SLIDE_W * 0.015)
    width = min(int(SLIDE_W * 0.28), (int(SLIDE_W * 0.88) - gap * (count - 1)) // count)
    height = width * 9 // 16
    left = (SLIDE_W - count * width - (count - 1) * gap) // 2
    top = int(SLIDE_H * 0.5) + max(0, (int(SLIDE_H * 0.42) - height) // 2)
    for timeline, beats in shown:
        image = render_frame(timeline.scene.id, trajectory, beats[len(beats) // 2].t, data=data,
                             settings=_settings(request, timeline.scene.id).changed(
                                 size=(640, 360)), second=second)
        shape = slide.shapes.add_picture(_png_bytes(image), left, top, width, height)
        _describe_picture(shape, alt_text(timeline.scene.id, trajectory,
                                          beats[len(beats) // 2].t, request.lang, second))
        left += width + gap


def _beat_slide(deck, request: DeckRequest, trajectory: Trajectory, data: SceneData, scene,
                beat, second: SecondRun | None):
    tr = translator(request.lang)
    theme = THEMES[request.theme]
    slide = deck.slides.add_slide(deck.slide_layouts[LAYOUT_TITLE_ONLY])
    _fill_background(slide, theme.background_bottom)
    slide.shapes.title.text = f"{tr(scene.title)}: {beat.label}"
    fields = provenance(trajectory, scene.id, describe_time(beat.t), second)
    image = render_frame(scene.id, trajectory, beat.t, settings=_settings(request, scene.id),
                         data=data, second=second)
    description = alt_text(scene.id, trajectory, beat.t, request.lang, second)
    picture = _png_bytes(stamp_image(png_ready(image, False), fields, description))
    left, top, width, height = _fit(request.size)
    shape = slide.shapes.add_picture(picture, left, top, width, height)  # over the title
    _describe_picture(shape, description)
    slide.notes_slide.notes_text_frame.text = "\n\n".join([
        caption_of(scene.id, trajectory, beat.t, request.lang, second),
        f"{beat.label}: " + tr("{clock} after the dose starts").format(
            clock=format_clock(beat.t, tr)),
        *_experiment_notes(request, trajectory, tr),
        *_provenance_notes(trajectory, scene.id, beat.t, request.lang, second)])
    return slide


def _experiment_notes(request: DeckRequest, trajectory: Trajectory, tr) -> list[str]:
    """The experiment preset the deck compares, if any: what the paper found and whether
    the model reproduces it."""
    experiment = shown_experiment(trajectory.scenario, request.comparison)
    if experiment is None:
        return []
    return ["\n".join([tr(experiment.title), *experiment_summary(experiment, tr)])]


def _provenance_notes(trajectory: Trajectory, scene_id: str, t: float, lang: str,
                      second: SecondRun | None) -> list[str]:
    """Where the slide came from, in words: the scenario's, or each side's under its label."""
    tr = translator(lang)
    if second is None:
        return ["\n".join(readable_provenance(trajectory, scene_id, t, tr))]
    labels = second.labels(trajectory, lang)
    return [sided(label, "\n" + "\n".join(readable_provenance(run, scene_id, t, tr)), tr)
            for label, run in zip(labels, (trajectory, second.trajectory))]


def _embed_clip(slide, request: DeckRequest, timeline: SceneTimeline, scratch: Path,
                progress: Progress, second: SecondRun | None) -> None:
    trajectory, scene_id, t0, t1 = timeline.trajectory, timeline.scene.id, timeline.t0, timeline.t1
    clip = ClipRequest(scene_id, t0, t1, scratch / f"{scene_id}.mp4", "mp4",
                       lang=request.lang, theme=request.theme, reduce_motion=request.reduce_motion,
                       evidence=request.evidence, spacing="scale",
                       badge=request.badge_of(scene_id), **EMBEDDED_CLIP)
    times = clip_times(clip, trajectory)
    fields = provenance(trajectory, scene_id, describe_time(t0), second)
    encode_mp4(clip.out, clip_frames(clip, trajectory, times, second), clip.size, clip.fps,
               "; ".join(f"{k}: {v}" for k, v in fields.items()), progress)
    poster = _png_bytes(render_frame(
        scene_id, trajectory, t0, settings=_settings(request, scene_id, for_slides=False).changed(
            size=(1280, 720)), second=second))
    width = int(SLIDE_W * 0.26)
    height = int(width * 9 / 16)
    movie = slide.shapes.add_movie(str(clip.out), int(SLIDE_W * 0.975) - width,
                                   int(SLIDE_H * 0.905) - height, width, height,
                                   poster_frame_image=poster, mime_type="video/mp4")
    movie.line.color.rgb = RGBColor.from_string(THEMES[request.theme].muted.lstrip("#").upper())
    movie.line.width = Pt(1.5)
    _describe_picture(movie, alt_text(scene_id, trajectory, t0, request.lang, second))


# --- small helpers ------------------------------------------------------------------------
def _fitting(*choices: str) -> str:
    """The first text that fits a core property (python-pptx allows 255 characters)."""
    return next((text for text in choices if len(text) <= CORE_PROPERTY_LIMIT), "")


def _fit(size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The picture's box on the slide: full-bleed, aspect kept, centred."""
    scale = min(SLIDE_W / size[0], SLIDE_H / size[1])
    width, height = int(size[0] * scale), int(size[1] * scale)
    return (SLIDE_W - width) // 2, (SLIDE_H - height) // 2, width, height

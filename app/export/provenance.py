"""Where an exported file came from: app version, scene(s), time(s) and the scenario.

Every export carries these fields so a picture found on a slide years later can be
re-made exactly: PNG text chunks, SVG title and description, MP4 and GIF comments, PPTX
core properties. The scenario is compact JSON that ``Scenario.from_json`` reads back; a
slide's speaker notes say the same in words (:func:`readable_provenance`). Every picture
also carries alt text (:func:`alt_text`), written from its caption and numbers.
"""
from __future__ import annotations

import datetime
import json

from PySide6.QtGui import QImage

from app import __version__
from app.export.compared import SecondRun, caption_of
from app.i18n import translator
from app.model import Trajectory
from app.model.scenario import SCHEMA_VERSION as SCENARIO_FORMAT
from app.scenes import SCENES
from app.scenes.chrome import scenario_summary
from app.story.names import BLOCKER_NAMES
from app.story.timefmt import format_clock, format_duration

SOFTWARE = f"Ketamine Cascade {__version__}"


def scenario_json(trajectory: Trajectory) -> str:
    """The trajectory's scenario as one line of JSON."""
    return json.dumps(trajectory.scenario.to_dict(), separators=(",", ":"))


def describe_time(t: float) -> str:
    """A time for people and scripts alike: ``0.5 h (+30 min)``."""
    return f"{t:.6g} h ({format_clock(t)})"


def describe_span(t_from: float, t_to: float, frames: int, fps: int) -> str:
    """A clip's span: ``0 h (+0 min) to 3 h (+3 h), 300 frames at 30 frames/s``."""
    return f"{describe_time(t_from)} to {describe_time(t_to)}, {frames} frames at {fps} frames/s"


def provenance(trajectory: Trajectory, scene_ids, time_text: str,
               second: SecondRun | None = None) -> dict[str, str]:
    """The fields every export records: Software, Scene, Time, Scenario, and in compare mode
    (``second``: scenario B's run) "Compared with", B's scenario as JSON."""
    scenes = scene_ids if isinstance(scene_ids, str) else ",".join(scene_ids)
    fields = {"Software": SOFTWARE, "Scene": scenes, "Time": time_text,
              "Scenario": scenario_json(trajectory)}
    if second is not None:
        fields["Compared with"] = scenario_json(second.trajectory)
    return fields


def readable_provenance(trajectory: Trajectory, scene_id: str, t: float, tr,
                        today: datetime.date | None = None) -> list[str]:
    """Where a slide came from, in words of ``tr``'s language: the scenario field by field
    (enough to make it again), the scene and time, the model's version, the software and
    the date, e.g. ``Drug: Ketamine 35 mg (0.5 mg/kg) IV over 40 min, single dose``."""
    scenario = trajectory.scenario
    if scenario.drug == "none":
        drug = tr("Drug: none")
    else:
        doses = tr("single dose") if scenario.n_doses == 1 else ""
        drug = tr("Drug: {summary}").format(summary=scenario_summary(scenario, tr)) \
            + (tr(", {doses}").format(doses=doses) if doses else "")
    blockers = [tr(BLOCKER_NAMES[b]) for b in sorted(scenario.blockers)]
    return [
        drug,
        tr("Body weight: {kg:g} kg; stress: {stress:g} (0 healthy, 1 chronic)").format(
            kg=scenario.body_weight_kg, stress=scenario.stress),
        tr("Blockers: {names}").format(names=", ".join(blockers)) if blockers
        else tr("Blockers: none"),
        tr("Simulated for {duration} from the first dose").format(
            duration=format_duration(scenario.horizon_h, tr=tr)),
        tr("Scene: {scene} at {hours} h ({clock})").format(
            scene=scene_id, hours=f"{t:.6g}", clock=format_clock(t, tr)),
        tr("Model version {version} (scenario format {schema})").format(
            version=__version__, schema=SCENARIO_FORMAT),
        tr("Made with {software} on {date}").format(
            software=SOFTWARE, date=(today or datetime.date.today()).isoformat()),
    ]


def alt_text(scene_id: str, trajectory: Trajectory, t: float, lang: str,
             second: SecondRun | None = None) -> str:
    """What a picture shows, for a screen reader, in ``lang``: the scene, the time and the
    caption with its numbers, e.g. ``The glutamate burst · +1 h · The burst peaks: ...``
    (with ``second``, scenario B's run, the comparison's caption)."""
    tr = translator(lang)
    scene = SCENES[scene_id]
    return " · ".join([tr(scene.title), format_clock(t, tr),
                       caption_of(scene_id, trajectory, t, lang, second)])


def as_text(fields: dict[str, str]) -> str:
    """The fields as ``Key: value`` lines (for descriptions, comments and notes)."""
    return "\n".join(f"{key}: {value}" for key, value in fields.items())


def stamp_image(image: QImage, fields: dict[str, str], description: str = "") -> QImage:
    """Attach ``fields`` as PNG text chunks to ``image`` (returned for chaining), and
    ``description`` (alt text: :func:`alt_text`) as its "Description" chunk."""
    if description:
        image.setText("Description", description)
    for key, value in fields.items():
        image.setText(key, value)
    return image

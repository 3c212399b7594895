"""A scene's plot data: its plot series over its window as CSV, or as a picture of small
line charts (PNG or SVG) for handouts and papers."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage, QPainter

from app.export.charts import chart_grid, paint_charts
from app.export.compared import SecondRun, sided
from app.export.files import PNG_DEFAULT, save_image
from app.export.progress import (
    Progress,
    check_output_target,
    os_errors_as_export_errors,
)
from app.export.provenance import as_text, describe_time, provenance, stamp_image
from app.export.render import ExportError, ensure_gui_application
from app.export.requests import PlotDataRequest
from app.export.vector import svg_document
from app.i18n import current_language, translated
from app.model import Trajectory
from app.model.observables import observable
from app.model.paired import csv_text, paired_rows, side_names
from app.safefile import atomic_path
from app.scenes import SCENES, RenderContext
from app.scenes.chrome import scenario_summary
from app.scenes.theme import theme_named
from app.story.timeline import SceneTimeline


def column_name(prefix: str, observable: str) -> str:
    """A CSV column for a series: the observable, led by its run's prefix if it has one
    (``SSRI`` + ``serotonin`` -> ``ssri_serotonin``)."""
    slug = re.sub(r"[^0-9a-z]+", "_", prefix.lower()).strip("_")
    return f"{slug}_{observable}" if slug else observable


def plot_table(scene_id: str, trajectory: Trajectory) -> tuple[list[str], np.ndarray]:
    """Header and rows: ``t_h`` within the scene's window, on the grid of the run reaching
    furthest (the lecturer's own when it covers the window; a comparison scene's six-week
    companion otherwise), then each plot series interpolated onto it."""
    scene = SCENES[scene_id]
    timeline = SceneTimeline(scene, trajectory)
    series = scene.plot_series(trajectory)
    grid = max([trajectory] + [s.source for s in series], key=lambda run: run.t_end).t
    t = grid[(grid >= timeline.t0 - 1e-9) & (grid <= timeline.t1 + 1e-9)]
    header = ["t_h"] + [column_name(s.prefix, s.observable) for s in series]
    columns = [t] + [np.interp(t, s.source.t, s.source[s.observable]) for s in series]
    return header, np.column_stack(columns)


def scene_table(scene_id: str, trajectory: Trajectory) -> tuple[list[str], np.ndarray]:
    """The CSV's header and rows: the scene's own table (scene 9's dose sweep) or its plot
    series over time (:func:`plot_table`)."""
    table = SCENES[scene_id].table(trajectory)
    if table is None:
        return plot_table(scene_id, trajectory)
    if len(table[1]) == 0:
        raise ExportError("export.no_dose_sweep", drug=trajectory.scenario.drug)
    return table


def compared_plot_table(scene_id: str, trajectory: Trajectory,
                        second: Trajectory) -> tuple[list[str], np.ndarray]:
    """Header and rows of compare mode: the first column (``t_h``, or the dose of scene 9's
    sweep), A's series led by ``a_``, B's led by ``b_`` (``app.model.paired``), each run's
    on its own grid and empty where a row is outside a run."""
    header_a, rows_a = scene_table(scene_id, trajectory)
    header_b, rows_b = scene_table(scene_id, second)
    rows = paired_rows((rows_a[:, 0], list(rows_a[:, 1:].T)), (rows_b[:, 0], list(rows_b[:, 1:].T)))
    return [header_a[0]] + side_names(header_a[1:], header_b[1:]), rows


def export_plot_data(request: PlotDataRequest, trajectory: Trajectory, progress: Progress,
                     second: SecondRun | None = None) -> list[Path]:
    """Write the scene's plot data as CSV, PNG or SVG; returns ``[out]``. With ``second``
    (scenario B's run, compare mode) B's series are written too."""
    check_output_target(request.out)
    progress.check()
    if request.fmt == "csv":
        header, rows = scene_table(request.scene_id, trajectory) if second is None else \
            compared_plot_table(request.scene_id, trajectory, second.trajectory)
        with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
            temporary.write_text(csv_text(header, rows), encoding="utf-8")
            progress.check()  # one step: a cancel meanwhile must still leave no file
    else:
        _write_picture(request, trajectory, second)
    progress.advance()
    return [request.out]


def _write_picture(request: PlotDataRequest, trajectory: Trajectory,
                   second: SecondRun | None) -> None:
    ensure_gui_application()
    scene = SCENES[request.scene_id]
    series, summaries = _series_and_summaries(scene, trajectory, second)
    titles = [_title(s) for s in series]
    ctx = RenderContext(theme_named(request.theme))
    timeline = SceneTimeline(scene, trajectory)
    fields = provenance(trajectory, scene.id,
                        f"{describe_time(timeline.t0)} to {describe_time(timeline.t1)}", second)
    heading = scene.title
    sub = f"Plots of scene {scene.number}  ·  " + "  ·  ".join(summaries)
    _, _, width, height = chart_grid(len(series))
    scale = timeline.scale
    if request.fmt == "png":
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            paint_charts(painter, ctx, heading, sub, series, titles, scale)
        finally:
            painter.end()
        save_image(stamp_image(image, fields), request.out, "PNG", PNG_DEFAULT)
        return
    data = svg_document((width, height), heading, as_text(fields), QPainter,
                        lambda painter: paint_charts(painter, ctx, heading, sub, series, titles,
                                                     scale))
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        temporary.write_bytes(data)


def _series_and_summaries(scene, trajectory: Trajectory, second: SecondRun | None):
    """The charts' series and the scenarios' summaries; in compare mode B's charts follow
    A's, each series and summary led by its side's label."""
    summary = scenario_summary(trajectory.scenario, translated)
    if second is None:
        return scene.plot_series(trajectory), [summary]
    labels = second.labels(trajectory, current_language())
    series = [replace(item, prefix=_led(label, item.prefix))
              for label, run in zip(labels, (trajectory, second.trajectory))
              for item in scene.plot_series(run)]
    summaries = [sided(label, text, translated) for label, text in
                 zip(labels, (summary, scenario_summary(second.trajectory.scenario, translated)))]
    return series, summaries


def _led(side: str, prefix: str) -> str:
    return f"{side} {prefix}" if prefix else side


def _title(series) -> tuple[str, str]:
    record = observable(series.observable)
    return (f"{series.prefix}: {record.label}" if series.prefix else record.label), record.unit

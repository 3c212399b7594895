"""``run(request, trajectory)``: the one entry point behind the Export dialog and the
``export`` command. It checks the request against the trajectory, then hands it to the
module for its kind (frames, clips, deck, plot data).

Threads: ``run`` may be called from any thread once a QGuiApplication (or QApplication)
exists; it renders in the calling thread (a PNG sequence also saves in two helper
threads), and calls ``progress`` and ``cancelled`` from the calling thread.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.export.clips import export_clip
from app.export.compared import SecondRun, second_run
from app.export.frames import export_frame
from app.export.plotdata import export_plot_data
from app.export.progress import ExportCancelled, Progress
from app.export.render import ExportError, ensure_gui_application
from app.export.requests import (
    ClipRequest,
    DeckRequest,
    FrameRequest,
    HtmlRequest,
    PlotDataRequest,
)
from app.export.worksheet_request import WorksheetRequest
from app.model import Trajectory

Request = (FrameRequest | ClipRequest | DeckRequest | HtmlRequest | PlotDataRequest
           | WorksheetRequest)


def run(request: Request, trajectory: Trajectory,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Carry out ``request`` for ``trajectory``; returns the paths written.

    Parameters
    ----------
    request : a FrameRequest, ClipRequest, DeckRequest, HtmlRequest, PlotDataRequest or
        WorksheetRequest; one with a ``comparison`` has scenario B simulated here and drawn
        beside the run
    trajectory : the simulated run to draw (its scenario is recorded in every file)
    progress : ``progress(done, total)``, called as frames or slides are finished
    cancelled : ``cancelled() -> bool``, polled between frames; when it returns True the
        export removes what it wrote and raises :class:`ExportCancelled`

    Raises
    ------
    ExportError : the request cannot be met (time outside the scene, missing or
        unwritable folder, full disk); nothing is left behind.
    ExportCancelled : ``cancelled()`` returned True; nothing is left behind.
    """
    ensure_gui_application()
    request.check_times(trajectory)
    steps = _steps(request, trajectory)
    tracker = Progress(steps, progress, cancelled)
    second = second_run(request, _painted_scenes(request))  # compare mode: B, in this thread
    return _dispatch(request, trajectory, tracker, second)


def _dispatch(request: Request, trajectory: Trajectory, tracker: Progress,
              second: SecondRun | None) -> list[Path]:
    if isinstance(request, FrameRequest):
        return export_frame(request, trajectory, tracker, second)
    if isinstance(request, ClipRequest):
        return export_clip(request, trajectory, tracker, second)
    if isinstance(request, DeckRequest):
        from app.export.deck import export_deck  # late: python-pptx costs 0.1 s of start-up
        return export_deck(request, trajectory, tracker, second)
    if isinstance(request, HtmlRequest):
        from app.export.html import export_html
        return export_html(request, trajectory, tracker, second)
    if isinstance(request, PlotDataRequest):
        return export_plot_data(request, trajectory, tracker, second)
    if isinstance(request, WorksheetRequest):
        from app.export.worksheet import export_worksheet
        return export_worksheet(request, trajectory, tracker)
    raise ExportError("export.unknown_request", type=type(request).__name__)


def _painted_scenes(request: Request) -> tuple[str, ...]:
    """The scenes whose pictures the request paints beside B's (plot data paints none; a
    worksheet, one scenario's)."""
    if isinstance(request, (DeckRequest, HtmlRequest)):
        return request.scene_ids
    return () if isinstance(request, (PlotDataRequest, WorksheetRequest)) else (request.scene_id,)


def _steps(request: Request, trajectory: Trajectory) -> int:
    if isinstance(request, ClipRequest):
        return request.frame_count
    if isinstance(request, DeckRequest):
        from app.export.deck import deck_steps  # late, as above
        return deck_steps(request, trajectory)
    if isinstance(request, HtmlRequest):
        from app.export.html import html_steps
        return html_steps(request, trajectory)
    if isinstance(request, WorksheetRequest):
        return len(request.questions)
    return 1


__all__ = ["ExportCancelled", "ExportError", "Request", "run"]

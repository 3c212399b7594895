"""Single frames: PNG (any size, optionally transparent) and SVG, with provenance."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.export.compared import SecondRun
from app.export.files import PNG_DEFAULT, save_image
from app.export.progress import (
    Progress,
    check_output_target,
    os_errors_as_export_errors,
)
from app.export.provenance import alt_text, as_text, describe_time, provenance, stamp_image
from app.export.render import render_frame, request_settings
from app.export.requests import FrameRequest
from app.export.vector import render_svg
from app.model import Trajectory
from app.safefile import atomic_path
from app.scenes import SCENES


def png_ready(image: QImage, transparent: bool) -> QImage:
    """``image`` in the layout Qt's PNG writer stores without converting: RGB32 (three
    channels) when opaque, straight ARGB32 when the background is transparent."""
    wanted = QImage.Format.Format_ARGB32 if transparent else QImage.Format.Format_RGB32
    return image if image.format() == wanted else image.convertToFormat(wanted)


def export_frame(request: FrameRequest, trajectory: Trajectory, progress: Progress,
                 second: SecondRun | None = None) -> list[Path]:
    """Write the requested frame to ``request.out`` (with ``second``, scenario B's run, the
    comparison); returns ``[request.out]``."""
    check_output_target(request.out)
    progress.check()
    fields = provenance(trajectory, request.scene_id, describe_time(request.t), second)
    if request.fmt == "svg":
        write_svg(request, trajectory, fields, progress, second)
    else:
        image = render_frame(request.scene_id, trajectory, request.t,
                             settings=request_settings(request), second=second)
        image = stamp_image(png_ready(image, request.transparent), fields,
                            alt_text(request.scene_id, trajectory, request.t, request.lang,
                                     second))
        save_image(image, request.out, "PNG", PNG_DEFAULT, progress)
    progress.advance()
    return [request.out]


def write_svg(request: FrameRequest, trajectory: Trajectory, fields: dict[str, str],
              progress: Progress | None = None, second: SecondRun | None = None) -> None:
    """Render the request as SVG and write it atomically (unless cancelled meanwhile)."""
    scene = SCENES[request.scene_id]
    title = f"{scene.title} ({fields['Time']})"
    description = alt_text(request.scene_id, trajectory, request.t, request.lang, second) \
        + "\n\n" + as_text(fields)  # what it shows first: a screen reader reads <desc>
    data = render_svg(request.scene_id, trajectory, request.t, title=title,
                      description=description, settings=request_settings(request),
                      second=second)
    with os_errors_as_export_errors(request.out), atomic_path(request.out) as temporary:
        temporary.write_bytes(data)
        _check_not_cancelled(progress)


def _check_not_cancelled(progress: Progress | None) -> None:
    """A single frame takes one step: a cancel during it must still stop it, before the
    file is renamed into place."""
    if progress is not None:
        progress.check()

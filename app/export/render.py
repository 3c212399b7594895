"""``render_frame``: one scene at one time as a QImage. Behind the canvas, every export,
the gallery and the tests."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from app.errors import UserError
from app.excerpt import excerpt
from app.export.compared import SecondRun
from app.i18n import register_fonts
from app.model import Trajectory
from app.scenes import SCENES, SceneData, paint_scene, prepare_scene_data
from app.scenes.compare import paint_comparison
from app.scenes.settings import RenderSettings
from app.scenes.theme import theme_named
from app.story.catalogue import (
    DEFAULT_LANGUAGE,
    DEFAULT_THEME,
    EXPORT_SIZE,
    LANGUAGES,
    THEME_NAMES,
)

MAX_SIDE = 7680


class ExportError(UserError):
    """An export request that cannot be met (codes ``export.*``, ``file.cannot_write``,
    ``time.outside_scene``); the message says what was wrong."""


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new headless-capable one (fonts need one), with
    the bundled fonts registered."""
    app = QGuiApplication.instance()
    if app is None:
        # a picture needs no screen: drawn off screen, an export works the same without an
        # X server (Qt would abort) or without the libraries of Qt's X11 plugin
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    register_fonts()
    return app


def no_display(environ=os.environ) -> bool:
    """A Linux session without X or Wayland (a server, ssh, a CI job)."""
    return (sys.platform.startswith("linux") and not environ.get("DISPLAY")
            and not environ.get("WAYLAND_DISPLAY"))


def scene_named(scene_id: str):
    """The scene with ``scene_id``; ExportError listing the valid ids otherwise."""
    try:
        return SCENES[scene_id]
    except KeyError:
        raise ExportError("export.unknown_scene", scene=excerpt(scene_id),
                          scenes=", ".join(SCENES)) from None


def check_size(size: tuple[int, int]) -> tuple[int, int]:
    """``size`` if both sides are whole pixels from 16 to 7680, else ExportError."""
    width, height = size
    for side in (width, height):
        if not isinstance(side, int) or not 16 <= side <= MAX_SIDE:
            raise ExportError("export.size_out_of_range", width=excerpt(width, 20),
                              height=excerpt(height, 20), limit=MAX_SIDE)
    return width, height


def request_settings(request, for_slides: bool = False) -> RenderSettings:
    """The render settings an export request (frame, clip or deck) asks for; a deck
    (``for_slides``) and pictures exported at slide size get the hall's type."""
    return RenderSettings(theme=request.theme, lang=request.lang,
                          reduce_motion=request.reduce_motion, evidence=request.evidence,
                          size=tuple(request.size),
                          transparent=getattr(request, "transparent", False),
                          badge=getattr(request, "badge", None),
                          hall_type=for_slides or tuple(request.size) == EXPORT_SIZE)


def checked_frame(scene_id: str, size, lang: str, theme: str):
    """(scene, (width, height), theme) for a frame request; ExportError naming what is
    wrong and what is valid otherwise. Also makes sure a Qt application exists."""
    ensure_gui_application()
    scene = scene_named(scene_id)
    width, height = check_size(size)
    if lang not in LANGUAGES:
        raise ExportError("export.unknown_language", value=excerpt(lang),
                          allowed=", ".join(LANGUAGES))
    if not isinstance(theme, str) or theme not in THEME_NAMES:
        raise ExportError("export.unknown_theme", value=excerpt(theme),
                          allowed=", ".join(THEME_NAMES))
    return scene, (width, height), theme_named(theme)


def render_frame(scene_id: str, trajectory: Trajectory, t: float,
                 size: tuple[int, int] = EXPORT_SIZE, lang: str = DEFAULT_LANGUAGE,
                 theme: str = DEFAULT_THEME,
                 transparent: bool = False, reduce_motion: bool = False,
                 evidence: bool = False, *, settings: RenderSettings | None = None,
                 data: SceneData | None = None, second: SecondRun | None = None) -> QImage:
    """Scene ``scene_id`` at ``t`` hours as a ``size`` image (letterboxed 16:9 picture).

    ``reduce_motion`` replaces drifting particles with still, stepped states; ``evidence``
    draws the evidence view where a scene has one. ``settings`` gives the whole look at
    once (it then replaces ``size`` to ``evidence``). ``data`` is the trajectory's prepared
    scene data (:func:`app.scenes.scene_data.prepare_scene_data`); without it the scene's
    is computed here, in the calling thread, before painting. ``second`` is scenario B's
    run (compare mode): the picture is then the comparison. Thread-safe.
    """
    if settings is None:
        settings = RenderSettings(theme, lang, reduce_motion, evidence, size=tuple(size),
                                  transparent=transparent)
    scene, (width, height), _ = checked_frame(scene_id, settings.size, settings.lang,
                                              settings.theme)
    if data is None or data.trajectory is not trajectory or scene_id not in data.scenes:
        data = prepare_scene_data(trajectory, [scene_id])
    second = second.for_scene(scene_id) if second is not None else None
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    target = QRectF(0, 0, width, height)
    try:
        if second is None:
            paint_scene(painter, scene, trajectory, t, target, settings, data)
        else:
            paint_comparison(painter, scene, trajectory, second.trajectory, t, target, settings,
                             data, second.data, second.labels(trajectory, settings.lang),
                             experiment=second.experiment)
    finally:
        painter.end()
    return image

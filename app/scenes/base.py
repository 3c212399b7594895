"""What every scene is: a title, a time window, beats, a caption and a pure ``paint``.

Scenes draw on one logical canvas of ``CANVAS_W x CANVAS_H`` (1600 x 900) which
:func:`app.scenes.paint.paint_scene` scales, letterboxed, onto any target: the window, a 4K
PNG, an SVG.
The frame is a pure function of (trajectory, its prepared scene data, t, render settings):
nothing is kept from the previous frame; moving things take their positions from
closed-form functions of ``t`` and a fixed seed.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.i18n import tidy_spacing, translator
from app.model import Trajectory
from app.scenes.settings import (
    RenderContext,
)
from app.story.beats import Beat
from app.story.catalogue import SceneEntry
from app.story.names import rapamycin_sentence
from app.story.timeline import scene_timescale
from app.story.timescale import TimeScale

CANVAS_W, CANVAS_H = 1600.0, 900.0
#: Where a scene's own picture goes (below the title bar, above the legend row).
ART_RECT = QRectF(40.0, 120.0, 1520.0, 700.0)
LEGEND_RECT = QRectF(40.0, 836.0, 1520.0, 48.0)
#: What a scene class takes from its catalogue entry.
_ENTRY_FIELDS = tuple(field.name for field in fields(SceneEntry))


@dataclass(frozen=True)
class LegendItem:
    """One legend entry: a role colour, a label already translated (``tr("...")``) and a
    shape (``dot``, ``line``, ``square``, ``ring``); a ``secondary`` one is left out in hall
    type, where the row has room for fewer."""

    role: str
    label: str
    shape: str = "dot"
    secondary: bool = False


@dataclass(frozen=True)
class PlotSeries:
    """One curve of the plots panel: an observable of a trajectory, with a label prefix."""

    observable: str
    source: Trajectory
    prefix: str = ""


class Scene:
    """Base class of the scenes. A subclass names its catalogue entry (``entry =
    CATALOGUE["glutamate-burst"]``), which gives it its id, number, title, subtitle, window,
    scale and plots, and overrides :meth:`beats`, :meth:`caption`, :meth:`legend` and
    :meth:`paint_art`; a scene with an evidence view overrides :meth:`evidence_legend` too."""

    entry: SceneEntry | None = None
    id: str = ""
    number: int = 0
    title: str = ""
    subtitle: str = ""
    window: tuple[float, float] = (0.0, 1.0)
    scale: str = "linear"
    plots: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        entry = cls.__dict__.get("entry")
        if entry is not None:
            written_twice = [name for name in _ENTRY_FIELDS if name in cls.__dict__]
            if written_twice:
                raise TypeError(f"{cls.__name__} takes {', '.join(written_twice)} from its "
                                "catalogue entry; set them in app/story/catalogue.py")
            for name in _ENTRY_FIELDS:
                setattr(cls, name, getattr(entry, name))

    @property
    def timescale(self) -> TimeScale:
        """The scene's window and scale as a :class:`TimeScale`."""
        return TimeScale(self.window[0], self.window[1], self.scale)

    def horizon_for(self, trajectory: Trajectory) -> float:
        """The hour this scene's data for ``trajectory`` ends: the trajectory's own end,
        unless the scene draws longer companion runs of its own."""
        return trajectory.t_end

    def window_for(self, trajectory: Trajectory) -> tuple[float, float]:
        """The window clipped to what the trajectory lets the scene show (as the
        window's timeline clips it: ``app.story.timeline.clipped_window``)."""
        scale = self.timescale_for(trajectory)
        return scale.t0, scale.t1

    def timescale_for(self, trajectory: Trajectory) -> TimeScale:
        """:attr:`timescale` clipped to :meth:`horizon_for` the trajectory."""
        return scene_timescale(self, trajectory)

    #: The scene's story (a module of ``app.story.scenes``, with ``beats(trajectory, window,
    #: tr)`` and ``caption(trajectory, t, tr)``); a scene whose story needs more overrides
    #: :meth:`beats` and :meth:`caption`.
    story = None

    def beats(self, trajectory: Trajectory, lang: str | None = None) -> list[Beat]:
        """Key moments in time order, found from the trajectory, labelled in ``lang`` (None:
        the widgets' language): the story's beats inside this scene's window."""
        return self.story.beats(trajectory, self.window_for(trajectory), translator(lang))

    def caption(self, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
        """What the picture shows at ``t``, in plain words with the numbers of the moment, in
        ``lang`` (None: the widgets' language)."""
        return self.story.caption(trajectory, t, translator(lang))

    def prepare(self, trajectory: Trajectory) -> dict[str, object]:
        """What the picture needs besides the trajectory (companion runs, integrals),
        computed before painting and off the GUI thread; read as ``ctx.prepared``."""
        return {}

    def same_picture(self, prepared_a: Mapping[str, object],
                     prepared_b: Mapping[str, object]) -> bool:
        """Whether the art draws the same for two runs with these prepared data whatever
        else differs (a scene that pairs its own fixed courses); compare mode then says so."""
        return False

    def tabulates(self, scenario) -> bool:
        """Whether the scene's CSV export has rows for ``scenario`` (a scene with a table of
        its own may have none for some drugs)."""
        return True

    def table(self, trajectory: Trajectory) -> tuple[list[str], object] | None:
        """The scene's own data table for CSV export (a header and rows; no rows: nothing
        to tabulate for this scenario), or None: its plot series over time."""
        return None

    def legend(self, tr: Callable[[str], str]) -> list[LegendItem]:
        """The symbols this scene draws, labelled through ``tr``."""
        return []

    def evidence_legend(self, tr: Callable[[str], str]) -> list[LegendItem] | None:
        """The legend of the evidence view (None: the scene has no evidence view)."""
        return None

    def plot_series(self, trajectory: Trajectory) -> list[PlotSeries]:
        """The curves the plots panel shows: :attr:`plots` of ``trajectory`` by default;
        a comparison scene adds its companion runs."""
        return [PlotSeries(name, trajectory) for name in self.plots]

    def paint_art(self, painter: QPainter, trajectory: Trajectory, t: float,
                  ctx: RenderContext) -> None:
        """Draw the scene's picture inside :data:`ART_RECT` (logical coordinates)."""
        raise NotImplementedError


def caption_text(scene: Scene, trajectory: Trajectory, t: float, lang: str | None = None) -> str:
    """The scene's caption at ``t`` in ``lang`` (default: the widgets' language), tidied for
    the language's punctuation: what every panel, slide note and overlay shows. With
    rapamycin chosen it adds that this re-enacts a rodent experiment, and the human result."""
    extra = rapamycin_sentence(trajectory.scenario, translator(lang))
    return tidy_spacing(scene.caption(trajectory, t, lang) + (" " + extra if extra else ""))

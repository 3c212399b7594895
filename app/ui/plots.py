"""The plots panel: the current scene's observables against time, with a draggable cursor.
In compare mode each plot overlays run B on run A: the same colour, B dashed.

Plot items are built once per scene and updated with ``setData`` (pyqtgraph practice);
the x axis is the scene's time scale (linear or log) with readable time labels.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translated
from app.model.observables import observable
from app.scenes.theme import THEMES
from app.story.timefmt import format_duration
from app.story.timescale import TimeScale
from app.ui.light_plot import LightPlot
from app.ui.plot_grid import PlotGrid
from app.ui.state import AppState
from app.ui.throttle import Throttle

MAX_POINTS = 500  # a panel is a few hundred pixels wide
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
MIN_PLOT_HEIGHT = 130  # logical pixels per plot
MIN_TICK_GAP = 0.14  # fraction of the axis between labelled ticks
# The smallest y span a plot shows, as a fraction of the series' magnitude (or absolute,
# for a series at zero): a flat line sits mid-plot with ticks a reader can tell apart. A
# series that does not move (rounding noise aside) spans at least a tenth of its
# observable's typical range, so it reads on the quantity's usual scale.
MIN_RELATIVE_SPAN = 0.1
MIN_ABSOLUTE_SPAN = 0.1
MIN_SHARE_OF_TYPICAL = 0.1
FLAT_TOLERANCE = 1e-9
Y_AXIS_WIDTH = 44  # logical pixels: room for "0.96" or "120" in the plots' 9 pt type
Y_PADDING = 0.06  # fraction of the span left free above and below the data


class TimeAxis(pg.AxisItem):
    """An axis whose values are scene positions 0..1, labelled as times."""

    def __init__(self, scale_holder, **kwargs):
        super().__init__("bottom", **kwargs)
        self._holder = scale_holder

    def tickValues(self, minVal, maxVal, size):
        scale = self._holder.scale
        if scale is None:
            return []
        chosen, last = [], -1.0
        for t in scale.ticks():
            position = scale.to_position(t)
            if position - last >= MIN_TICK_GAP:
                chosen.append(position)
                last = position
        return [(1.0, chosen)]

    def tickStrings(self, values, scale, spacing):
        holder = self._holder.scale
        return [format_duration(holder.to_time(v)) if holder else "0" for v in values]


class PlotsPanel(QWidget):
    """Stacked small plots, one per observable of the scene, sharing one time cursor."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.scale: TimeScale | None = None
        self._plots, self._curves, self._cursors = [], [], []
        self._curves_b = []  # compare mode's run B, dashed over each curve of A
        self._signature = None
        self._dragging = False
        self.log_box = QCheckBox(self.tr("Log time axis"))
        self.log_box.setToolTip(self.tr("Stretch minutes and squeeze weeks so both can be read"))
        self.log_box.toggled.connect(self._rebuild)
        self.hint = QLabel(self.tr("Drag the line to scrub"))
        self.hint.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.log_box)
        header.addStretch(1)
        header.addWidget(self.hint)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Plots of the scene's quantities against time"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.graphics)
        layout.addWidget(scroller, 1)
        state.sceneChanged.connect(self._on_scene)
        state.trajectoryChanged.connect(self._update_data)
        state.sceneDataChanged.connect(self._update_data)
        state.comparisonChanged.connect(self._update_data)
        state.trajectoryBChanged.connect(self._update_data)
        self._cursor_throttle = Throttle(lambda: self._move_cursor(self.state.t), 33, self)
        state.timeChanged.connect(self._cursor_throttle.request)
        state.themeChanged.connect(self._rebuild)
        self._on_scene(state.scene_id)

    def _on_scene(self, scene_id: str) -> None:
        blocker = QSignalBlocker(self.log_box)
        self.log_box.setChecked(self.state.scene.scale == "log")
        blocker.unblock()
        self._rebuild()

    def _rebuild(self, *_):
        """Forget the plot items; the next data update builds them for the current scene."""
        self._clear_plots()
        self._signature = None
        self._update_data()

    def _clear_plots(self) -> None:
        """Remove the plot items."""
        self.graphics.clear()
        self._plots, self._curves, self._cursors = [], [], []
        self._curves_b = []

    def _series(self):
        # no timeline yet: a comparison scene's companion runs are still being prepared
        if self.state.timeline is None:
            return []
        return self.state.scene.plot_series(self.state.trajectory)

    def _build_plots(self, series) -> None:
        theme = THEMES[self.state.theme]
        self._clear_plots()
        self.graphics.setBackground(theme.panel)
        previous = None
        for row, item in enumerate(series):
            record = observable(item.observable)
            label = translated(record.label)
            title = label if not item.prefix else f"{item.prefix}: {label}"
            plot = LightPlot(bottom=TimeAxis(self))
            self.graphics.addItem(plot, row=row, col=0)
            unit = translated(record.unit)
            plot.setTitle(f"{title} <span style='color:{theme.muted}'>({unit})</span>",
                          color=theme.ink, size="9pt")
            # a long title may be clipped, but must not widen the panel past its dock
            plot.titleLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            plot.addItem(PlotGrid(plot, theme.ink), ignoreBounds=True)
            if previous is not None:
                plot.setXLink(previous)
            color = theme.color(record.role)
            curve = plot.plot(pen=pg.mkPen(color, width=2.5))
            curve.setCacheMode(_DEVICE_CACHE)  # moving the cursor must not redraw the curve
            for axis in ("left", "bottom"):
                # pyqtgraph's grey ticks read 2.9:1 on the projector's white: the theme's
                # muted ink reads on every theme's panel
                plot.getAxis(axis).setPen(theme.muted)
                plot.getAxis(axis).setTextPen(theme.muted)
                plot.getAxis(axis).setCacheMode(_DEVICE_CACHE)
                # no axis shows a label, so pyqtgraph's SI-prefix label (re-rendered as HTML
                # at every range change: a third of building the panel) has nothing to do
                plot.getAxis(axis).enableAutoSIPrefix(False)
            # one width for every y axis: the stacked plots' time axes line up, and a wide
            # tick label never pushes the first time tick off
            plot.getAxis("left").setWidth(Y_AXIS_WIDTH)
            self._curves.append(curve)
            curve_b = plot.plot(pen=pg.mkPen(color, width=2.5, style=Qt.PenStyle.DashLine))
            curve_b.setCacheMode(_DEVICE_CACHE)
            self._curves_b.append(curve_b)
            cursor = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(theme.ink, width=1.5),
                                     hoverPen=pg.mkPen(theme.color("ketamine"), width=3))
            cursor.sigDragged.connect(self._on_drag)
            plot.addItem(cursor)
            self._cursors.append(cursor)
            self._plots.append(plot)
            previous = plot
        # each plot keeps room for readable tick labels; the panel scrolls when short
        self.graphics.setMinimumHeight(MIN_PLOT_HEIGHT * len(series))

    def _update_data(self, *_):
        trajectory = self.state.trajectory
        series = self._series()
        if trajectory is None or not series:
            return
        signature = (self.state.scene_id, tuple((s.observable, s.prefix) for s in series))
        if signature != self._signature:
            self._build_plots(series)
            self._signature = signature
        timeline = self.state.timeline
        kind = "log" if self.log_box.isChecked() else "linear"
        self.scale = TimeScale(timeline.t0, timeline.t1, kind)
        samples = _sample_times(self.scale)
        positions = np.array([self.scale.to_position(t) for t in samples])
        for item, curve, curve_b, plot in zip(series, self._curves, self._curves_b, self._plots):
            values = np.interp(samples, item.source.t, item.source[item.observable])
            curve.setData(positions, values)
            shown = values
            run_b = self._run_b(item)
            if run_b is None:
                curve_b.setData([], [])
            else:
                # B's run may end before the scene's window (a shorter span): no line there
                inside = samples <= run_b.t_end
                values_b = np.interp(samples[inside], run_b.t, run_b[item.observable])
                curve_b.setData(positions[inside], values_b)
                shown = np.concatenate([values, values_b])
            plot.setXRange(0.0, 1.0, padding=0.02)
            typical = observable(item.observable).typical_range
            plot.setYRange(*readable_y_range(shown, typical), padding=Y_PADDING)
        self._move_cursor(self.state.t)

    def _run_b(self, item):
        """B's run to draw beside ``item`` (None: compare mode off, B's run not there yet,
        or a companion run of a comparison scene, which has no B of its own)."""
        state = self.state
        if state.comparison is None or state.trajectory_b is None \
                or item.source is not state.trajectory:
            return None
        return state.trajectory_b

    def _move_cursor(self, t: float) -> None:
        if self.scale is None or self._dragging:
            return
        for cursor in self._cursors:
            cursor.setValue(self.scale.to_position(t))

    def _on_drag(self, line) -> None:
        if self.scale is None:
            return
        self._dragging = True
        try:
            self.state.set_playing(False)
            position = min(max(line.value(), 0.0), 1.0)
            for cursor in self._cursors:
                if cursor is not line:
                    cursor.setValue(position)
            self.state.set_time(self.scale.to_time(position))
        finally:
            self._dragging = False


def readable_y_range(values: np.ndarray,
                     typical_range: tuple[float, float] | None = None) -> tuple[float, float]:
    """The y range that shows ``values`` legibly: their extent, widened to a minimum span;
    a flat series spans at least a tenth of the observable's ``typical_range`` when it is
    given (an absent drug's blood pressure reads 0-4 mmHg, not hundredths of a mmHg).

    A series that does not move (every link below a blocker, a drug that is absent) is
    flat up to rounding noise of about 1e-15. Left to auto-range, pyqtgraph zooms into
    that noise: ticks read 0.999999999999998, and the view's scale of ~1e16 throws its
    items to scene coordinates near 1e16, where Qt's item index (BSP tree) loses track of
    them and later paints an item that was already deleted (the plots' segfault).
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    low, high = float(finite.min()), float(finite.max())
    magnitude = max(abs(low), abs(high))
    span = max(MIN_RELATIVE_SPAN * magnitude, MIN_ABSOLUTE_SPAN)
    flat = high - low <= FLAT_TOLERANCE * max(1.0, magnitude)
    if flat and typical_range is not None:
        span = max(span, MIN_SHARE_OF_TYPICAL * (typical_range[1] - typical_range[0]))
    if high - low >= span:
        return low, high
    middle = (low + high) / 2.0
    widened_low = middle - span / 2.0
    if low >= 0.0 > widened_low:  # a quantity that cannot be negative keeps its zero
        widened_low = 0.0
    return widened_low, widened_low + span


def _sample_times(scale: TimeScale) -> np.ndarray:
    """Times evenly spaced along the axis (so log axes keep detail in the first minutes)."""
    return np.array([scale.to_time(p) for p in np.linspace(0.0, 1.0, MAX_POINTS)])

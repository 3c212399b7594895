"""The window's small observable state: scenario, trajectory, scene, time, playback.

Widgets read it and listen to its signals; nothing else stores these values
(docs/style.md, 7). Setting a value equal to the current one emits nothing. The current
scene's :class:`SceneTimeline` is the one place beats are looked up; it waits, like the
canvas, until the scene's data is prepared (a comparison scene's beats and captions read
its companion runs, which only the simulation worker may compute).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.i18n import current_language
from app.model import Scenario, Trajectory
from app.scenes import SCENES
from app.scenes.paint import scene_ready
from app.scenes.scene_data import SceneData
from app.story.comparison import Comparison
from app.story.timeline import SceneTimeline, clamp_to_scene

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)


class AppState(QObject):
    """Current scenario and its trajectory, scene id, time (h), playing, speed, loop, theme."""

    scenarioChanged = Signal(object)
    trajectoryChanged = Signal(object)
    sceneDataChanged = Signal(object)
    sceneChanged = Signal(str)
    timeChanged = Signal(float)
    playingChanged = Signal(bool)
    speedChanged = Signal(float)
    loopChanged = Signal(bool)
    themeChanged = Signal(str)
    busyChanged = Signal(bool)
    sceneOrderChanged = Signal(list)
    comparisonChanged = Signal(object)  # the Comparison, or None: compare mode off
    trajectoryBChanged = Signal(object)  # B's run or its scene data landed (or left)

    def __init__(self, scene_ids: list[str], scenario: Scenario | None = None):
        super().__init__()
        self.scene_ids = list(scene_ids)
        self.scenario = scenario or Scenario()
        self.trajectory: Trajectory | None = None
        self.scene_data: SceneData | None = None  # what the trajectory's pictures need
        self.scene_id = self.scene_ids[0]
        self.t = 0.0
        self.playing = False
        self.speed = 1.0
        self.loop = False
        self.theme = "dark"
        self.busy = False
        #: Compare mode: scenario B beside the current one (None: off). B's run and its
        #: scene data follow from the window's simulation worker, as A's do.
        self.comparison: Comparison | None = None
        self.trajectory_b: Trajectory | None = None
        self.scene_data_b: SceneData | None = None
        self._timeline: SceneTimeline | None = None
        self._timeline_language = ""
        self._timeline_b: SceneTimeline | None = None

    @property
    def scene(self):
        """The current scene object."""
        return SCENES[self.scene_id]

    @property
    def timeline(self) -> SceneTimeline | None:
        """The current scene's timeline over the current trajectory: None before the first
        run and until the scene's data is prepared (its beats would simulate on the GUI
        thread). One is kept per scene, trajectory and language, so beats are found once:
        the presenter overlay asks every frame."""
        if self.trajectory is None or not scene_ready(self.scene, self.trajectory,
                                                      self.scene_data):
            return None
        held = self._timeline
        language = current_language()  # beat labels come in the widgets' language
        if (held is None or held.scene is not self.scene or held.trajectory is not self.trajectory
                or self._timeline_language != language):
            self._timeline = SceneTimeline(self.scene, self.trajectory)
            self._timeline_language = language
        return self._timeline

    @property
    def timeline_b(self) -> SceneTimeline | None:
        """The current scene's timeline over B's run (None unless :attr:`comparing`): only
        for naming B's beats; the window's timeline, its beats and its moves stay A's."""
        if not self.comparing:
            return None
        held = self._timeline_b
        if (held is None or held.scene is not self.scene or held.trajectory is not
                self.trajectory_b or held.lang != current_language()):
            held = self._timeline_b = SceneTimeline(self.scene, self.trajectory_b,
                                                    current_language())
        return held

    @property
    def comparing(self) -> bool:
        """Whether compare mode is on and B's run can be drawn for the current scene."""
        return (self.comparison is not None and self.trajectory_b is not None
                and scene_ready(self.scene, self.trajectory_b, self.scene_data_b))

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Compare mode on with ``comparison``'s scenario B, or off (None); B's run follows
        from the simulation worker. The run of a previous B is kept until the new one
        lands, unless compare mode goes off."""
        if comparison == self.comparison:
            return
        self.comparison = comparison
        if comparison is None:  # B's run is let go (a six-week run is 10 MiB)
            self.trajectory_b = self.scene_data_b = self._timeline_b = None
        self.comparisonChanged.emit(comparison)

    def set_trajectory_b(self, trajectory: Trajectory, scene_data: SceneData | None = None) -> None:
        """B's simulated run, with its scene data (ignored unless it is the run of the
        current B: a late answer for a B since changed or switched off)."""
        if self.comparison is None or trajectory.scenario != self.comparison.b:
            return
        same_run = trajectory is self.trajectory_b
        if same_run and (scene_data is None or scene_data is self.scene_data_b):
            return
        self.trajectory_b = trajectory
        if not same_run or scene_data is not None:
            self.scene_data_b = scene_data
        self.trajectoryBChanged.emit(trajectory)

    def step(self, scene_id: str | None = None) -> int:
        """Where ``scene_id`` (None: the current scene) stands in the lesson shown, from 1:
        every number a user sees inside a lesson is this, never the scene's own number."""
        return self.scene_ids.index(scene_id or self.scene_id) + 1

    def set_scenario(self, scenario: Scenario) -> None:
        """A new scenario (its trajectory follows from the simulation runner)."""
        if scenario != self.scenario:
            self.scenario = scenario
            self.scenarioChanged.emit(scenario)

    def revert_to_shown(self) -> None:
        """After a failed simulation: the scenario becomes again the one the picture shows
        (its trajectory's), so the controls and a saved lesson never disagree with it."""
        if self.trajectory is not None:
            self.set_scenario(self.trajectory.scenario)

    def set_scene_order(self, scene_ids: list[str]) -> None:
        """Which scenes the lesson shows, in which order (the current one stays if shown)."""
        scene_ids = list(scene_ids)
        if scene_ids and scene_ids != self.scene_ids:
            self.scene_ids = scene_ids
            self.sceneOrderChanged.emit(scene_ids)
            if self.scene_id not in scene_ids:
                self.set_scene(scene_ids[0])

    def set_trajectory(self, trajectory: Trajectory, scene_data: SceneData | None = None) -> None:
        """The simulated trajectory of the current scenario, with the data its pictures
        need (``scene_data``, prepared off the GUI thread; it may follow later)."""
        if trajectory is self.trajectory:
            self.set_scene_data(scene_data)
            return
        self.trajectory, self.scene_data = trajectory, scene_data
        self.trajectoryChanged.emit(trajectory)
        self.set_time(self.t)  # a shorter run may end before the cursor

    def set_scene_data(self, scene_data: SceneData | None) -> None:
        """What the current trajectory's pictures need (ignored if it is for another)."""
        if scene_data is not None and scene_data.trajectory is self.trajectory \
                and scene_data is not self.scene_data:
            self.scene_data = scene_data
            self.sceneDataChanged.emit(scene_data)

    def set_scene(self, scene_id: str) -> None:
        """Switch scene (an id from ``scene_ids``)."""
        if scene_id not in self.scene_ids:
            raise ValueError(f"unknown scene {scene_id!r}")
        if scene_id != self.scene_id:
            self.scene_id = scene_id
            self.sceneChanged.emit(scene_id)
            self.set_time(self.t)  # into the new scene's window

    def set_time(self, t: float) -> None:
        """Move the time cursor (hours since the first dose), kept inside the current
        scene's window once there is a trajectory (its data need not be there yet)."""
        if self.trajectory is not None:
            t = clamp_to_scene(self.scene, self.trajectory, t)
        if t != self.t:
            self.t = float(t)
            self.timeChanged.emit(self.t)

    def set_playing(self, playing: bool) -> None:
        """Start or pause playback."""
        if playing != self.playing:
            self.playing = playing
            self.playingChanged.emit(playing)

    def set_speed(self, speed: float) -> None:
        """Playback speed, 0.25x to 4x."""
        speed = min(max(speed, SPEEDS[0]), SPEEDS[-1])
        if speed != self.speed:
            self.speed = speed
            self.speedChanged.emit(speed)

    def set_loop(self, loop: bool) -> None:
        """Whether playback starts over at the end of the scene."""
        if loop != self.loop:
            self.loop = loop
            self.loopChanged.emit(loop)

    def set_theme(self, theme: str) -> None:
        """Picture theme name (``dark``, ``projector``)."""
        if theme != self.theme:
            self.theme = theme
            self.themeChanged.emit(theme)

    def set_busy(self, busy: bool) -> None:
        """Whether a simulation is running in the background."""
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

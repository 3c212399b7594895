"""The main window: canvas and timeline in the centre, scenes, explanation, plots and
controls in docks. It only assembles; each concern is a controller with its own state:
``navigation`` (scene, time, beats), ``exports`` (running export jobs), ``preferences``
(theme, reduce motion, evidence view, text size), ``presenter`` (presenter mode and the
speaker notes), ``lessons``, ``scenario_files``, ``help`` and ``menus`` (keys and menus)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.excerpt import shortened
from app.i18n import current_language
from app.model import Scenario
from app.scenes import SCENES
from app.scenes.settings import SCREEN_MIN_TEXT_PX, RenderSettings
from app.story.experiments import Experiment, comparison_of
from app.ui import screen_fit
from app.ui.accessibility import ViewPreferences
from app.ui.canvas import SceneCanvas
from app.ui.captions import CaptionPanel
from app.ui.compare import CompareControls, CompareMode
from app.ui.controls import ControlsPanel
from app.ui.docks import add_dock, arrange_compact, arrange_wide
from app.ui.experiment_card import ExperimentCard
from app.ui.export_job import ExportQueue
from app.ui.full_screen import FullScreenView, HandOverStage
from app.ui.help import HelpDialogs
from app.ui.language_switch import rebuild_in_language
from app.ui.lessons import LessonController
from app.ui.menus import WindowMenus
from app.ui.navigation import NavigationController
from app.ui.navigator import SceneNavigator
from app.ui.notes import SpeakerNotesWindow
from app.ui.playback import PlaybackController
from app.ui.plots import PlotsPanel
from app.ui.presenter import PresenterMode, WindowStage
from app.ui.problems import REPEATS, ProblemDialogs
from app.ui.scenario_files import ScenarioFiles
from app.ui.settings import Settings
from app.ui.simulation import SimulationRunner
from app.ui.state import AppState
from app.ui.study import StudyMode
from app.ui.study_panel import StudyPanel
from app.ui.timeline import TimelineBar
from app.ui.tour import TourGuide, window_steps
from app.ui.undo import ScenarioUndo


class MainWindow(QMainWindow):
    """The app's window. ``state`` holds everything the widgets show."""

    firstFramePainted = Signal()
    replacedBy = Signal(object)  # a new window, e.g. after switching the language

    def __init__(self, scenario: Scenario | None = None, scene_id: str | None = None,
                 time_h: float | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("Ketamine Cascade — how a rapid-acting antidepressant works"))
        self.state = AppState(list(SCENES), scenario)
        if scene_id:
            self.state.set_scene(scene_id)
        self.first_frame_done = False
        self.settings = Settings()
        self.problems = ProblemDialogs(self)
        self.state.set_theme(self.settings.theme())
        self.runner = SimulationRunner(self, self.state, with_b=True)
        self.undo = ScenarioUndo(self.state, self)
        self.compare = CompareMode(self.state, self.undo, self.runner.b, self)
        self.runner.simulate_first()
        if time_h is not None:
            self.state.set_time(time_h)
        self.playback = PlaybackController(self.state, self)
        self.navigation = NavigationController(self.state, self.playback, self)
        self._build_central()
        self._build_docks()
        self.exports = ExportQueue(self.state, self, self.canvas, self)
        self.preferences = ViewPreferences(self.state, self.canvas, self.settings, self._panels,
                                           self)
        self.preferences.restore(self.font())
        self.full_screen = FullScreenView(self, self.docks)
        stage = HandOverStage(WindowStage(self, [self.menuBar(), self.study_bar, self.timeline],
                                          self.docks, self.canvas), self.full_screen)
        self.presenter = PresenterMode(stage, self.canvas, self.state, self._make_notes, self)
        self.study = StudyMode(self, self.study_panel)
        self.lessons = LessonController(self.state, self.navigation, self, self)
        self.scenario_files = ScenarioFiles(self, self.state)
        self.help = HelpDialogs(self)
        self.experiment_card = ExperimentCard(self)
        self.experiment_card.follow(self.state)
        self.tour = TourGuide(self, window_steps(self), self.settings.tour_seen,
                              self.settings.remember_tour_seen)
        self.menus = WindowMenus(self)
        self._connect()
        self.preferences.restore_layout(self, self.compact)

    # --- construction -----------------------------------------------------------------
    def _build_central(self) -> None:
        self.canvas = SceneCanvas(self.state, RenderSettings(lang=current_language(),
                                                            min_text_px=SCREEN_MIN_TEXT_PX))
        self.timeline = TimelineBar(self.state)
        self.study_panel = StudyPanel()  # beside the picture, shown in study mode only
        picture = QWidget()
        layout = QVBoxLayout(picture)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.timeline)
        central = QWidget()
        beside = QHBoxLayout(central)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.setSpacing(0)
        beside.addWidget(picture, 1)
        beside.addWidget(self.study_panel)
        self.setCentralWidget(central)
        self.study_bar = QToolBar(self.tr("Study"), self)
        self.study_bar.setObjectName("study_toolbar")
        self.study_bar.setMovable(False)
        self.addToolBar(self.study_bar)

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.navigator = SceneNavigator(self.state)
        self.captions = CaptionPanel(self.state)
        self.plots = PlotsPanel(self.state)
        self.controls = ControlsPanel(self.state)
        self.compare_controls = CompareControls(self.state, self.compare)
        self.scenario_tabs = QTabWidget()
        self.scenario_tabs.addTab(self.controls, self.tr("A: scenario"))
        self.scenario_tabs.addTab(self.compare_controls, self.tr("B: compare"))
        self.compact = screen_fit.is_compact(screen_fit.available_geometry(self))
        self.scenes_dock = add_dock(self, self.tr("Scenes"), self.navigator, left, "scenes")
        self.caption_dock = add_dock(self, self.tr("Explanation"), self.captions, right,
                                     "explanation")
        self.plots_dock = add_dock(self, self.tr("Plots"), self.plots, right, "plots")
        self.controls_dock = add_dock(self, self.tr("Dose, drug and blockers"),
                                      self.scenario_tabs, right, "controls", scroll=True)
        arrange = arrange_compact if self.compact else arrange_wide
        arrange(self, *self.docks())

    def _connect(self) -> None:
        self.runner.finished.connect(self.state.set_trajectory)
        self.runner.failed.connect(self._on_simulation_failed)
        self.compare.failed.connect(self._on_simulation_failed_b)
        self.runner.busyChanged.connect(self.state.set_busy)
        self.controls.scenarioEdited.connect(self.undo.change)
        self.controls.resetRequested.connect(self.undo.reset_all)
        self.state.scenarioChanged.connect(self.runner.request)
        self.timeline.stepRequested.connect(self.navigation.step)
        self.canvas.paintFailed.connect(self._on_paint_failed)
        self.canvas.painted.connect(self._on_painted)

    def _make_notes(self) -> SpeakerNotesWindow:
        return SpeakerNotesWindow(self.state, self.lessons, self.actions(),
                                  self.menus.save_lesson, self.undo, self)

    def _panels(self) -> list[QWidget]:
        return [self.centralWidget(), *self.docks()]

    def docks(self) -> list[QDockWidget]:
        """The dock panels around the canvas."""
        return [self.scenes_dock, self.caption_dock, self.plots_dock, self.controls_dock]

    # --- reactions ------------------------------------------------------------------------
    def _on_simulation_failed(self, message: str) -> None:
        self.undo.simulation_failed()
        self.report_problem(self.tr("The simulation failed: {message}").format(
            message=shortened(message, 300)))

    def _on_simulation_failed_b(self, message: str) -> None:
        self.report_problem(self.tr("Scenario B could not be simulated: {message}").format(
            message=shortened(message, 300)))

    def toggle_compare(self) -> None:
        """V or View > Compare: compare mode on (the controls show B's page) or off."""
        self.compare.toggle()
        if self.compare.on:
            self.scenario_tabs.setCurrentWidget(self.compare_controls)

    def _on_paint_failed(self, message: str) -> None:
        self.report_unexpected(self.tr("A picture could not be drawn ({message}). The app "
                                       "keeps running; details are in the log.").format(
                                           message=message))

    def _on_painted(self) -> None:
        if not self.first_frame_done and self.state.trajectory is not None:
            self.first_frame_done = True
            self.firstFramePainted.emit()

    def apply_experiment(self, experiment: Experiment) -> None:
        """Experiments menu: the experiment's scenario A becomes the scenario and its B the
        comparison (one undoable change), the picture goes to the scene and moment where the
        paper's finding shows (if the lesson shows that scene), and the card says what the
        paper found."""
        self.undo.change_both(experiment.a, comparison_of(experiment), experiment.title)
        check = experiment.check
        if check.scene in self.state.scene_ids:
            self.navigation.show_scene_then(
                check.scene, lambda timeline: self.state.set_time(timeline.scale.clamp(
                    check.time_h)))
        self.experiment_card.show_experiment(experiment)

    def toggle_full_screen(self) -> None:
        """F11 or F: the picture and timeline full screen, or back to the panels."""
        self.full_screen.toggle()

    def leave_full_screen(self) -> None:
        """Esc: stop presenting, or back to a normal window."""
        if self.presenter.active:
            self.presenter.leave()
        else:
            self.full_screen.leave()

    # --- language, closing, problems -----------------------------------------------
    def current_language(self) -> str:
        """The language the window shows."""
        return current_language()

    def lesson_title(self) -> str:
        """The open lesson's title ("" without one)."""
        return self.lessons.lesson.title

    def lesson_questions(self) -> tuple | None:
        """The open lesson's study questions (None: the built-in set)."""
        return self.lessons.lesson.questions

    def switch_language(self, lang: str, lesson=None, lesson_path=None) -> None:
        """Show the app in ``lang`` now, rebuilt, as it was (remembered for next time)."""
        rebuild_in_language(self, lang, lesson, lesson_path)

    def finish_background_work(self) -> None:
        """Cancel running exports and wait for them and the simulation to stop, so no
        thread is destroyed while it runs (Qt would abort the whole app)."""
        self.exports.finish_all()
        self.runner.stop()
        self.runner.wait()
        self.playback.finish_glide()
        self.state.set_playing(False)

    def closeEvent(self, event) -> None:
        if not self.lessons.may_close():  # unsaved work: the user chose Cancel
            event.ignore()
            return
        self.finish_background_work()
        self.study.leave()  # the docks it hid come back before the layout is remembered
        if not (self.presenter.active or self.full_screen.active):
            self.preferences.remember_layout(self, self.compact)
        self.presenter.close_notes()
        REPEATS.flush()
        super().closeEvent(event)

    def report_problem(self, message: str) -> None:
        """Tell the user what went wrong, in words (plain text); the app keeps running.
        The same message is not shown twice at once."""
        self.problems.show(message)

    def report_unexpected(self, message: str) -> None:
        """A problem the user did not cause (a drawing bug, an uncaught exception): shown
        once per session however often it repeats; the log counts the repeats."""
        if self.problems.first_time(message):
            self.report_problem(message)

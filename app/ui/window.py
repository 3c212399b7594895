"""The main window: canvas and timeline in the centre, scenes, explanation, plots and
controls in docks, menus and the keyboard map a lecturer's clicker relies on."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.excerpt import shortened
from app.i18n import LANGUAGES, current_language, install_language, translated
from app.messages import localized
from app.model import Scenario, ScenarioError, simulate
from app.scenes import SCENES
from app.scenes.scene_data import prepare_scene_data
from app.scenes.theme import THEME_LABELS
from app.ui.accessibility import AccessibilityMixin
from app.ui.canvas import SceneCanvas
from app.ui.captions import CaptionPanel
from app.ui.controls import ControlsPanel
from app.ui.help import SHORTCUTS, HelpMixin
from app.ui.lessons import LessonController
from app.ui.navigation import NavigationMixin
from app.ui.navigator import SceneNavigator
from app.ui.notes import SpeakerNotesWindow
from app.ui.playback import PlaybackController
from app.ui.plots import PlotsPanel
from app.ui.presenter import PresenterMode
from app.ui.problems import REPEATS, ProblemDialogs
from app.ui.simulation import SimulationRunner
from app.ui.settings import Settings
from app.ui.state import AppState
from app.ui.timeline import TimelineBar, current_scale

THEMES_OFFERED = tuple(name for name, _ in THEME_LABELS)


class MainWindow(NavigationMixin, AccessibilityMixin, HelpMixin, QMainWindow):
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
        self._pending_time = time_h
        self._first_frame_done = False
        self.settings = Settings()
        self.problems = ProblemDialogs(self)
        self.state.set_theme(self.settings.theme())
        self.runner = SimulationRunner(self, self.state)
        # The first run is simulated here (about 10 ms), with what the first scene needs,
        # so the first paint is complete; the other scenes' data and every later change
        # come from the worker thread.
        first = simulate(self.state.scenario)
        self._on_trajectory(first, prepare_scene_data(first, [self.state.scene_id]))
        self.runner.prepare(first)
        self.playback = PlaybackController(self.state, self)
        self._build_central()
        self.canvas.set_settings(self.canvas.settings.changed(lang=current_language()))
        self._build_docks()
        self.presenter = PresenterMode(self)
        self.lessons = LessonController(self)
        self.notes_window = None
        self._build_actions()
        self._build_menus()
        self._connect()
        self.fit_to_screen()
        self._restore_layout()
        self._restore_access_settings()

    # --- construction -----------------------------------------------------------------
    def _build_central(self) -> None:
        self.canvas = SceneCanvas(self.state)
        self.timeline = TimelineBar(self.state)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.timeline)
        self.setCentralWidget(central)

    def _dock(self, title: str, widget, area, name: str, scroll: bool = False) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if scroll:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setWidget(widget)
            widget = holder
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.navigator = SceneNavigator(self.state)
        self.captions = CaptionPanel(self.state)
        self.plots = PlotsPanel(self.state)
        self.controls = ControlsPanel(self.state)
        self.scenes_dock = self._dock(self.tr("Scenes"), self.navigator, left, "scenes")
        self.caption_dock = self._dock(self.tr("Explanation"), self.captions, right, "explanation")
        self.plots_dock = self._dock(self.tr("Plots"), self.plots, right, "plots")
        self.controls_dock = self._dock(self.tr("Dose, drug and blockers"), self.controls, right,
                                        "controls", scroll=True)
        self.tabifyDockWidget(self.plots_dock, self.controls_dock)
        self.plots_dock.raise_()
        self.resizeDocks([self.scenes_dock], [210], Qt.Orientation.Horizontal)
        self.resizeDocks([self.caption_dock], [380], Qt.Orientation.Horizontal)

    def _build_actions(self) -> None:
        self.named_actions = {}
        presenting = lambda: self.presenter.active  # noqa: E731
        handlers = {
            "play": lambda: self.next_beat() if presenting() else self.state.set_playing(
                not self.state.playing),
            "step_back": lambda: self.previous_beat() if presenting() else self.step(-1),
            "step_forward": lambda: self.next_beat() if presenting() else self.step(1),
            "next_beat": self.next_beat, "previous_beat": self.previous_beat,
            "home": self.go_home, "end": self.go_end, "full_screen": self.toggle_full_screen,
            "leave_full_screen": self.leave_full_screen, "export": self.export,
            "help": self.show_shortcuts, "present": self.toggle_presenting,
            "black": lambda: self.presenter.toggle_blank("black") if presenting() else None,
            "white": lambda: self.presenter.toggle_blank("white") if presenting() else None,
            "captions": lambda: self.presenter.toggle_captions() if presenting() else None,
            "laser": lambda: self.presenter.toggle_laser() if presenting() else None,
            "theme": self.toggle_theme, "notes": self.show_notes,
            "evidence": self.set_evidence_view,
        }
        for name, keys, description in SHORTCUTS:
            if name not in handlers:
                continue
            action = QAction(translated(description), self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            self.addAction(action)
            self.named_actions[name] = action
        for number in range(1, len(SCENES) + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(number)))
            action.triggered.connect(lambda checked=False, n=number: self.jump_to_position(n))
            self.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("&Open lesson…"), QKeySequence.StandardKey.Open,
                            lambda: self.lessons.open())
        self.lessons.recent_menu = file_menu.addMenu(self.tr("Recent lessons"))
        self.lessons.fill_recent_menu()
        self.save_lesson_action = file_menu.addAction(
            self.tr("&Save lesson"), QKeySequence.StandardKey.Save,
            lambda: self.lessons.save(ask=False))
        file_menu.addAction(self.tr("Save lesson &as…"), QKeySequence.StandardKey.SaveAs,
                            lambda: self.lessons.save(ask=True))
        file_menu.addAction(self.tr("&Edit lesson…"), QKeySequence("Ctrl+L"), self.lessons.edit)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Open scenario…"), self.open_scenario)
        file_menu.addAction(self.tr("Save scenario…"), self.save_scenario)
        file_menu.addSeparator()
        file_menu.addAction(self.named_actions["export"])
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.named_actions["present"])
        view.addAction(self.named_actions["notes"])
        view.addAction(self.named_actions["full_screen"])
        view.addSeparator()
        for dock in self.docks():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.named_actions["evidence"].setCheckable(True)
        view.addAction(self.named_actions["evidence"])
        self.calm_action = view.addAction(self.tr("Reduce motion"))
        self.calm_action.setCheckable(True)
        self.calm_action.setToolTip(self.tr("Still, stepped particles instead of continuous "
                                            "motion (also in exports)"))
        self.calm_action.setChecked(self.canvas.settings.reduce_motion)
        self.calm_action.toggled.connect(self.set_reduce_motion)
        view.addAction(self.tr("Larger text"), QKeySequence("Ctrl+="), lambda: self.zoom_text(1))
        view.addAction(self.tr("Smaller text"), QKeySequence("Ctrl+-"), lambda: self.zoom_text(-1))
        view.addAction(self.tr("Normal text size"), QKeySequence("Ctrl+0"),
                       lambda: self.zoom_text(0))
        view.addSeparator()
        language_menu = view.addMenu(self.tr("Language / 语言"))
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda checked=False, c=code: self.switch_language(c))
            self.language_actions.addAction(action)
        theme_menu = view.addMenu(self.tr("Theme"))
        self.theme_actions = QActionGroup(self)
        for name, label in THEME_LABELS:
            action = theme_menu.addAction(translated(label))
            action.setCheckable(True)
            action.setData(name)
            action.setChecked(name == self.state.theme)
            action.triggered.connect(lambda checked=False, n=name: self.state.set_theme(n))
            self.theme_actions.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.named_actions["help"])
        help_menu.addAction(self.tr("Glossary…"), self.show_glossary)
        help_menu.addAction(self.tr("Evidence…"), self.show_evidence)
        help_menu.addAction(self.tr("About the model…"), self.show_about_model)
        help_menu.addAction(self.tr("Log files…"), self.show_log_folder)

    def _connect(self) -> None:
        self.runner.finished.connect(self._on_trajectory)
        self.runner.failed.connect(self._on_simulation_failed)
        self.runner.busyChanged.connect(self.state.set_busy)
        self.controls.scenarioEdited.connect(self.state.set_scenario)
        self.state.scenarioChanged.connect(self.runner.request)
        self.state.sceneChanged.connect(self._on_scene)
        self.timeline.stepRequested.connect(self.step)
        self.canvas.paintFailed.connect(lambda message: self.report_unexpected(
            self.tr("A picture could not be drawn ({message}). The app keeps running; "
                    "details are in the log.").format(message=message)))
        self.canvas.painted.connect(self._on_painted)
        self.state.themeChanged.connect(self._on_theme)

    def fit_to_screen(self) -> None:
        """1600x900, or the whole available screen when it is smaller (a 1366x768 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is None or available.width() < 200:
            self.resize(1600, 900)
            return
        self.resize(min(1600, available.width()), min(900, available.height()))
        self.move(available.topLeft())

    # --- reactions ------------------------------------------------------------------------
    def _on_trajectory(self, trajectory, scene_data=None) -> None:
        first = self.state.trajectory is None
        self.state.set_trajectory(trajectory, scene_data)
        scale = current_scale(self.state)
        if first and self._pending_time is not None:
            self.state.set_time(scale.clamp(self._pending_time))
        else:
            self.state.set_time(scale.clamp(self.state.t))

    def _on_simulation_failed(self, message: str) -> None:
        self.state.revert_to_shown()
        self.report_problem(self.tr("The simulation failed: {message}").format(
            message=shortened(message, 300)))

    def _on_scene(self, _scene_id: str) -> None:
        scale = current_scale(self.state)
        if scale is not None:
            self.state.set_time(scale.clamp(self.state.t))

    def _on_painted(self) -> None:
        if not self._first_frame_done and self.state.trajectory is not None:
            self._first_frame_done = True
            self.firstFramePainted.emit()

    def _restore_layout(self) -> None:
        geometry, layout = self.settings.geometry(), self.settings.layout()
        if geometry is not None and not self.restoreGeometry(geometry):
            self.settings.forget("geometry")  # bytes Qt cannot read: not kept for next time
        if layout is not None and not self.restoreState(layout):
            self.settings.forget("layout")

    def toggle_full_screen(self) -> None:
        """Full screen on or off."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        """Esc: stop presenting, or back to a normal window."""
        if self.presenter.active:
            self.presenter.leave()
        elif self.isFullScreen():
            self.showNormal()

    def toggle_presenting(self) -> None:
        """F5: presenter mode on or off (speaker notes follow on a second screen)."""
        self.presenter.toggle()
        if self.presenter.active and len(QGuiApplication.screens()) > 1:
            self.show_notes()

    def present(self) -> None:
        """Start presenting (``--present``)."""
        if not self.presenter.active:
            self.toggle_presenting()

    def show_notes(self) -> None:
        """The speaker notes window, on the other screen when there is one."""
        if self.notes_window is None:
            self.notes_window = SpeakerNotesWindow(self)
        self.notes_window.restart_clock()
        self.notes_window.place()

    def current_language(self) -> str:
        """The language the window shows."""
        return current_language()

    def switch_language(self, lang: str, lesson=None, lesson_path=None) -> None:
        """Show the app in ``lang`` now, without a restart, and remember the choice.

        The window is rebuilt in the new language with the same scenario, scene, time,
        theme and layout; every widget's text comes from the new translation.
        """
        if lang == current_language():
            return
        self.settings.setValue("language", lang)
        install_language(lang)
        replacement = MainWindow(self.state.scenario, self.state.scene_id, self.state.t)
        replacement.lessons.take_over(self.lessons, lesson, lesson_path)
        replacement.state.set_scene_order(list(replacement.lessons.lesson.scenes))
        replacement.state.set_theme(self.state.theme)
        replacement.restoreGeometry(self.saveGeometry())
        replacement.restoreState(self.saveState())
        replacement.show()
        self.replacedBy.emit(replacement)
        self.close()
        self.deleteLater()

    def finish_background_work(self) -> None:
        """Cancel running exports and wait for them and the simulation to stop, so no
        thread is destroyed while it runs (Qt would abort the whole app)."""
        for job in getattr(self, "_export_jobs", []):
            job.cancel()
            job.thread.quit()
            job.thread.wait(10000)
        self._export_jobs = []
        self.runner.wait()
        self.playback.finish_glide()
        self.state.set_playing(False)

    def toggle_theme(self) -> None:
        """T: the next theme: dark, projector, high contrast (remembered)."""
        following = THEMES_OFFERED[(THEMES_OFFERED.index(self.state.theme) + 1)
                                   % len(THEMES_OFFERED)]
        self.state.set_theme(following)

    def docks(self) -> list:
        """The dock panels around the canvas."""
        return [self.scenes_dock, self.caption_dock, self.plots_dock, self.controls_dock]

    def _on_theme(self, theme: str) -> None:
        self.settings.setValue("theme", theme)
        for action in self.theme_actions.actions():
            blocker = QSignalBlocker(action)
            action.setChecked(action.data() == theme)
            blocker.unblock()

    def closeEvent(self, event) -> None:
        if not self.lessons.may_close():  # unsaved work: the user chose Cancel
            event.ignore()
            return
        self.finish_background_work()
        if not self.presenter.active:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("layout", self.saveState())
        if self.notes_window is not None:
            self.notes_window.close()
        REPEATS.flush()
        super().closeEvent(event)

    # --- files ------------------------------------------------------------------------------
    def open_scenario(self) -> None:
        """Load a scenario JSON file chosen by the user; explain a bad file, change nothing."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open scenario"), "",
                                              self.tr("Scenario (*.json)"))
        if not path:
            return
        try:
            scenario = Scenario.load(path)
        except ScenarioError as exc:
            self.report_problem(self.tr("This scenario file cannot be used: {reason}").format(
                reason=localized(str(exc), current_language())))
            return
        self.state.set_scenario(scenario)

    def save_scenario(self) -> None:
        """Save the current scenario as JSON (atomically)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scenario"), "scenario.json",
                                              self.tr("Scenario (*.json)"))
        if not path:
            return
        try:
            self.state.scenario.save(path)
        except OSError as exc:
            self.report_problem(self.tr("Could not save {path}: {reason}").format(
                path=path, reason=localized(exc.strerror or str(exc), current_language())))

    def export(self) -> None:
        """File > Export…: choose what to export; it runs in the background."""
        if self.state.trajectory is None:
            return
        from app.ui.export_dialog import ExportDialog
        from app.ui.export_job import start_export
        self.state.set_playing(False)
        dialog = ExportDialog(self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            start_export(self, dialog.built)

    # --- dialogs ------------------------------------------------------------------------------
    def report_problem(self, message: str) -> None:
        """Tell the user what went wrong, in words (plain text); the app keeps running.
        The same message is not shown twice at once."""
        self.problems.show(message)

    def report_unexpected(self, message: str) -> None:
        """A problem the user did not cause (a drawing bug, an uncaught exception): shown
        once per session however often it repeats; the log counts the repeats."""
        if self.problems.first_time(message):
            self.report_problem(message)

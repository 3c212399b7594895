"""File > Open scenario… and Save scenario…: a scenario as JSON, in and out of the window."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog

from app.error_text import localized
from app.i18n import current_language
from app.model import Scenario, ScenarioError
from app.ui.state import AppState


class ScenarioFiles(QObject):
    """Loads a scenario into ``state`` and saves the current one. The dialogs open over
    ``window``; what goes wrong is told through its ``report_problem``."""

    def __init__(self, window, state: AppState):
        super().__init__(window)
        self.window, self.state = window, state

    def open(self) -> None:
        """Load a scenario JSON file chosen by the user; explain a bad file, change nothing."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("MainWindow", "Open scenario"), "",
            QCoreApplication.translate("MainWindow", "Scenario (*.json)"))
        if not path:
            return
        try:
            scenario = Scenario.load(path)
        except ScenarioError as exc:
            self.window.report_problem(QCoreApplication.translate(
                "MainWindow", "This scenario file cannot be used: {reason}").format(
                    reason=localized(exc, current_language())))
            return
        self.state.set_scenario(scenario)

    def save(self) -> None:
        """Save the current scenario as JSON (atomically)."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("MainWindow", "Save scenario"),
            "scenario.json", QCoreApplication.translate("MainWindow", "Scenario (*.json)"))
        if not path:
            return
        try:
            self.state.scenario.save(path)
        except OSError as exc:
            self.window.report_problem(QCoreApplication.translate(
                "MainWindow", "Could not save {path}: {reason}").format(
                    path=path, reason=localized(exc, current_language())))

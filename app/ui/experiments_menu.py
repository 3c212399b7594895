"""The Experiments menu: the classic experiments (``app.story.experiments``), one action
each, titled in the widgets' language with the papers in its tooltip."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import translated
from app.story.experiments import EXPERIMENTS, Experiment


def experiments_menu(parent: QWidget, on_chosen: Callable[[Experiment], None]) -> QMenu:
    """The "Experiments" menu: picking a preset calls ``on_chosen(experiment)``."""
    menu = QMenu(QCoreApplication.translate("MainWindow", "E&xperiments"), parent)
    menu.setToolTipsVisible(True)
    for experiment in EXPERIMENTS.values():
        action = menu.addAction(translated(experiment.title))
        action.setToolTip(experiment.sources)
        action.setData(experiment.id)
        action.triggered.connect(lambda checked=False, e=experiment: on_chosen(e))
    return menu

"""The main window's keys and menus: every action a lecturer's keyboard or clicker reaches,
wired to the controller that does the work."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.i18n import current_language, translated
from app.story.catalogue import LANGUAGE_NAMES, THEME_LABELS
from app.ui.experiments_menu import experiments_menu
from app.ui.help import SHORTCUTS
from app.ui.key_guard import KeyGuard


def _tr(text: str) -> str:
    """A menu text in the window's language; the texts are marked where they are listed
    (:data:`_MENU_TEXTS`), under the window's context as when the window built its menus."""
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(QObject):
    """Builds the window's actions (:data:`SHORTCUTS`, keys 1 to 9) and its File, View and
    Help menus from the window's controllers, and keeps the theme's check mark current.
    ``named`` maps each shortcut's name to its action."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.named: dict[str, QAction] = {}
        self.key_guard = KeyGuard(self)
        self.key_guard.watch(window)
        self._add_shortcuts()
        self._add_scene_keys()
        self.save_lesson = None
        self.calm: QAction | None = None
        self.themes = QActionGroup(self)
        self.languages = QActionGroup(self)
        self._file_menu()
        self._edit_menu()
        self._view_menu()
        w = self.window
        w.menuBar().addMenu(experiments_menu(w, w.apply_experiment))
        self._help_menu()
        window.state.themeChanged.connect(self._show_theme)

    def _handlers(self) -> dict:
        w = self.window
        nav, presenter, prefs, lessons = w.navigation, w.presenter, w.preferences, w.lessons
        on_stage = lambda: presenter.active  # noqa: E731
        return {
            "play": lambda: nav.next_beat(glide=True) if on_stage() else w.state.set_playing(
                not w.state.playing),
            "step_back": lambda: nav.previous_beat() if on_stage() else nav.step(-1),
            "step_forward": lambda: nav.next_beat(glide=True) if on_stage() else nav.step(1),
            "next_beat": lambda: nav.next_beat(glide=on_stage()),
            "previous_beat": nav.previous_beat, "home": nav.go_home, "end": nav.go_end,
            "full_screen": w.toggle_full_screen, "leave_full_screen": w.leave_full_screen,
            "export": w.exports.choose_and_start, "help": w.help.show_shortcuts,
            "present": self._toggle_presenting,
            "black": lambda: presenter.toggle_blank("black") if on_stage() else None,
            "white": lambda: presenter.toggle_blank("white") if on_stage() else None,
            "captions": lambda: presenter.toggle_captions() if on_stage() else None,
            "laser": lambda: presenter.toggle_laser() if on_stage() else None,
            "compare": w.toggle_compare, "theme": prefs.toggle_theme, "notes": presenter.show_notes,
            "evidence": lambda: prefs.set_evidence(self.named["evidence"].isChecked()),
            "undo": w.undo.stack.undo, "redo": w.undo.stack.redo,
            "open_lesson": lambda: lessons.open(),
            "save_lesson": lambda: lessons.save(ask=False),
            "save_lesson_as": lambda: lessons.save(ask=True), "edit_lesson": lessons.edit,
            "larger_text": lambda: prefs.zoom_text(1), "smaller_text": lambda: prefs.zoom_text(-1),
            "normal_text": lambda: prefs.zoom_text(0), "quit": w.close,
            "study": w.study.toggle,
        }

    def _toggle_presenting(self) -> None:
        """F5: the tour (if open) gives way, so a lecturer is never blocked; study mode
        too (it never shows while presenting)."""
        self.window.tour.skip()
        self.window.study.leave()
        self.window.presenter.toggle()

    def _add_shortcuts(self) -> None:
        handlers = self._handlers()
        for name, keys, description in SHORTCUTS:
            if name not in handlers:
                continue
            action = QAction(translated(description), self.window)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            self.window.addAction(action)
            self.named[name] = action

    def _add_scene_keys(self) -> None:
        navigation = self.window.navigation
        keys = next(keys for name, keys, _ in SHORTCUTS if name == "scene_keys")
        for number, key in enumerate(keys, start=1):
            action = QAction(self.window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(
                lambda checked=False, n=number: navigation.jump_to_position(n))
            self.window.addAction(action)

    def _entry(self, menu, name: str, text: str) -> QAction:
        """The keyed action ``name`` in ``menu``, labelled ``text``."""
        action = self.named[name]
        action.setText(text)
        menu.addAction(action)
        return action

    def _file_menu(self) -> None:
        w, lessons, files = self.window, self.window.lessons, self.window.scenario_files
        menu = w.menuBar().addMenu(_tr("&File"))
        self._entry(menu, "open_lesson", _tr("&Open lesson…"))
        lessons.set_recent_menu(menu.addMenu(_tr("Recent lessons")))
        self.save_lesson = self._entry(menu, "save_lesson", _tr("&Save lesson"))
        self._entry(menu, "save_lesson_as", _tr("Save lesson &as…"))
        self._entry(menu, "edit_lesson", _tr("&Edit lesson…"))
        menu.addSeparator()
        menu.addAction(_tr("Open scenario…"), files.open)
        menu.addAction(_tr("Save scenario…"), files.save)
        menu.addSeparator()
        menu.addAction(self.named["export"])
        menu.addSeparator()
        self._entry(menu, "quit", _tr("&Quit"))

    def _edit_menu(self) -> None:
        undo = self.window.undo
        menu = self.window.menuBar().addMenu(_tr("&Edit"))
        menu.addAction(self.named["undo"])
        menu.addAction(self.named["redo"])
        undo.bind(self.named["undo"], self.named["redo"])
        menu.addSeparator()
        reset = menu.addAction(_tr("Reset All"), undo.reset_all)
        reset.setToolTip(_tr("Back to the starting scenario (the view stays as it is)"))

    def _view_menu(self) -> None:
        w, prefs = self.window, self.window.preferences
        view = w.menuBar().addMenu(_tr("&View"))
        self._study_entry(view)
        for name in ("present", "notes", "full_screen"):
            view.addAction(self.named[name])
        view.addSeparator()
        for dock in w.docks():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        compare = self._entry(view, "compare", _tr("&Compare A and B"))
        compare.setCheckable(True)
        compare.setChecked(w.compare.on)
        w.state.comparisonChanged.connect(self._show_compare)
        self.named["evidence"].setCheckable(True)
        self.named["evidence"].setChecked(prefs.evidence)
        view.addAction(self.named["evidence"])
        self.calm = view.addAction(_tr("Reduce motion"))
        self.calm.setCheckable(True)
        self.calm.setToolTip(_tr("Still, stepped particles instead of continuous "
                                 "motion (also in exports)"))
        self.calm.setChecked(prefs.reduce_motion)
        self.calm.toggled.connect(prefs.set_reduce_motion)
        for name in ("larger_text", "smaller_text", "normal_text"):
            view.addAction(self.named[name])
        view.addSeparator()
        self._language_menu(view.addMenu(_tr("Language / 语言")))
        self._theme_menu(view.addMenu(_tr("Theme")))

    def _study_entry(self, view) -> None:
        """Study mode: checkable, in the View menu and on the window's toolbar."""
        study = self._entry(view, "study", _tr("Study"))
        study.setCheckable(True)
        study.setToolTip(_tr("Study mode: predict what happens before each key moment, "
                             "watch, then read why (F6)"))
        self.window.study_bar.addAction(study)
        button = self.window.study_bar.widgetForAction(study)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, like the rest
        button.setAccessibleName(_tr("Study"))
        self.window.study.activeChanged.connect(self._show_study)
        view.addSeparator()

    def _show_study(self, active: bool) -> None:
        blocker = QSignalBlocker(self.named["study"])
        self.named["study"].setChecked(active)
        blocker.unblock()

    def _language_menu(self, menu) -> None:
        for code, name in LANGUAGE_NAMES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(
                lambda checked=False, c=code: self.window.switch_language(c))
            self.languages.addAction(action)

    def _theme_menu(self, menu) -> None:
        state = self.window.state
        for name, label in THEME_LABELS:
            action = menu.addAction(translated(label))
            action.setCheckable(True)
            action.setData(name)
            action.setChecked(name == state.theme)
            action.triggered.connect(lambda checked=False, n=name: state.set_theme(n))
            self.themes.addAction(action)

    def _help_menu(self) -> None:
        help_dialogs = self.window.help
        menu = self.window.menuBar().addMenu(_tr("&Help"))
        menu.addAction(self.named["help"])
        menu.addAction(_tr("Tour of the window…"), self.window.tour.start)
        menu.addAction(_tr("Glossary…"), help_dialogs.show_glossary)
        menu.addAction(_tr("Evidence…"), help_dialogs.show_evidence)
        menu.addAction(_tr("About the model…"), help_dialogs.show_about_model)
        menu.addAction(_tr("Log files…"), help_dialogs.show_log_folder)

    def _show_compare(self, comparison) -> None:
        blocker = QSignalBlocker(self.named["compare"])
        self.named["compare"].setChecked(comparison is not None)
        blocker.unblock()

    def _show_theme(self, theme: str) -> None:
        for action in self.themes.actions():
            blocker = QSignalBlocker(action)
            action.setChecked(action.data() == theme)
            blocker.unblock()


_MENU_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Open lesson…"),
    QT_TRANSLATE_NOOP("MainWindow", "Recent lessons"),
    QT_TRANSLATE_NOOP("MainWindow", "&Save lesson"),
    QT_TRANSLATE_NOOP("MainWindow", "Save lesson &as…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit lesson…"),
    QT_TRANSLATE_NOOP("MainWindow", "Open scenario…"),
    QT_TRANSLATE_NOOP("MainWindow", "Save scenario…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "Reset All"),
    QT_TRANSLATE_NOOP("MainWindow", "Back to the starting scenario (the view stays as it is)"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Compare A and B"),
    QT_TRANSLATE_NOOP("MainWindow", "Study"),
    QT_TRANSLATE_NOOP("MainWindow", "Study mode: predict what happens before each key moment, "
                                    "watch, then read why (F6)"),
    QT_TRANSLATE_NOOP("MainWindow", "Reduce motion"),
    QT_TRANSLATE_NOOP("MainWindow", "Still, stepped particles instead of continuous "
                                    "motion (also in exports)"),
    QT_TRANSLATE_NOOP("MainWindow", "Language / 语言"),
    QT_TRANSLATE_NOOP("MainWindow", "Theme"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    QT_TRANSLATE_NOOP("MainWindow", "Tour of the window…"),
    QT_TRANSLATE_NOOP("MainWindow", "Glossary…"),
    QT_TRANSLATE_NOOP("MainWindow", "Evidence…"),
    QT_TRANSLATE_NOOP("MainWindow", "About the model…"),
    QT_TRANSLATE_NOOP("MainWindow", "Log files…"),
)

"""Full screen (F11 or F): the picture with its timeline alone, the panels back afterwards."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow


class FullScreenView(QObject):
    """Takes ``window`` full screen with its ``docks()`` hidden, so a small screen shows the
    picture as large as it can be with the timeline under it; when the window leaves full
    screen, whoever asks it to (Esc, F11, the window manager, the end of presenting), the
    panels come back as they were."""

    def __init__(self, window: QMainWindow, docks: Callable[[], list[QDockWidget]]):
        super().__init__(window)
        self.window, self.docks = window, docks
        self._panels: QByteArray | None = None  # the dock layout before full screen
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        """Whether the window is full screen with its panels put away by F11."""
        return self._panels is not None

    def toggle(self) -> None:
        """F11 or F: full screen with the picture alone, or back to the window."""
        self.leave() if self.window.isFullScreen() else self.enter()

    def enter(self) -> None:
        """Hide the panels and go full screen."""
        if self.window.isFullScreen():
            return
        self._panels = self.window.saveState()
        for dock in self.docks():
            dock.hide()
        self.window.showFullScreen()

    def leave(self) -> None:
        """Back to a normal window; the panels return (see :meth:`eventFilter`)."""
        if self.window.isFullScreen():
            self.window.showNormal()
        self._bring_panels_back()

    def hand_over(self) -> None:
        """Presenting starts: the panels come back first, so that presenting, which hides
        them and keeps the window full screen, returns to them when it ends."""
        self._bring_panels_back()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.WindowStateChange
                and not self.window.isFullScreen()):
            self._bring_panels_back()
        return False

    def _bring_panels_back(self) -> None:
        if self._panels is not None:
            panels, self._panels = self._panels, None
            self.window.restoreState(panels)


class HandOverStage:
    """A presenter's stage that first ends the window's F11 view (its panels back), so that
    leaving the presentation brings back the panels and not the picture alone."""

    def __init__(self, stage, full_screen: FullScreenView):
        self.stage, self.full_screen = stage, full_screen

    def enter_stage(self) -> None:
        """The panels back from F11, then everything but the canvas hidden, full screen."""
        self.full_screen.hand_over()
        self.stage.enter_stage()

    def leave_stage(self) -> None:
        """The panels and the window's size back as they were before presenting."""
        self.stage.leave_stage()

    def screen(self):
        """The screen the presentation is on."""
        return self.stage.screen()

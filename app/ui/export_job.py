"""Exports in the background: a job runs ``app.export.export.run`` in its own thread; a
monitor living in the GUI thread shows progress, success, failure or cancel. Widgets are
never touched from the export thread; the window's queue of running exports cancels and
waits for them when it closes."""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QStatusBar, QWidget

from app.error_text import localized
from app.export.progress import ExportCancelled, write_failure
from app.export.render import ExportError
from app.i18n import current_language
from app.scenes.settings import RenderSettings
from app.ui.errors import log_path

log = logging.getLogger("app.export")


class ExportHost(Protocol):
    """What running exports need of the window: where to tell their outcome."""

    def report_problem(self, message: str) -> None:
        """Tell the user what went wrong, in words."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 - QMainWindow's name
        """Where a finished export says where it went."""

    def lesson_title(self) -> str:
        """The open lesson's title ("" without one): a deck's title."""

    def lesson_questions(self) -> tuple | None:
        """The open lesson's study questions (None: the built-in set): a worksheet's."""


class RenderLook(Protocol):
    """Where the export dialog takes its defaults from (the canvas): the picture's look."""

    settings: RenderSettings


class ExportJob(QObject):
    """Runs one export in its own thread (:attr:`thread`, made here and started by
    :meth:`start`); reports progress, success, failure or cancel."""

    progressed = Signal(int, int)
    succeeded = Signal(list)
    failed = Signal(object)  # the ExportError, shown in the window's language
    cancelled = Signal()

    def __init__(self, request, trajectory):
        super().__init__()
        self.request, self.trajectory = request, trajectory
        self._stop = threading.Event()
        self.thread = QThread()  # not owned by the window: it must outlive a closing window
        self.moveToThread(self.thread)
        self.thread.started.connect(self.work)
        for signal in (self.succeeded, self.failed, self.cancelled):
            signal.connect(self.thread.quit)

    def start(self) -> None:
        """Run the export in its thread."""
        self.thread.start()

    def stop_and_wait(self, wait_ms: int) -> None:
        """Cancel, and wait up to ``wait_ms`` for the thread to stop (a thread destroyed
        while it runs aborts the whole app)."""
        self.cancel()
        self.thread.quit()
        self.thread.wait(wait_ms)

    def cancel(self) -> None:
        """Ask the export to stop; it removes what it wrote."""
        self._stop.set()

    def work(self) -> None:
        """Carry the export out (in the worker thread). Every outcome leaves as a signal:
        an exception escaping here would reach the global exception hook in this thread,
        which shows a dialog, and a widget made outside the GUI thread crashes the app."""
        try:
            from app.export.export import run  # late: Pillow and ffmpeg's wrapper cost start-up
            paths = run(self.request, self.trajectory, self.progressed.emit, self._stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except ExportError as exc:
            self.failed.emit(exc)
        except OSError as exc:
            self.failed.emit(write_failure(self.request.out, exc))
        except Exception as exc:  # noqa: BLE001 - a bug: logged, reported, the app lives on
            log.exception("the export of %s failed unexpectedly", self.request.out)
            self.failed.emit(unexpected_failure(exc))
        else:
            self.succeeded.emit([str(p) for p in paths])


def unexpected_failure(error: Exception) -> ExportError:
    """The failure for an exception nobody foresaw: its kind, and where the details are."""
    return ExportError("export.unexpected", error=type(error).__name__, path=repr(str(log_path())))


class ExportQueue(QObject):
    """The window's running exports: each runs in its own thread with a monitor showing
    its progress; a finished one is forgotten; a closing window cancels and waits for all.

    Exports are made from ``state``'s trajectory; ``host`` (the window) hears their
    outcome; the dialog starts from ``look``'s render settings; ``parent`` holds the
    progress and export dialogs."""

    def __init__(self, state, host: ExportHost, look: RenderLook, parent: QWidget):
        super().__init__(parent)
        self.state, self.host, self.look, self.parent_widget = state, host, look, parent
        self.jobs: list[ExportJob] = []

    def start(self, request, start: bool = True) -> ExportJob:
        """Run ``request`` on the current trajectory in the background with a progress
        dialog and Cancel (``start=False`` prepares the job; ``job.start()`` runs it)."""
        job = ExportJob(request, self.state.trajectory)
        ExportMonitor(job, self.host, self.parent_widget, self.forget)
        self.jobs.append(job)
        if start:
            job.start()
        return job

    def choose_and_start(self) -> None:
        """File > Export…: the user chooses what to export; it runs in the background."""
        if self.state.trajectory is None:
            return
        from app.ui.export_dialog import ExportDialog  # late: start-up does not need it
        self.state.set_playing(False)
        dialog = ExportDialog(self.state, self.look.settings, self.parent_widget,
                              self.host.lesson_title(), self.host.lesson_questions())
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            self.start(dialog.built)

    def forget(self, job: ExportJob) -> None:
        """A finished job leaves the list (its thread is then freed with it)."""
        if job in self.jobs:
            self.jobs.remove(job)

    def finish_all(self, wait_ms: int = 10000) -> None:
        """Cancel every running export and wait for its thread to stop, so no thread is
        destroyed while it runs (Qt would abort the whole app)."""
        for job in self.jobs:
            job.stop_and_wait(wait_ms)
        self.jobs = []


class ExportMonitor(QObject):
    """Shows a job's progress and outcome to ``host``, with a progress dialog on
    ``parent``, and hands the job to ``finished`` when its thread ends. It lives in the
    window's thread, so the job's signals reach it queued: widgets are never touched from
    the export thread."""

    def __init__(self, job: ExportJob, host: ExportHost, parent: QWidget, finished):
        super().__init__(parent)
        self.job, self.host, self._finished = job, host, finished
        self.dialog = QProgressDialog(_message("Exporting…"), _message("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(_message("Export"))
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(job.cancel)
        job.progressed.connect(self.show_progress)
        job.succeeded.connect(self.show_success)
        job.failed.connect(self.show_failure)
        job.cancelled.connect(self.show_cancel)
        job.thread.finished.connect(self.forget)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        """Move the progress bar."""
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot(list)
    def show_success(self, paths: list) -> None:
        """Say where the export went."""
        self.dialog.reset()
        where = paths[0] if len(paths) == 1 else str(Path(paths[0]).parent)
        self.host.statusBar().showMessage(_message("Exported {path}").format(path=where), 8000)

    @Slot(object)
    def show_failure(self, error: ExportError) -> None:
        """Say what went wrong, in words, in the window's language."""
        self.dialog.reset()
        self.host.report_problem(
            _message("The export failed: {reason}. Nothing was written.").format(
                reason=localized(error, current_language())))

    @Slot()
    def show_cancel(self) -> None:
        """Confirm the cancel."""
        self.dialog.reset()
        self.host.statusBar().showMessage(_message("Export cancelled; nothing was written."),
                                          8000)

    @Slot()
    def forget(self) -> None:
        """The job has finished: drop it from the running exports."""
        self._finished(self.job)


def _message(text: str) -> str:
    """A message of the export job in the window's language; the strings are marked for
    translation where they are written (QT_TRANSLATE_NOOP below)."""
    return QCoreApplication.translate("ExportDialog", text)


_JOB_MESSAGES = (
    QT_TRANSLATE_NOOP("ExportDialog", "Exporting…"), QT_TRANSLATE_NOOP("ExportDialog", "Cancel"),
    QT_TRANSLATE_NOOP("ExportDialog", "Export"),
    QT_TRANSLATE_NOOP("ExportDialog", "Exported {path}"),
    QT_TRANSLATE_NOOP("ExportDialog", "The export failed: {reason}. Nothing was written."),
    QT_TRANSLATE_NOOP("ExportDialog", "Export cancelled; nothing was written."),
)

"""An export run from a terminal: Ctrl+C or SIGTERM cancels it cleanly at the next frame,
and its progress is one rewritten line on stderr.

Pure Python (the export's request types are imported only when progress is shown).
"""
from __future__ import annotations

import signal
import sys
import threading

from app.cli_common import Terminated


class SignalsCancel:
    """Ctrl+C (SIGINT) or SIGTERM cancels the export at the next frame, so it removes what
    it wrote and no drawing is cut in half; a second signal stops at once. Callable:
    ``cancelled()``; ``requested`` is the interrupt to raise (None until a signal)."""

    _INTERRUPTS = {signal.SIGINT: KeyboardInterrupt, signal.SIGTERM: Terminated}

    def __init__(self):
        self.requested = None
        self._previous = {}

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self._previous = {number: signal.signal(number, self._on_signal)
                              for number in self._INTERRUPTS}
        return self

    def __exit__(self, *exc_info):
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def __call__(self) -> bool:
        return self.requested is not None

    def _on_signal(self, signum, frame):
        if self.requested is not None:
            raise self._INTERRUPTS[signum]
        self.requested = self._INTERRUPTS[signum]


class TerminalProgress:
    """``exporting 123/300 frames`` on one rewritten stderr line (terminals only)."""

    def __init__(self, request):
        from app.export.requests import ClipRequest
        self.unit = "frames" if isinstance(request, ClipRequest) else "steps"
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total > 1:
            sys.stderr.write(f"\rexporting {done}/{total} {self.unit}")
            sys.stderr.flush()
            self.shown = True

    def finish(self) -> None:
        """End the progress line."""
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()

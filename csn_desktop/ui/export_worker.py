"""Running one export on a worker thread, with progress, cancellation and the outcome."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

# An export action with its arguments bound: called with progress(done, total) and cancelled().
ExportJob = Callable[[Callable[[int, int], None], Callable[[], bool]], Path]


@dataclass(frozen=True)
class ExportOutcome:
    """The file written, or why not: ``cancelled`` or a message for the user."""

    path: Path | None = None
    cancelled: bool = False
    error: Exception | None = None


def run_job(
    job: ExportJob, stop: threading.Event, progress: Callable[[int, int], None]
) -> ExportOutcome:
    """Call the job and turn its result or exception into an outcome."""
    from csn_desktop.exports.control import ExportCancelled

    try:
        return ExportOutcome(path=job(progress, stop.is_set))
    except ExportCancelled:
        return ExportOutcome(cancelled=True)
    except Exception as error:
        return ExportOutcome(error=error)


class _JobThread(QThread):
    """Calls the job; everything it opens (sessions, files) is opened on this thread."""

    def __init__(self, run: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("csn-export")
        self._call = run

    def run(self) -> None:
        self._call()


class ExportWorker(QObject):
    """Runs the job on a QThread; its own signals are all emitted on the GUI thread.

    The thread only stores its progress and outcome, and no signal is connected across threads:
    a timer on the GUI thread picks them up. (PySide6 6.12 crashes at interpreter exit after
    signals were emitted from a worker thread to Python slots while windows were alive.)
    ``cancel()`` may be called from any thread: the job stops at its next step and the file
    that was there before stays as it was.
    """

    progressed = Signal(int, int)
    finished = Signal(object)  # ExportOutcome
    POLL_MS = 50

    def __init__(
        self, job: ExportJob, *, threaded: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.threaded = threaded
        self.stop = threading.Event()
        self.outcome: ExportOutcome | None = None
        self._thread: _JobThread | None = None
        self._result: ExportOutcome | None = None
        self._latest = (0, 0)
        self._reported = (0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the job; without ``threaded`` (in-memory databases) it runs here and now."""
        if not self.threaded:
            self._done(run_job(self.job, self.stop, self.progressed.emit))
            return
        self._thread = _JobThread(self._run, self)
        self._thread.start()
        self._timer.start()

    def _run(self) -> None:
        """On the worker thread: everything the job opens (sessions, files) is opened here."""
        self._result = run_job(self.job, self.stop, self._record_progress)

    def _record_progress(self, done: int, total: int) -> None:
        self._latest = (done, total)

    def cancel(self) -> None:
        self.stop.set()

    def is_running(self) -> bool:
        return self._thread is not None and self.outcome is None

    def wait(self) -> None:
        """Block until the job's thread has ended (used when the window closes)."""
        if self._thread is not None:
            self._thread.wait()

    def _poll(self) -> None:
        latest = self._latest
        if latest != self._reported:
            self._reported = latest
            self.progressed.emit(*latest)
        if self._thread is not None and self._thread.isFinished():
            self._timer.stop()
            self._thread.wait()
            assert self._result is not None
            self._done(self._result)

    def _done(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self.finished.emit(outcome)

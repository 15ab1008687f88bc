"""One export on the background worker: its progress, cancellation and outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from csn_desktop.ui.worker import Progress, Worker

# An export action with its arguments bound: called with progress(done, total) and cancelled().
ExportJob = Callable[[Callable[[int, int], None], Callable[[], bool]], Path]


@dataclass(frozen=True)
class ExportOutcome:
    """The file written, or why not: ``cancelled`` or a message for the user."""

    path: Path | None = None
    cancelled: bool = False
    error: Exception | None = None


def run_job(job: ExportJob, progress: Progress, cancelled: Callable[[], bool]) -> ExportOutcome:
    """Call the job and turn its result or exception into an outcome."""
    from csn_desktop.exports.control import ExportCancelled

    try:
        return ExportOutcome(path=job(progress, cancelled))
    except ExportCancelled:
        return ExportOutcome(cancelled=True)
    except Exception as error:
        return ExportOutcome(error=error)


class ExportWorker(QObject):
    """Runs the job on a :class:`Worker`; ``finished(outcome)`` comes on the GUI thread.

    Everything the job opens (sessions, files) is opened on the worker thread. ``cancel()`` may
    be called from any thread: the job stops at its next step and the file that was there
    before stays as it was.
    """

    progressed = Signal(int, int)
    finished = Signal(object)  # ExportOutcome

    def __init__(
        self, job: ExportJob, *, threaded: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.outcome: ExportOutcome | None = None
        self.worker = Worker(
            lambda progress, cancelled: run_job(job, progress, cancelled),
            name="csn-export",
            threaded=threaded,
            parent=self,
        )
        self.worker.progressed.connect(
            lambda done, total, _detail: self.progressed.emit(done, total)
        )
        self.worker.succeeded.connect(self._done)

    def start(self) -> None:
        """Start the job; without ``threaded`` (in-memory databases) it runs here and now."""
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.worker.is_running()

    def wait(self) -> None:
        """Block until the job's thread has ended (used when the window closes)."""
        self.worker.wait()

    def _done(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self.finished.emit(outcome)

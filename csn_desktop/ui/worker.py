"""Background work: a function on a worker thread, its progress and outcome on the GUI thread."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

# Why a Python thread that only fills a queue, drained by a timer on the GUI thread:
# - No signal is emitted from the worker thread. PySide6 (6.12 at least) crashes at interpreter
#   exit after signals were emitted from a worker thread to Python slots while windows were
#   alive, and an emission that races the receiver's deletion is undefined behaviour.
# - No Qt object belongs to the thread. Deleting a window deletes its children; a running QThread
#   among them aborts the process ("QThread: Destroyed while thread is still running"). A Python
#   thread holds only the function, the queue and the cancel flag, so it may outlive its window:
#   what it reports then lands in a queue nobody drains.
# - Every slot runs on the GUI thread, because the timer that emits the signals lives there.


class Progress(Protocol):
    """What the work calls after each step: steps done, steps in all, an optional detail."""

    def __call__(self, done: int, total: int, detail: object = None) -> None: ...


# The work: called with progress(done, total[, detail]) and cancelled(); returns the result.
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Progressed(NamedTuple):
    """A progress report on its way from the worker thread."""

    done: int
    total: int
    detail: object


class _Outcome:
    """The work's result, or the exception it raised; the last item the thread queues."""

    def __init__(self, ok: bool, value: Any) -> None:
        self.ok = ok
        self.value = value


def _call(work: Work, reports: queue.SimpleQueue[object], stop: threading.Event) -> None:
    """On the worker thread: touches nothing but the queue, the flag and what the work opens."""

    def progress(done: int, total: int, detail: object = None) -> None:
        reports.put(_Progressed(done, total, detail))

    try:
        outcome = _Outcome(True, work(progress, stop.is_set))
    except Exception as error:  # handed to the GUI thread, never lost in the thread
        outcome = _Outcome(False, error)
    reports.put(outcome)


class Worker(QObject):
    """Runs ``work`` once on its own thread; every signal is emitted on the GUI thread.

    ``progressed(done, total, detail)`` follows the work's steps (only the latest when several
    arrive at once), then ``succeeded(result)`` or ``failed(error)``, then ``finished()``.
    ``cancel()`` asks the work to stop: it reads ``cancelled()`` between steps. Without
    ``threaded`` (in-memory databases exist once per thread) the work runs within ``start()``.
    """

    progressed = Signal(int, int, object)
    succeeded = Signal(object)
    failed = Signal(object)  # Exception
    finished = Signal()
    POLL_MS = 20

    def __init__(
        self,
        work: Work,
        *,
        name: str = "csn-worker",
        threaded: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.name = name
        self.threaded = threaded
        self._stop = threading.Event()
        self._reports: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._drain)

    def start(self) -> None:
        self._running = True
        if not self.threaded:
            _call(self.work, self._reports, self._stop)
            self._drain()
            return
        # Not a daemon: a process that ends while the work writes waits for it to finish.
        self._thread = threading.Thread(
            target=_call, args=(self.work, self._reports, self._stop), name=self.name
        )
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (safe from any thread)."""
        self._stop.set()

    def is_running(self) -> bool:
        """Started and its outcome not yet delivered."""
        return self._running

    def wait(self) -> None:
        """Block until the thread has ended (when the window closes); nothing is delivered."""
        if self._thread is not None:
            self._thread.join()

    def _drain(self) -> None:
        latest: _Progressed | None = None
        outcome: _Outcome | None = None
        while outcome is None:
            try:
                report = self._reports.get_nowait()
            except queue.Empty:
                break
            if isinstance(report, _Progressed):
                latest = report
            elif isinstance(report, _Outcome):
                outcome = report
        if latest is not None:
            self.progressed.emit(*latest)
        if outcome is not None:
            self._timer.stop()
            self._running = False
            (self.succeeded if outcome.ok else self.failed).emit(outcome.value)
            self.finished.emit()

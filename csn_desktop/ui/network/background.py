"""A function called on a worker thread, its result or error picked up on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

# Threads still running, kept here rather than under a window: deleting a window (and its
# children) while its thread runs would destroy a running QThread, which aborts the process.
_RUNNING: set[QThread] = set()


def _keep(thread: QThread) -> None:
    for finished in [t for t in _RUNNING if t.isFinished()]:
        finished.wait()
        _RUNNING.discard(finished)
    _RUNNING.add(thread)


class _CallThread(QThread):
    def __init__(self, call: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("csn-network")
        self._call = call

    def run(self) -> None:
        self._call()


class BackgroundCall(QObject):
    """Runs ``function()`` once; ``done(result)`` or ``failed(error)`` follow on the GUI thread.

    As in the export worker, the thread only stores its result and a GUI-thread timer picks it
    up, so no signal crosses threads. Without ``threaded`` (in-memory databases, which exist once
    per thread) the function runs at ``start()``.
    """

    done = Signal(object)
    failed = Signal(object)  # Exception
    POLL_MS = 30

    def __init__(
        self, function: Callable[[], Any], *, threaded: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.function = function
        self.threaded = threaded
        self._thread: _CallThread | None = None
        self._outcome: tuple[bool, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        if not self.threaded:
            self._run()
            self._deliver()
            return
        self._thread = _CallThread(self._run)
        _keep(self._thread)
        self._thread.start()
        self._timer.start()

    def is_running(self) -> bool:
        return self._thread is not None and self._timer.isActive()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _run(self) -> None:
        try:
            self._outcome = (True, self.function())
        except Exception as error:  # handed to the GUI thread, never lost in the thread
            self._outcome = (False, error)

    def _poll(self) -> None:
        if self._thread is not None and self._thread.isFinished():
            self._timer.stop()
            self._thread.wait()
            self._deliver()

    def _deliver(self) -> None:
        assert self._outcome is not None
        ok, value = self._outcome
        (self.done if ok else self.failed).emit(value)

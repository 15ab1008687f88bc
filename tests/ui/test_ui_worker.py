"""The background worker: slots on the GUI thread, cancel, errors, and an owner deleted mid-run."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from csn_desktop.ui.worker import Progress, Worker

TIMEOUT = 30_000


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_signals_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    work_threads: list[threading.Thread] = []
    slots: list[tuple[str, bool]] = []

    def work(progress: Progress, cancelled: Callable[[], bool]) -> str:
        work_threads.append(threading.current_thread())
        progress(1, 2, "first")
        progress(2, 2, "second")
        return "result"

    worker = Worker(work)
    worker.progressed.connect(
        lambda done, total, detail: slots.append(("progress", on_gui_thread()))
    )
    worker.succeeded.connect(lambda result: slots.append((result, on_gui_thread())))
    worker.finished.connect(lambda: slots.append(("finished", on_gui_thread())))
    with qtbot.waitSignal(worker.finished, timeout=TIMEOUT):
        worker.start()
        assert worker.is_running()
    assert not worker.is_running()
    assert work_threads and work_threads[0] is not threading.main_thread()
    assert [name for name, _ in slots][-2:] == ["result", "finished"]
    assert "progress" in [name for name, _ in slots]
    assert all(gui for _, gui in slots)


def test_progress_reports_the_latest_step(qtbot: QtBot) -> None:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> None:
        for step in range(1, 6):
            progress(step, 5, f"file {step}")

    worker = Worker(work)
    seen: list[tuple[int, int, object]] = []
    worker.progressed.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(worker.finished, timeout=TIMEOUT):
        worker.start()
    assert seen and seen[-1] == (5, 5, "file 5")


def test_cancel_stops_the_work_between_steps(qtbot: QtBot) -> None:
    started, proceed = threading.Event(), threading.Event()

    def work(progress: Progress, cancelled: Callable[[], bool]) -> int:
        started.set()
        for step in range(1, 1001):
            if cancelled():
                return step - 1  # the steps completed
            progress(step, 1000)
            proceed.wait()
        return 1000

    worker = Worker(work)
    with qtbot.waitSignal(worker.succeeded, timeout=TIMEOUT) as blocker:
        worker.start()
        qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
        worker.cancel()
        proceed.set()
    assert blocker.args[0] in (0, 1)


def test_an_exception_in_the_work_arrives_as_an_error(qtbot: QtBot) -> None:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> None:
        raise ValueError("broken")

    results: list[object] = []
    errors: list[tuple[object, bool]] = []
    for threaded in (True, False):
        results.clear()
        errors.clear()
        worker = Worker(work, threaded=threaded)
        worker.succeeded.connect(results.append)
        worker.failed.connect(lambda error: errors.append((error, on_gui_thread())))
        with qtbot.waitSignal(worker.finished, timeout=TIMEOUT):
            worker.start()
        assert results == []
        assert len(errors) == 1
        error, gui = errors[0]
        assert isinstance(error, ValueError) and str(error) == "broken" and gui


def test_deleting_the_owner_mid_run_does_not_abort(qtbot: QtBot) -> None:
    release, running = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def work(progress: Progress, cancelled: Callable[[], bool]) -> str:
        threads.append(threading.current_thread())
        running.set()
        release.wait()
        progress(1, 1)
        return "nobody listens"

    owner = QWidget()
    worker = Worker(work, parent=owner)
    delivered: list[object] = []
    worker.succeeded.connect(delivered.append)
    worker.start()
    qtbot.waitUntil(running.is_set, timeout=TIMEOUT)
    with qtbot.waitSignal(owner.destroyed, timeout=TIMEOUT):
        owner.deleteLater()
    release.set()  # the work goes on after its owner (and the worker) were deleted
    threads[0].join()
    assert not threads[0].is_alive()
    QCoreApplication.processEvents()  # nothing may arrive, nothing aborts
    assert delivered == []

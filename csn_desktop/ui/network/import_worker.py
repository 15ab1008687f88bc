"""Importing in a worker thread, reporting progress per file and stopping when asked."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.imports.outcomes import FileResult
from csn_desktop.storage.database import Database


class ImportWorker(QObject):
    """Runs ``import_files`` in its own thread; sessions are opened there, one per file."""

    progressed = Signal(int, int, str)  # files done, files in all, the last file's name
    finished = Signal(list)  # list[FileResult]
    failed = Signal(str)

    def __init__(
        self, database: Database, library: QuestionnaireLibrary, paths: list[Path]
    ) -> None:
        super().__init__()
        self.database = database
        self.library = library
        self.paths = paths
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from csn_desktop.actions.importing import import_files

        try:
            results = import_files(
                self.database,
                self.library,
                self.paths,
                progress=self._progress,
                cancelled=self._stop.is_set,
            )
        except Exception as error:  # reported to the window, never lost in the thread
            self.failed.emit(str(error))
            return
        self.finished.emit(results)

    def _progress(self, done: int, total: int, result: FileResult) -> None:
        self.progressed.emit(done, total, result.path.name)


def start_in_thread(worker: ImportWorker, parent: QObject) -> QThread:
    """Move the worker to a new thread and start it; the thread ends when the worker does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread

"""Concurrency-test child: imports folders into a database once every child is ready."""

from __future__ import annotations

import logging
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database, questionnaire_library

# Only a hang guard (a sibling that died before the start): the import itself has no limit.
START_WAIT = 600


class _Errors(logging.Handler):
    """Every warning or error the import logs: a clean concurrent import logs none."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def import_folder(url: str, folders: list[Path], start: Barrier | None) -> dict[str, Any]:
    """Import the folders (one batch) after the others are ready; what each file came to.

    Returns {"results": [(file name, sha256, outcome, message)], "logged": [warnings]}.
    """
    errors = _Errors()
    logging.getLogger("csn_desktop").addHandler(errors)
    library = questionnaire_library()
    database = open_app_database(url)
    try:
        if start is not None:
            start.wait(START_WAIT)
        results = import_files(database, library, folders)
    finally:
        database.close()
    return {
        "results": [(r.path.name, r.sha256, str(r.outcome), r.message) for r in results],
        "logged": errors.messages,
    }


def run(url: str, folders: list[Path], start: Barrier | None, queue: Any) -> None:
    """A process's target: the import's outcome (or the exception) put on the queue."""
    try:
        queue.put(import_folder(url, folders, start))
    except BaseException as error:
        queue.put({"results": [], "logged": [f"the import process failed: {error!r}"]})
        raise

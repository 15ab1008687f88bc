"""A peer benchmark file written from a demo network, made once per test session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.peer_benchmark import write_benchmark_file
from csn_desktop.actions.setup import open_app_database, questionnaire_library

PRODUCED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
# A London borough: its UK, nation (England) and authority type are all published by the demo.
WESTMINSTER = "E09000033"
_made: dict[str, Path] = {}


def demo_benchmark(factory: pytest.TempPathFactory) -> Path:
    """The benchmark of a 300-council demo network, drafts counted so that more figures are
    published; written on first use, then reused."""
    if "file" not in _made:
        library = questionnaire_library()
        newest = library.latest()
        folder = factory.mktemp("peer-network")
        database = open_app_database(folder / "network.sqlite3")
        try:
            fill_demo(database, newest, councils=300, seed=7, earlier=library.previous(newest))
            written = write_benchmark_file(
                database,
                library,
                folder / "benchmark.json",
                include_drafts=True,
                produced_at=PRODUCED,
            )
        finally:
            database.close()
        _made["file"] = written.path
    return _made["file"]

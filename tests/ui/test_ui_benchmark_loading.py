"""File → Load peer benchmark…: the file chosen is loaded and the officer told what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.peer_benchmark import write_benchmark_file
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage.models import PeerBenchmark
from csn_desktop.ui import benchmark_loading
from csn_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answered, WindowFactory


@pytest.fixture
def benchmark_file(tmp_path: Path, library: QuestionnaireLibrary) -> Path:
    database = open_app_database(tmp_path / "network.sqlite3")
    try:
        fill_demo(database, library.latest(), councils=120, seed=3)
        return write_benchmark_file(database, library, tmp_path / "benchmark.json").path
    finally:
        database.close()


def load_from_menu(window: MainWindow, qtbot: QtBot) -> None:
    file_menu = window.menus.file
    action = next(a for a in file_menu.actions() if a.objectName() == "load_peer_benchmark")
    assert action.text() == "Load &peer benchmark…"
    action.trigger()


def test_the_menu_loads_the_file_and_says_what_was_loaded(
    make_window: WindowFactory,
    qtbot: QtBot,
    benchmark_file: Path,
    answered: Answered,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    told: list[str] = []
    chosen: list[Path | None] = [benchmark_file]
    monkeypatch.setattr(
        benchmark_loading.ChooseBenchmark, "ask", classmethod(lambda cls, parent: chosen[0])
    )
    monkeypatch.setattr(
        benchmark_loading.BenchmarkLoaded,
        "ask",
        classmethod(lambda cls, p, text: told.append(text)),
    )
    window = make_window()
    load_from_menu(window, qtbot)
    assert told and told[-1].startswith("Loaded the peer benchmark: 2026/27")
    assert "in the UK" in told[-1]
    assert window.database is not None
    with window.database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(PeerBenchmark)) == 1
    load_from_menu(window, qtbot)
    assert "already loaded" in told[-1]

    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(benchmark_file.read_bytes().replace(b'"period"', b'"periode"', 1))
    chosen[0] = damaged
    load_from_menu(window, qtbot)
    assert answered.messages and "“damaged.json” was not loaded" in answered.messages[-1]
    assert len(told) == 2

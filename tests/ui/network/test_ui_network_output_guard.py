"""The network window's report export refuses the database, and says so in one message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from csn_desktop.actions.output_guard import OutputRefused
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.network_figures import Audience
from csn_desktop.storage.database import Database
from csn_desktop.ui.export_dialog import AfterExport
from csn_desktop.ui.export_worker import ExportOutcome
from csn_desktop.ui.network import choosers, report_export
from csn_desktop.ui.network.audience_dialog import AudienceDialog
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.ui.network.conftest import wait_loaded


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_app_database(tmp_path / "network.sqlite3")
    yield database
    database.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_a_report_onto_the_database_is_refused(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    answered: Any,
    suffix: str,
) -> None:
    assert database.path is not None
    before = database.path.read_bytes()
    link = tmp_path / f"network{suffix}"
    link.symlink_to(database.path)
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    monkeypatch.setattr(
        AudienceDialog, "ask", classmethod(lambda cls, parent, minimum: Audience.PUBLISHABLE)
    )
    monkeypatch.setattr(
        choosers.ChooseReportFile, "ask", classmethod(lambda cls, parent, suffix, audience: link)
    )
    offered: list[Path] = []
    monkeypatch.setattr(
        report_export.ReportWritten,
        "ask",
        classmethod(lambda cls, parent, path: offered.append(path) or AfterExport.CLOSE),
    )
    with qtbot.wait_signal(window.reports.finished, timeout=60_000) as blocker:
        window.export(suffix)
    outcome: ExportOutcome = blocker.args[0]
    assert isinstance(outcome.error, OutputRefused)
    assert offered == []
    assert len(answered.messages) == 1
    assert "is the database csn-desktop is using" in answered.messages[0]
    assert database.path.read_bytes() == before

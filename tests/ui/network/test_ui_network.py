"""The network window: importing through the worker thread, filters, heatmap, exports, viewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage.database import Database
from csn_desktop.ui.export_dialog import AfterExport
from csn_desktop.ui.export_worker import ExportOutcome
from csn_desktop.ui.network import choosers, report_export, results_dialog
from csn_desktop.ui.network.figure_table import KEY_ROLE
from csn_desktop.ui.network.heatmap_model import ANSWERING
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.imports.conftest import submission_bytes, write
from tests.ui.network.conftest import wait_loaded

COUNCILS = ["W06000015", "W06000011", "W06000022", "E08000025", "S12000036", "E09000033"]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_app_database(tmp_path / "network.sqlite3")
    yield database
    database.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[list[FileResult]]:
    seen: list[list[FileResult]] = []
    monkeypatch.setattr(
        results_dialog.ImportResultsDialog,
        "ask",
        classmethod(lambda cls, parent, results, *_: seen.append(results)),
    )
    return seen


def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    questionnaire = questionnaire_library().latest()
    for n, code in enumerate(COUNCILS, start=1):
        write(folder, f"{code}.xlsx", submission_bytes(questionnaire, gss_code=code, seed=n))
    write(folder, "~$W06000015.xlsx", b"lock")
    write(folder, "bad.xlsx", b"")
    return folder


def import_folder(qtbot: QtBot, window: NetworkWindow, folder: Path) -> list[FileResult]:
    with qtbot.wait_signal(window.imports_done, timeout=60_000) as blocker:
        window.start_import([folder])
    results: list[FileResult] = blocker.args[0]
    wait_loaded(qtbot, window)  # the window reloads what was imported
    return results


def test_import_filter_and_view(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    shown: list[list[FileResult]],
    qtmodeltester: object,
) -> None:
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    assert "0 councils" in window.count_label.text()
    results = import_folder(qtbot, window, inbox(tmp_path))
    outcomes = sorted(str(r.outcome) for r in results)
    assert outcomes == ["new"] * 6 + ["rejected", "skipped"]
    assert shown and shown[0] == results
    assert window.count_label.text().startswith("6 councils submitted")
    assert window.councils_model.rowCount() == 6
    qtmodeltester.check(window.heatmap_model)  # type: ignore[attr-defined]
    model = window.heatmap_model
    assert model.rowCount() == len(window.library.latest().standards)
    assert model.data(model.index(0, ANSWERING)) in {str(n) for n in range(7)} | {
        f"{n} *" for n in range(5)
    }

    window.filters["nation"].set_chosen(["Wales"])
    assert window.count_label.text().startswith("3 councils submitted")
    assert "withheld from exports" in window.count_label.text()
    assert window.councils_model.rowCount() == 3

    viewer = window.open_assessment(int(window.councils_model.index(0, 0).data(KEY_ROLE)))
    assert viewer is not None and "read-only" in viewer.windowTitle()
    viewer.close()


def test_exports_from_the_window(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    shown: list[list[FileResult]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    import_folder(qtbot, window, inbox(tmp_path))
    wait_loaded(qtbot, window)
    monkeypatch.setattr(
        choosers.ChooseReportFile,
        "ask",
        classmethod(lambda cls, parent, suffix: tmp_path / f"out{suffix}"),
    )
    offered: list[Path] = []
    monkeypatch.setattr(
        report_export.ReportWritten,
        "ask",
        classmethod(lambda cls, parent, path: offered.append(path) or AfterExport.CLOSE),
    )

    def export(suffix: str) -> Path | None:
        with qtbot.wait_signal(window.reports.finished, timeout=60_000) as blocker:
            window.export(suffix)
        outcome: ExportOutcome = blocker.args[0]
        assert outcome.error is None
        return outcome.path

    workbook_path = export(".xlsx")
    pdf_path = export(".pdf")
    assert workbook_path is not None and pdf_path is not None
    assert offered == [workbook_path, pdf_path]
    book = load_workbook(workbook_path, read_only=True)
    assert book.sheetnames[:4] == ["About", "Standards summary", "Barriers", "Priorities"]
    assert book.sheetnames[4:] == ["Council standards", "Council answers"]
    summary = list(book["Standards summary"].iter_rows(values_only=True))
    assert summary[0][3] == "Councils answering"
    assert len(summary) == 1 + len(window.library.latest().standards)
    pdf = PdfReader(pdf_path)
    assert pdf.metadata is not None and "across councils" in str(pdf.metadata.title)
    assert "Figures about fewer than 5 councils" in pdf.pages[0].extract_text()

    window.filters["nation"].set_chosen(["Wales"])
    small = export(".xlsx")
    assert small is not None
    small_book = load_workbook(small, read_only=True)
    about = [c for row in small_book["About"].iter_rows(values_only=True) for c in row]
    assert "suppressed (fewer than 5 councils)" in about
    rows = list(small_book["Standards summary"].iter_rows(min_row=2, values_only=True))
    assert all(row[3] == "suppressed (fewer than 5 councils)" for row in rows)
    assert list(small_book["Council standards"].iter_rows(min_row=2, values_only=True)) == []


def test_cancel_stops_between_files(
    qtbot: QtBot, tmp_path: Path, database: Database, shown: list[list[FileResult]]
) -> None:
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    folder = inbox(tmp_path)
    with qtbot.wait_signal(window.imports_done, timeout=60_000) as blocker:
        window.start_import([folder])
        assert window.worker is not None
        window.worker.cancel()
    results: list[FileResult] = blocker.args[0]
    assert any(r.outcome is Outcome.CANCELLED for r in results) or all(
        r.outcome is not Outcome.CANCELLED for r in results
    )
    assert len(results) == 8

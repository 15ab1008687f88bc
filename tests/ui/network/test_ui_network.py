"""The network window: importing through the worker thread, filters, heatmap, exports, viewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.network_figures import Audience
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage.database import Database
from csn_desktop.ui.export_dialog import AfterExport
from csn_desktop.ui.export_worker import ExportOutcome
from csn_desktop.ui.network import choosers, report_export, results_dialog
from csn_desktop.ui.network.audience_dialog import AudienceDialog
from csn_desktop.ui.network.figure_table import KEY_ROLE
from csn_desktop.ui.network.heatmap_model import ANSWERING
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.imports.conftest import council_names, submission_bytes, write
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
    assert window.header.councils.text().startswith("Counted: withheld.")
    assert window.filter_bar.period.count() == 0
    results = import_folder(qtbot, window, inbox(tmp_path))
    outcomes = sorted(str(r.outcome) for r in results)
    assert outcomes == ["new"] * 6 + ["rejected", "skipped"]
    assert shown and shown[0] == results
    assert window.filter_bar.period.currentText() == "2026/27"
    assert window.header.councils.text().startswith("Counted: 6 councils.")
    assert window.councils_model.rowCount() == 6
    qtmodeltester.check(window.heatmap_model)  # type: ignore[attr-defined]
    model = window.heatmap_model
    assert model.rowCount() == len(window.library.latest().standards)
    assert model.data(model.index(0, ANSWERING)) in {str(n) for n in range(5, 7)} | {"withheld"}

    window.filter_bar.places["nation"].set_chosen(["Wales"])
    assert window.header.councils.text().startswith("Counted: withheld.")
    assert window.councils_model.rowCount() == 3
    assert {model.index(0, c).data() for c in range(ANSWERING, model.columnCount())} == {"withheld"}

    viewer = window.open_assessment(int(window.councils_model.index(0, 0).data(KEY_ROLE)))
    assert viewer is not None and "read-only" in viewer.windowTitle()
    viewer.close()


def sheet_texts(path: Path) -> dict[str, str]:
    """Every sheet's cells, header and footer as one text, by sheet name."""
    book = load_workbook(path)
    texts = {}
    for sheet in book.worksheets:
        cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
        margins = [
            str(part.text or "")
            for margin in (sheet.oddHeader, sheet.oddFooter)
            for part in (margin.left, margin.center, margin.right)
        ]
        texts[sheet.title] = "\n".join(cells + margins)
    return texts


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
    audiences: list[Audience] = []
    monkeypatch.setattr(
        AudienceDialog, "ask", classmethod(lambda cls, parent, minimum: audiences.pop(0))
    )
    suggested: list[Audience] = []

    def choose(cls: object, parent: object, suffix: str, audience: Audience) -> Path:
        suggested.append(audience)
        return tmp_path / f"out{suffix}"

    monkeypatch.setattr(choosers.ChooseReportFile, "ask", classmethod(choose))
    offered: list[Path] = []
    monkeypatch.setattr(
        report_export.ReportWritten,
        "ask",
        classmethod(lambda cls, parent, path: offered.append(path) or AfterExport.CLOSE),
    )

    def export(suffix: str, audience: Audience) -> Path:
        audiences.append(audience)
        with qtbot.wait_signal(window.reports.finished, timeout=60_000) as blocker:
            window.export(suffix)
        outcome: ExportOutcome = blocker.args[0]
        assert outcome.error is None
        assert outcome.path is not None
        return outcome.path

    names = [council_names()[code] for code in COUNCILS]
    publishable = export(".xlsx", Audience.PUBLISHABLE)
    assert publishable == tmp_path / "out.xlsx"
    everything = "\n".join(sheet_texts(publishable).values())
    assert "withheld" in everything or "6" in everything
    assert not [name for name in names if name in everything]

    restricted = export(".xlsx", Audience.RESTRICTED)
    assert restricted == tmp_path / "out-RESTRICTED.xlsx"
    sheets = sheet_texts(restricted)
    assert all("RESTRICTED" in text for text in sheets.values()), sheets.keys()
    assert any(name in "\n".join(sheets.values()) for name in names)

    pdf_path = export(".pdf", Audience.PUBLISHABLE)
    assert offered == [publishable, restricted, pdf_path]
    assert suggested == [Audience.PUBLISHABLE, Audience.RESTRICTED, Audience.PUBLISHABLE]
    pdf = PdfReader(pdf_path)
    first = pdf.pages[0].extract_text() + pdf.pages[1].extract_text()
    assert "Figures about fewer than 5 councils" in " ".join(first.split())


def test_cancelling_the_audience_writes_nothing(
    qtbot: QtBot, tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    monkeypatch.setattr(AudienceDialog, "ask", classmethod(lambda cls, parent, minimum: None))
    asked: list[str] = []
    monkeypatch.setattr(
        choosers.ChooseReportFile,
        "ask",
        classmethod(lambda cls, parent, suffix, audience: asked.append(suffix)),
    )
    window.export(".xlsx")
    assert asked == [] and not window.reports.is_running()


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

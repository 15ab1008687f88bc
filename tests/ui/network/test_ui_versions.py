"""Undo and decide in the network window: versions, make current, keep, withdraw and return."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.aggregation import Filters
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment, AuditEvent
from csn_desktop.ui import dialogs
from csn_desktop.ui.network import results_dialog
from csn_desktop.ui.network.decisions_dialog import DecisionsDialog
from csn_desktop.ui.network.figure_table import KEY_ROLE
from csn_desktop.ui.network.network_window import NetworkWindow
from csn_desktop.ui.network.versions_dialog import VersionsDialog
from tests.imports.conftest import submission_bytes, write
from tests.ui.conftest import TypeText
from tests.ui.network.conftest import wait_loaded

# Welsh, with the letters keyClicks cannot type (DESIGN.md §6).
WELSH_REASON = "Cyflwynwyd ddwywaith gan y cyngor; ŵyr a ŷd — tynnu’n ôl"
SECOND_UUID = "00000000-0000-4000-8000-0000000000aa"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_app_database(tmp_path / "network.sqlite3")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def results_shown(monkeypatch: pytest.MonkeyPatch) -> list[results_dialog.ImportResultsDialog]:
    """The results dialog opens without blocking (the tests click in it)."""
    shown: list[results_dialog.ImportResultsDialog] = []

    def ask(
        cls: type[results_dialog.ImportResultsDialog],
        parent: QWidget,
        results: list[FileResult],
        versions: results_dialog.OpenVersions | None = None,
    ) -> None:
        dialog = cls(results, versions, parent)
        dialog.show()
        shown.append(dialog)

    monkeypatch.setattr(results_dialog.ImportResultsDialog, "ask", classmethod(ask))
    return shown


def cardiff_twice(tmp_path: Path) -> list[Path]:
    """Cardiff 2026/27 exported twice (two submission ids, different answers, same time)."""
    questionnaire = questionnaire_library().latest()
    return [
        write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire, seed=1)),
        write(
            tmp_path,
            "cardiff-again.xlsx",
            submission_bytes(questionnaire, seed=5, submission_uuid=SECOND_UUID),
        ),
    ]


@pytest.fixture
def two_versions(tmp_path: Path, database: Database) -> tuple[int, int]:
    """The first file current, the second waiting for a decision (nothing tells which is newer)."""
    results = import_files(database, questionnaire_library(), cardiff_twice(tmp_path))
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.DECIDE]
    first, second = (r.assessment_id for r in results)
    assert first is not None and second is not None
    return first, second


def open_window(qtbot: QtBot, database: Database) -> NetworkWindow:
    window = NetworkWindow(database, questionnaire_library())
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    return window


def council_keys(window: NetworkWindow) -> list[object]:
    return [row.key for row in window.councils_model.rows]


def row_of(view: QTableView, assessment_id: int) -> int:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == assessment_id]
    assert rows, assessment_id
    return rows[0]


def the_dialog(window: QWidget, kind: type[QDialog]) -> QDialog:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def wait_versions(qtbot: QtBot, dialog: VersionsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.model.rowCount() > 0, timeout=30_000)


def events(database: Database, kind: str) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == kind)))


def test_make_current_from_the_council_list_by_keyboard(
    qtbot: QtBot, database: Database, two_versions: tuple[int, int], qtmodeltester: object
) -> None:
    first, second = two_versions
    window = open_window(qtbot, database)
    assert window.banner.isVisible()
    assert "waiting for a decision: 1." in window.banner_label.text()
    assert council_keys(window) == [first]
    assert window.data is not None
    before = window.data.picture(Filters())

    window.tabs.setCurrentWidget(window.councils_tab)
    window.councils.setFocus()
    window.councils.selectRow(0)
    assert window.versions_action.isEnabled()
    qtbot.keyClick(
        window.councils,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = the_dialog(window, VersionsDialog)
    assert isinstance(dialog, VersionsDialog)
    wait_versions(qtbot, dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 2
    assert "Cardiff, 2026/27" in dialog.heading.text()
    assert "Waiting for a decision: 1." in dialog.state.text()

    dialog.table.selectRow(row_of(dialog.table, second))
    assert dialog.make_current_button.isEnabled() and dialog.keep_button.isEnabled()
    with qtbot.wait_signal(window.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.make_current_button, Qt.MouseButton.LeftButton)
    wait_versions(qtbot, dialog)

    with database.read_session() as session:
        rows = {a.id: a for a in session.scalars(select(Assessment))}
    assert rows[second].superseded_by_id is None
    assert rows[first].superseded_by_id == second
    assert not rows[first].decision_pending and not rows[second].decision_pending
    assert [e.assessment_id for e in events(database, audit.MADE_CURRENT)] == [second]
    # The window's figures now come from the version made current.
    assert council_keys(window) == [second]
    assert window.data is not None and window.data.picture(Filters()) != before
    assert not window.banner.isVisible()
    assert "is now the current one" in dialog.outcome.text()
    current = [v.assessment_id for v in dialog.model.versions if v.current]
    assert current == [second]


def test_withdraw_with_a_welsh_reason_typed_then_return_to_figures(
    qtbot: QtBot,
    database: Database,
    two_versions: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    type_text: TypeText,
) -> None:
    first, _second = two_versions
    window = open_window(qtbot, database)
    assert window.councils_model.rowCount() == 1

    def ask(cls: type[dialogs.WithdrawDialog], parent: QWidget, what: str) -> str | None:
        asked = cls(what, parent)
        asked.show()
        assert not asked.ok.isEnabled()  # no reason, no withdrawing
        type_text(asked.reason, WELSH_REASON)
        assert asked.reason.toPlainText() == WELSH_REASON
        qtbot.mouseClick(asked.ok, Qt.MouseButton.LeftButton)
        assert asked.result() == QDialog.DialogCode.Accepted
        return asked.given()

    monkeypatch.setattr(dialogs.WithdrawDialog, "ask", classmethod(ask))
    dialog = window.show_versions(first)
    wait_versions(qtbot, dialog)
    assert dialog.withdraw_button.isEnabled() and not dialog.reinstate_button.isEnabled()
    with qtbot.wait_signal(window.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    wait_versions(qtbot, dialog)

    with database.read_session() as session:
        withdrawn = [a.withdrawn_at for a in session.scalars(select(Assessment))]
    assert len(withdrawn) == 2 and all(withdrawn)
    [event] = events(database, audit.WITHDRAWN)
    assert event.detail == WELSH_REASON
    assert "Withdrawn from the figures on" in dialog.state.text()
    assert window.councils_model.rowCount() == 0
    assert council_keys(window) == []

    assert dialog.reinstate_button.isEnabled() and not dialog.withdraw_button.isEnabled()
    with qtbot.wait_signal(window.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.reinstate_button, Qt.MouseButton.LeftButton)
    wait_versions(qtbot, dialog)
    with database.read_session() as session:
        assert not any(a.withdrawn_at for a in session.scalars(select(Assessment)))
    assert len(events(database, audit.REINSTATED)) == 1
    assert window.councils_model.rowCount() == 1
    assert council_keys(window) == [first]


def test_cancelling_the_reason_withdraws_nothing(
    qtbot: QtBot,
    database: Database,
    two_versions: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs.WithdrawDialog, "ask", classmethod(lambda *a: None))
    window = open_window(qtbot, database)
    dialog = window.show_versions(two_versions[0])
    wait_versions(qtbot, dialog)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.worker is None
    assert events(database, audit.WITHDRAWN) == []


def test_decisions_list_opens_versions_and_keeping_the_current_clears_it(
    qtbot: QtBot, database: Database, two_versions: tuple[int, int], qtmodeltester: object
) -> None:
    first, second = two_versions
    window = open_window(qtbot, database)
    qtbot.mouseClick(window.banner_button, Qt.MouseButton.LeftButton)
    decisions = the_dialog(window, DecisionsDialog)
    assert isinstance(decisions, DecisionsDialog)
    qtbot.waitUntil(lambda: decisions.pending_model.rowCount() == 1, timeout=30_000)
    qtmodeltester.check(decisions.pending_model)  # type: ignore[attr-defined]
    assert decisions.pending_model.versions[0].assessment_id == second
    assert decisions.withdrawn_model.rowCount() == 0
    assert decisions.pending.hasFocus() or decisions.pending.selectionModel().hasSelection()

    qtbot.keyClick(decisions.pending, Qt.Key.Key_Return)
    versions = the_dialog(decisions, VersionsDialog)
    assert isinstance(versions, VersionsDialog)
    wait_versions(qtbot, versions)
    assert versions.selected() is not None
    assert versions.selected().assessment_id == second  # type: ignore[union-attr]
    with qtbot.wait_signal(decisions.loaded, timeout=30_000):
        qtbot.mouseClick(versions.keep_button, Qt.MouseButton.LeftButton)
    assert decisions.pending_model.rowCount() == 0
    with database.read_session() as session:
        assert not session.get(Assessment, second).decision_pending  # type: ignore[union-attr]
    assert len(events(database, audit.KEPT_OLDER)) == 1
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=30_000)
    assert council_keys(window) == [first]


def test_import_in_the_window_then_decide_from_the_results(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    results_shown: list[results_dialog.ImportResultsDialog],
) -> None:
    window = open_window(qtbot, database)
    with qtbot.wait_signal(window.imports_done, timeout=60_000):
        window.start_import(cardiff_twice(tmp_path))
    wait_loaded(qtbot, window)
    [shown] = results_shown
    assert shown.heading.text() == "1 new, 1 needs a decision"
    assert window.banner.isVisible()
    # The file that needs a decision is selected first: Decide… opens its versions.
    waiting = shown.model.results[shown.selected_row() or 0]
    assert waiting.outcome is Outcome.DECIDE and waiting.assessment_id is not None
    assert shown.model.text(shown.selected_row() or 0, 10) == "cardiff.xlsx"
    [first] = council_keys(window)
    qtbot.mouseClick(shown.decide_button, Qt.MouseButton.LeftButton)
    versions = the_dialog(shown, VersionsDialog)
    assert isinstance(versions, VersionsDialog)
    wait_versions(qtbot, versions)
    selected = versions.selected()
    assert selected is not None and selected.assessment_id == waiting.assessment_id
    assert selected.decision_pending
    with qtbot.wait_signal(window.loaded, timeout=30_000):
        qtbot.mouseClick(versions.make_current_button, Qt.MouseButton.LeftButton)
    assert council_keys(window) == [waiting.assessment_id] != [first]
    assert not window.banner.isVisible()

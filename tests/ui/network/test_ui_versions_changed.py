"""The versions dialog when someone else decided meanwhile: refused, said, and shown again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.actions.setup import open_app_database
from csn_desktop.actions.versions import make_current
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.ui import dialogs
from csn_desktop.ui.network.versions_dialog import VersionsDialog
from tests.ui.network.test_ui_versions import (  # noqa: F401 - fixtures
    database,
    results_shown,
    row_of,
    two_versions,
    wait_versions,
)


def test_a_stale_decision_is_refused_and_the_versions_are_read_again(
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,  # noqa: F811
    two_versions: tuple[int, int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = two_versions
    dialog = VersionsDialog(database, first)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_versions(qtbot, dialog)
    told: list[str] = []
    monkeypatch.setattr(
        dialogs.MessageDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, *rest: told.append(text)),
    )
    # Alex, at another computer, makes the second version current.
    other = open_app_database(tmp_path / "network.sqlite3")
    with monkeypatch.context() as alex:
        alex.setattr(audit, "current_actor", lambda: "Alex Jones")
        make_current(other, second)
    other.close()

    # Here the dialog still shows the first as current; keeping it is refused.
    dialog.table.selectRow(row_of(dialog.table, second))
    assert dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[0].startswith("Alex Jones changed the versions of Cardiff, 2026/27 at ")
    # …and the dialog reads the versions again: the second is current, nothing pending.
    qtbot.waitUntil(
        lambda: [v.assessment_id for v in dialog.model.versions if v.current] == [second],
        timeout=30_000,
    )
    assert not any(v.decision_pending for v in dialog.model.versions)

"""No duplicates and a way out, in the window: the duplicate warning, Continue's next period,
the bin with undo, restore, permanent delete, archive and rename, and their audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from csn_desktop.actions.home import HomeRow
from csn_desktop.storage.models import Assessment, AuditEvent
from csn_desktop.ui.copy_forward_dialog import CopyForward, CopyForwardDialog
from csn_desktop.ui.home_page import ARCHIVE, BIN, LIST
from csn_desktop.ui.keep_dialogs import DuplicateChoice
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.rename_dialog import RenameDialog
from tests.ui.test_ui_main_window import new_request, start

__all__ = ["new_request"]  # the fixture, used by name


def _assessments(window: MainWindow) -> list[tuple[int, str, bool, bool]]:
    assert window.database is not None
    with window.database.read_session() as session:
        return [
            (a.id, a.period, a.deleted_at is not None, a.archived_at is not None)
            for a in session.scalars(select(Assessment).order_by(Assessment.id))
        ]


def _audit(window: MainWindow) -> list[str]:
    assert window.database is not None
    with window.database.read_session() as session:
        return [e.kind for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_new_assessment_for_the_same_council_and_period_offers_the_existing_one(
    make_window: Any, qtbot: QtBot, new_request: None, answered: Any
) -> None:
    window = make_window()
    start(window, qtbot)
    first = window.state.assessment_id  # type: ignore[union-attr]
    window.show_home()
    answered.duplicate = DuplicateChoice.OPEN_EXISTING
    window.menus.new.trigger()
    [warning] = answered.duplicate_warnings
    assert "already has an assessment for 2026/27" in warning
    assert window.state is not None and window.state.assessment_id == first
    assert len(_assessments(window)) == 1
    window.show_home()
    answered.duplicate = None  # Cancel: nothing made, nothing opened
    window.menus.new.trigger()
    assert window.state is None and len(_assessments(window)) == 1


def test_continue_proposes_the_next_period_and_warns_of_a_duplicate(
    make_window: Any,
    qtbot: QtBot,
    new_request: None,
    answered: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    start(window, qtbot)
    window.show_home()
    dialog = CopyForwardDialog(window.home.model.rows, window.home.current_id(), window)
    qtbot.addWidget(dialog)
    assert dialog.period.text() == "2027/28"
    dialog.show()
    dialog.period.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    request = dialog.request()
    monkeypatch.setattr(CopyForwardDialog, "ask", classmethod(lambda cls, *a: request))
    window.menus.copy_forward.trigger()
    assert window.state is not None and window.state.loaded.summary.period == "2027/28"
    assert answered.duplicate_warnings == []
    window.show_home()
    answered.duplicate = DuplicateChoice.OPEN_EXISTING
    window.menus.copy_forward.trigger()  # the same again: 2027/28 exists
    assert len(answered.duplicate_warnings) == 1
    assert [period for _id, period, _d, _a in _assessments(window)] == ["2026/27", "2027/28"]


def test_a_proposed_period_follows_the_chosen_source_until_one_is_typed(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    rows = [
        HomeRow(1, "Cardiff", "W06000015", "2026/27", "draft", None, None, datetime.now(UTC)),
        HomeRow(2, "Ynys Môn", "W06000001", "2024/25", "final", None, None, datetime.now(UTC)),
    ]
    dialog = CopyForwardDialog(rows, 2)
    qtbot.addWidget(dialog)
    assert dialog.period.text() == "2025/26"
    dialog.source.setCurrentIndex(0)
    assert dialog.period.text() == "2027/28"
    dialog.period.selectAll()
    qtbot.keyClicks(dialog.period, "2030-31")
    dialog.source.setCurrentIndex(1)
    assert dialog.period.text() == "2030-31"
    assert dialog.request() == CopyForward(2, "2030/31")


def test_delete_key_moves_to_the_bin_with_undo_then_restore_and_delete_permanently(
    make_window: Any, qtbot: QtBot, new_request: None, answered: Any
) -> None:
    window = make_window()
    start(window, qtbot)
    window.show_home()
    home = window.home
    [(ident, _period, _d, _a)] = _assessments(window)
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert _assessments(window) == [(ident, "2026/27", True, False)]
    assert ident not in [row.id for row in home.model.rows]
    assert home.undo_bar.isVisibleTo(window)
    assert home.undo_bar.message.text() == "Moved “Isle of Anglesey 2026/27” to the bin."
    qtbot.mouseClick(home.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _assessments(window) == [(ident, "2026/27", False, False)]
    assert ident in [row.id for row in home.model.rows]
    assert not home.undo_bar.isVisibleTo(window)

    # File → Move to bin, then the Bin tab: Restore, then Delete permanently (confirmed).
    window.keeper.delete.trigger()
    home.views.setCurrentIndex(BIN)
    assert home.bin.table.rowCount() == 1
    assert home.bin.table.item(0, 0).text() == "Isle of Anglesey (W06000001)"
    qtbot.mouseClick(home.bin.first_button, Qt.MouseButton.LeftButton)
    assert home.bin.table.rowCount() == 0 and home.bin.empty.isVisibleTo(window)
    assert _assessments(window) == [(ident, "2026/27", False, False)]
    home.views.setCurrentIndex(LIST)
    window.keeper.delete.trigger()
    home.views.setCurrentIndex(BIN)
    answered.confirm = False
    home.bin.table.setFocus()
    qtbot.keyClick(home.bin.table, Qt.Key.Key_Delete)
    assert len(answered.confirmations) == 1 and len(_assessments(window)) == 1
    answered.confirm = True
    qtbot.mouseClick(home.bin.second_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in answered.confirmations[-1]
    assert _assessments(window) == []
    assert _audit(window) == [
        "created",
        "deleted",
        "restored",
        "deleted",
        "restored",
        "deleted",
        "deleted_permanently",
    ]


def test_archive_unarchive_and_rename_from_the_home_list(
    make_window: Any,
    qtbot: QtBot,
    new_request: None,
    answered: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    start(window, qtbot)
    window.show_home()
    home = window.home
    [(ident, _period, _d, _a)] = _assessments(window)
    assert window.keeper.archive.isEnabled()
    window.keeper.archive.trigger()
    assert _assessments(window) == [(ident, "2026/27", False, True)]
    assert "Archived “Isle of Anglesey 2026/27”" in home.undo_bar.message.text()
    home.views.setCurrentIndex(ARCHIVE)
    assert home.archive.table.rowCount() == 1
    assert not window.keeper.archive.isEnabled()  # the File menu acts on the list only
    qtbot.mouseClick(home.archive.second_button, Qt.MouseButton.LeftButton)
    assert _assessments(window) == [(ident, "2026/27", False, False)]
    home.views.setCurrentIndex(LIST)

    monkeypatch.setattr(RenameDialog, "ask", classmethod(lambda cls, *a: "2025/26"))
    window.keeper.rename.trigger()
    assert _assessments(window) == [(ident, "2025/26", False, False)]
    assert home.model.rows[0].period == "2025/26"
    assert _audit(window)[-3:] == ["archived", "unarchived", "renamed"]


def test_rename_refuses_a_period_that_is_not_one(qtbot: QtBot) -> None:
    dialog = RenameDialog("Friends of <Ynys Môn> & Co", "2026/27")
    qtbot.addWidget(dialog)
    dialog.period.selectAll()
    qtbot.keyClicks(dialog.period, "next year")
    dialog.accept()
    assert "not a period" in dialog.problem.text()
    assert dialog.result() == 0


# A menu on the offscreen platform: it cannot raise itself or grab the keyboard, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_context_menu_offers_open_rename_archive_and_the_bin(
    make_window: Any, qtbot: QtBot, new_request: None
) -> None:
    window = make_window()
    start(window, qtbot)
    window.show_home()
    home = window.home
    offered: list[list[str]] = []

    def choose_bin() -> None:
        [menu] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()
        ]
        offered.append([a.text() for a in menu.actions() if not a.isSeparator()])
        next(a for a in menu.actions() if a.text() == "Move to &bin").trigger()
        menu.hide()

    QTimer.singleShot(0, choose_bin)  # runs inside the menu's own event loop
    viewport = home.table.viewport()
    where = home.table.visualRect(home.model.index(0, 0)).center()
    QCoreApplication.sendEvent(
        viewport,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            where,
            viewport.mapToGlobal(where),
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert offered == [["&Open", "&Rename…", "&Archive", "Move to &bin"]]
    assert _assessments(window)[0][2] is True  # in the bin

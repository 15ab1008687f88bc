"""Start-up: the list read from the file is painted at once, the window busy until the database
is open; then every action is enabled and the list keeps the keyboard focus. The rest of the
window (menus' actions, shortcuts, the archive and the bin) is added just after that paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions.home import quick_home_list
from csn_desktop.ui.home_model import IdRole
from csn_desktop.ui.home_page import BIN
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessmentDialog
from csn_desktop.ui.start_up import open_after_first_paint
from tests.quick_databases import WELSH_COUNCIL, make_database
from tests.ui.conftest import TypeText


def test_window_is_busy_until_the_database_is_open(
    qtbot: QtBot, db_path: Path, settings_path: Path, type_text: TypeText
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    ids = make_database(db_path)
    quick = quick_home_list(db_path)
    assert quick is not None
    window = MainWindow(db_path, QSettings(str(settings_path), QSettings.Format.IniFormat), None)
    qtbot.addWidget(window)
    window.show_list(quick)
    open_after_first_paint(window)
    try:
        assert not window.menuBar().isEnabled()
        assert not window.home.new_button.isEnabled()
        assert not window.home.open_button.isEnabled()
        assert window.statusBar().currentMessage() == "Opening the database…"
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
        assert window.database is None
        window.show()
        qtbot.waitUntil(lambda: window.database is not None and window.menuBar().isEnabled())
        assert QGuiApplication.overrideCursor() is None
        assert window.statusBar().currentMessage() == ""
        for button in (window.home.new_button, window.home.copy_button, window.home.open_button):
            assert button.isEnabled()
        assert window.menus.open.isEnabled() and window.menus.new.isEnabled()
        table = window.home.table
        assert window.focusWidget() is table
        # The same rows from the database as from the file: no bin, no archive.
        shown = {window.home.model.index(n, 0).data(IdRole) for n in range(3)}
        assert window.home.model.rowCount() == 3
        assert not shown & {ids["binned"], ids["archived"]}
        # Typing a council's name (in Welsh) selects it; Enter opens it.
        type_text(table, "Ynys Môn")
        current = table.currentIndex()
        assert current.data().startswith(WELSH_COUNCIL)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.assessment_page is not None)
        assert window.state is not None and window.state.assessment_id == current.data(IdRole)
    finally:
        window.close()
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def test_menus_and_shortcuts_work_as_soon_as_the_window_is_ready(
    qtbot: QtBot, db_path: Path, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    ids = make_database(db_path)
    quick = quick_home_list(db_path)
    assert quick is not None
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db_path, settings, None, complete=False)
    qtbot.addWidget(window)
    window.show_list(quick)
    # The first paint: the list, its tabs and buttons, the menu bar with its menus.
    assert not window.completed and window.keeper is None
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar == ["&File", "&Edit", "&Assessment", "Settin&gs", "&Help"]
    assert window.home.model.rowCount() == 3
    before_opening: list[bool] = []
    asked: list[object] = []
    monkeypatch.setattr(
        NewAssessmentDialog, "ask", classmethod(lambda cls, parent, councils: asked.append(1))
    )
    open_after_first_paint(window, first=lambda: before_opening.append(window.completed))
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.menuBar().isEnabled())
        assert before_opening == [False]  # called first, just after the paint
        assert window.completed and window.keeper is not None
        # The first thing the user can do: a menu's shortcut (Ctrl+N: New assessment…).
        table = window.home.table
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert asked == [1]
        # The home list's keeper: Delete moves the selected assessment to the bin, built now.
        table.setFocus()
        chosen = table.currentIndex().data(IdRole)
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: window.home.model.rowCount() == 2)
        window.home.show_view(BIN)
        assert window.home.pages.currentWidget() is window.home.bin
        binned = {window.home.bin.table.item(n, 0).data(Qt.ItemDataRole.UserRole + 1)
                  for n in range(window.home.bin.table.rowCount())}  # fmt: skip
        assert binned == {ids["binned"], chosen}
    finally:
        window.close()
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

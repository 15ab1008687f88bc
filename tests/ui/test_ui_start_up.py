"""Start-up: the list read from the file is painted at once, the window busy until the database
is open; then every action is enabled and the list keeps the keyboard focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions.home import quick_home_list
from csn_desktop.ui.home_model import IdRole
from csn_desktop.ui.main_window import MainWindow
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

"""The window shown filled before the database is open: busy until ready, opened once painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from csn_desktop.ui.main_window import MainWindow


class AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``watched`` is first painted (so the paint is on screen
    before slow work starts)."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self.then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class Starting:
    """While the database opens behind a list read from its file: the menus and the home buttons
    are disabled, the cursor is busy and the status bar says why; the list has the keyboard focus
    (it can be scrolled and searched meanwhile)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        home = window.home
        window.menuBar().setEnabled(False)
        for button in (home.new_button, home.copy_button, home.open_button):
            button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        window.statusBar().showMessage(
            QCoreApplication.translate("Starting", "Opening the database…")
        )
        home.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def ready(self) -> None:
        """Undo what the constructor did, with the buttons as the list now allows."""
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        self.window.menuBar().setEnabled(True)
        home = self.window.home
        rows = bool(home.model.rows)
        home.new_button.setEnabled(True)
        home.copy_button.setEnabled(rows)
        home.open_button.setEnabled(rows)


def open_after_first_paint(
    window: MainWindow, first: Callable[[], object] | None = None
) -> Starting:
    """Open the database once the home list (filled from the file) has been painted, the window
    busy until then; the last assessment is reopened if it was open at the last close.

    Before the database opens, ``first`` is called and the window completed (its menus'
    actions, shortcuts and connections), so that all of it works once the menus are enabled.
    """
    starting = Starting(window)

    def open_database() -> None:
        if first is not None:
            first()
        window.complete()
        loaded = window.load()
        starting.ready()
        if loaded:
            window.reopen_last()

    AfterFirstPaint(window.home.table.viewport(), open_database)
    return starting

"""Fixtures for window tests: a database and settings in a temporary folder, scripted dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.ui import dialogs
from csn_desktop.ui.keep_dialogs import DuplicateChoice, DuplicateDialog, UnsavedDialog
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.settings_staff import STAFF_ENV


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the user's own data, settings or log folders."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("CSN_DATABASE", raising=False)
    monkeypatch.delenv(STAFF_ENV, raising=False)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


class Answered:
    """Scripted answers for dialogs; every message shown is recorded."""

    def __init__(self) -> None:
        self.confirm = True
        self.reopen_reason: str | None = "Corrected the sign-off date"
        self.messages: list[str] = []
        self.confirmations: list[str] = []
        # Closing with unsaved text: the fields listed each time; close anyway unless told.
        self.close_anyway = True
        self.unsaved_asked: list[list[str]] = []
        # A second assessment for a council and period: the warning shown, and the choice.
        self.duplicate: DuplicateChoice | None = DuplicateChoice.CREATE_ANOTHER
        self.duplicate_warnings: list[str] = []


@pytest.fixture(autouse=True)
def answered(monkeypatch: pytest.MonkeyPatch) -> Answered:
    script = Answered()

    def confirm(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
        script.confirmations.append(text)
        return script.confirm

    def message(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        script.messages.append(text)

    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a: confirm(*a)))
    monkeypatch.setattr(dialogs.MessageDialog, "ask", classmethod(lambda cls, *a: message(*a)))
    monkeypatch.setattr(
        dialogs.ReopenDialog, "ask", classmethod(lambda cls, parent: script.reopen_reason)
    )

    def unsaved(parent: QWidget | None, fields: list[str]) -> bool:
        script.unsaved_asked.append(fields)
        return script.close_anyway

    def duplicate(parent: QWidget | None, message: str) -> DuplicateChoice | None:
        script.duplicate_warnings.append(message)
        return script.duplicate

    monkeypatch.setattr(UnsavedDialog, "ask", classmethod(lambda cls, *a: unsaved(*a)))
    monkeypatch.setattr(DuplicateDialog, "ask", classmethod(lambda cls, *a: duplicate(*a)))
    return script


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "csn-desktop.sqlite3"


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def library() -> QuestionnaireLibrary:
    return questionnaire_library()


WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, db_path: Path, settings_path: Path, library: QuestionnaireLibrary
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(db_path, settings, library)
        qtbot.addWidget(window)
        assert window.load()
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def type_text() -> TypeText:
    return _type_text


def _type_text(widget: QWidget, text: str) -> None:
    """Type text one key event at a time (qtbot.keyClicks aborts on letters such as ŵ)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QCoreApplication.sendEvent(widget, event)

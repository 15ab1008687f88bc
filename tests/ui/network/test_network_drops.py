"""Submission files and folders dropped on the main window are imported in the network view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.imports.outcomes import FileResult
from csn_desktop.ui.network import results_dialog
from csn_desktop.ui.network.drops import dropped_paths
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.imports.conftest import submission_bytes, write
from tests.ui.conftest import WindowFactory

MOVE = Qt.DropAction.CopyAction
NO_BUTTONS = Qt.MouseButton.NoButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def mime_with(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_only_submissions_and_folders_are_taken(tmp_path: Path) -> None:
    workbook, text, folder = tmp_path / "a.XLSX", tmp_path / "notes.txt", tmp_path / "inbox"
    folder.mkdir()
    assert dropped_paths(mime_with([workbook, text, folder])) == [workbook, folder]
    assert dropped_paths(QMimeData()) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the view is brought forward
def test_dropping_files_on_the_main_window_imports_them(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[list[FileResult]] = []
    monkeypatch.setattr(
        results_dialog.ImportResultsDialog,
        "ask",
        classmethod(lambda cls, parent, results, *_: shown.append(results)),
    )
    questionnaire = questionnaire_library().latest()
    files = [
        write(tmp_path, f"{code}.xlsx", submission_bytes(questionnaire, gss_code=code, seed=n))
        for n, code in enumerate(["W06000015", "E08000025"], start=1)
    ]
    window = make_window()
    assert window.acceptDrops()

    text = mime_with([tmp_path / "x.txt"])  # kept: the event does not own its data
    refused = QDragEnterEvent(QPoint(5, 5), MOVE, text, NO_BUTTONS, NO_KEYS)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    mime = mime_with(files)
    enter = QDragEnterEvent(QPoint(5, 5), MOVE, mime, NO_BUTTONS, NO_KEYS)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    drop = QDropEvent(QPointF(5, 5), MOVE, mime, NO_BUTTONS, NO_KEYS)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    network = window.findChild(NetworkWindow)
    assert network is not None and network.isVisible()
    with qtbot.wait_signal(network.imports_done, timeout=60_000) as blocker:
        pass
    results: list[FileResult] = blocker.args[0]
    assert sorted(str(r.outcome) for r in results) == ["new", "new"]
    assert shown == [results]
    network.close()


def test_network_menu_sits_before_help(make_window: WindowFactory) -> None:
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert "Net&work" in titles
    assert titles[-1] == "&Help"
    assert titles.index("Net&work") == len(titles) - 2

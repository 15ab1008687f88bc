"""File → Load peer benchmark…: choose the network's file, load it, say what was loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from csn_desktop.ui.messages import describe_error


class ChooseBenchmark:
    """Asks for the benchmark file; tests replace it."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ChooseBenchmark", "Load peer benchmark"),
            "",
            QCoreApplication.translate("ChooseBenchmark", "Peer benchmark (*.json);;All files (*)"),
        )
        return Path(name) if name else None


class BenchmarkLoaded:
    """Says what was loaded; tests replace it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        title = QCoreApplication.translate("BenchmarkLoaded", "Peer benchmark")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.addButton(
            QCoreApplication.translate("BenchmarkLoaded", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()


def install_benchmark_loading(window: QMainWindow, file_menu: QMenu) -> QAction:
    """Add File → Load peer benchmark… above the File menu's last separator (before Quit)."""
    action = QAction(
        QCoreApplication.translate("BenchmarkLoading", "Load &peer benchmark…"), window
    )
    action.setStatusTip(
        QCoreApplication.translate(
            "BenchmarkLoading",
            "Load the benchmark file the network publishes, to compare with peer councils.",
        )
    )
    action.setObjectName("load_peer_benchmark")  # not translated: an object name for tests
    separators = [a for a in file_menu.actions() if a.isSeparator()]
    if separators:
        file_menu.insertAction(separators[-1], action)
    else:
        file_menu.addAction(action)
    action.triggered.connect(lambda: load_peer_benchmark(window))
    return action


def load_peer_benchmark(window: QMainWindow) -> bool:
    """Ask for a file and load it into the window's database; whether anything was stored."""
    from csn_desktop.actions.peer_benchmark import Loaded, load_benchmark
    from csn_desktop.ui.dialogs import MessageDialog

    database = getattr(window, "database", None)
    if database is None:
        return False
    path = ChooseBenchmark.ask(window)
    if path is None:
        return False
    try:
        outcome = load_benchmark(database, path)
    except Exception as error:
        MessageDialog.ask(
            window,
            QCoreApplication.translate("BenchmarkLoading", "Peer benchmark not loaded"),
            describe_error(error),
        )
        return False
    BenchmarkLoaded.ask(window, outcome.message())
    return outcome.outcome in (Loaded.NEW, Loaded.REPLACED)

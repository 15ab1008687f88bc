"""The main window's way in: a Network menu with the network view and importing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from csn_desktop.ui.network.network_window import NetworkWindow


def install_network_menu(window: QMainWindow) -> None:
    """Add Network → Network view… and Import submissions… to a window with a database."""
    menu = window.menuBar().addMenu("&Network")
    view = menu.addAction("&Network view…")
    importing = menu.addAction("&Import submissions…")
    view.triggered.connect(lambda: open_network_window(window))
    importing.triggered.connect(lambda: _import(window))


def open_network_window(window: QMainWindow) -> NetworkWindow | None:
    from csn_desktop.ui.network.network_window import NetworkWindow

    database = getattr(window, "database", None)
    library = getattr(window, "library", None)
    if database is None or library is None:
        return None
    existing = window.findChild(NetworkWindow)
    if existing is None:
        existing = NetworkWindow(database, library, window)
    else:
        existing.reload()
    existing.show()
    existing.raise_()
    return existing


def _import(window: QMainWindow) -> None:
    network = open_network_window(window)
    if network is not None:
        network.import_chosen_files()

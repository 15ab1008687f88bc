"""The main window's way in: a Network menu, and submissions dropped on the window imported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from csn_desktop.ui.network.drops import DropImporter

if TYPE_CHECKING:
    from csn_desktop.ui.network.network_window import NetworkWindow


def install_network_menu(window: QMainWindow) -> None:
    """Add Network → Network view… and Import submissions…; dropped .xlsx files import."""
    bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("NetworkMenu", "Net&work"), bar)
    # Help stays the last menu, as on every desktop.
    menus = bar.actions()
    if menus:
        bar.insertMenu(menus[-1], menu)
    else:
        bar.addMenu(menu)
    view = menu.addAction(QCoreApplication.translate("NetworkMenu", "&Network view…"))
    importing = menu.addAction(QCoreApplication.translate("NetworkMenu", "&Import submissions…"))
    folder = menu.addAction(QCoreApplication.translate("NetworkMenu", "Import a &folder…"))
    view.triggered.connect(lambda: open_network_window(window))
    importing.triggered.connect(lambda: _import(window))
    folder.triggered.connect(lambda: _import(window, folder=True))
    DropImporter(window, lambda paths: import_paths(window, paths))


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
    existing.activateWindow()
    return existing


def import_paths(window: QMainWindow, paths: list[Path]) -> NetworkWindow | None:
    """Open the network view and import the files and folders dropped on the main window."""
    network = open_network_window(window)
    if network is not None:
        network.start_import(paths)
    return network


def _import(window: QMainWindow, *, folder: bool = False) -> None:
    network = open_network_window(window)
    if network is None:
        return
    if folder:
        network.import_folder()
    else:
        network.import_chosen_files()

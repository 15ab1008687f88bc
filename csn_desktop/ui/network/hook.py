"""The main window's way in for network staff: a Network menu, and dropped submissions imported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMenu

from csn_desktop.ui.network.drops import DropImporter
from csn_desktop.ui.settings_staff import StaffSetting

if TYPE_CHECKING:
    from csn_desktop.ui.network.network_window import NetworkWindow


def install_network_menu(window: QMainWindow) -> None:
    """Add Network → Network view… and Import submissions…; dropped .xlsx files import.

    Only on a computer set up for network staff (Help → "This computer is used by network
    staff"): an officer would take Import submissions for sending theirs.
    """
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
    drops = DropImporter(window, lambda paths: import_paths(window, paths))

    def show(staff: bool) -> None:
        menu.menuAction().setVisible(staff)
        window.setAcceptDrops(staff)
        drops.enabled = staff

    built = getattr(window, "menus", None)
    settings = getattr(window, "settings", None)
    if built is not None and isinstance(settings, QSettings):
        StaffSetting(built.help, settings, show)


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

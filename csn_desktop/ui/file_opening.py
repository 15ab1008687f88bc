"""After an export: open the file written, or show it in its folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from csn_desktop.ui.export_dialog import AfterExport


def open_as_chosen(choice: AfterExport, path: Path) -> None:
    """Open the file, or show it in its folder, as the user chose after the export."""
    if choice is AfterExport.OPEN:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif choice is AfterExport.SHOW_IN_FOLDER:
        show_in_folder(path)


def show_in_folder(path: Path) -> None:
    """Open the file's folder, with the file selected where the system can do that."""
    if sys.platform == "win32" and QProcess.startDetached("explorer", [f"/select,{path}"])[0]:
        return
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)])[0]:
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

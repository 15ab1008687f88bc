"""The network window's questions (files, folder, file to save, what next); tests replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from csn_desktop.ui.export_dialog import AfterExport


class ChooseSubmissions:
    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(
            parent, "Import submissions", "", "Excel submissions (*.xlsx);;All files (*)"
        )
        return [Path(f) for f in files]


class ChooseFolder:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        folder = QFileDialog.getExistingDirectory(parent, "Import every submission in a folder")
        return Path(folder) if folder else None


class ChooseReportFile:
    @classmethod
    def ask(cls, parent: QWidget | None, suffix: str) -> Path | None:
        kind = "Excel workbook (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
        name, _ = QFileDialog.getSaveFileName(
            parent, "Export the picture across councils", f"network{suffix}", kind
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class ReportWritten:
    """Says where the aggregated report was written; offers to open it or show its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> AfterExport:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Export finished",
            f"The report across councils was saved as “{path.name}” in {path.parent}.",
            parent=parent,
        )
        box.setAccessibleName("Export finished")
        choices: dict[QAbstractButton, AfterExport] = {}
        for text, role, choice in (
            ("&Open", QMessageBox.ButtonRole.ActionRole, AfterExport.OPEN),
            ("&Show in folder", QMessageBox.ButtonRole.ActionRole, AfterExport.SHOW_IN_FOLDER),
            ("Close", QMessageBox.ButtonRole.RejectRole, AfterExport.CLOSE),
        ):
            button = box.addButton(text, role)
            button.setAccessibleName(text.replace("&", ""))
            choices[button] = choice
            if choice is AfterExport.OPEN:
                box.setDefaultButton(button)
        box.exec()
        return choices.get(box.clickedButton(), AfterExport.CLOSE)

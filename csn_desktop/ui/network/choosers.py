"""The questions the network window asks: files, a folder, a file to save; tests replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


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

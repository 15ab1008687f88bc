"""The network window's questions (files, folder, file to save, what next); tests replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from csn_desktop.actions.network_reports import restricted_path
from csn_desktop.domain.network_figures import Audience
from csn_desktop.ui.export_dialog import AfterExport, ask_after_export


class ChooseSubmissions:
    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("ChooseSubmissions", "Import submissions"),
            "",
            QCoreApplication.translate(
                "ChooseSubmissions", "Submissions (*.xlsx *.ods);;All files (*)"
            ),
        )
        return [Path(f) for f in files]


class ChooseFolder:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("ChooseFolder", "Import every submission in a folder"),
        )
        return Path(folder) if folder else None


class ChooseReportFile:
    """Where to write a report across councils; a restricted one is suggested as "…-RESTRICTED"."""

    @classmethod
    def ask(cls, parent: QWidget | None, suffix: str, audience: Audience) -> Path | None:
        if suffix == ".xlsx":
            kind = QCoreApplication.translate("ChooseReportFile", "Excel workbook (*.xlsx)")
        else:
            kind = QCoreApplication.translate("ChooseReportFile", "PDF (*.pdf)")
        title = QCoreApplication.translate("ChooseReportFile", "Export the picture across councils")
        suggested = Path(f"network{suffix}")  # not translated: a file name
        if audience is Audience.RESTRICTED:
            suggested = restricted_path(suggested)
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class ReportWritten:
    """Says where the aggregated report was written; offers to open it or show its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> AfterExport:
        saved = QCoreApplication.translate(
            "ReportWritten", "The report across councils was saved as “{name}” in {folder}."
        )
        return ask_after_export(parent, saved.format(name=path.name, folder=path.parent))

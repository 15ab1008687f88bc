"""Writing the aggregated workbook or PDF on a worker thread, with progress, then offering it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from csn_desktop.domain.network_figures import Audience
from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.export_worker import ExportOutcome, ExportWorker
from csn_desktop.ui.file_opening import open_as_chosen
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.network.choosers import ReportWritten

if TYPE_CHECKING:
    from csn_desktop.actions.network import NetworkData
    from csn_desktop.domain.aggregation import Filters
    from csn_desktop.storage.database import Database


class ReportTexts(NamedTuple):
    """The sentences about one aggregated export, whole (so that each language can word them)."""

    writing: str
    failed: str


def report_texts(suffix: str) -> ReportTexts:
    if suffix == ".pdf":
        return ReportTexts(
            QCoreApplication.translate("ReportExport", "Writing the PDF summary…"),
            QCoreApplication.translate("ReportExport", "The PDF summary could not be exported"),
        )
    return ReportTexts(
        QCoreApplication.translate("ReportExport", "Writing the workbook…"),
        QCoreApplication.translate("ReportExport", "The workbook could not be exported"),
    )


class ReportExport(QObject):
    """One aggregated export at a time; ``finished(outcome)`` follows once the user was told."""

    finished = Signal(object)  # ExportOutcome

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def start(
        self,
        data: NetworkData,
        filters: Filters,
        path: Path,
        minimum: int,
        database: Database | None,
        audience: Audience = Audience.PUBLISHABLE,
        language: str | None = None,
    ) -> None:
        """Write the report for ``audience`` in ``language`` (default: the window's);
        ``database`` (the one open) is never written over."""
        from csn_desktop.actions.network_reports import export_network_report

        if self.is_running():
            return
        texts = report_texts(path.suffix.lower())

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
            return export_network_report(
                data,
                filters,
                path,
                minimum=minimum,
                audience=audience,
                progress=progress,
                cancelled=cancelled,
                database=database,
                language=language,
            )

        progress = QProgressDialog(texts.writing, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setAccessibleName(texts.writing.rstrip("…"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        self.progress = progress
        self.worker = ExportWorker(job, parent=self)
        progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(lambda outcome: self._finished(texts, outcome))
        progress.show()
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, texts: ReportTexts, outcome: ExportOutcome) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        if outcome.error is not None:
            MessageDialog.ask(self.window, texts.failed, describe_error(outcome.error))
        elif outcome.path is not None:
            open_as_chosen(ReportWritten.ask(self.window, outcome.path), outcome.path)
        self.finished.emit(outcome)

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

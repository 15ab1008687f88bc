"""File → Export… in the window: ask, write on a worker thread with progress, offer the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.export_dialog import (
    ExportDialog,
    ExportDoneDialog,
    ExportFileDialog,
    ExportKind,
    export_texts,
    suggested_name,
)
from csn_desktop.ui.export_worker import ExportJob, ExportOutcome, ExportWorker
from csn_desktop.ui.file_opening import open_as_chosen
from csn_desktop.ui.file_opening import show_in_folder as show_in_folder  # where callers knew it
from csn_desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.storage.database import Database
    from csn_desktop.ui.assessment_page import AssessmentPage
    from csn_desktop.ui.assessment_state import AssessmentState

LAST_FOLDER = "export/folder"


class ExportSource(Protocol):
    """What an export reads from the window (the main window is one; this keeps the import
    graph free of cycles: the exporter never imports the main window)."""

    @property
    def database(self) -> Database | None: ...
    @property
    def library(self) -> QuestionnaireLibrary | None: ...
    @property
    def state(self) -> AssessmentState | None: ...
    @property
    def settings(self) -> QSettings: ...
    @property
    def assessment_page(self) -> AssessmentPage | None: ...
    def update_actions(self) -> None: ...


class Exporter(QObject):
    """One export at a time; ``worker`` is the running (or last) one, ``finished`` follows it."""

    finished = Signal(object)  # ExportOutcome, after the user has been told

    def __init__(self, window: QMainWindow, source: ExportSource) -> None:
        """``window`` shows the dialogs, progress and messages; ``source`` says what to export."""
        super().__init__(window)
        self.window = window
        self.source = source
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        # Letters the last PDF export printed as U+FFFD (no bundled font has them).
        self.missing_letters: set[str] = set()

    def export_template(self) -> None:
        self.export(ExportKind.TEMPLATE)

    def export(self, kind: ExportKind | None = None) -> None:
        """Ask what to export (unless ``kind`` is given) and where, then start writing."""
        window = self.window
        if self.is_running() or self.source.database is None:
            return
        state = self.source.state
        title = state.title if state is not None else None
        if kind is None:
            kind = ExportDialog.ask(window, title, self.source.settings)
        if kind is None or (kind.needs_assessment and state is None):
            return
        summary = state.loaded.summary if state is not None else None
        name = suggested_name(
            kind, summary.council if summary else None, summary.period if summary else None
        )
        path = ExportFileDialog.ask(window, kind, self.default_folder() / name)
        if path is None:
            return
        if path.suffix.lower() != kind.suffix:
            path = path.with_name(path.name + kind.suffix)
        self.source.settings.setValue(LAST_FOLDER, str(path.parent))
        if self.source.assessment_page is not None:
            self.source.assessment_page.flush()  # the export holds what was typed a moment ago
        self._start(kind, path, self._job(kind, path))

    def default_folder(self) -> Path:
        """The folder last exported to, else the user's Documents folder, else home."""
        remembered = self.source.settings.value(LAST_FOLDER)
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _job(self, kind: ExportKind, path: Path) -> ExportJob:
        from csn_desktop.actions.exporting import export_pdf, export_template, export_xlsx

        database, library, state = self.source.database, self.source.library, self.source.state
        assert library is not None  # loaded before the database, which exporting needs
        language = kind.language(self.source.settings)  # as chosen in the Export dialog
        if kind is ExportKind.TEMPLATE:
            # The open database is never written over, even by the template (see output_guard).
            return lambda progress, cancelled: export_template(
                library,
                path,
                progress=progress,
                cancelled=cancelled,
                database=database,
                language=language,
            )
        assert database is not None and state is not None
        assessment_id = state.assessment_id
        if kind is ExportKind.XLSX:
            return lambda progress, cancelled: export_xlsx(
                database, library, assessment_id, path, progress, cancelled, language=language
            )
        # Filled on the worker thread, read on the GUI thread once the job has finished.
        self.missing_letters = set()
        missing = self.missing_letters
        return lambda progress, cancelled: export_pdf(
            database,
            library,
            assessment_id,
            path,
            progress,
            cancelled,
            missing_letters=missing,
            language=language,
        )

    def _start(self, kind: ExportKind, path: Path, job: ExportJob) -> None:
        database = self.source.database
        threaded = database is None or database.usable_from_any_thread
        writing = export_texts(kind).writing
        progress = QProgressDialog(writing, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setAccessibleName(writing.rstrip("…"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        self.progress = progress
        worker = ExportWorker(job, threaded=threaded, parent=self)
        self.worker = worker
        progress.canceled.connect(self._cancel)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(lambda outcome: self._finished(kind, path, outcome))
        progress.show()
        worker.start()
        self.source.update_actions()

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, kind: ExportKind, path: Path, outcome: ExportOutcome) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        window = self.window
        if outcome.cancelled:
            window.statusBar().showMessage(
                self.tr("Export cancelled; no file was changed."), 10_000
            )
        elif outcome.error is not None:
            MessageDialog.ask(window, export_texts(kind).failed, describe_error(outcome.error))
        elif outcome.path is not None:
            window.statusBar().showMessage(
                self.tr("Exported {path}").format(path=outcome.path), 10_000
            )
            if kind is ExportKind.PDF and self.missing_letters:
                from csn_desktop.actions.exporting import missing_letters_warning

                warning = missing_letters_warning(self.missing_letters)
                MessageDialog.ask(window, self.tr("Some letters could not be printed"), warning)
            open_as_chosen(ExportDoneDialog.ask(window, kind, outcome.path), outcome.path)
        self.source.update_actions()
        self.finished.emit(outcome)

    def shutdown(self) -> None:
        """Stop a running export and wait for it (the window is closing the database)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

"""The network view: filters, heatmap, demand, barriers, gaps, priorities and the council list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.suppression import DEFAULT_MINIMUM_GROUP, Suppression
from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.network import network_rows as rows
from csn_desktop.ui.network.background import BackgroundCall
from csn_desktop.ui.network.choosers import ChooseFolder, ChooseReportFile, ChooseSubmissions
from csn_desktop.ui.network.drops import DropImporter
from csn_desktop.ui.network.figure_table import KEY_ROLE, FigureTableModel
from csn_desktop.ui.network.heatmap_model import CODE, THEME, TITLE, HeatmapModel
from csn_desktop.ui.network.import_worker import ImportWorker, start_in_thread
from csn_desktop.ui.network.multi_select import MultiSelect
from csn_desktop.ui.network.report_export import ReportExport
from csn_desktop.ui.network.results_dialog import ImportResultsDialog, summary
from csn_desktop.ui.network.views import ThemedTable, figure_view, set_stretch

if TYPE_CHECKING:
    from csn_desktop.actions.network import NetworkData
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.imports.outcomes import FileResult
    from csn_desktop.storage.database import Database

FILTERS = (
    ("nation", "&Nation", "nations"),
    ("region", "&Region", "regions"),
    ("authority_type", "&Authority type", "types"),
    ("period", "&Period", "periods"),
    ("status", "Stat&us", "statuses"),
)


class NetworkWindow(QMainWindow):
    """Everything imported, across councils; files dropped on it are imported."""

    imports_done = Signal(list)  # list[FileResult], after the results were shown
    loaded = Signal()  # the submissions were (re)loaded and every table filled

    def __init__(
        self, database: Database, library: QuestionnaireLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.library = library
        self.questionnaire = library.latest()
        self.minimum = DEFAULT_MINIMUM_GROUP
        self.data: NetworkData | None = None
        self.loader: BackgroundCall | None = None
        self._load_again = False
        self.import_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.reports = ReportExport(self)
        self.setWindowTitle("City Standards Network — the picture across councils")
        DropImporter(self, self.start_import)
        self._build()
        self.reload()

    # Building

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.filters: dict[str, MultiSelect] = {}
        for key, label, plural in FILTERS:
            button = MultiSelect(label.replace("&", ""), plural, central)
            button.changed.connect(self.refresh)
            caption = QLabel(label + ":", central)
            caption.setBuddy(button)
            bar.addWidget(caption)
            bar.addWidget(button)
            self.filters[key] = button
        self.clear_button = QPushButton("&Clear filters", central)
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        bar.addStretch()
        layout.addLayout(bar)
        self.count_label = QLabel(central)
        self.count_label.setAccessibleName("Councils submitted")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self._build_tabs(central)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_menu()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName("Loading submissions")
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().showMessage("Drop submission files or folders here to import them.")
        self.resize(1280, 760)

    def _build_tabs(self, parent: QWidget) -> None:
        q = self.questionnaire
        self.tabs = QTabWidget(parent)
        self.tabs.setAccessibleName("Views across councils")
        self.heatmap_model = HeatmapModel(q, self.minimum, self)
        self.heatmap_tab = ThemedTable(
            self.heatmap_model, q, "Standards by use status", (THEME, CODE, TITLE), self.tabs
        )
        self.heatmap = self.heatmap_tab.view
        set_stretch(self.heatmap, TITLE)
        self.demand_model = FigureTableModel(rows.DEMAND_COLUMNS, self)
        self.demand_tab = ThemedTable(self.demand_model, q, "Demand", (5, 1, 6), self.tabs)
        self.demand = self.demand_tab.view
        set_stretch(self.demand, 6)
        self.barriers_model = FigureTableModel(rows.BARRIER_COLUMNS, self)
        self.barriers = figure_view(self.barriers_model, "Barriers", parent=self.tabs)
        set_stretch(self.barriers, -1)
        self.gaps_model = FigureTableModel(rows.GAP_COLUMNS, self)
        self.gaps = figure_view(self.gaps_model, "Gaps councils described", parent=self.tabs)
        self.gaps.setWordWrap(True)
        set_stretch(self.gaps, 2)
        self.priorities_model = FigureTableModel(rows.PRIORITY_COLUMNS, self)
        self.priorities = figure_view(
            self.priorities_model, "National priorities", parent=self.tabs
        )
        set_stretch(self.priorities, -1)
        self.councils_model = FigureTableModel(rows.COUNCIL_COLUMNS, self)
        self.councils = figure_view(self.councils_model, "Councils", parent=self.tabs)
        self.councils.setToolTip("Double-click or press Enter to open a council's assessment")
        self.councils.activated.connect(self._open_council)
        for widget, title in (
            (self.heatmap_tab, "&Standards × use"),
            (self.demand_tab, "&Demand"),
            (self.barriers, "&Barriers"),
            (self.gaps, "&Gaps"),
            (self.priorities, "National &priorities"),
            (self.councils, "C&ouncils"),
        ):
            self.tabs.addTab(widget, title)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&Network")
        self.import_files_action = menu.addAction("&Import submissions…", self.import_chosen_files)
        self.import_folder_action = menu.addAction("Import a &folder…", self.import_folder)
        menu.addSeparator()
        self.export_xlsx_action = menu.addAction(
            "Export &workbook (.xlsx)…", lambda: self.export(".xlsx")
        )
        self.export_pdf_action = menu.addAction("Export &PDF summary…", lambda: self.export(".pdf"))
        menu.addSeparator()
        menu.addAction("&Reload", self.reload)
        menu.addAction("&Close", self.close)

    # Data

    def reload(self) -> None:
        """Load every current submission on a worker thread, then fill the filters and tables."""
        from csn_desktop.actions.network import load_network

        if self.loader is not None and self.loader.is_running():
            self._load_again = True
            return
        self._load_again = False
        if self.data is None:
            self.count_label.setText("Loading the submissions…")
        self.busy.show()
        self.statusBar().showMessage("Loading the submissions…")
        self._set_exports_enabled(False)
        database, library = self.database, self.library
        threaded = getattr(database, "usable_from_any_thread", True)
        self.loader = BackgroundCall(
            lambda: load_network(database, library), threaded=threaded, parent=self
        )
        self.loader.done.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.loader.start()

    def _loaded(self, data: NetworkData) -> None:
        if self._load_again:
            self.reload()
            return
        self.busy.hide()
        self.statusBar().showMessage("Drop submission files or folders here to import them.")
        self.data = data
        choices = data.choices()
        for key, button in self.filters.items():
            button.blockSignals(True)
            button.set_values(choices[key])
            button.blockSignals(False)
        self._set_exports_enabled(True)
        self.refresh()
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        self.busy.hide()
        self.statusBar().clearMessage()
        MessageDialog.ask(self, "Could not load the submissions", describe_error(error))

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.export_xlsx_action.setEnabled(enabled)
        self.export_pdf_action.setEnabled(enabled)

    def current_filters(self) -> Filters:
        chosen = {key: button.chosen() for key, button in self.filters.items()}
        return Filters(
            nations=chosen["nation"],
            regions=chosen["region"],
            authority_types=chosen["authority_type"],
            periods=chosen["period"],
            statuses=chosen["status"],
        )

    def clear_filters(self) -> None:
        for button in self.filters.values():
            button.blockSignals(True)
            button.set_chosen([])
            button.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.data is None:
            self.count_label.setText("Loading the submissions…")
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._fill(self.data)
        finally:
            QApplication.restoreOverrideCursor()

    def _fill(self, data: NetworkData) -> None:
        filters, q, minimum = self.current_filters(), self.questionnaire, self.minimum
        selected = data.selected(filters)
        picture = data.picture(filters)
        small = Suppression(minimum).selection_withheld(picture.councils)
        note = f" Fewer than {minimum}: figures are withheld from exports." if small else ""
        self.count_label.setText(
            f"{picture.councils} councils submitted in this selection "
            f"(of {len(data.submissions)}).{note} "
            f"* and grey mark figures about fewer than {minimum} councils."
        )
        small_note = f"Fewer than {minimum} councils: withheld from exports."
        self.heatmap_model.set_picture(picture)
        self.demand_model.set_rows(rows.demand_rows(q, picture, minimum), small_note)
        self.barriers_model.set_rows(rows.barrier_rows(q, picture, minimum), small_note)
        self.priorities_model.set_rows(rows.priority_rows(q, picture, minimum), small_note)
        self.gaps_model.set_rows(rows.gap_rows(q, picture))
        entries = [data.entries[s.assessment_id] for s in selected]
        self.councils_model.set_rows(rows.council_rows(entries))

    # Opening a council read-only

    def _open_council(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if isinstance(key, int):
            self.open_assessment(key)

    def open_assessment(self, assessment_id: int) -> QWidget | None:
        from csn_desktop.actions.assessments import load_assessment
        from csn_desktop.ui.network.assessment_viewer import AssessmentViewer

        try:
            loaded = load_assessment(self.database, self.library, assessment_id)
        except Exception as error:
            MessageDialog.ask(self, "Could not open the assessment", describe_error(error))
            return None
        viewer = AssessmentViewer(loaded, self)
        viewer.show()
        return viewer

    # Importing

    def import_chosen_files(self) -> None:
        paths = ChooseSubmissions.ask(self)
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = ChooseFolder.ask(self)
        if folder is not None:
            self.start_import([folder])

    def start_import(self, paths: list[Path]) -> None:
        """Import in a worker thread behind a progress dialog that can cancel between files."""
        if self.import_thread is not None:
            return
        self.worker = ImportWorker(self.database, self.library, paths)
        self.progress = QProgressDialog("Importing submissions…", "Stop", 0, 0, self)
        self.progress.setWindowTitle("Importing")
        self.progress.setAccessibleName("Importing submissions")
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._imported)
        self.worker.failed.connect(self._import_failed)
        self.import_thread = start_in_thread(self.worker, self)

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(f"Imported {done} of {total}: {name}")

    def _finish_thread(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        if self.import_thread is not None:
            self.import_thread.quit()
            self.import_thread.wait()
            self.import_thread.deleteLater()
        self.import_thread, self.worker, self.progress = None, None, None

    def _imported(self, results: list[FileResult]) -> None:
        self._finish_thread()
        self.reload()
        self.statusBar().showMessage(summary(results), 15_000)
        ImportResultsDialog.ask(self, results)
        self.imports_done.emit(results)

    def _import_failed(self, message: str) -> None:
        self._finish_thread()
        MessageDialog.ask(self, "The import stopped", message)
        self.reload()

    # Exporting

    def export(self, suffix: str) -> None:
        """Ask where, then write the workbook or PDF on a worker thread (``reports.finished``)."""
        if self.data is None or self.reports.is_running():
            return
        path = ChooseReportFile.ask(self, suffix)
        if path is not None:
            self.reports.start(self.data, self.current_filters(), path, self.minimum)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.worker is not None:
            self.worker.cancel()
        if self.import_thread is not None:
            self.import_thread.quit()
            self.import_thread.wait()
        self._load_again = False
        if self.loader is not None:
            self.loader.wait()
        self.reports.shutdown()
        super().closeEvent(event)

"""The network view: filters, heatmap, demand, barriers, gaps, priorities and the council list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.aggregation import DEFAULT_MINIMUM_GROUP, Filters, is_suppressed
from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.network.choosers import ChooseFolder, ChooseReportFile, ChooseSubmissions
from csn_desktop.ui.network.heatmap_model import HeatmapModel
from csn_desktop.ui.network.import_worker import ImportWorker, start_in_thread
from csn_desktop.ui.network.results_dialog import ImportResultsDialog, summary

if TYPE_CHECKING:
    from csn_desktop.actions.network import NetworkData
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.domain.questionnaire import Questionnaire
    from csn_desktop.imports.outcomes import FileResult
    from csn_desktop.storage.database import Database

FILTERS = (
    ("nation", "Nation"),
    ("region", "Region"),
    ("authority_type", "Authority type"),
    ("period", "Period"),
    ("status", "Status"),
)
ALL = "All"


class NetworkWindow(QMainWindow):
    """Everything imported, across councils; files dropped on it are imported."""

    imports_done = Signal(list)  # list[FileResult], after the results were shown

    def __init__(
        self, database: Database, library: QuestionnaireLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.library = library
        self.minimum = DEFAULT_MINIMUM_GROUP
        self.data: NetworkData | None = None
        self.import_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle("City Standards Network — the picture across councils")
        self.setAcceptDrops(True)
        self._build()
        self.reload()

    # Building

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.filters: dict[str, QComboBox] = {}
        for key, label in FILTERS:
            bar.addWidget(QLabel(label + ":", central))
            combo = QComboBox(central)
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self.refresh)
            self.filters[key] = combo
            bar.addWidget(combo)
        bar.addStretch()
        layout.addLayout(bar)
        self.count_label = QLabel(central)
        self.count_label.setAccessibleName("Councils submitted")
        layout.addWidget(self.count_label)
        self.tabs = QTabWidget(central)
        self.heatmap = QTableView(central)
        self.heatmap_model = HeatmapModel(self.library.latest(), self.minimum, self)
        self.heatmap.setModel(self.heatmap_model)
        self.demand = _table(["Code", "Title", "Needed but not in use", "Councils answering"])
        self.barriers = _table(["Barrier", "Councils citing it", "Mentions"])
        self.gaps = _table(["Council", "Theme", "Description", "Impact", "A standard should cover"])
        self.priorities = _table(["Question", "Choice", "Councils"])
        self.councils = _table(
            ["Council", "GSS code", "Region", "Period", "Status", "Origin", "Flag"]
        )
        self.councils.cellDoubleClicked.connect(self._open_council)
        for widget, title in (
            (self.heatmap, "Standards × use"),
            (self.demand, "Demand"),
            (self.barriers, "Barriers"),
            (self.gaps, "Gaps"),
            (self.priorities, "National priorities"),
            (self.councils, "Councils"),
        ):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        menu = self.menuBar().addMenu("&Network")
        self.import_files_action = menu.addAction("&Import submissions…", self.import_chosen_files)
        self.import_folder_action = menu.addAction("Import a &folder…", self.import_folder)
        menu.addSeparator()
        menu.addAction("Export &workbook (.xlsx)…", lambda: self.export(".xlsx"))
        menu.addAction("Export &PDF summary…", lambda: self.export(".pdf"))
        self.statusBar().showMessage("Drop submission files or folders here to import them.")
        self.resize(1100, 700)

    # Data

    def reload(self) -> None:
        """Load every current submission from the database and fill the filters again."""
        from csn_desktop.actions.network import load_network

        self.data = load_network(self.database, self.library)
        choices = self.data.choices()
        for key, combo in self.filters.items():
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([ALL, *choices[key]])
            combo.setCurrentIndex(max(combo.findText(chosen), 0))
            combo.blockSignals(False)
        self.refresh()

    def current_filters(self) -> Filters:
        def chosen(key: str) -> frozenset[str]:
            text = self.filters[key].currentText()
            return frozenset() if text in ("", ALL) else frozenset({text})

        return Filters(
            nations=chosen("nation"),
            regions=chosen("region"),
            authority_types=chosen("authority_type"),
            periods=chosen("period"),
            statuses=chosen("status"),
        )

    def refresh(self) -> None:
        if self.data is None:
            return
        filters = self.current_filters()
        selected = self.data.selected(filters)
        picture = self.data.picture(filters)
        small = is_suppressed(picture.councils, self.minimum)
        note = f" — fewer than {self.minimum}: figures are withheld from exports" if small else ""
        self.count_label.setText(
            f"{picture.councils} councils submitted in this selection "
            f"(of {len(self.data.submissions)}){note}. * marks groups under {self.minimum}."
        )
        self.heatmap_model.set_picture(picture)
        q = self.data.questionnaire
        _fill(
            self.demand,
            [
                [
                    f.code,
                    _title(q, f.code),
                    f.demand,
                    f.answered,
                ]
                for f in picture.ranked_demand()
            ],
        )
        barrier = q.question("standards.barriers")
        _fill(
            self.barriers,
            [[barrier.choice_label(b), c, m] for b, m, c in picture.ranked_barriers()],
        )
        gap_theme = q.question("gaps.theme") if q.has_question("gaps.theme") else None
        impact = q.question("gaps.impact") if q.has_question("gaps.impact") else None
        _fill(
            self.gaps,
            [
                [
                    g.council,
                    gap_theme.choice_label(g.theme) if gap_theme and g.theme else "",
                    g.description,
                    impact.choice_label(g.impact) if impact and g.impact else "",
                    g.should_cover or "",
                ]
                for g in picture.gaps
            ],
        )
        rows = []
        for question_id, counts in picture.priorities.items():
            if q.has_question(question_id):
                question = q.question(question_id)
                for choice, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                    rows.append([question.label, question.choice_label(choice), n])
        _fill(self.priorities, rows)
        entries = [self.data.entries[s.assessment_id] for s in selected]
        _fill(
            self.councils,
            [
                [e.council, e.gss_code or "", e.region, e.period, e.status, e.origin,
                 "edited after export" if e.flagged else ""]
                for e in entries
            ],
            ids=[e.assessment_id for e in entries],
        )  # fmt: skip

    # Opening a council read-only

    def _open_council(self, row: int, _column: int) -> None:
        item = self.councils.item(row, 0)
        if item is not None:
            self.open_assessment(int(item.data(_ID_ROLE)))

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # Exporting

    def export(self, suffix: str) -> Path | None:
        from csn_desktop.actions.network_reports import export_network_report

        if self.data is None:
            return None
        path = ChooseReportFile.ask(self, suffix)
        if path is None:
            return None
        try:
            written = export_network_report(
                self.data, self.current_filters(), path, minimum=self.minimum
            )
        except Exception as error:
            MessageDialog.ask(self, "Could not export", describe_error(error))
            return None
        self.statusBar().showMessage(f"Wrote {written}", 10_000)
        return written

    def closeEvent(self, event: object) -> None:  # noqa: N802
        if self.worker is not None:
            self.worker.cancel()
        if self.import_thread is not None:
            self.import_thread.quit()
            self.import_thread.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _title(questionnaire: Questionnaire, code: str) -> str:
    standard = questionnaire.standard(code)
    return standard.title if standard else ""


_ID_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(False)
    return table


def _fill(table: QTableWidget, rows: list[list[object]], ids: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if ids is not None and c == 0:
                item.setData(_ID_ROLE, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()

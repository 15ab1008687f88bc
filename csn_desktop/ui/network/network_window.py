"""The network view: filters, heatmap, demand, barriers, gaps, priorities and the council list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.definition.translations import localised
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.network import network_rows as rows
from csn_desktop.ui.network.audience_dialog import AudienceDialog, report_language
from csn_desktop.ui.network.change_watch import ChangeWatch
from csn_desktop.ui.network.choosers import ChooseFolder, ChooseReportFile, ChooseSubmissions
from csn_desktop.ui.network.drops import DropImporter
from csn_desktop.ui.network.figure_table import KEY_ROLE, FigureTableModel
from csn_desktop.ui.network.heatmap_model import CODE, THEME, TITLE, HeatmapModel
from csn_desktop.ui.network.network_filters import NetworkFilters
from csn_desktop.ui.network.network_header import NetworkHeader
from csn_desktop.ui.network.report_export import ReportExport
from csn_desktop.ui.network.results_dialog import ImportResultsDialog, summary
from csn_desktop.ui.network.views import ThemedTable, figure_view, set_stretch
from csn_desktop.ui.network.withheld_words import why_withheld
from csn_desktop.ui.translation import window_language
from csn_desktop.ui.worker import Progress, Worker

if TYPE_CHECKING:
    from csn_desktop.actions.network import CouncilEntry, NetworkData
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.domain.network_figures import NetworkFigures
    from csn_desktop.imports.outcomes import FileResult
    from csn_desktop.storage.database import Database
    from csn_desktop.ui.network.versions_dialog import VersionsDialog


class NetworkWindow(QMainWindow):
    """Everything imported, across councils; files dropped on it are imported."""

    imports_done = Signal(list)  # list[FileResult], after the results were shown
    loaded = Signal()  # the submissions were (re)loaded and every table filled
    filled = Signal()  # every table shows the current selection

    def __init__(
        self, database: Database, library: QuestionnaireLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.library = library
        # Its texts in the window's language; what is loaded and exported keeps the source.
        self.questionnaire = localised(library.latest(), window_language())
        self.data: NetworkData | None = None
        self.loader: Worker | None = None
        self._load_again = False
        self.figurer: Worker | None = None  # figures of a period not yet in memory
        self._offering = False  # the filter bar is being offered new choices
        self.worker: Worker | None = None  # the import
        self.progress: QProgressDialog | None = None
        self.pending = 0  # versions waiting for a decision, as last loaded
        self.reports = ReportExport(self)
        self.setWindowTitle(self.tr("City Standards Network — the picture across councils"))
        DropImporter(self, self.start_import)
        if self._threaded():
            # Read while the window is built: the tables fill once both are done.
            self._start_load(Filters(), DEFAULT_MINIMUM_GROUP)
            self._build()
            self._show_loading()
        else:  # the read runs within start(): the window must be built first
            self._build()
            self.reload()
        # Others' imports and decisions on a shared database appear without asking.
        self.changes = ChangeWatch(
            self,
            database=database,
            councils=self.councils,
            reload=self.reload,
            busy=lambda: self.loader is not None and self.loader.is_running(),
            loaded=self.loaded,
        )

    # Building

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.filter_bar = NetworkFilters(central)
        self.filter_bar.changed.connect(self.refresh)
        layout.addWidget(self.filter_bar)
        self.header = NetworkHeader(central)
        layout.addWidget(self.header)
        self.banner = self._build_banner(central)
        layout.addWidget(self.banner)
        self._build_tabs(central)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Loading submissions"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().showMessage(
            self.tr("Drop submission files or folders here to import them.")
        )
        self.resize(1280, 800)

    def _build_tabs(self, parent: QWidget) -> None:
        q = self.questionnaire
        self.tabs = QTabWidget(parent)
        self.tabs.setAccessibleName(self.tr("Views across councils"))
        self.heatmap_model = HeatmapModel(q, self)
        self.heatmap_tab = ThemedTable(
            self.heatmap_model,
            q,
            self.tr("Standards by use status"),
            (THEME, CODE, TITLE),
            self.tabs,
        )
        self.heatmap = self.heatmap_tab.view
        set_stretch(self.heatmap, TITLE)
        self.demand_model = FigureTableModel(rows.DEMAND_COLUMNS, self)
        self.demand_tab = ThemedTable(self.demand_model, q, self.tr("Demand"), (5, 1, 6), self.tabs)
        self.demand = self.demand_tab.view
        set_stretch(self.demand, 6)
        self.barriers_model = FigureTableModel(rows.BARRIER_COLUMNS, self)
        self.barriers = figure_view(self.barriers_model, self.tr("Barriers"), parent=self.tabs)
        set_stretch(self.barriers, -1)
        self.gaps_model = FigureTableModel(rows.GAP_COLUMNS, self)
        self.gaps_tab = QWidget(self.tabs)
        gaps_layout = QVBoxLayout(self.gaps_tab)
        gaps_layout.setContentsMargins(0, 4, 0, 0)
        self.gaps_note = QLabel(self.gaps_tab)
        self.gaps_note.setWordWrap(True)
        self.gaps_note.setAccessibleName(self.tr("About the gaps quoted"))
        self.gaps = figure_view(
            self.gaps_model, self.tr("Gaps councils agreed to have quoted"), parent=self.gaps_tab
        )
        self.gaps.setWordWrap(True)
        gaps_layout.addWidget(self.gaps_note)
        gaps_layout.addWidget(self.gaps)
        set_stretch(self.gaps, 2)
        self.priorities_model = FigureTableModel(rows.PRIORITY_COLUMNS, self)
        self.priorities = figure_view(
            self.priorities_model, self.tr("National priorities"), parent=self.tabs
        )
        set_stretch(self.priorities, -1)
        self.councils_tab = self._build_councils(self.tabs)
        for widget, title in (
            (self.heatmap_tab, self.tr("&Standards × use")),
            (self.demand_tab, self.tr("&Demand")),
            (self.barriers, self.tr("&Barriers")),
            (self.gaps_tab, self.tr("&Gaps")),
            (self.priorities, self.tr("National &priorities")),
            (self.councils_tab, self.tr("C&ouncils")),
        ):
            self.tabs.addTab(widget, title)

    def _build_councils(self, parent: QWidget) -> QWidget:
        """The council list, with its answers and its versions a key press away."""
        tab = QWidget(parent)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        self.councils_model = FigureTableModel(rows.COUNCIL_COLUMNS, self)
        self.councils = figure_view(self.councils_model, self.tr("Councils"), parent=tab)
        self.councils.setToolTip(
            self.tr(
                "Enter or double-click: the council's answers. Ctrl+Shift+V or the context menu: "
                "its versions"
            )
        )
        self.councils.activated.connect(self._open_council)
        self.answers_action = QAction(self.tr("Open ans&wers"), self)
        self.answers_action.triggered.connect(self.open_selected_council)
        self.versions_action = QAction(self.tr("&Versions…"), self)
        self.versions_action.setIconText(self.tr("Versions…"))  # buttons drop a “…”
        self.versions_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.versions_action.setToolTip(
            self.tr("Every file received for the council and period; choose which one counts")
        )
        self.versions_action.triggered.connect(self.show_selected_versions)
        self.councils.addAction(self.answers_action)
        self.councils.addAction(self.versions_action)
        self.councils.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        bar = QHBoxLayout()
        for action in (self.answers_action, self.versions_action):
            button = QToolButton(tab)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch()
        layout.addLayout(bar)
        layout.addWidget(self.councils)
        self.councils.selectionModel().selectionChanged.connect(self._council_chosen)
        self._council_chosen()
        return tab

    def _build_banner(self, parent: QWidget) -> QFrame:
        """Shown while versions wait for a decision: what, and the way to decide."""
        banner = QFrame(parent)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #FFF3C4; }")  # not translated: a style
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel(banner)
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("&Decide…"), banner)
        self.banner_button.setAccessibleName(self.tr("Decide which versions count"))
        self.banner_button.clicked.connect(self.show_decisions)
        layout.addWidget(self.banner_label, 1)
        layout.addWidget(self.banner_button)
        banner.hide()
        return banner

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Network"))
        menu.addAction(self.tr("&Import submissions…"), self.import_chosen_files)
        menu.addAction(self.tr("Import a &folder…"), self.import_folder)
        menu.addSeparator()
        menu.addAction(self.tr("Decisions and &withdrawn…"), self.show_decisions)
        menu.addAction(self.versions_action)
        menu.addSeparator()
        self.export_xlsx_action = menu.addAction(
            self.tr("Export &workbook (.xlsx)…"), lambda: self.export(".xlsx")
        )
        self.export_pdf_action = menu.addAction(
            self.tr("Export &PDF summary…"), lambda: self.export(".pdf")
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Reload"), self.reload)
        menu.addAction(self.tr("&Close"), self.close)

    # Data

    def reload(self) -> None:
        """Read the councils and the selection's period on a worker thread, then fill the tables."""
        if self.loader is not None and self.loader.is_running():
            self._load_again = True
            return
        self._load_again = False
        self._show_loading()
        self._start_load(*self._wanted())

    def _show_loading(self) -> None:
        if self.data is None:
            self.header.show_loading()
        self._show_busy(self.tr("Loading the submissions…"))
        self._set_exports_enabled(False)

    def _start_load(self, filters: Filters, minimum: int) -> None:
        from csn_desktop.actions.network import load_network
        from csn_desktop.actions.versions import pending_decisions

        database, library, wanted = self.database, self.library, (filters, minimum)
        if self.loader is not None:
            self.loader.deleteLater()  # finished: its outcome was delivered
        self.loader = Worker(
            lambda _progress, _cancelled: _loaded_view(
                load_network(database, library, every_period=False),
                len(pending_decisions(database)),
                wanted,
            ),
            name="csn-network",
            threaded=self._threaded(),
            parent=self,
        )
        self.loader.succeeded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.loader.start()

    def _threaded(self) -> bool:
        return bool(getattr(self.database, "usable_from_any_thread", True))

    def _wanted(self) -> tuple[Filters, int]:
        return self.current_filters(), self.minimum

    def _loaded(self, loaded: tuple[NetworkData, int, Shown]) -> None:
        if self._load_again:
            self.reload()
            return
        data, pending, shown = loaded
        self._show_pending(pending)
        self._hide_busy()
        self.data = data
        self._offering = True
        try:
            self.filter_bar.offer(data.choices())
        finally:
            self._offering = False
        self._set_exports_enabled(True)
        if shown.wanted == self._wanted():
            self._fill(data, shown)
        else:
            self.refresh()
        self.loaded.emit()

    def _show_pending(self, pending: int) -> None:
        self.pending = pending
        self.banner.setVisible(pending > 0)
        self.banner_label.setText(
            self.tr(
                "Submissions waiting for a decision: {count}. The import could not tell which "
                "file is newer; until you choose, the version counted stays as it was."
            ).format(count=format_number(pending))
        )

    def _load_failed(self, error: Exception) -> None:
        self._hide_busy()
        MessageDialog.ask(self, self.tr("Could not load the submissions"), describe_error(error))

    def _show_busy(self, message: str) -> None:
        self.busy.show()
        self.statusBar().showMessage(message)

    def _hide_busy(self) -> None:
        if (self.loader is None or not self.loader.is_running()) and (
            self.figurer is None or not self.figurer.is_running()
        ):
            self.busy.hide()
            self.statusBar().showMessage(
                self.tr("Drop submission files or folders here to import them.")
            )

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.export_xlsx_action.setEnabled(enabled)
        self.export_pdf_action.setEnabled(enabled)

    @property
    def minimum(self) -> int:
        return self.filter_bar.minimum()

    def current_filters(self) -> Filters:
        return self.filter_bar.filters()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def refresh(self) -> None:
        """Show the current selection: at once when its period is in memory, else when read.

        A period not yet in memory is read, and its figures made, on a worker thread; when
        the selection changed meanwhile, the result is dropped and the newest one is made.
        """
        if self._offering or (self.loader is not None and self.loader.is_running()):
            return  # the load in progress shows the selection current when it ends
        data = self.data
        if data is None:
            self.header.show_loading()
            return
        wanted = self._wanted()
        period = data.resolved(wanted[0]).period or ""
        busy = self.figurer is not None and self.figurer.is_running()
        if data.holds(period) and not busy:
            self._fill(data, _view(data, wanted))
            return
        if busy:
            return  # what it delivers is compared with the selection then current
        self._show_busy(self.tr("Reading the period's submissions…"))
        if self.figurer is not None:
            self.figurer.deleteLater()
        self.figurer = Worker(
            lambda _progress, _cancelled: _view(data, wanted),
            name="csn-network-figures",
            threaded=self._threaded(),
            parent=self,
        )
        self.figurer.succeeded.connect(self._figured)
        self.figurer.failed.connect(self._load_failed)
        self.figurer.start()

    def _figured(self, shown: Shown) -> None:
        self._hide_busy()
        if self.data is None or shown.data is not self.data:
            return  # made from data reloaded since
        if shown.wanted == self._wanted():
            self._fill(self.data, shown)
        else:
            self.refresh()  # the selection changed meanwhile: show the newest one

    def _fill(self, data: NetworkData, shown: Shown) -> None:
        # Those the publishable files hold, with the questionnaire's texts in the window's language.
        in_words = localised(shown.figures.questionnaire, window_language())
        figures = replace(shown.figures, questionnaire=in_words)
        self.header.show_figures(figures)
        note = why_withheld(None, figures.minimum)
        self.heatmap_model.set_figures(figures)
        self.demand_model.set_rows(rows.demand_rows(figures), note)
        self.barriers_model.set_rows(rows.barrier_rows(figures), note)
        self.priorities_model.set_rows(rows.priority_rows(figures), note)
        self.gaps_model.set_rows(rows.gap_rows(figures))
        self.gaps_note.setText(self._gaps_note(figures))
        self.councils_model.set_rows(rows.council_rows(shown.entries))
        self.filled.emit()

    def _gaps_note(self, figures: NetworkFigures) -> str:
        about = self.tr(
            "The gaps of councils that agreed to be quoted, without their names: what the "
            "publishable files quote. The Councils tab opens any council's own answers."
        )
        if figures.gaps:
            return about
        if figures.all_withheld:
            none = self.tr("None is quoted: this selection has too few councils.")
        else:
            none = self.tr("None of the councils in this selection agreed to have a gap quoted.")
        return f"{about} {none}"

    # Opening a council read-only

    def _open_council(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if isinstance(key, int):
            self.open_assessment(key)

    def open_assessment(self, assessment_id: int) -> QWidget | None:
        from csn_desktop.actions.assessments import load_assessment
        from csn_desktop.ui.assessment_state import in_window_language
        from csn_desktop.ui.network.assessment_viewer import AssessmentViewer

        try:
            loaded = load_assessment(self.database, self.library, assessment_id)
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not open the assessment"), describe_error(error))
            return None
        viewer = AssessmentViewer(in_window_language(loaded), self)
        viewer.show()
        return viewer

    def _council_chosen(self, *_selection: object) -> None:
        chosen = self.councils.selectionModel().hasSelection()
        self.answers_action.setEnabled(chosen)
        self.versions_action.setEnabled(chosen)

    def selected_council(self) -> int | None:
        """The assessment id of the council chosen in the council list, or None."""
        rows = self.councils.selectionModel().selectedRows()
        key = rows[0].data(KEY_ROLE) if rows else None
        return key if isinstance(key, int) else None

    def open_selected_council(self) -> None:
        chosen = self.selected_council()
        if chosen is not None:
            self.open_assessment(chosen)

    # Versions and decisions

    def show_selected_versions(self) -> None:
        chosen = self.selected_council()
        if chosen is not None:
            self.show_versions(chosen)

    def show_versions(self, assessment_id: int, parent: QWidget | None = None) -> VersionsDialog:
        """The versions of an assessment, over ``parent`` (this window by default).

        Every change there reloads the figures here.
        """
        from csn_desktop.ui.network.versions_dialog import VersionsDialog

        dialog = VersionsDialog(self.database, assessment_id, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._version_changed)
        dialog.show()
        return dialog

    def _version_changed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)
        self.reload()

    def show_decisions(self) -> QWidget:
        """Every version waiting for a decision, and every withdrawn assessment."""
        from csn_desktop.ui.network.decisions_dialog import DecisionsDialog

        dialog = DecisionsDialog(self.database, self.show_versions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

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
        from csn_desktop.actions.importing import import_files

        if self.worker is not None:
            return
        database, library = self.database, self.library

        def work(progress: Progress, cancelled: Callable[[], bool]) -> list[FileResult]:
            # Sessions are opened on the worker thread, one per file.
            return import_files(database, library, paths, progress=progress, cancelled=cancelled)

        self.worker = Worker(work, name="csn-import", parent=self)
        self.progress = QProgressDialog(
            self.tr("Importing submissions…"), self.tr("Stop"), 0, 0, self
        )
        self.progress.setWindowTitle(self.tr("Importing"))
        self.progress.setAccessibleName(self.tr("Importing submissions"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._import_failed)
        self.worker.start()

    def _progressed(self, done: int, total: int, result: FileResult) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Imported {done} of {total}: {file}").format(
                    done=format_number(done), total=format_number(total), file=result.path.name
                )
            )

    def _finish_import(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker, self.progress = None, None

    def _imported(self, results: list[FileResult]) -> None:
        self._finish_import()
        self.reload()
        self.statusBar().showMessage(summary(results), 15_000)
        ImportResultsDialog.ask(self, results, self.show_versions)
        self.imports_done.emit(results)

    def _import_failed(self, error: Exception) -> None:
        self._finish_import()
        MessageDialog.ask(self, self.tr("The import stopped"), describe_error(error))
        self.reload()

    # Exporting

    def export(self, suffix: str) -> None:
        """Ask for whom and where, then write the workbook or PDF on a worker thread.

        The file holds the figures shown for the same selection and minimum group (publishable),
        or every figure and council (restricted). ``reports.finished`` follows.
        """
        if self.data is None or self.reports.is_running():
            return
        audience = AudienceDialog.ask(self, self.minimum)
        if audience is None:
            return
        path = ChooseReportFile.ask(self, suffix, audience)
        if path is not None:
            self.reports.start(
                self.data,
                self.current_filters(),
                path,
                self.minimum,
                self.database,
                audience,
                report_language(),
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        self._load_again = False
        if self.loader is not None:
            self.loader.wait()
        if self.figurer is not None:
            self.figurer.wait()
        self.reports.shutdown()
        super().closeEvent(event)


@dataclass(frozen=True)
class Shown:
    """What the tables show for one selection and minimum, made from ``data``."""

    data: NetworkData
    wanted: tuple[Filters, int]
    figures: NetworkFigures
    entries: list[CouncilEntry]


def _view(data: NetworkData, wanted: tuple[Filters, int]) -> Shown:
    """The figures and council rows of a selection (on a worker thread when a period is read)."""
    filters, minimum = wanted
    figures = data.figures(filters, minimum)
    entries = [data.entries[s.assessment_id] for s in data.selected(filters)]
    return Shown(data, wanted, figures, entries)


def _loaded_view(
    data: NetworkData, pending: int, wanted: tuple[Filters, int]
) -> tuple[NetworkData, int, Shown]:
    return data, pending, _view(data, wanted)

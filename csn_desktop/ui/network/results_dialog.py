"""The import's results, one row per file: sortable, with the notes and where a file went wrong."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.import_report import batch_summary
from csn_desktop.imports.outcomes import FileResult
from csn_desktop.ui.network import results_model as columns
from csn_desktop.ui.network.figure_table import SORT_ROLE
from csn_desktop.ui.network.results_model import ImportResultsModel
from csn_desktop.ui.network.views import fit_columns, no_default_button

NARROW = 170  # pixels: the widest “what changed” and “same council” columns start out
# Opens the versions of an assessment over a dialog (the network window's show_versions).
OpenVersions = Callable[[int, QWidget], object]


def summary(results: Sequence[FileResult]) -> str:
    """“3 new, 1 needs a decision, 1 rejected”: the same count the command line prints."""
    return batch_summary(results)


class ImportResultsDialog(QDialog):
    """Every file's outcome; a file that needs a decision opens its versions (“Decide…”)."""

    def __init__(
        self,
        results: Sequence[FileResult],
        versions: OpenVersions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_versions = versions
        self.setWindowTitle(self.tr("Import results"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(summary(results), self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Import summary"))
        layout.addWidget(self.heading)
        self.model = ImportResultsModel(results, self)
        waiting = sum(1 for row in range(len(results)) if self.model.needs_decision(row))
        hint = QLabel(self._hint(waiting), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Files imported"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the import's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setProperty("stretch_column", columns.MESSAGE)
        fit_columns(self.table)
        header = self.table.horizontalHeader()
        for column in (columns.CHANGES, columns.SAME):
            # The message matters most: these show their start, and all in the tooltip.
            header.resizeSection(column, min(header.sectionSize(column), NARROW))
        self.table.activated.connect(self._activated)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected file"))
        self.details.setPlaceholderText(self.tr("Select a file to see everything about it."))
        self.details.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        buttons = QDialogButtonBox(self)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.decide_button.setToolTip(
            self.tr("Choose which version of this council's assessment is counted")
        )
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.versions_button.setToolTip(self.tr("See every version of this council's assessment"))
        buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.versions_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.decide_button.clicked.connect(self.decide)
        self.versions_button.clicked.connect(self.decide)
        no_default_button(self)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._selected(QItemSelection(), QItemSelection())
        if results:
            first = next((row for row in range(len(results)) if self.model.needs_decision(row)), 0)
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(first, 0)).row())
        self.table.setFocus()
        self.resize(1280, 600)

    def _hint(self, waiting: int) -> str:
        hint = self.tr(
            "Select a file to see its notes and details below. Files for the same council and "
            "period are marked in the last column."
        )
        if waiting:
            decide = self.tr(
                "A result in bold needs a decision: select the file and press Decide… to choose "
                "which version is counted."
            )
            hint = f"{decide} {hint}"
        return hint

    def selected_row(self) -> int | None:
        """The selected file's row in the results (not the sorted view's), or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected_row()
        result = self.model.results[row] if row is not None else None
        can_open = self.open_versions is not None and result is not None
        self.decide_button.setEnabled(
            can_open and row is not None and self.model.needs_decision(row)
        )
        self.versions_button.setEnabled(
            can_open and result is not None and result.assessment_id is not None
        )
        self.details.setPlainText(self._details(row) if row is not None else "")

    def _details(self, row: int) -> str:
        model, result = self.model, self.model.results[row]
        lines = [
            str(result.path),
            " · ".join(text for column in (1, 2, 3, 4) if (text := model.text(row, column))),
            self.tr("{outcome}: {message}").format(
                outcome=model.text(row, columns.RESULT), message=result.message
            ),
        ]
        if result.place:
            lines.append(self.tr("Where: {place}").format(place=result.place))
        if result.changes:
            lines.append(self.tr("What changed: {changes}").format(changes=result.changes))
        if result.notes:
            lines += [self.tr("Notes:"), model.notes_text(row)]
        if model.same[row]:
            lines.append(
                self.tr("Same council and period as: {files}").format(
                    files=model.text(row, columns.SAME)
                )
            )
        return "\n".join(line for line in lines if line)

    def _activated(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        if self.model.results[row].assessment_id is not None:
            self.decide()

    def decide(self) -> None:
        """Open the selected file's versions (where staff decide, make current or withdraw)."""
        row = self.selected_row()
        if row is None or self.open_versions is None:
            return
        assessment_id = self.model.results[row].assessment_id
        if assessment_id is not None:
            self.open_versions(assessment_id, self)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        results: Sequence[FileResult],
        versions: OpenVersions | None = None,
    ) -> None:
        cls(results, versions, parent).exec()

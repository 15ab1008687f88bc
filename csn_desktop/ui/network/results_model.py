"""The import's results as a table model: one row per file, sortable, notes in the tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from csn_desktop.actions.import_report import council_of, same_council_and_period
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.network.columns_model import ColumnsModel
from csn_desktop.ui.network.figure_table import KEY_ROLE, SORT_ROLE
from csn_desktop.ui.network.import_words import kind_text, outcome_text, status_words
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
RESULT_ROLE = Qt.ItemDataRole.UserRole + 3  # the FileResult itself
SAME_COLOUR = QColor("#FFF3C4")  # a soft yellow: several files for one council and period

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportResultsModel", "File"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Council"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Period"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Status"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Kind"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Result"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "What changed"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Message"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Where"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Notes"),
    QT_TRANSLATE_NOOP("ImportResultsModel", "Same council and period"),
)
FILE, COUNCIL, PERIOD, STATUS, KIND, RESULT, CHANGES, MESSAGE, PLACE, NOTES, SAME = range(11)
TOOLTIPS = {
    RESULT: QT_TRANSLATE_NOOP(
        "ImportResultsModel", "What the import did with the file; “flagged”: edited after export"
    ),
    NOTES: QT_TRANSLATE_NOOP(
        "ImportResultsModel", "Answers kept but not counted, or changed in the readable sheets"
    ),
    SAME: QT_TRANSLATE_NOOP(
        "ImportResultsModel", "Other files of this import for the same council and period"
    ),
}


class ImportResultsModel(ColumnsModel):
    """The results of one import; ``needs_decision(row)`` says where staff must choose."""

    context = "ImportResultsModel"  # not translated: a translation context
    columns = COLUMNS
    tooltips = TOOLTIPS

    def __init__(self, results: Sequence[FileResult], parent: Any = None) -> None:
        super().__init__(parent)
        self.results = list(results)
        others = same_council_and_period(self.results)
        self.same = [[self.results[p] for p in positions] for positions in others]

    def row_total(self) -> int:
        return len(self.results)

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        return self._texts(row)[column]

    def _texts(self, row: int) -> tuple[str, ...]:
        r = self.results[row]
        outcome = outcome_text(r.outcome)
        if r.flagged:
            outcome = self.tr("{outcome}, flagged").format(outcome=outcome)
        return (
            r.path.name,
            council_of(r),
            r.context.period or "",
            status_words(r.context.status),
            kind_text(r.context.kind),
            outcome,
            r.changes,
            r.message,
            str(r.place) if r.place else "",
            format_number(len(r.notes)) if r.notes else "",
            ", ".join(other.path.name for other in self.same[row]),
        )

    def notes_text(self, row: int) -> str:
        """Each note on its own line, with where in the file it is."""
        lines = []
        for note in self.results[row].notes:
            where = self.tr(" ({place})").format(place=note.place) if note.place else ""
            lines.append(f"• {note.message}{where}")
        return "\n".join(lines)

    def needs_decision(self, row: int) -> bool:
        r = self.results[row]
        return r.outcome is Outcome.DECIDE and r.assessment_id is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.results):
            return None
        row, column = index.row(), index.column()
        result = self.results[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return str(result.path)
            if column in (NOTES, MESSAGE) and result.notes:
                return "\n".join(filter(None, [self.text(row, MESSAGE), self.notes_text(row)]))
            return self.text(row, column) or None
        if role == SORT_ROLE:
            if column == NOTES:
                return len(result.notes)
            return self.text(row, column).casefold()
        if role == KEY_ROLE:
            return result.assessment_id
        if role == RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.BackgroundRole and column == SAME and self.same[row]:
            return SAME_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == RESULT and self.needs_decision(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

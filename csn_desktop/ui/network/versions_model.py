"""Versions of assessments as a table model: when and from which file, and which one counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from csn_desktop.actions.versions import VersionInfo
from csn_desktop.ui.formats import format_datetime, format_number
from csn_desktop.ui.network.columns_model import ColumnsModel
from csn_desktop.ui.network.figure_table import KEY_ROLE, LEFT, RIGHT, SORT_ROLE
from csn_desktop.ui.network.import_words import outcome_text, status_words
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
YES = "✓"  # not translated: a mark, the column's header says what it means

COLUMNS = (
    QT_TRANSLATE_NOOP("VersionsModel", "Council"),
    QT_TRANSLATE_NOOP("VersionsModel", "Period"),
    QT_TRANSLATE_NOOP("VersionsModel", "Imported at"),
    QT_TRANSLATE_NOOP("VersionsModel", "File"),
    QT_TRANSLATE_NOOP("VersionsModel", "Status"),
    QT_TRANSLATE_NOOP("VersionsModel", "Import result"),
    QT_TRANSLATE_NOOP("VersionsModel", "What the import said"),
    QT_TRANSLATE_NOOP("VersionsModel", "Current"),
    QT_TRANSLATE_NOOP("VersionsModel", "Withdrawn"),
    QT_TRANSLATE_NOOP("VersionsModel", "Needs a decision"),
    QT_TRANSLATE_NOOP("VersionsModel", "Flagged"),
    QT_TRANSLATE_NOOP("VersionsModel", "Answers"),
)
COUNCIL, PERIOD, IMPORTED, FILE, STATUS, OUTCOME, MESSAGE = range(7)
CURRENT, WITHDRAWN, PENDING, FLAGGED, ANSWERS = range(7, 12)
TOOLTIPS = {
    CURRENT: QT_TRANSLATE_NOOP("VersionsModel", "The version counted in the figures"),
    WITHDRAWN: QT_TRANSLATE_NOOP(
        "VersionsModel", "Left out of the figures by staff (kept, and can be returned)"
    ),
    PENDING: QT_TRANSLATE_NOOP(
        "VersionsModel", "No trustworthy way to tell which file is newer: staff choose"
    ),
    FLAGGED: QT_TRANSLATE_NOOP("VersionsModel", "Its answers were changed after export"),
    ANSWERS: QT_TRANSLATE_NOOP("VersionsModel", "Answers stored for this version"),
}
MARKS = (CURRENT, WITHDRAWN, PENDING, FLAGGED)


class VersionsModel(ColumnsModel):
    """Rows of VersionInfo; ``KEY_ROLE`` gives a row's assessment id."""

    context = "VersionsModel"  # not translated: a translation context
    columns = COLUMNS
    tooltips = TOOLTIPS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.versions: list[VersionInfo] = []

    def set_versions(self, versions: Sequence[VersionInfo]) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.versions)

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        v = self.versions[row]
        marks = {CURRENT: v.current, WITHDRAWN: v.withdrawn, PENDING: v.decision_pending}
        marks[FLAGGED] = v.flagged
        if column in marks:
            return YES if marks[column] else ""
        texts = (
            v.council,
            v.period,
            format_datetime(v.imported_at) if v.imported_at else self.tr("made here"),
            v.file_name or "",
            status_words(v.status),
            outcome_text(v.outcome) if v.outcome else "",
            v.message,
        )
        if column == ANSWERS:
            return format_number(v.answer_count)
        return texts[column] if 0 <= column < len(texts) else ""

    def _sort_value(self, row: int, column: int) -> Any:
        v = self.versions[row]
        if column == IMPORTED:
            return v.imported_at.timestamp() if v.imported_at else float("-inf")
        if column == ANSWERS:
            return float(v.answer_count)
        return self.text(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.versions):
            return None
        row, column = index.row(), index.column()
        version = self.versions[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in MARKS:
                marked = bool(self.text(row, column))
                return self.tr(TOOLTIPS[column]) if marked else None
            return self.text(row, column) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column in MARKS:
            # A screen reader says “Current: yes” rather than reading out a tick.
            header = self.tr(COLUMNS[column])
            answer = self.tr("yes") if self.text(row, column) else self.tr("no")
            return self.tr("{column}: {answer}").format(column=header, answer=answer)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == KEY_ROLE:
            return version.assessment_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in MARKS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(RIGHT if column == ANSWERS else LEFT)
        if role == Qt.ItemDataRole.FontRole and version.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

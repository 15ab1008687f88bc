"""The home list as a table model: council, period, status, progress, last saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csn_desktop import i18n
from csn_desktop.actions.home import HomeRow
from csn_desktop.domain.organisation_names import local_name
from csn_desktop.domain.status import Status
from csn_desktop.ui.formats import format_datetime, format_number, format_percent
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("AssessmentListModel", "Council"),
    QT_TRANSLATE_NOOP("AssessmentListModel", "Period"),
    QT_TRANSLATE_NOOP("AssessmentListModel", "Status"),
    QT_TRANSLATE_NOOP("AssessmentListModel", "Progress"),
    QT_TRANSLATE_NOOP("AssessmentListModel", "Last saved"),
)
IdRole = Qt.ItemDataRole.UserRole + 1


# Rows handed to the view at a time: a long list costs the view only what is scrolled to.
BATCH = 200


class AssessmentListModel(QAbstractTableModel):
    """Read-only rows of HomeRow, shown ``BATCH`` at a time as the view asks for more
    (canFetchMore/fetchMore); ``IdRole`` gives the assessment id."""

    def __init__(self, rows: list[HomeRow] | None = None) -> None:
        super().__init__()
        self.rows: list[HomeRow] = rows or []
        self.shown = min(len(self.rows), BATCH)

    def set_rows(self, rows: list[HomeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = min(len(rows), BATCH)
        self.endResetModel()

    def row_of(self, assessment_id: int) -> int:
        """The row of an assessment, fetching up to it if it is not shown yet; -1 if absent."""
        found = next((n for n, r in enumerate(self.rows) if r.id == assessment_id), -1)
        if found >= self.shown:
            self.beginInsertRows(QModelIndex(), self.shown, found)
            self.shown = found + 1
            self.endInsertRows()
        return found

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        more = min(BATCH, len(self.rows) - self.shown)
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AssessmentListModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.shown:
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                council = local_name(row.council, row.council_cy, i18n.language())
                if not row.gss_code:
                    return council
                return self.tr("{council} ({code})").format(council=council, code=row.gss_code)
            case 1:
                return row.period
            case 2:
                return status_text(row.status)
            case 3:
                if row.progress is None:
                    return self.tr("unknown questionnaire version")
                p = row.progress
                return self.tr("{percent} ({answered} of {required})").format(
                    percent=format_percent(p.percent / 100),
                    answered=format_number(p.answered),
                    required=format_number(p.required),
                )
            case 4:
                return format_datetime(row.updated_at)
            case _:  # a column the model does not have (the index is an int, not an enum)
                return None


def status_text(status: str) -> str:
    """A status as the lists show it: Final or Draft."""
    if status == Status.FINAL:
        return QCoreApplication.translate("AssessmentListModel", "Final")
    return QCoreApplication.translate("AssessmentListModel", "Draft")

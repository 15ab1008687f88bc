"""The home list as a table model: council, period, status, progress, last saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from csn_desktop.actions.home import HomeRow
from csn_desktop.domain.status import Status

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Council", "Period", "Status", "Progress", "Last saved")
IdRole = Qt.ItemDataRole.UserRole + 1


class AssessmentListModel(QAbstractTableModel):
    """Read-only rows of HomeRow; ``IdRole`` gives the assessment id."""

    def __init__(self, rows: list[HomeRow] | None = None) -> None:
        super().__init__()
        self.rows: list[HomeRow] = rows or []

    def set_rows(self, rows: list[HomeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, assessment_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == assessment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                return f"{row.council} ({row.gss_code})" if row.gss_code else row.council
            case 1:
                return row.period
            case 2:
                return "Final" if row.status == Status.FINAL else "Draft"
            case 3:
                if row.progress is None:
                    return "unknown questionnaire version"
                p = row.progress
                return f"{p.percent}% ({p.answered} of {p.required})"
            case _:
                return row.updated_at.astimezone().strftime("%d %b %Y %H:%M")

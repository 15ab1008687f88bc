"""A read-only table of figures (text, counts, shares): sorts by value, marks small groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from csn_desktop.ui.formats import format_number, format_percent

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, so 10 sorts after 9 and 45% after 5%
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # what a row stands for (an assessment id, a code)
SMALL_GROUP_COLOUR = QColor("#E6E6E6")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Value = str | int | float | None


class Kind(Enum):
    TEXT = "text"
    COUNT = "count"
    SHARE = "share"  # 0.0–1.0, shown as a percentage


@dataclass(frozen=True, slots=True)
class Column:
    """A column; ``header`` and ``tooltip`` are source texts, translated in the context
    "FigureTableModel" where shown (mark them with ``QT_TRANSLATE_NOOP("FigureTableModel", …)``).
    """

    header: str
    tooltip: str = ""
    kind: Kind = Kind.TEXT


@dataclass(frozen=True, slots=True)
class Row:
    """One row's values; ``small`` marks figures about fewer councils than the minimum group."""

    values: Sequence[Value]
    key: object = None
    small: bool = False


def shown(value: Value, kind: Kind) -> str:
    if value is None:
        return "–"
    if kind is Kind.SHARE and isinstance(value, float | int):
        return format_percent(value)
    if kind is Kind.COUNT and isinstance(value, int):
        return format_number(value)
    return str(value)


class FigureTableModel(QAbstractTableModel):
    """Rows of values under fixed columns; ``small_note`` explains the mark on small groups."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self.small_note = ""

    def set_rows(self, rows: Sequence[Row], small_note: str = "") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.small_note = small_note
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(column.tooltip or column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column.kind is Kind.TEXT else RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = row.values[index.column()]
        figure = column.kind is not Kind.TEXT
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value, column.kind) + (" *" if row.small and figure else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = shown(value, column.kind)
            return f"{text}\n{self.small_note}" if row.small and self.small_note else text
        if role == SORT_ROLE:
            if value is None:
                return -1.0 if figure else ""
            return float(value) if figure and not isinstance(value, str) else value
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if figure else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and row.small:
            return SMALL_GROUP_COLOUR
        return None

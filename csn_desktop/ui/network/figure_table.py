"""A read-only table of figures (text, counts, shares): sorts by value, withheld ones last."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.network_figures import withheld_text
from csn_desktop.ui.formats import format_number, format_percent

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, so 10 sorts after 9 and 45% after 5%
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # what a row stands for (an assessment id, a code)
WITHHELD_ROLE = Qt.ItemDataRole.UserRole + 3  # True where the figure is withheld
WITHHELD_BACKGROUND = QColor("#E6E6E6")
WITHHELD_FOREGROUND = QColor("#595959")  # 6.2:1 on the grey above: still readable
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Value = str | int | float | Withheld | None


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
    """One row's values; ``why`` says, by column, why a withheld figure is withheld."""

    values: Sequence[Value]
    key: object = None
    why: Mapping[int, str] = field(default_factory=dict)


def shown(value: Value, kind: Kind) -> str:
    if isinstance(value, Withheld):
        return withheld_text()
    if value is None:
        return "–"
    if kind is Kind.SHARE and isinstance(value, float | int):
        return format_percent(value)
    if kind is Kind.COUNT and isinstance(value, int):
        return format_number(value)
    return str(value)


class FigureTableModel(QAbstractTableModel):
    """Rows of values under fixed columns; ``withheld_note`` explains a withheld figure."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self.withheld_note = ""

    def set_rows(self, rows: Sequence[Row], withheld_note: str = "") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.withheld_note = withheld_note
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

    def why(self, index: Index) -> str:
        """Why the figure at ``index`` is withheld, in a sentence ("" when it is not)."""
        row = self.rows[index.row()]
        if not isinstance(row.values[index.column()], Withheld):
            return ""
        return row.why.get(index.column(), self.withheld_note)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = row.values[index.column()]
        figure = column.kind is not Kind.TEXT
        withheld = isinstance(value, Withheld)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.why(index) if withheld else shown(value, column.kind)
        if role == SORT_ROLE:
            if value is None or isinstance(value, Withheld):
                return None  # FigureSortProxy puts these last, in the model's order
            return float(value) if figure and not isinstance(value, str) else value
        if role == KEY_ROLE:
            return row.key
        if role == WITHHELD_ROLE:
            return withheld
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if figure else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and withheld:
            return WITHHELD_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and withheld:
            return WITHHELD_FOREGROUND
        return None


class FigureSortProxy(QSortFilterProxyModel):
    """Sorts by value, with withheld and empty figures last either way, in the model's order.

    Their place must say nothing about the hidden figure: a withheld count is never compared.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return False  # equal: the stable sort keeps the model's order
            # Descending order reverses the comparison; the missing figure stays last.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending
        if isinstance(a, str) != isinstance(b, str):
            return isinstance(a, str)
        return bool(a < b)

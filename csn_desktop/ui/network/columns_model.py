"""A read-only table model whose columns and header tooltips are fixed lists of texts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """Rows of some list; a subclass names its translation context, columns and tooltips.

    The header texts are translated in ``context`` (the one their QT_TRANSLATE_NOOP marks
    name), not through ``self.tr``, whose context would be this base class's.
    """

    context: ClassVar[str]
    columns: ClassVar[Sequence[str]]
    tooltips: ClassVar[Mapping[int, str]] = {}

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tooltips.get(section, self.columns[section])
            return QCoreApplication.translate(self.context, text)
        return None

"""Standards × use status as a table of shares of councils, small groups marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from csn_desktop.domain.aggregation import NetworkPicture, is_suppressed
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.standards_use import USE_STATUS

Index = QModelIndex | QPersistentModelIndex
SMALL_GROUP_COLOUR = QColor("#EEEEEE")


class HeatmapModel(QAbstractTableModel):
    """Rows: standards; columns: councils answering, then the share choosing each use status."""

    def __init__(self, questionnaire: Questionnaire, minimum: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.minimum = minimum
        self.uses = questionnaire.question(USE_STATUS).choices
        self.picture: NetworkPicture | None = None

    def set_picture(self, picture: NetworkPicture) -> None:
        self.beginResetModel()
        self.picture = picture
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.questionnaire.standards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.uses) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.questionnaire.standards):
                return self.questionnaire.standards[section].code
            return None
        if section == 0:
            return "Councils answering"
        return self.uses[section - 1].label if 0 < section <= len(self.uses) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.picture is None:
            return None
        standard = self.questionnaire.standards[index.row()]
        figures = self.picture.standards.get(standard.code)
        if figures is None:
            return None
        small = is_suppressed(figures.answered, self.minimum)
        if index.column() == 0:
            share = None
            text = str(figures.answered)
        else:
            share = figures.share(self.uses[index.column() - 1].id)
            text = f"{share:.0%}" if figures.answered else "–"
        if role == Qt.ItemDataRole.DisplayRole:
            return text + (" *" if small and index.column() == 0 else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if small:
                return SMALL_GROUP_COLOUR
            if share is not None and figures.answered:
                shade = int(255 - 160 * share)
                return QColor(shade, shade, 255)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f" Fewer than {self.minimum} councils: withheld from exports." if small else ""
            return (
                f"{standard.code} — {standard.title}: {figures.answered} councils answered.{note}"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""The section navigator's model: every section with its progress, then the review page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from csn_desktop.domain.counts import Progress
from csn_desktop.domain.progress import section_progress
from csn_desktop.ui.assessment_state import AssessmentState

Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    """Rows: the sections in order (answered / required), and a last row for the review."""

    def __init__(self, state: AssessmentState) -> None:
        super().__init__()
        self.state = state
        self.sections = state.questionnaire.sections
        self.progress: dict[str, Progress] = {}
        self.refresh()
        state.answer_changed.connect(lambda _q, _i: self.refresh())
        state.status_changed.connect(self.refresh)

    def refresh(self) -> None:
        self.progress = section_progress(self.state.questionnaire, self.state.answers)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.sections) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == len(self.sections):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if self.state.is_final:
                    return self.tr("Review and finalise (final)")
                return self.tr("Review and finalise")
            return None
        section = self.sections[index.row()]
        progress = self.progress.get(section.id, Progress(0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            if progress.required == 0:
                return self.tr("{section}  (optional)").format(section=section.title)
            mark = "✓ " if progress.complete else ""
            return f"{mark}{section.title}  {progress.answered}/{progress.required}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if progress.required == 0:
                return self.tr("{section}: nothing required").format(section=section.title)
            return self.tr(
                "{section}: {answered} of %n required answers given", "", progress.required
            ).format(section=section.title, answered=progress.answered)
        return None

"""The section navigator's model: every section with its progress, then the review page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from csn_desktop.domain.counts import Progress
from csn_desktop.domain.progress import SectionState, section_states
from csn_desktop.ui.assessment_state import AssessmentState

Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    """Rows: the sections in order (answered / required, ✓ when done, "⚠ 2 to fix" when something
    in them is invalid or unfinished), and a last row for the review."""

    def __init__(self, state: AssessmentState) -> None:
        super().__init__()
        self.state = state
        self.sections = state.questionnaire.sections
        self._states: dict[str, SectionState] | None = None
        state.answer_changed.connect(lambda _q, _i: self.refresh())
        state.status_changed.connect(self.refresh)

    def refresh(self) -> None:
        # Computed when next shown, not per change: a paste of 200 cells recounts once.
        self._states = None
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    @property
    def states(self) -> dict[str, SectionState]:
        if self._states is None:
            self._states = section_states(self.state.questionnaire, self.state.answers)
        return self._states

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
        state = self.states.get(section.id, SectionState(Progress(0, 0), 0))
        progress = state.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if progress.required == 0 and state.done:
                return self.tr("{section}  (optional)").format(section=section.title)
            mark = "✓ " if state.done else ""
            text = f"{mark}{section.title}"
            if progress.required:
                text += f"  {progress.answered}/{progress.required}"
            if state.to_fix:
                text += "  " + self.tr("⚠ %n to fix", "", state.to_fix)
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if progress.required == 0:
                told = self.tr("{section}: nothing required").format(section=section.title)
            else:
                told = self.tr(
                    "{section}: {answered} of %n required answers given", "", progress.required
                ).format(section=section.title, answered=progress.answered)
            if state.to_fix:
                told += " " + self.tr("%n answer(s) to fix.", "", state.to_fix)
            elif state.done:
                told += " " + self.tr("Done.")
            return told
        return None

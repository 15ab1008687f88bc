"""The standards matrix as a table model: one row per catalogue standard, a column per field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csn_desktop.domain.progress import required_rows
from csn_desktop.domain.questionnaire import Question, QuestionType, Standard
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_peers import MatrixPeers
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = (
    QT_TRANSLATE_NOOP("StandardsMatrixModel", "Code"),
    QT_TRANSLATE_NOOP("StandardsMatrixModel", "Title"),
    QT_TRANSLATE_NOOP("StandardsMatrixModel", "Theme"),
)
# The raw stored value of a cell (a choice id, a list of ids, text).
ValueRole = Qt.ItemDataRole.UserRole + 1
# Why a cell's answer is invalid or unsaved, or None: the delegate paints such cells in red.
ProblemRole = Qt.ItemDataRole.UserRole + 2
# The earlier period (2025/26) whose answer a cell still holds unchanged, or None.
CarriedOverRole = Qt.ItemDataRole.UserRole + 5
# Marks a cell whose answer is carried over unchanged from the earlier period.
CARRIED_MARK = "↺"
# Marks a required row in its code cell (its accessible text says "required" in words).
REQUIRED_MARK = "✱"


class StandardsMatrixModel(QAbstractTableModel):
    """A thin adapter: reads answers from the state and saves edits through it."""

    def __init__(self, state: AssessmentState, matrix: Question) -> None:
        super().__init__()
        self.state = state
        self.matrix = matrix
        self.standards: tuple[Standard, ...] = state.questionnaire.standards
        self.fields: tuple[Question, ...] = matrix.fields
        self._required: set[str] = set()
        self._rows = {s.code: n for n, s in enumerate(self.standards)}
        # The read-only peer column, last, while a peer benchmark is loaded.
        self.peers: MatrixPeers | None = None
        self.refresh_required()
        state.answer_changed.connect(self._answer_changed)

    def refresh_required(self) -> None:
        self._required = set(
            required_rows(self.state.questionnaire, self.matrix, self.state.answers)
        )

    def is_required(self, row: int) -> bool:
        return self.standards[row].code in self._required

    def field_at(self, column: int) -> Question | None:
        offset = column - len(FIXED_COLUMNS)
        return self.fields[offset] if 0 <= offset < len(self.fields) else None

    def column_of(self, field_id: str) -> int:
        ids = [f.id for f in self.fields]
        return len(FIXED_COLUMNS) + ids.index(field_id)

    def row_of(self, code: str) -> int:
        return self._rows.get(code, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.standards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.fields) + bool(self.peers)

    def set_peers(self, peers: MatrixPeers | None) -> None:
        """Show, change or hide the peer column (inserted or removed: the other widths stay)."""
        column = self.peer_column()
        if (self.peers is None) == (peers is None):
            self.peers = peers
            if peers is not None:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
                self._all_changed()
            return
        if peers is not None:
            self.beginInsertColumns(QModelIndex(), column, column)
            self.peers = peers
            self.endInsertColumns()
        else:
            self.beginRemoveColumns(QModelIndex(), column, column)
            self.peers = None
            self.endRemoveColumns()

    def peer_column(self) -> int:
        """The peer column's index (the column count when there is none)."""
        return len(FIXED_COLUMNS) + len(self.fields)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if self.peers is not None and section == self.peer_column():
            return self.peers.header(role)
        field = self.field_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if field is not None:
                return field.column_label
            return QCoreApplication.translate("StandardsMatrixModel", FIXED_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and field is not None:
            return "\n".join(filter(None, [field.help.strip() or field.label, self._keys(field)]))
        return None

    def _keys(self, field: Question) -> str:
        """The digit keys that pick each choice, as the header's tooltip lists them."""
        if field.type is QuestionType.SINGLE_CHOICE:
            keys = ", ".join(f"{n} {c.label}" for n, c in enumerate(field.choices[:9], start=1))
            return self.tr("Keys: {keys}; or type the first letters of its words.").format(
                keys=keys
            )
        if field.type is QuestionType.MULTIPLE_CHOICE:
            keys = ", ".join(f"{n} {c.label}" for n, c in enumerate(field.choices[:9], start=1))
            return self.tr("Digit keys tick or untick: {keys}.").format(keys=keys)
        return ""

    def required_count(self) -> tuple[int, int]:
        """Required standards whose every required field (where it applies) is answered, and
        how many standards are required."""
        questionnaire, answers = self.state.questionnaire, self.state.answers
        done = 0
        for code in self._required:
            if all(
                answers.answered(f.id, code)
                for f in self.fields
                if f.required and answers.is_relevant(questionnaire, f, code)
            ):
                done += 1
        return done, len(self._required)

    def value(self, row: int, field: Question) -> JsonValue:
        return self.state.value(field.id, self.standards[row].code)

    def applies(self, row: int, field: Question) -> bool:
        return self.state.answers.is_relevant(
            self.state.questionnaire, field, self.standards[row].code
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        standard = self.standards[index.row()]
        if self.peers is not None and index.column() == self.peer_column():
            return self.peers.data(standard.code, role)
        field = self.field_at(index.column())
        if field is None:
            return self._fixed(standard, index.column(), role)
        value = self.value(index.row(), field)
        if role == ValueRole or role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if not self.applies(index.row(), field):
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("not asked")
            text = self._display(field, value)
            problem = self._problem(index.row(), field, value)
            if problem:
                return f"⚠ {text}"
            return self._carried(text, field, standard.code, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problem(index.row(), field, value)
            return problem or self._carried(
                f"{standard.code}: {field.label}", field, standard.code, role
            )
        if role == CarriedOverRole:
            return self.state.carried_over_from(field.id, standard.code)
        if role == ProblemRole:
            return (
                self._problem(index.row(), field, value)
                if self.applies(index.row(), field)
                else None
            )
        return None

    def _fixed(self, standard: Standard, column: int, role: int) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if column == 0:
            if standard.code not in self._required:
                return standard.code
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{REQUIRED_MARK} {standard.code}"
            return self.tr("{code} (required)").format(code=standard.code)
        if column == 1:
            return standard.title
        return self.state.questionnaire.theme_label(standard.theme)

    def _carried(self, text: str, field: Question, code: str, role: int) -> str:
        """``text`` marked as carried over unchanged from the earlier period, when it is."""
        period = self.state.carried_over_from(field.id, code)
        if period is None:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{CARRIED_MARK} {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{text}\n↺ Same as {period}").format(text=text, period=period)
        return self.tr("{text}, same as {period}").format(text=text, period=period)

    def _display(self, field: Question, value: JsonValue) -> str:
        if value is None:
            return ""
        if field.type is QuestionType.SINGLE_CHOICE and isinstance(value, str):
            return field.choice_label(value)
        if isinstance(value, list):
            return "; ".join(field.choice_label(v) for v in value)
        return str(value)

    def _problem(self, row: int, field: Question, value: JsonValue) -> str | None:
        unsaved = self.state.unsaved_reason(field.id, self.standards[row].code)
        if unsaved:
            return self.tr("Not saved: {reason}").format(reason=unsaved)
        return validate_value(field, value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = self.field_at(index.column())
        if field is not None and not self.state.is_final and self.applies(index.row(), field):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        field = self.field_at(index.column()) if index.isValid() else None
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if isinstance(value, str) and field.type not in (
            QuestionType.LONG_TEXT,
            QuestionType.TEXT,
        ):
            value = value.strip() or None
        self.state.save(field.id, self.standards[index.row()].code, value)
        return True

    def _answer_changed(self, question_id: str, item_key: str) -> None:
        if question_id == self.matrix.required_rows_from:
            self.refresh_required()
            self._all_changed()
            return
        if not question_id.startswith(self.matrix.id + "."):
            return
        row = self.row_of(item_key)
        if row >= 0:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _all_changed(self) -> None:
        if self.standards:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def status_changed(self) -> None:
        """Editable or not has changed: tell the views."""
        self.refresh_required()
        self._all_changed()

"""The standards matrix on screen: filters above an editable, keyboard-friendly table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.known_ids import NEED_FIELD, USE_STATUS_FIELD
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.matrix_delegates import MatrixDelegate
from csn_desktop.ui.matrix_filter import UNANSWERED, MatrixFilter
from csn_desktop.ui.matrix_model import StandardsMatrixModel

# Choice answers up to this many characters show in full in the matrix.
MAX_CHOICE_CHARS = 22


class StandardsMatrixWidget(QWidget):
    """Filter by theme, use status and need; search by code or title; edit in place."""

    def __init__(
        self, state: AssessmentState, matrix: Question, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.matrix = matrix
        self.model = StandardsMatrixModel(state, matrix)
        self.proxy = MatrixFilter(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Code or title, for example 37120"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search standards by code or title"))
        self.theme = self._combo(self.tr("Filter by theme"), self.tr("All themes"))
        for theme in state.questionnaire.themes:
            self.theme.addItem(theme.label, theme.id)
        self.use_status = self._choice_filter(USE_STATUS_FIELD, self.tr("Filter by use status"))
        self.need = self._choice_filter(NEED_FIELD, self.tr("Filter by need"))
        self.required_only = QCheckBox(self.tr("Only standards in my themes"), self)
        self.required_only.setAccessibleName(self.tr("Show only standards in the themes you chose"))
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(MatrixDelegate(self.table))
        self.table.setAccessibleName(matrix.label)
        self.table.setAccessibleDescription(
            self.tr("Arrow keys move between cells; F2 or typing edits a cell; Enter saves.")
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_choice_columns()
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)
        self._layout()
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.theme, self.use_status, self.need):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.required_only.toggled.connect(self.apply_filters)
        self.apply_filters()

    def _fit_choice_columns(self) -> None:
        """Wide enough for the usual answers, in this font and at this scale."""
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            field = self.model.field_at(column)
            if field is not None and field.type is QuestionType.SINGLE_CHOICE:
                widest = max(metrics.horizontalAdvance(c.label) for c in field.choices)
                # Capped, so the standard's title keeps its room; the longest answers elide.
                cap = metrics.averageCharWidth() * MAX_CHOICE_CHARS
                self.table.setColumnWidth(column, min(widest, cap) + padding)

    def _layout(self) -> None:
        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.search)
        filters.addRow(self.tr("&Theme:"), self.theme)
        row = QHBoxLayout()
        use_label = QLabel(self.tr("&Use status:"), self)
        use_label.setBuddy(self.use_status)
        need_label = QLabel(self.tr("Nee&d:"), self)
        need_label.setBuddy(self.need)
        for widget in (use_label, self.use_status, need_label, self.need, self.required_only):
            row.addWidget(widget)
        row.addStretch(1)
        filters.addRow(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        return combo

    def _choice_filter(self, local_id: str, name: str) -> QComboBox:
        combo = self._combo(name, self.tr("Any"))
        combo.addItem(self.tr("Not answered yet"), UNANSWERED)
        field = next((f for f in self.matrix.fields if f.local_id == local_id), None)
        for choice in field.choices if field else ():
            combo.addItem(choice.label, choice.id)
        return combo

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            theme=self.theme.currentData(),
            text=self.search.text(),
            use_status=self.use_status.currentData(),
            need=self.need.currentData(),
            required_only=self.required_only.isChecked(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("Showing {shown} of %n standards.", "", total).format(
                shown=format_number(shown)
            )
        )

    def focus_cell(self, field_id: str, code: str) -> None:
        """Clear filters hiding the row, then select and show the cell."""
        row = self.model.row_of(code)
        if row < 0:
            return
        column = self.model.column_of(field_id) if field_id != self.matrix.id else 0
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self._select(index)

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.theme, self.use_status, self.need):
            combo.setCurrentIndex(0)
        self.required_only.setChecked(False)

    def _select(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def status_changed(self) -> None:
        self.model.status_changed()
        self.apply_filters()

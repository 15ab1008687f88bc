"""The standards matrix on screen: filters, a spreadsheet-like table and the current row in full."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.known_ids import NEED_FIELD, USE_STATUS_FIELD
from csn_desktop.domain.matrix_paste import plan_paste
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.ui.assessment_state import AssessmentState, Change
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.matrix_bulk import BulkSetDialog
from csn_desktop.ui.matrix_delegates import MatrixDelegate
from csn_desktop.ui.matrix_detail import MatrixDetailPane
from csn_desktop.ui.matrix_filter import UNANSWERED, MatrixFilter
from csn_desktop.ui.matrix_model import (
    CARRIED_MARK,
    FIXED_COLUMNS,
    REQUIRED_MARK,
    StandardsMatrixModel,
)
from csn_desktop.ui.matrix_paste_dialog import PastePreviewDialog, shown_value
from csn_desktop.ui.matrix_peers import matrix_peers
from csn_desktop.ui.matrix_table import BULK_SET, MatrixTable

# Choice answers up to this many characters show in full in the matrix.
MAX_CHOICE_CHARS = 22
# Narrower than this many average characters, the detail pane goes below the table.
SIDE_BY_SIDE_CHARS = 150
# Narrower than this, the theme, note and link columns are hidden: the pane shows them in full.
WIDE_CHARS = 200
# Filter drop-downs show at least this many characters of their choice.
FILTER_CHARS = 14
# The code column is wide enough for codes as long as this one (a few longer ones elide).
USUAL_CODE = "ISO/IEC 30145-1:2021"  # not translated: a sample standard code, for its width


class StandardsMatrixWidget(QWidget):
    """Filter by theme, use status and need; search by code or title; edit in place."""

    def __init__(
        self, state: AssessmentState, matrix: Question, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.matrix = matrix
        self.model = StandardsMatrixModel(state, matrix)
        self.model.set_peers(matrix_peers(state))
        self.proxy = MatrixFilter(self.model)
        self.bulk_dialog: BulkSetDialog | None = None
        self.paste_dialog: PastePreviewDialog | None = None
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
        # "My themes" is the view once themes are chosen, until the officer says otherwise.
        self._required_chosen = False
        self._sized = False
        self.count = QLabel(self)
        self.required_count = QLabel(self)
        self.required_count.setWordWrap(True)
        self.table = MatrixTable(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(MatrixDelegate(self.table))
        self.table.setAccessibleName(matrix.label)
        self.table.setAccessibleDescription(
            self.tr(
                "Enter or F2 edits a cell and Enter saves and moves down; Tab moves right. "
                "Digits 1 to 9 pick a choice; letters pick by the first letters of its words. "
                "Shift or Ctrl with arrows selects rows; Ctrl+D sets answers for them; "
                "Delete clears; Ctrl+V pastes from a spreadsheet."
            )
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_choice_columns()
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 // 2)
        # Small, so the page never scrolls around the table (the table scrolls itself).
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.detail = MatrixDetailPane(state, matrix, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._actions()
        self._layout()
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.theme, self.use_status, self.need):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.required_only.toggled.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.digit_typed.connect(self._digit)
        self.table.clear_requested.connect(self.clear_selected)
        self.table.paste_requested.connect(self.paste)
        self.table.copy_requested.connect(self.copy)
        self.table.bulk_requested.connect(self.bulk_set)
        state.answer_changed.connect(self._answer_changed)
        self._default_to_my_themes()
        self.apply_filters()

    def _actions(self) -> None:
        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
        ) -> QAction:
            # The table handles these keys itself; the shortcut is shown in its context menu.
            made = QAction(text, self.table)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            made.triggered.connect(slot)
            self.table.addAction(made)
            return made

        self.bulk_action = action(
            self.tr("Set use, need or barriers for the selected rows…"), BULK_SET, self.bulk_set
        )
        action(
            self.tr("Select all shown rows"), QKeySequence.StandardKey.SelectAll, self.select_all
        )
        action(self.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy)
        action(self.tr("Paste from a spreadsheet…"), QKeySequence.StandardKey.Paste, self.paste)
        action(
            self.tr("Clear the selected cells"),
            QKeySequence.StandardKey.Delete,
            self.clear_selected,
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

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
            elif field is not None:
                self.table.setColumnWidth(column, metrics.averageCharWidth() * 12)
        self.table.setColumnWidth(2, metrics.averageCharWidth() * 16)  # the theme
        if self.model.peers is not None:  # its longest text: "withheld (fewer than 5 councils)"
            widest = metrics.horizontalAdvance(self.model.peers.withheld())
            self.table.setColumnWidth(self.model.peer_column(), widest + padding)
        # Usual codes show in full; the few longer ones in the pane and the tooltip.
        code = self.table.sizeHintForColumn(0)
        usual = metrics.horizontalAdvance(f"{REQUIRED_MARK} {USUAL_CODE}")
        self.table.setColumnWidth(0, min(code, usual + padding // 2))
        self._pane_columns = [2] + [
            self.model.column_of(f.id)
            for f in self.matrix.fields
            if f.type in (QuestionType.LONG_TEXT, QuestionType.URL)
        ]

    def _layout(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme)
        first = QHBoxLayout()
        for widget in (search_label, self.search, theme_label, self.theme):
            first.addWidget(widget)
        first.setStretch(1, 1)
        second = QHBoxLayout()
        use_label = QLabel(self.tr("&Use status:"), self)
        use_label.setBuddy(self.use_status)
        need_label = QLabel(self.tr("Nee&d:"), self)
        need_label.setBuddy(self.need)
        for part in (use_label, self.use_status, need_label, self.need, self.required_only):
            second.addWidget(part)
        second.addStretch(1)
        third = QHBoxLayout()
        third.addWidget(self.required_count, 1)
        third.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(third)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.search)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # Narrow enough for 200% on a small screen; the list still opens at full width.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_CHARS)
        combo.addItem(everything, None)
        return combo

    def _choice_filter(self, local_id: str, name: str) -> QComboBox:
        combo = self._combo(name, self.tr("Any"))
        combo.addItem(self.tr("Not answered yet"), UNANSWERED)
        field = next((f for f in self.matrix.fields if f.local_id == local_id), None)
        for choice in field.choices if field else ():
            combo.addItem(choice.label, choice.id)
        return combo

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        size = event.size()
        chars = size.width() // max(1, self.fontMetrics().averageCharWidth())
        narrow = chars < SIDE_BY_SIDE_CHARS
        for column in self._pane_columns:
            self.table.setColumnHidden(column, chars < WIDE_CHARS)
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted or not self._sized:
            self.splitter.setOrientation(wanted)
            # The table keeps about two thirds; the pane the rest, enough for its checklist.
            length = size.height() if narrow else size.width()
            self.splitter.setSizes([length * 2 // 3, length // 3])
            self._sized = True
        super().resizeEvent(event)

    def _default_to_my_themes(self) -> None:
        chosen = self.model.required_count()[1] > 0
        if chosen and not self._required_chosen:
            self.required_only.setChecked(True)
        self._required_chosen = chosen

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
        self._show_required_count()

    def _show_required_count(self) -> None:
        done, required = self.model.required_count()
        if required == 0:
            text = self.tr(
                "No standard is required yet: choose your themes in “Strategy and governance”."
            )
        else:
            text = self.tr(
                "{mark} marks a required standard (one in your themes). Required standards "
                "answered: {done} of {required}."
            ).format(mark=REQUIRED_MARK, done=format_number(done), required=format_number(required))
        earlier = self.model.state.earlier
        if earlier is not None:
            unchanged = self.tr("{mark} marks an answer unchanged since {period}.")
            text += " " + unchanged.format(mark=CARRIED_MARK, period=earlier.period)
        self.required_count.setText(text)
        self.required_count.setAccessibleName(text)

    def _answer_changed(self, question_id: str, item_key: str) -> None:
        if question_id == self.matrix.required_rows_from:
            self._default_to_my_themes()
            self.apply_filters()
        elif question_id.startswith(self.matrix.id + "."):
            self._show_required_count()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        if not source.isValid():
            self.detail.show_standard(None, False)
            return
        standard = self.model.standards[source.row()]
        if standard.code != self.detail.code:
            self.detail.show_standard(standard, self.model.is_required(source.row()))

    # Editing many cells at once: each is one transaction and one undo step.

    def _codes(self, rows: list[int]) -> list[str]:
        return [
            self.model.standards[self.proxy.mapToSource(self.proxy.index(r, 0)).row()].code
            for r in rows
        ]

    def select_all(self) -> None:
        self.table.selectAll()

    def bulk_set(self) -> None:
        rows = self.table.selected_rows() or (
            [self.table.currentIndex().row()] if self.table.currentIndex().isValid() else []
        )
        if not rows or self.state.is_final:
            return
        codes = self._codes(rows)
        dialog = BulkSetDialog(
            self.state.questionnaire, self.state.answers, self.matrix, codes, self
        )
        self.bulk_dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog.changes()[0]))
        dialog.finished.connect(self._back_to_table)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _back_to_table(self) -> None:
        self.window().activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, changes: list[Change]) -> None:
        if not changes:
            return
        description = self.tr("Set answers for the selected standards")
        reason = self.state.save_many(changes, description)
        if reason:
            self.required_count.setText(
                self.tr("⚠ Nothing was saved: {reason}").format(reason=reason)
            )

    def _selected_cells(self) -> list[QModelIndex]:
        indexes = self.table.selectionModel().selectedIndexes()
        return indexes or (
            [self.table.currentIndex()] if self.table.currentIndex().isValid() else []
        )

    def clear_selected(self) -> None:
        changes: list[Change] = []
        for index in self._selected_cells():
            source = self.proxy.mapToSource(index)
            field = self.model.field_at(source.column())
            if field is None or not self.model.flags(source) & Qt.ItemFlag.ItemIsEditable:
                continue
            if self.model.value(source.row(), field) is not None:
                changes.append((field.id, self.model.standards[source.row()].code, None))
        if changes:
            self.state.save_many(changes, self.tr("Clear answers"))

    def copy(self) -> None:
        """The selected cells as tab-separated text, ready to paste into a spreadsheet."""
        cells = self._selected_cells()
        rows = sorted({i.row() for i in cells})
        columns = sorted({i.column() for i in cells})
        lines = []
        for row in rows:
            texts = []
            for column in columns:
                source = self.proxy.mapToSource(self.proxy.index(row, column))
                field = self.model.field_at(column)
                standard = self.model.standards[source.row()]
                if column == self.model.peer_column():  # the peer column: its text
                    texts.append(str(self.model.data(self.model.index(source.row(), column))))
                elif field is None:
                    fixed = (standard.code, standard.title, standard.theme)
                    theme = self.state.questionnaire.theme_label(standard.theme)
                    texts.append(theme if column == 2 else fixed[column])
                else:
                    texts.append(shown_value(field, self.model.value(source.row(), field)))
            lines.append("\t".join(t.replace("\t", " ").replace("\n", " ") for t in texts))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip() or self.state.is_final:
            return
        current = self.table.currentIndex()
        shown = self._codes(list(range(self.proxy.rowCount())))
        column = (current.column() if current.isValid() else 0) - len(FIXED_COLUMNS)
        plan = plan_paste(
            self.state.questionnaire,
            self.matrix,
            self.state.answers,
            text,
            shown,
            max(current.row(), 0),
            column,
        )
        dialog = PastePreviewDialog(self.matrix, plan, self)
        self.paste_dialog = dialog
        dialog.accepted.connect(
            lambda: self.state.save_many(
                plan.as_changes(),
                self.tr("Paste answers"),
            )
        )
        dialog.finished.connect(self._back_to_table)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _digit(self, index: QModelIndex, digit: int) -> None:
        source = self.proxy.mapToSource(index)
        field = self.model.field_at(source.column())
        if field is None or not self.model.flags(source) & Qt.ItemFlag.ItemIsEditable:
            return
        if digit > len(field.choices):
            return
        choice = field.choices[digit - 1].id
        if field.type is QuestionType.SINGLE_CHOICE:
            self.model.setData(source, choice)
            self.table.next_editable_right(self.proxy.mapFromSource(source))
        elif field.type is QuestionType.MULTIPLE_CHOICE:
            value = self.model.value(source.row(), field)
            ticked = list(value) if isinstance(value, list) else []
            ticked = [c for c in ticked if c != choice] if choice in ticked else [*ticked, choice]
            order = [c.id for c in field.choices]
            self.model.setData(source, sorted(ticked, key=order.index) or None)

    # Jumping to a cell from the review list.

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
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        self.detail.flush()

    def refresh_peers(self) -> None:
        """Show the peer column as the loaded benchmark now says (after File → Load…)."""
        self.model.set_peers(matrix_peers(self.state))
        self._fit_choice_columns()

    def status_changed(self) -> None:
        self.model.status_changed()
        self.apply_filters()
        if self.detail.code:
            row = self.model.row_of(self.detail.code)
            self.detail.show_standard(self.model.standards[row], self.model.is_required(row))

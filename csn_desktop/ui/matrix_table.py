"""The matrix's table, keyed like a spreadsheet: Enter edits then moves down, Tab moves right.

Keys on a cell: Enter or F2 edits; a letter opens a choice with type-ahead; digit 1–9 picks that
choice at once and moves to the next cell on the right (on the barriers cell it ticks or unticks
that barrier); Delete clears the selected cells; Ctrl+V pastes; Tab and Shift+Tab move right and
left, leaving the table only past its last or first cell; Ctrl+Tab leaves it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Hint = QAbstractItemDelegate.EndEditHint
# Ctrl+D sets answers for the selected rows, as a spreadsheet's Ctrl+D fills a selection down.
BULK_SET = QKeySequence("Ctrl+D")
# Keys the table keeps from the window's menus (Edit → Paste would otherwise take Ctrl+V).
_OWN_KEYS = (
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class MatrixTable(QTableView):
    """Emits what the matrix widget does with the answers; moves the current cell itself."""

    paste_requested = Signal()
    clear_requested = Signal()
    copy_requested = Signal()
    bulk_requested = Signal()
    # The current cell (a proxy index) and the digit typed on it.
    digit_typed = Signal(QModelIndex, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )

    def selected_rows(self) -> list[int]:
        """Rows (of the shown table) with a selected cell, top to bottom."""
        return sorted({index.row() for index in self.selectionModel().selectedIndexes()})

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and (any(event.matches(k) for k in _OWN_KEYS) or self._is_bulk(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def _is_bulk(self, event: QKeyEvent) -> bool:
        return QKeySequence(event.keyCombination()) == BULK_SET

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._handled(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handled(self, event: QKeyEvent) -> bool:
        if self.state() == QAbstractItemView.State.EditingState:
            return False  # keys the open editor passed on: Qt's own handling
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif self._is_bulk(event):
            self.bulk_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            self.clear_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            if not self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                self.move_to(index.row() + 1, index.column())
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            QWidget.focusNextPrevChild(self, not backwards)
        elif key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.step(1)
        elif key == Qt.Key.Key_Backtab or key == Qt.Key.Key_Tab:
            self.step(-1)
        elif event.text() in tuple("123456789") and index.isValid() and not ctrl:
            self.digit_typed.emit(index, int(event.text()))
        else:
            return False
        return True

    def move_to(self, row: int, column: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
            self.setCurrentIndex(model.index(row, column))

    def step(self, delta: int) -> None:
        """One cell right (or left), on to the next row at its end; past the last cell, leave."""
        model, index = self.model(), self.currentIndex()
        columns = model.columnCount()
        if not index.isValid():
            self.move_to(0, 0)
            return
        position = index.row() * columns + index.column() + delta
        while 0 <= position < model.rowCount() * columns and self.isColumnHidden(
            position % columns
        ):
            position += delta
        if not 0 <= position < model.rowCount() * columns:
            QWidget.focusNextPrevChild(self, delta > 0)
            return
        self.move_to(*divmod(position, columns))

    def next_editable_right(self, index: QModelIndex) -> None:
        """After a choice picked by digit: the next cell on the right that can be edited."""
        model = self.model()
        for column in range(index.column() + 1, model.columnCount()):
            candidate = model.index(index.row(), column)
            editable = model.flags(candidate) & Qt.ItemFlag.ItemIsEditable
            if editable and not self.isColumnHidden(column):
                self.setCurrentIndex(candidate)
                return

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        index = QPersistentModelIndex(self.currentIndex())
        moves = hint in (Hint.EditNextItem, Hint.EditPreviousItem, Hint.SubmitModelCache)
        super().closeEditor(editor, Hint.NoHint if moves else hint)
        if not index.isValid():
            return
        if hint == Hint.SubmitModelCache:  # Enter: saved, now the cell below
            self.move_to(index.row() + 1, index.column())
        elif hint == Hint.EditNextItem:
            self.step(1)
        elif hint == Hint.EditPreviousItem:
            self.step(-1)

"""The home page: the council's own assessments and the buttons to start or continue one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.home import HomeList
from csn_desktop.ui.home_model import AssessmentListModel, IdRole


class HomePage(QWidget):
    """Opening a row (Enter or double-click) emits ``open_requested`` with its id."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssessmentListModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assessments on this computer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(
            self.tr(
                "Your council has no assessments of its own on this computer yet. Choose “New "
                "assessment” to start."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        # Imported submissions are the network's picture, not this council's work.
        self.imported_hint = QLabel(self)
        self.imported_hint.setWordWrap(True)
        self.imported_hint.setVisible(False)
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.copy_button = QPushButton(self.tr("&Continue from a previous period…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        for button in (self.new_button, self.copy_button, self.open_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.open_button.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h1>Assessments</h1>"), self))
        layout.addWidget(self.empty)
        layout.addWidget(self.imported_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_list(self, listed: HomeList, select_id: int | None = None) -> None:
        """Show the council's own assessments, and say where imported ones are, if any."""
        rows = listed.rows
        self.imported_hint.setText(
            self.tr(
                "%n imported submission(s) from other councils are in the Network window "
                "(Network → Network view…), not in this list.",
                "",
                listed.imported,
            )
        )
        self.imported_hint.setVisible(listed.imported > 0)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.copy_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))
        self.table.resizeColumnsToContents()
        row = self.model.row_of(select_id) if select_id is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))

    def current_id(self) -> int | None:
        value = self.table.currentIndex().data(IdRole)
        return value if isinstance(value, int) else None

    def _open_current(self) -> None:
        current = self.current_id()
        if current is not None:
            self.open_requested.emit(current)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(IdRole)
        if isinstance(value, int):
            self.open_requested.emit(value)

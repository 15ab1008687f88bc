"""The bin and the archive as lists beside the home list, each with its own buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.formats import format_datetime
from csn_desktop.ui.home_model import status_text

if TYPE_CHECKING:
    # The database layer is imported once the window is shown, not at start-up.
    from csn_desktop.actions.assessment_bin import AsideRow

_ID = Qt.ItemDataRole.UserRole + 1


class AsideView(QWidget):
    """The bin (``binned``: Restore, Delete permanently…) or the archive (Open, Unarchive)."""

    # assessment id: for the bin restore / delete permanently; for the archive open / unarchive.
    first_requested = Signal(int)
    second_requested = Signal(int)

    def __init__(self, *, binned: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binned = binned
        if binned:
            about = self.tr(
                "Assessments moved to the bin. Restore one to put it back; “Delete permanently” "
                "removes it and its answers for good (its history is kept)."
            )
            headers = [self.tr("Council"), self.tr("Period"), self.tr("Status"), self.tr("Deleted")]
            first, second = self.tr("&Restore"), self.tr("&Delete permanently…")
        else:
            about = self.tr(
                "Archived assessments: kept, but not in the list of work in hand. Unarchive one "
                "to put it back in the list."
            )
            headers = [
                self.tr("Council"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Archived"),
            ]
            first, second = self.tr("&Open"), self.tr("U&narchive")
        self.about = QLabel(about, self)
        self.about.setWordWrap(True)
        self.empty = QLabel(
            self.tr("The bin is empty.") if binned else self.tr("Nothing is archived."), self
        )
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Bin") if binned else self.tr("Archived assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.first_button = QPushButton(first, self)
        self.second_button = QPushButton(second, self)
        for button in (self.first_button, self.second_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.first_button.clicked.connect(lambda: self._emit(self.first_requested))
        self.second_button.clicked.connect(lambda: self._emit(self.second_requested))
        self.table.activated.connect(lambda _index: self._emit(self.first_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.first_button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.about)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_rows([])

    def set_rows(self, rows: list[AsideRow]) -> None:
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            council = row.council if not row.gss_code else f"{row.council} ({row.gss_code})"
            cells = [council, row.period, status_text(row.status), format_datetime(row.since)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, row.id)
                self.table.setItem(n, column, item)
        self.empty.setVisible(not rows)
        self.first_button.setEnabled(bool(rows))
        self.second_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def current_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        value = item.data(_ID) if item is not None else None
        return value if isinstance(value, int) else None

    def _emit(self, signal: SignalInstance) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # In the bin, Delete is "delete permanently" (which still asks first).
        if self.binned and event.key() == Qt.Key.Key_Delete:
            self._emit(self.second_requested)
            return
        super().keyPressEvent(event)

"""The home page: the council's own assessments, the buttons to start or continue one, and
the archive and the bin beside them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.home import HomeList
from csn_desktop.ui.home_model import AssessmentListModel, IdRole

if TYPE_CHECKING:
    from csn_desktop.ui.home_aside import AsideView

# The tabs above the list: the work in hand, the archive, the bin.
LIST, ARCHIVE, BIN = range(3)
# How long "Moved … to the bin. Undo" stays offered.
UNDO_SHOWN_MS = 20_000


class UndoBar(QFrame):
    """ "Moved “Cardiff 2026/27” to the bin. [Undo]": offered for a while after a change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names a council
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=UNDO_SHOWN_MS)
        self._timer.timeout.connect(self.hide_offer)
        self.undo_button.clicked.connect(self._undo_now)
        self.dismiss.clicked.connect(self.hide_offer)
        self.setVisible(False)

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._undo = undo
        self.setVisible(True)
        self._timer.start()

    def hide_offer(self) -> None:
        self._timer.stop()
        self._undo = None
        self.setVisible(False)

    def _undo_now(self) -> None:
        undo = self._undo
        self.hide_offer()
        if undo is not None:
            undo()


class HomePage(QWidget):
    """Opening a row (Enter or double-click) emits ``open_requested`` with its id."""

    open_requested = Signal(int)
    # assessment id, from the list's context menu, the Delete key or the File menu.
    delete_requested = Signal(int)
    archive_requested = Signal(int)
    rename_requested = Signal(int)
    # LIST, ARCHIVE or BIN was chosen above the list.
    view_changed = Signal(int)

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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.installEventFilter(self)
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
        listed = QWidget(self)
        list_layout = QVBoxLayout(listed)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.imported_hint)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)
        self.views = QTabBar(self)
        self.views.setAccessibleName(self.tr("Show"))
        self.views.setExpanding(False)
        for text in (self.tr("Assessments"), self.tr("Archived"), self.tr("Bin")):
            self.views.addTab(text)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(listed)
        # The archive and the bin are built when first used: not before the first paint.
        self._asides: tuple[AsideView, AsideView] | None = None
        self.views.currentChanged.connect(self._show_view)
        self.undo_bar = UndoBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h1>Assessments</h1>"), self))
        layout.addWidget(self.views)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.pages, 1)

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

    @property
    def archive(self) -> AsideView:
        return self.asides()[0]

    @property
    def bin(self) -> AsideView:
        return self.asides()[1]

    def asides(self) -> tuple[AsideView, AsideView]:
        """The archive and the bin, built (as pages ARCHIVE and BIN) on first use."""
        if self._asides is None:
            from csn_desktop.ui.home_aside import AsideView

            self._asides = (
                AsideView(binned=False, parent=self),
                AsideView(binned=True, parent=self),
            )
            for page in self._asides:
                self.pages.addWidget(page)
        return self._asides

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

    def show_view(self, view: int) -> None:
        self.views.setCurrentIndex(view)

    def _show_view(self, view: int) -> None:
        self.asides()
        self.pages.setCurrentIndex(view)
        self.view_changed.emit(view)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        value = index.data(IdRole)
        if not isinstance(value, int):
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.open_requested.emit(value))
        menu.addAction(self.tr("&Rename…"), lambda: self.rename_requested.emit(value))
        menu.addSeparator()
        menu.addAction(self.tr("&Archive"), lambda: self.archive_requested.emit(value))
        menu.addAction(self.tr("Move to &bin"), lambda: self.delete_requested.emit(value))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            current = self.current_id()
            if current is not None:
                self.delete_requested.emit(current)
            return True
        return super().eventFilter(watched, event)

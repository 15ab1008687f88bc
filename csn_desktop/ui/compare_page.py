"""Assessment → How you compare: the council beside the UK, its nation and its authority type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.formats import format_number, format_percent

if TYPE_CHECKING:
    # The window installs this page before its first paint, which must not wait for the
    # database layer that the assessment state brings in, nor for the network's figures.
    from csn_desktop.domain.benchmark_figures import BenchmarkGroup
    from csn_desktop.domain.comparison import Comparison
    from csn_desktop.domain.network_figures import Share
    from csn_desktop.ui.assessment_state import AssessmentState

OBJECT_NAME = "how_you_compare"  # not translated: an object name for tests


class ComparePage(QWidget):
    """A theme per row: the council's share of its answered standards in use, and its peers'."""

    back_requested = Signal()

    def __init__(self, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.comparison: Comparison | None = None
        self.heading = QLabel(self.tr("How you compare"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Standards in use by theme, you and your peers"))
        self.back = QPushButton(self.tr("&Back to the assessment"), self)
        self.back.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explanation, self.source):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the loaded benchmark again and show the council beside it, or how to load one."""
        from csn_desktop.actions.comparison import assessment_comparison

        self.comparison = assessment_comparison(self.state.database, self.state.loaded)
        comparison = self.comparison
        self.table.setVisible(comparison is not None)
        self.source.setVisible(comparison is not None)
        if comparison is None:
            self.explanation.setText(
                self.tr(
                    "No peer benchmark is loaded for this council. Load a peer benchmark from "
                    "File → Load peer benchmark… to see how your council compares with the UK, "
                    "its nation and its authority type."
                )
            )
            self.table.clear()
            return
        self.explanation.setText(
            self.tr(
                "For each theme, the share of the standards you answered that you use at least "
                "in part, beside the same share among councils of the UK, of your nation and of "
                "your authority type. Peer figures about too few councils are withheld."
            )
        )
        self.source.setText(
            self.tr("Peer benchmark: {benchmark}.").format(benchmark=comparison.description)
        )
        self._fill(comparison)

    def _fill(self, comparison: Comparison) -> None:
        heads = [self.tr("Theme"), self.tr("Your council")]
        heads += [group_words(g) for g in comparison.groups]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(comparison.themes))
        for row, theme in enumerate(comparison.themes):
            yours = self.tr("not answered")
            if theme.yours is not None:
                yours = self.tr("{share} ({in_use} of {answered})").format(
                    share=format_percent(theme.yours),
                    in_use=format_number(theme.in_use),
                    answered=format_number(theme.answered),
                )
            texts = [theme.label, yours]
            texts += [share_words(p, comparison.minimum) for p in theme.peers]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(heads)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and for copying)."""
        items = [
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
        return [[item.text() if item else "" for item in row] for row in items]


def share_words(share: Share, minimum: int) -> str:
    from csn_desktop.domain.disclosure import Withheld

    if isinstance(share, Withheld):
        return QCoreApplication.translate(
            "ComparePage", "withheld (fewer than {minimum} councils)"
        ).format(minimum=format_number(minimum))
    return format_percent(share)


def group_words(group: BenchmarkGroup) -> str:
    if group.kind == "uk":
        return QCoreApplication.translate("ComparePage", "United Kingdom")
    if group.kind == "nation":
        return QCoreApplication.translate("ComparePage", "{name} (nation)").format(name=group.name)
    return QCoreApplication.translate("ComparePage", "{name} (authority type)").format(
        name=group.name
    )


def install_compare_page(window: QMainWindow, loading: QAction) -> QAction:
    """Add Assessment → How you compare; a benchmark loaded later updates what is shown."""
    action = QAction(QCoreApplication.translate("ComparePage", "How you &compare"), window)
    action.setObjectName(OBJECT_NAME)
    action.setStatusTip(
        QCoreApplication.translate(
            "ComparePage", "Compare your council with the UK, its nation and its authority type."
        )
    )
    menus = getattr(window, "menus", None)
    if menus is not None:
        menus.assessment.insertAction(menus.review, action)
        menus.assessment.aboutToShow.connect(lambda: enable())
    stack = getattr(window, "stack", None)

    def enable() -> None:
        action.setEnabled(getattr(window, "assessment_page", None) is not None)
        # A page left behind (File → Home) is closed: it is built afresh each time.
        for page in window.findChildren(ComparePage):
            if stack is not None and stack.currentWidget() is not page:
                stack.removeWidget(page)
                page.deleteLater()

    action.triggered.connect(lambda: show_compare_page(window))
    loading.triggered.connect(lambda: peers_changed(window))
    if stack is not None:
        stack.currentChanged.connect(enable)
    enable()
    return action


def show_compare_page(window: QMainWindow) -> ComparePage | None:
    """Show the page for the open assessment, in place of the assessment until Back."""
    state = getattr(window, "state", None)
    assessment = getattr(window, "assessment_page", None)
    stack = getattr(window, "stack", None)
    if state is None or assessment is None or stack is None:
        return None
    assessment.flush()
    page = ComparePage(state, stack)
    page.back_requested.connect(lambda: stack.setCurrentWidget(assessment))
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    page.back.setFocus()
    return page


def peers_changed(window: QMainWindow) -> None:
    """A benchmark was loaded (or not): the matrix's peer column and this page show it."""
    from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

    for matrix in window.findChildren(StandardsMatrixWidget):
        matrix.refresh_peers()
    for page in window.findChildren(ComparePage):
        page.refresh()

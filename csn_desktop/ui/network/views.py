"""Table views for the network's figures: sortable, sized to contents, one column stretched."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.ui.network.figure_table import RIGHT, SORT_ROLE, FigureTableModel
from csn_desktop.ui.network.heatmap_model import ThemeFilter

WIDEST = 360  # pixels; longer text is elided and shown whole in the tooltip
SAMPLED_ROWS = 50  # rows measured when sizing to contents: hundreds of councils stay quick
BESIDE_STRETCH = 180  # text columns beside a stretched one (title) leave it the room


def figure_view(
    model: FigureTableModel,
    name: str,
    proxy: QSortFilterProxyModel | None = None,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only, sortable view of the model (through ``proxy`` when given)."""
    if proxy is None:
        proxy = QSortFilterProxyModel(model)
        proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order (rank) first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    view.verticalHeader().setResizeContentsPrecision(SAMPLED_ROWS)
    header.setResizeContentsPrecision(SAMPLED_ROWS)
    model.modelReset.connect(lambda: _first_fit(view, model))
    view.installEventFilter(_FitWhenShown(view, model))
    return view


def _first_fit(view: QTableView, model: FigureTableModel) -> None:
    """Fit the columns when the table first has rows; later, keep the widths the user set.

    A table not on screen (another tab) is fitted when first shown: measuring every tab's cells
    would delay the first paint of the one the user sees.
    """
    if model.rowCount() and not view.property("fitted"):
        if view.isVisible():
            view.setProperty("fitted", True)
            fit_columns(view)
    elif view.wordWrap():
        view.resizeRowsToContents()


class _FitWhenShown(QObject):
    """Fits a table's columns when it is first shown with rows (see ``_first_fit``)."""

    def __init__(self, view: QTableView, model: FigureTableModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and watched is self.view
            and not self.view.property("fitted")
        ):
            _first_fit(self.view, self.model)
        return False


def fit_columns(view: QTableView, stretch: int | None = None) -> None:
    """Size every column to its contents and header (capped); stretch one to fill the width."""
    header = view.horizontalHeader()
    model = view.model()
    if stretch is None:
        stretch = view.property("stretch_column")
    columns = model.columnCount()
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, _content_width(view, column))
    stretched = isinstance(stretch, int) and 0 <= stretch < columns
    for column in range(columns):
        numeric = model.headerData(column, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)  # fmt: skip
        widest = BESIDE_STRETCH if stretched and not numeric else WIDEST
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
    if isinstance(stretch, int) and stretched:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(stretch is None)
    if view.wordWrap():
        view.resizeRowsToContents()


def _content_width(view: QTableView, column: int) -> int:
    """The width of the column's header and of its first rows' text, with the cell's margins.

    Only the text is measured, once per cell: Qt's own sizing asks the model for every role of
    every sampled cell, which at a few hundred standards delays the first paint noticeably.
    """
    # Fractional widths rounded up once, as the delegate lays the text out.
    model, metrics = view.model(), QFontMetricsF(view.font())
    widest = 0.0
    for row in range(min(model.rowCount(), SAMPLED_ROWS)):
        index = model.index(row, column)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None:
            continue
        font = index.data(Qt.ItemDataRole.FontRole)  # a bold current version is wider
        measure = QFontMetricsF(font) if isinstance(font, QFont) else metrics
        widest = max(widest, measure.horizontalAdvance(str(text)))
    # The delegate's text margin on either side, plus the grid line.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    content = math.ceil(widest) + 2 * margin + 1 if widest else 0
    return max(content, view.horizontalHeader().sectionSizeHint(column))


def set_stretch(view: QTableView, column: int) -> None:
    """Stretch this column to fill the width (-1: none, every column sized to its contents)."""
    view.setProperty("stretch_column", column)
    fit_columns(view)


class ThemedTable(QWidget):
    """A figure table with a theme chooser and a search box above it."""

    def __init__(
        self,
        model: FigureTableModel,
        questionnaire: Questionnaire,
        name: str,
        columns: tuple[int, int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("{table}: theme").format(table=name))
        self.theme.addItem(self.tr("All themes"), "")
        for theme in questionnaire.themes:
            self.theme.addItem(theme.label, theme.label)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code or title"))
        self.search.setAccessibleName(self.tr("{table}: search code or title").format(table=name))
        self.search.setClearButtonEnabled(True)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme)
        search_label = QLabel(self.tr("S&earch:"), self)
        search_label.setBuddy(self.search)
        for widget in (theme_label, self.theme, search_label, self.search):
            bar.addWidget(widget)
        bar.addStretch()
        layout.addLayout(bar)
        self.proxy = ThemeFilter(self, columns)
        self.view = figure_view(model, name, self.proxy, self)
        layout.addWidget(self.view)
        self.theme.currentIndexChanged.connect(
            lambda: self.proxy.set_theme(str(self.theme.currentData()))
        )
        self.search.textChanged.connect(self.proxy.set_text)


def no_default_button(dialog: QWidget) -> None:
    """Enter in a dialog's table acts on the row (``activated``), never also on a button.

    A table passes Enter on to its dialog, whose default button would act as well.
    """
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)

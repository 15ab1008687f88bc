"""The network's table views: columns fitted to their text once shown, then left to the user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from csn_desktop.ui.network.figure_table import Column, FigureTableModel, Kind, Row
from csn_desktop.ui.network.views import WIDEST, figure_view, set_stretch

LONG_NAME = "Cyngor Sir Gŵyr, Ynys Môn a Dyffryn Conwy (ŷ)"


def councils_table(qtbot: QtBot) -> tuple[FigureTableModel, QTableView]:
    columns = [Column("Council"), Column("Period"), Column("Answering", kind=Kind.COUNT)]
    model = FigureTableModel(columns)
    view = figure_view(model, "Councils")
    qtbot.addWidget(view)
    set_stretch(view, -1)  # every column sized to its contents
    view.resize(900, 400)
    return model, view


def rows(*names: str) -> list[Row]:
    return [Row([name, "2026/27", 1234 * n]) for n, name in enumerate(names, start=1)]


def test_columns_are_fitted_to_their_text_when_the_table_is_first_shown(qtbot: QtBot) -> None:
    model, view = councils_table(qtbot)
    header = view.horizontalHeader()
    model.set_rows(rows("Ynys Môn", LONG_NAME, "Bro Morgannwg"))
    metrics = view.fontMetrics()
    # Not on screen (another tab): the rows not measured yet, the header's width kept.
    assert header.sectionSize(0) < metrics.horizontalAdvance(LONG_NAME)
    view.show()
    qtbot.waitExposed(view)
    assert header.sectionSize(0) > metrics.horizontalAdvance(LONG_NAME)
    for column in range(model.columnCount()):
        # As wide as Qt's own sizing to contents would make it, header included.
        qt_width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) == qt_width


def test_a_shown_table_is_fitted_when_filled_and_keeps_the_users_widths(qtbot: QtBot) -> None:
    model, view = councils_table(qtbot)
    header = view.horizontalHeader()
    view.show()
    qtbot.waitExposed(view)
    model.set_rows(rows("Ynys Môn", "x" * 200))
    assert header.sectionSize(0) == WIDEST  # the longest text elided, whole in the tooltip
    assert header.sectionSize(1) > view.fontMetrics().horizontalAdvance("2026/27")
    header.resizeSection(1, 240)
    model.set_rows(rows("Ynys Môn"))  # another selection: the widths the user set stay
    assert header.sectionSize(0) == WIDEST
    assert header.sectionSize(1) == 240


class BoldFirstRow(FigureTableModel):
    """As the versions list shows the current version: its row in bold."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def test_a_bold_cell_is_measured_in_bold(qtbot: QtBot) -> None:
    model = BoldFirstRow([Column("Council"), Column("Period")])
    view = figure_view(model, "Versions")
    qtbot.addWidget(view)
    set_stretch(view, -1)
    view.show()
    qtbot.waitExposed(view)
    model.set_rows([Row(["Wrecsam — Ynys Môn", "2026/27"]), Row(["Ynys Môn", "2025/26"])])
    header = view.horizontalHeader()
    assert header.sectionSize(0) == view.sizeHintForColumn(0)

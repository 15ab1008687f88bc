"""The network window shows the files' figures for the same selection, withheld where they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.known_ids import USE_STATUS
from csn_desktop.domain.network_figures import NetworkFigures, withheld_text
from csn_desktop.ui.formats import format_number, format_percent
from csn_desktop.ui.network.figure_table import KEY_ROLE, WITHHELD_BACKGROUND, WITHHELD_ROLE
from csn_desktop.ui.network.heatmap_model import ANSWERING, FIRST_SHARE
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.ui.network.conftest import OpenWindow

# The demo (40 councils, seed 2): 10 final assessments of councils in 2026/27, 33 with drafts,
# and 3 final ones in 2025/26.
NEWEST, OLDER = "2026/27", "2025/26"


def figures_of(window: NetworkWindow) -> NetworkFigures:
    """What the files hold for the window's selection and minimum (publishable, the default)."""
    assert window.data is not None
    return window.data.figures(window.current_filters(), window.minimum)


def header(window: NetworkWindow) -> str:
    parts = (window.header.selection, window.header.councils, window.header.groups)
    return "\n".join(label.text() for label in (*parts, window.header.notices))


def shown_count(value: int | Withheld) -> str:
    return withheld_text() if isinstance(value, Withheld) else format_number(value)


def shown_share(value: float | Withheld) -> str:
    return withheld_text() if isinstance(value, Withheld) else format_percent(value)


def choose_period(qtbot: QtBot, window: NetworkWindow, period: str) -> None:
    """Choose a period and wait until it is shown (a period not in memory is read first)."""
    with qtbot.wait_signal(window.filled, timeout=30_000):
        window.filter_bar.period.setCurrentIndex(window.filter_bar.period.findData(period))


def test_the_window_shows_the_figures_the_files_hold(open_window: OpenWindow) -> None:
    window = open_window()
    figures = figures_of(window)
    assert window.current_filters().period == NEWEST and figures.councils == 10
    uses = [c.id for c in window.library.latest().question(USE_STATUS).choices]
    heatmap, published, withheld = window.heatmap_model, 0, 0
    for row in range(heatmap.rowCount()):
        code = heatmap.index(row, 0).data(KEY_ROLE)
        assert heatmap.index(row, ANSWERING).data() == shown_count(figures.use.councils(code))
        for n, use in enumerate(uses):
            cell = heatmap.index(row, FIRST_SHARE + n)
            share = figures.use.share(code, use)
            assert cell.data() == shown_share(share)
            if isinstance(share, Withheld):
                withheld += 1
                assert cell.data(Qt.ItemDataRole.BackgroundRole) == WITHHELD_BACKGROUND
                assert "Withheld" in cell.data(Qt.ItemDataRole.ToolTipRole)
            else:
                published += 1
    assert published > 0 and withheld > 0  # both kinds were compared

    demand = window.demand_model
    assert [demand.index(r, 1).data() for r in range(demand.rowCount())] == [
        r.item for r in figures.demand
    ]
    for row, ranked in enumerate(figures.demand):
        assert demand.index(row, 2).data() == shown_count(ranked.figure)  # type: ignore[arg-type]
        rank = demand.index(row, 0).data()
        assert rank == (withheld_text() if isinstance(ranked.rank, Withheld) else str(ranked.rank))
    assert any(isinstance(r.figure, Withheld) for r in figures.demand)

    barriers = window.barriers_model
    for row, ranked in enumerate(figures.barriers):
        assert barriers.index(row, 2).data() == shown_count(ranked.figure)  # type: ignore[arg-type]
        assert barriers.index(row, 3).data() == shown_share(
            figures.citing_share(ranked.figure)  # type: ignore[arg-type]
        )
    priorities = window.priorities_model
    expected = [(q, r.item, r.figure) for q, ranking in figures.priorities.items() for r in ranking]
    assert priorities.rowCount() == len(expected) > 0
    for row, (_question, choice, figure) in enumerate(expected):
        assert priorities.index(row, 0).data(KEY_ROLE) == choice
        assert priorities.index(row, 3).data() == shown_count(figure)  # type: ignore[arg-type]
    assert window.gaps_model.rowCount() == len(figures.gaps)


def test_the_header_says_what_the_files_say_first(open_window: OpenWindow) -> None:
    window = open_window()
    figures = figures_of(window)
    text = header(window)
    assert window.header.selection.text() == "Period: 2026/27; final assessments of councils"
    assert "Counted: 10 councils." in text
    assert f"councils that exist in these places: {format_number(figures.existing)}" in text
    assert shown_share(figures.response_rate) in text
    # Two Scottish councils: Scotland is merged with England, so that it cannot be told apart.
    assert "Other nations: 10 of 363" in text and "Scotland:" not in text
    assert "Other nations: England, Scotland" in window.header.groups.toolTip()
    assert "By authority type:" in text
    for sentence in figures.notices():
        assert sentence in text


def test_the_period_and_the_drafts_change_the_councils_counted(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert [
        window.filter_bar.period.itemText(n) for n in range(window.filter_bar.period.count())
    ] == [NEWEST, OLDER]
    assert "Counted: 10 councils." in header(window)
    assert window.councils_model.rowCount() == 10
    window.filter_bar.drafts.setChecked(True)
    assert "Counted: 33 councils." in header(window)
    assert "Drafts are included" in header(window)
    assert "final assessments and drafts" in window.header.selection.text()
    assert window.councils_model.rowCount() == 33
    choose_period(qtbot, window, OLDER)
    assert window.current_filters().period == OLDER
    assert window.councils_model.rowCount() == 7  # 3 final and 4 drafts
    window.clear_filters()
    assert window.current_filters().period == NEWEST and not window.filter_bar.drafts.isChecked()
    assert "Counted: 10 councils." in header(window)


def test_a_selection_below_the_minimum_shows_withheld_and_no_count(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    choose_period(qtbot, window, OLDER)  # 3 councils
    assert figures_of(window).all_withheld
    assert "Counted: withheld." in header(window)
    assert "fewer than 5 councils, so every figure about it is withheld" in header(window)
    for model in (
        window.heatmap_model,
        window.demand_model,
        window.barriers_model,
        window.priorities_model,
    ):
        figure_columns = [
            c
            for c in range(model.columnCount())
            if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
            != int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ]
        assert model.rowCount() > 0 and figure_columns
        for row in range(model.rowCount()):
            for column in figure_columns:
                index = model.index(row, column)
                assert index.data() == withheld_text(), (model, row, column)
                assert index.data(WITHHELD_ROLE) is True
                assert "fewer than 5 councils" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.gaps_model.rowCount() == 0
    assert "too few councils" in window.gaps_note.text()


def test_one_council_is_one_council(open_window: OpenWindow) -> None:
    window = open_window()
    window.filter_bar.minimum_box.setValue(1)
    window.filter_bar.drafts.setChecked(True)
    window.filter_bar.places["nation"].set_chosen(["Wales"])  # one draft in 2026/27
    assert "Counted: 1 council." in header(window)
    assert "Wales: 1 of" in header(window)


def test_sorting_never_orders_by_a_withheld_figure(open_window: OpenWindow) -> None:
    window = open_window()
    view, model = window.demand, window.demand_model
    hidden = [
        model.index(r, 1).data()
        for r in range(model.rowCount())
        if model.index(r, 2).data(WITHHELD_ROLE)
    ]
    assert hidden  # some standards are needed by fewer than 5 of the 10 councils
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(2, order)
        proxy = view.model()
        rows = range(proxy.rowCount())
        codes = [proxy.index(r, 1).data() for r in rows]
        # Withheld last, in the ranking's order (by code), whichever way the column is sorted.
        assert codes[-len(hidden) :] == hidden
        shown = [int(proxy.index(r, 2).data()) for r in rows[: -len(hidden)]]
        assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)


def test_a_selection_changed_while_a_period_is_read_shows_the_newest_one(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.data is not None and not window.data.holds(OLDER)
    window.filter_bar.drafts.setChecked(True)  # the newest period, in memory: shown at once
    assert "Counted: 33 councils." in header(window)
    with qtbot.wait_signal(window.filled, timeout=30_000) as shown:
        window.filter_bar.period.setCurrentIndex(window.filter_bar.period.findData(OLDER))
        assert window.figurer is not None and window.figurer.is_running()
        assert not window.busy.isHidden()  # a busy state while the period is read
        window.filter_bar.drafts.setChecked(False)  # changed again before the read ends
    assert shown.signal_triggered
    assert window.current_filters().period == OLDER
    assert window.busy.isHidden()
    # The older period's final assessments only (3 councils), not the 7 with drafts.
    assert window.councils_model.rowCount() == 3
    assert window.data.holds(OLDER)
    assert "Counted: withheld." in header(window)  # 3 councils, below the minimum of 5
    assert "Drafts are included" not in header(window)

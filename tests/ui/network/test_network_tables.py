"""The network view's tables: models, ranking, sorting, theme filter and the council list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.ui.network.figure_table import KEY_ROLE, SORT_ROLE
from csn_desktop.ui.network.heatmap_model import ANSWERING, CODE, FIRST_SHARE, TITLE
from tests.ui.network.conftest import OpenWindow


def column_values(model: object, column: int, role: int = SORT_ROLE) -> list[object]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    return [model.index(r, column).data(role) for r in range(rows)]  # type: ignore[attr-defined]


def test_every_model_passes_the_model_tester(
    open_window: OpenWindow, qtmodeltester: object
) -> None:
    window = open_window()
    check = qtmodeltester.check  # type: ignore[attr-defined]
    for model in (
        window.heatmap_model,
        window.demand_model,
        window.barriers_model,
        window.gaps_model,
        window.priorities_model,
        window.councils_model,
        window.heatmap.model(),
        window.demand.model(),
        window.barriers.model(),
    ):
        # No council of the demo agreed to have its gaps quoted.
        assert model.rowCount() > 0 or model is window.gaps_model
        check(model)
    window.filter_bar.drafts.setChecked(True)  # the models are filled again
    window.filter_bar.period.setCurrentIndex(1)  # too few councils: every figure withheld
    for model in (window.heatmap_model, window.demand_model, window.demand.model()):
        check(model)


def test_heatmap_headers_are_short_with_the_full_wording_as_tooltip(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    model = window.heatmap_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Code", "Title", "Theme", "Answering"]
    assert all(len(h) <= 14 for h in headers)
    certified = model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert "Certified or formally conformant" in certified
    first = window.library.latest().standards[0]
    assert model.index(0, CODE).data() == first.code
    assert model.index(0, TITLE).data() == first.title
    tip = model.index(0, FIRST_SHARE).data(Qt.ItemDataRole.ToolTipRole)
    assert first.title in tip and "Answering: " in tip


def test_heatmap_filters_by_theme_and_search(open_window: OpenWindow) -> None:
    window = open_window()
    tab, proxy = window.heatmap_tab, window.heatmap_tab.proxy
    everything = proxy.rowCount()
    tab.theme.setCurrentIndex(1)
    theme = tab.theme.currentText()
    assert 0 < proxy.rowCount() < everything
    assert set(column_values(proxy, 2, Qt.ItemDataRole.DisplayRole)) == {theme}
    tab.theme.setCurrentIndex(0)
    tab.search.setText("37120")
    assert [v for v in column_values(proxy, CODE) if "37120" in str(v)]
    assert proxy.rowCount() < everything


def test_demand_is_ranked_with_counts_and_shares_first(open_window: OpenWindow) -> None:
    window = open_window()
    model = window.demand_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Rank", "Code", "Need, not using"]
    figures = window.data.figures(window.current_filters())  # type: ignore[union-attr]
    assert column_values(model, 1) == [r.item for r in figures.demand]
    top = figures.demand[0]
    assert column_values(model, 0)[0] == 1.0 and column_values(model, 2)[0] == top.figure
    share = figures.demand_share(top.item, top.figure)  # type: ignore[arg-type]
    assert column_values(model, 3)[0] == share
    assert model.index(0, 3).data().endswith("%")


def test_sorting_by_a_column_sorts_by_value(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.filter_bar.minimum_box.setValue(1)  # nothing withheld: every row has a value to sort by
    view = window.demand
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    values = column_values(view.model(), 2)
    assert values == sorted(values)  # type: ignore[type-var]
    window.heatmap.sortByColumn(ANSWERING, Qt.SortOrder.DescendingOrder)
    answering = column_values(window.heatmap.model(), ANSWERING)
    assert answering == sorted(answering, reverse=True)  # type: ignore[type-var]


def test_barriers_and_priorities_show_shares(open_window: OpenWindow) -> None:
    window = open_window()
    councils = window.data.figures(window.current_filters()).councils  # type: ignore[union-attr]
    barriers = window.barriers_model
    count = barriers.index(0, 2).data(SORT_ROLE)
    assert barriers.index(0, 3).data(SORT_ROLE) == count / councils  # type: ignore[operator]
    priorities = window.priorities_model
    count, answering = (
        priorities.index(0, 3).data(SORT_ROLE),
        priorities.index(0, 5).data(SORT_ROLE),
    )
    assert priorities.index(0, 4).data(SORT_ROLE) == count / answering


def test_council_rows_carry_their_assessment(open_window: OpenWindow) -> None:
    window = open_window()
    view = window.councils
    index = view.model().index(0, 0)
    assessment_id = index.data(KEY_ROLE)
    assert assessment_id in window.data.entries  # type: ignore[union-attr]
    viewer = window.open_assessment(assessment_id)
    assert viewer is not None and "read-only" in viewer.windowTitle()
    tree = viewer.tree  # type: ignore[attr-defined]
    sections = window.library.latest().sections
    assert [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())] == [
        s.title for s in sections
    ]
    matrix = next(
        tree.topLevelItem(n).child(c)
        for n in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(n).childCount())
        if " — " in tree.topLevelItem(n).child(c).text(0)
    )
    assert matrix.text(1).startswith("Use: ") and matrix.childCount() >= 1
    viewer.close()


def test_every_focusable_widget_has_a_name(open_window: OpenWindow) -> None:
    from tests.ui.test_ui_accessibility import unnamed

    window = open_window()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert unnamed(window) == [], window.tabs.tabText(tab)
    viewer = window.open_assessment(next(iter(window.data.entries)))  # type: ignore[union-attr]
    assert viewer is not None
    assert unnamed(viewer) == []
    viewer.close()

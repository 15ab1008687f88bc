"""Reading one period's answers when a selection asks for them gives the figures of reading all."""

from __future__ import annotations

import pytest

from csn_desktop.actions import network
from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.network import load_network
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.network_figures import Audience
from csn_desktop.storage.database import Database

NEWEST, OLDER = "2026/27", "2025/26"  # the demo's two periods

SELECTIONS = [
    Filters(),
    Filters(period=OLDER),
    Filters(period=NEWEST, include_drafts=True),
    Filters(period=OLDER, include_drafts=True, include_other_organisations=True),
    Filters(period=NEWEST, include_drafts=True, nations=frozenset({"England"})),
]


@pytest.fixture
def demo(app_database: Database, library: QuestionnaireLibrary) -> Database:
    fill_demo(app_database, library.latest(), councils=40, seed=2)
    return app_database


@pytest.mark.parametrize("filters", SELECTIONS)
@pytest.mark.parametrize("audience", list(Audience))
def test_a_period_read_on_demand_gives_the_figures_of_every_period_read(
    demo: Database, library: QuestionnaireLibrary, filters: Filters, audience: Audience
) -> None:
    everything = load_network(demo, library)
    on_demand = load_network(demo, library, every_period=False)
    assert on_demand.by_period == {}  # nothing read before a selection asks
    assert on_demand.choices() == everything.choices()
    assert on_demand.resolved(filters) == everything.resolved(filters)
    assert on_demand.selected(filters) == everything.selected(filters)
    assert on_demand.figures(filters, 3, audience) == everything.figures(filters, 3, audience)
    assert on_demand.figures(filters, 3).councils != 0  # the selections are not empty
    assert set(on_demand.by_period) == {on_demand.resolved(filters).period}


def test_only_the_periods_used_last_stay_in_memory_and_others_are_read_again(
    demo: Database, library: QuestionnaireLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network, "KEPT_PERIODS", 1)
    everything = load_network(demo, library)
    data = load_network(demo, library, every_period=False)
    newest = Filters(period=NEWEST, include_drafts=True)
    first = data.figures(newest)
    assert data.holds(NEWEST) and not data.holds(OLDER)
    data.figures(Filters(period=OLDER))
    assert list(data.by_period) == [OLDER]  # the newest period was let go
    assert data.figures(newest) == first == everything.figures(newest)
    assert list(data.by_period) == [NEWEST]


def test_a_period_without_submissions_reads_nothing(
    demo: Database, library: QuestionnaireLibrary
) -> None:
    data = load_network(demo, library, every_period=False)
    assert data.holds("1999/00") and data.selected(Filters(period="1999/00")) == []
    assert data.by_period == {}

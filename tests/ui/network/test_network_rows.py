"""The network tables' rows hold the disclosed figures as they are, withheld ones as withheld."""

from __future__ import annotations

from csn_desktop.domain.aggregation import Filters, Submission
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.disclosure import WITHHELD
from csn_desktop.domain.known_ids import QUOTE_CONSENT
from csn_desktop.domain.network_figures import CouncilPlace, NetworkFigures, network_figures
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.ui.network import network_rows as rows

A, B = "PAS 181:2014", "ISO 37120:2018"


def council(n: int, *, needs_b: bool, consents: bool = False) -> Submission:
    answers = Answers()
    answers.set("standards.use_status", A, "fully_used")
    answers.set("standards.need", A, "essential")
    answers.set("standards.use_status", B, "not_aware")
    answers.set("standards.need", B, "needed" if needs_b else "not_relevant")
    answers.set("standards.barriers", B, ["skills_capacity"] if n < 6 else ["cost_of_access"])
    answers.set("gaps.description", "1", f"Council {n} of Testshire wants smart parking")
    answers.set("gaps.theme", "1", "mobility-transport")
    if consents:
        answers.set(QUOTE_CONSENT, "", True)
    return Submission(
        n, f"E0{n}", f"Council {n} of Testshire", "England", "London", "London borough",
        "2026/27", "final", answers,
    )  # fmt: skip


def figures(questionnaire: Questionnaire, councils: list[Submission]) -> NetworkFigures:
    places = [CouncilPlace("England", "London", "London borough")] * 12
    return network_figures(questionnaire, councils, Filters(period="2026/27"), places, minimum=5)


def test_rows_follow_the_rankings_and_keep_withheld_figures_withheld(
    questionnaire: Questionnaire,
) -> None:
    # Eight councils: all eight in demand for nothing but B (6 of them), barriers 5 and 3.
    shown = figures(questionnaire, [council(n, needs_b=n < 6) for n in range(8)])
    demand = rows.demand_rows(shown)
    assert [row.key for row in demand] == [r.item for r in shown.demand]
    first = demand[0]
    assert first.key == B and first.values[:5] == [1, B, 6, 6 / 8, 8]
    assert all(row.values[2] in (0, WITHHELD) for row in demand[1:])
    barriers = {row.key: row.values for row in rows.barrier_rows(shown)}
    assert barriers["skills_capacity"][:4] == [1, "Skills or staff capacity", 6, 6 / 8]
    # Two councils cite the cost of access: withheld, with no rank, share or mention count.
    assert barriers["cost_of_access"][0] == WITHHELD
    assert barriers["cost_of_access"][2:] == [WITHHELD, WITHHELD, WITHHELD]


def test_a_small_selection_gives_rows_of_withheld_figures(questionnaire: Questionnaire) -> None:
    shown = figures(questionnaire, [council(n, needs_b=True) for n in range(4)])
    for row in rows.demand_rows(shown):
        assert row.values[:5] == [WITHHELD, row.key, WITHHELD, WITHHELD, WITHHELD]
    for row in rows.barrier_rows(shown):
        assert row.values[0] == row.values[2] == WITHHELD
    assert rows.gap_rows(shown) == []


def test_gaps_are_those_quoted_with_consent_and_name_no_council(
    questionnaire: Questionnaire,
) -> None:
    shown = figures(questionnaire, [council(n, needs_b=True, consents=n == 3) for n in range(6)])
    gaps = rows.gap_rows(shown)
    assert len(gaps) == 1
    assert len(gaps[0].values) == len(rows.GAP_COLUMNS)
    assert "Testshire" not in " ".join(str(v) for v in gaps[0].values)
    assert "smart parking" in str(gaps[0].values[2])

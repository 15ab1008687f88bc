"""The network tables' rows mark what the exports withhold, by the one suppression rule."""

from __future__ import annotations

from collections import Counter

from csn_desktop.domain.aggregation import NetworkPicture, StandardFigures
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.ui.network import network_rows as rows


def picture(questionnaire: Questionnaire, councils: int = 20) -> NetworkPicture:
    standards = {
        s.code: StandardFigures(s.code, councils, {}, {}, 0, 0) for s in questionnaire.standards
    }
    return NetworkPicture(councils, standards)


def test_a_small_count_is_marked_even_in_a_large_selection(questionnaire: Questionnaire) -> None:
    figures = picture(questionnaire)
    first, second = (s.code for s in questionnaire.standards[:2])
    figures.standards[first] = StandardFigures(first, 20, {}, {}, 0, 2)
    figures.standards[second] = StandardFigures(second, 20, {}, {}, 0, 8)
    figures.councils_citing_barrier = Counter({"too_complex": 2, "skills_capacity": 9})
    figures.barriers = Counter({"too_complex": 7, "skills_capacity": 9})
    demand = {row.key: row.small for row in rows.demand_rows(questionnaire, figures, 5)}
    assert demand == {first: True, second: False}
    barriers = {row.key: row.small for row in rows.barrier_rows(questionnaire, figures, 5)}
    assert barriers == {"too_complex": True, "skills_capacity": False}


def test_a_small_selection_marks_every_row(questionnaire: Questionnaire) -> None:
    figures = picture(questionnaire, councils=4)
    figures.priorities = {"top_themes": Counter({"mobility-transport": 4})}
    assert all(row.small for row in rows.priority_rows(questionnaire, figures, 5))

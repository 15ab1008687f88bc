"""The shared figures withhold what the suppression rule withholds, and rank without telling."""

from __future__ import annotations

from collections import Counter

from csn_desktop.domain.aggregation import NetworkPicture, StandardFigures
from csn_desktop.domain.known_ids import BARRIERS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.network_figures import SharedFigures, suppressed_text

WITHHELD = suppressed_text(5)


def picture(questionnaire: Questionnaire, councils: int = 20) -> NetworkPicture:
    """Every standard answered by all councils, none in demand, nothing cited or chosen."""
    standards = {
        s.code: StandardFigures(s.code, councils, {"fully_used": councils}, {}, councils, 0)
        for s in questionnaire.standards
    }
    return NetworkPicture(councils, standards)


def shared(questionnaire: Questionnaire, figures: NetworkPicture) -> SharedFigures:
    return SharedFigures(questionnaire, figures, 5, "all councils")


def test_a_small_selection_withholds_everything(questionnaire: Questionnaire) -> None:
    figures = shared(questionnaire, picture(questionnaire, councils=4))
    assert figures.all_suppressed
    assert figures.count(4) == WITHHELD
    assert figures.demand_rows() == []
    _, rows = figures.standards_rows()
    assert all(cell == WITHHELD for row in rows for cell in row[3:])


def test_small_barrier_counts_are_withheld_and_ranked_last_by_label(
    questionnaire: Questionnaire,
) -> None:
    figures = picture(questionnaire)
    # Two councils cite "too complex" nine times: neither figure may show.
    figures.councils_citing_barrier = Counter(
        {"skills_capacity": 12, "too_complex": 2, "cost_of_access": 3, "procurement_rules": 6}
    )
    figures.barriers = Counter(
        {"skills_capacity": 30, "too_complex": 9, "cost_of_access": 3, "procurement_rules": 6}
    )
    question = questionnaire.question(BARRIERS)
    label = question.choice_label
    rows = shared(questionnaire, figures).barrier_rows()
    assert rows[:2] == [[label("skills_capacity"), 12, 30], [label("procurement_rules"), 6, 6]]
    hidden = sorted([label("too_complex"), label("cost_of_access")])
    assert rows[2:] == [[name, WITHHELD, WITHHELD] for name in hidden]


def test_small_demand_is_withheld_and_listed_after_the_shown_by_code(
    questionnaire: Questionnaire,
) -> None:
    figures = picture(questionnaire)
    first, second, third = (s.code for s in questionnaire.standards[:3])
    for code, demand in ((first, 2), (second, 9), (third, 1)):
        f = figures.standards[code]
        figures.standards[code] = StandardFigures(
            code, f.answered, f.use_counts, f.need_counts, f.in_use, demand
        )
    rows = shared(questionnaire, figures).demand_rows()
    assert [row[0] for row in rows] == [second, *sorted([first, third])]
    assert rows[0][2] == 9
    assert [row[2] for row in rows[1:]] == [WITHHELD, WITHHELD]


def test_small_priority_counts_are_withheld_within_their_question(
    questionnaire: Questionnaire,
) -> None:
    figures = picture(questionnaire)
    question_id = "top_themes"
    question = questionnaire.question(question_id)
    a, b, c = (choice.id for choice in question.choices[:3])
    figures.priorities = {question_id: Counter({a: 1, b: 7, c: 2})}
    rows = shared(questionnaire, figures).priority_rows()
    assert rows[0] == [question.label, question.choice_label(b), 7]
    hidden = sorted([question.choice_label(a), question.choice_label(c)])
    assert rows[1:] == [[question.label, name, WITHHELD] for name in hidden]


def test_a_small_use_count_withholds_its_share(questionnaire: Questionnaire) -> None:
    figures = picture(questionnaire)
    code = questionnaire.standards[0].code
    figures.standards[code] = StandardFigures(
        code, 20, {"fully_used": 19, "certified": 1}, {}, 20, 0
    )
    _header, rows = shared(questionnaire, figures).standards_rows()
    row = rows[0]
    uses = [choice_id for choice_id, _label in shared(questionnaire, figures).use_labels()]
    assert row[4 + uses.index("fully_used")] == 0.95
    assert row[4 + uses.index("certified")] == WITHHELD  # 1 of 20: the share would name it
    assert row[3] == 20

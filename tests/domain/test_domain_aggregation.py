"""Aggregation across councils: counts, demand, barriers, gaps, priorities, filters, suppression."""

from __future__ import annotations

from csn_desktop.domain.aggregation import (
    Filters,
    Submission,
    aggregate,
    select,
)
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.standards_use import priority_gaps

A, B = "PAS 181:2014", "ISO 37120:2018"


def submission(n: int, nation: str, rows: dict[str, tuple[str, str, list[str]]]) -> Submission:
    answers = Answers()
    for code, (use, need, barriers) in rows.items():
        answers.set("standards.use_status", code, use)
        answers.set("standards.need", code, need)
        if barriers:
            answers.set("standards.barriers", code, barriers)
    answers.set("gaps.description", "1", f"Gap of council {n}")
    answers.set("gaps.theme", "1", "mobility-transport")
    answers.set("top_themes", "", ["data-interoperability", "mobility-transport"])
    return Submission(
        n, f"E0{n}", f"Council {n}", nation, "Region", "Unitary", "2026/27", "final", answers
    )


def test_counts_demand_barriers_gaps_and_priorities() -> None:
    submissions = [
        submission(
            1,
            "England",
            {A: ("fully_used", "essential", []), B: ("not_aware", "needed", ["skills_capacity"])},
        ),
        submission(
            2, "Wales", {A: ("planning", "essential", ["cost_of_access", "skills_capacity"])}
        ),
        submission(
            3,
            "Wales",
            {A: ("certified", "nice_to_have", []), B: ("aware_not_used", "not_relevant", [])},
        ),
    ]
    picture = aggregate(submissions, [A, B])
    assert picture.councils == 3
    a = picture.standards[A]
    assert (a.answered, a.in_use, a.demand) == (3, 2, 1)
    assert a.share("fully_used") == 1 / 3
    assert picture.standards[B].answered == 2
    # Equal demand: ties are broken by code.
    assert [f.code for f in picture.ranked_demand()] == [B, A]
    assert picture.ranked_barriers()[0] == ("skills_capacity", 2, 2)
    assert [g.description for g in picture.gaps] == [f"Gap of council {n}" for n in (1, 2, 3)]
    assert picture.priorities["top_themes"]["mobility-transport"] == 3


def test_filters() -> None:
    submissions = [submission(n, "Wales" if n < 3 else "England", {}) for n in range(1, 8)]
    wales = select(submissions, Filters(nations=frozenset({"Wales"})))
    assert [s.council for s in wales] == ["Council 1", "Council 2"]


def test_priority_gaps_of_one_council(real_questionnaire: Questionnaire) -> None:
    answers = submission(
        1,
        "England",
        {
            A: ("planning", "needed", ["cost_of_access"]),
            B: ("not_aware", "essential", []),
        },
    ).answers
    gaps = priority_gaps(real_questionnaire, answers)
    assert [g.standard.code for g in gaps] == [B, A]
    assert gaps[1].barriers == ("cost_of_access",)


def test_figures_counted_from_tallies_match_the_answers_walked_one_by_one(
    questionnaire: Questionnaire,
) -> None:
    import random
    from collections import Counter

    from csn_desktop.domain.canonical import counted_answers
    from csn_desktop.domain.sample_answers import sample_answers

    rng = random.Random(5)
    codes = [s.code for s in questionnaire.standards]
    submissions = [
        Submission(
            n,
            f"E0{n}",
            f"Council {n}",
            "England",
            "Region",
            "Unitary",
            "2026/27",
            "final",
            counted_answers(questionnaire, sample_answers(questionnaire, rng, completeness=0.9)),
        )
        for n in range(12)
    ]
    picture = aggregate(submissions, codes)
    for code in codes:
        uses = [s.answers.get("standards.use_status", code) for s in submissions]
        needs = [s.answers.get("standards.need", code) for s in submissions]
        figures = picture.standards[code]
        assert figures.use_counts == Counter(u for u in uses if isinstance(u, str))
        assert figures.need_counts == Counter(n for n in needs if isinstance(n, str))
        assert figures.demand == sum(
            any(g.standard.code == code for g in priority_gaps(questionnaire, s.answers))
            for s in submissions
        )
    mentions: Counter[str] = Counter()
    for s in submissions:
        for key, value in s.answers:
            if key.question_id == "standards.barriers" and isinstance(value, list):
                mentions.update(str(v) for v in value)
    assert picture.barriers == mentions and mentions
    assert any(f.demand for f in picture.standards.values())

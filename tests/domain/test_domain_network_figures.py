"""The network's figures: who is counted, what is withheld, and what a quote may carry."""

from __future__ import annotations

from dataclasses import replace

import pytest

from csn_desktop.domain.aggregation import Filters, Submission, select
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.disclosure import WITHHELD, Withheld
from csn_desktop.domain.known_ids import (
    BARRIERS,
    GAP_DESCRIPTION,
    GAP_IMPACT,
    GAP_THEME,
    NEED,
    QUOTE_CONSENT,
    USE_STATUS,
)
from csn_desktop.domain.network_figures import (
    Audience,
    CouncilPlace,
    NetworkFigures,
    anonymise,
    network_figures,
    selection_text,
)
from csn_desktop.domain.questionnaire import Questionnaire

A, B = "PAS 181:2014", "ISO 37120:2018"
WALES = [CouncilPlace("Wales", "Wales", "Welsh unitary authority")] * 22
ENGLAND = [CouncilPlace("England", "London", "London borough")] * 32


def council(
    n: int,
    *,
    nation: str = "England",
    kind: str = "London borough",
    period: str = "2026/27",
    status: str = "final",
    gss: str | None = "",
    use: str = "fully_used",
    need: str = "essential",
    gap: str | None = None,
    consent: bool | None = None,
) -> Submission:
    answers = Answers()
    answers.set(USE_STATUS, A, use)
    answers.set(NEED, A, need)
    answers.set(BARRIERS, A, ["skills_capacity"])
    if gap is not None:
        answers.set(GAP_DESCRIPTION, "1", gap)
        answers.set(GAP_THEME, "1", "mobility-transport")
        answers.set(GAP_IMPACT, "1", "blocking")
    if consent is not None:
        answers.set(QUOTE_CONSENT, "", consent)
    code = f"E09{n:06d}" if gss == "" else gss
    region = "London" if nation == "England" else nation
    name = f"Borough {n} Council"
    return Submission(n, code, name, nation, region, kind, period, status, answers)


def figures(
    questionnaire: Questionnaire,
    submissions: list[Submission],
    filters: Filters | None = None,
    minimum: int = 5,
    audience: Audience = Audience.PUBLISHABLE,
) -> NetworkFigures:
    chosen = filters or Filters(period="2026/27")
    return network_figures(
        questionnaire,
        select(submissions, chosen),
        chosen,
        ENGLAND + WALES,
        minimum=minimum,
        audience=audience,
    )


def test_one_period_final_assessments_of_councils_by_default() -> None:
    submissions = [
        council(1),
        council(2, period="2025/26"),
        council(3, status="draft"),
        council(4, gss=None),
        council(5, nation="Wales", kind="Welsh unitary authority"),
    ]
    chosen = select(submissions, Filters(period="2026/27"))
    assert [s.assessment_id for s in chosen] == [1, 5]
    drafts = select(submissions, Filters(period="2026/27", include_drafts=True))
    assert [s.assessment_id for s in drafts] == [1, 3, 5]
    others = select(submissions, Filters(period="2026/27", include_other_organisations=True))
    assert [s.assessment_id for s in others] == [1, 4, 5]
    wales = select(submissions, Filters(period="2026/27", nations=frozenset({"Wales"})))
    assert [s.assessment_id for s in wales] == [5]


def test_a_council_counts_once_with_its_final_version() -> None:
    draft = council(7, status="draft")
    final = replace(draft, assessment_id=3, status="final")
    chosen = select([draft, final], Filters(period="2026/27", include_drafts=True))
    assert [(s.assessment_id, s.status) for s in chosen] == [(3, "final")]


def test_counts_and_shares_are_about_councils(real_questionnaire: Questionnaire) -> None:
    submissions = [council(n, use="fully_used" if n <= 6 else "not_aware") for n in range(1, 13)]
    f = figures(real_questionnaire, submissions)
    assert f.councils == 12 and f.existing == len(ENGLAND) + len(WALES)
    assert f.response_rate == pytest.approx(12 / 54)
    assert f.use.count(A, "fully_used") == 6 and f.use.councils(A) == 12
    assert f.use.share(A, "not_aware") == pytest.approx(0.5)
    assert f.use.count(B, "fully_used") == WITHHELD  # nobody answered: a group of zero
    demand = {r.item: r.figure for r in f.demand}
    assert demand[A] == 6  # essential, and not in use for the six not aware of it
    barriers = {r.item: r.figure for r in f.barriers}
    assert barriers["skills_capacity"] == 12 and f.barrier_mentions["skills_capacity"] == 12
    assert barriers["cost_of_access"] == 0
    assert f.drafts == 0 and f.other_organisations == 0
    assert [(g.label, g.councils, g.existing) for g in f.nations] == [
        ("England", 12, 32),
        ("Wales", 0, 22),
    ]


def test_a_selection_below_the_minimum_withholds_everything(
    real_questionnaire: Questionnaire,
) -> None:
    submissions = [council(n, gap=f"Gap {n}", consent=True) for n in range(1, 5)]
    f = figures(real_questionnaire, submissions)
    assert f.all_withheld and f.councils == WITHHELD and f.response_rate == WITHHELD
    assert all(isinstance(r.figure, Withheld) for r in (*f.demand, *f.barriers))
    assert all(g.councils == WITHHELD for g in (*f.nations, *f.authority_types))
    assert f.gaps == ()
    assert any("fewer than 5 councils" in n for n in f.notices())


def test_small_cells_and_their_complements_are_withheld(
    real_questionnaire: Questionnaire,
) -> None:
    uses = ["fully_used"] * 10 + ["certified"] * 2 + ["planning"] * 6
    f = figures(real_questionnaire, [council(n, use=u) for n, u in enumerate(uses, start=1)])
    assert f.use.count(A, "certified") == WITHHELD
    # With the row total published, one more count must go, or 2 = 18 - 10 - 6.
    shown = [f.use.count(A, c) for c in ("fully_used", "planning")]
    assert WITHHELD in shown
    assert f.use.count(A, "not_aware") == 0  # zero councils identify nobody
    # Theme shares come from fully published rows only: this row is not one.
    assert set(f.theme_shares(f.use)["procurement-management"].values()) <= {WITHHELD}


def test_rankings_never_use_withheld_figures(real_questionnaire: Questionnaire) -> None:
    submissions = [council(n) for n in range(1, 9)]
    for s in submissions[:2]:
        s.answers.set(BARRIERS, A, ["skills_capacity", "cost_of_access"])
    f = figures(real_questionnaire, submissions)
    ranked = [(r.item, r.figure, r.rank) for r in f.barriers]
    assert ranked[0] == ("skills_capacity", 8, 1)
    withheld = [item for item, figure, _rank in ranked if figure == WITHHELD]
    assert "cost_of_access" in withheld
    labels = [real_questionnaire.question(BARRIERS).choice_label(b) for b in withheld]
    assert labels == sorted(labels)  # by label: their place says nothing about their size


def test_drafts_and_other_organisations_are_said(real_questionnaire: Questionnaire) -> None:
    submissions = [council(n, status="draft" if n > 4 else "final") for n in range(1, 11)]
    submissions += [council(n, gss=None) for n in range(11, 17)]
    both = Filters(period="2026/27", include_drafts=True, include_other_organisations=True)
    f = figures(real_questionnaire, submissions, both)
    assert (f.councils, f.drafts, f.other_organisations) == (16, 6, 6)
    notices = " ".join(f.notices())
    assert "Drafts are included" in notices and "not councils" in notices
    assert "drafts" in selection_text(both) and "other organisations" in selection_text(both)
    plain = selection_text(Filters(period="2026/27"))
    assert plain == "Period: 2026/27; final assessments of councils"


def test_only_consented_gaps_are_quoted_without_names(real_questionnaire: Questionnaire) -> None:
    submissions = [council(n, gap=f"Borough {n} needs a kerbside standard") for n in range(1, 4)]
    submissions += [
        council(n, gap=f"Borough {n} Council cannot share data", consent=True) for n in range(4, 7)
    ]
    f = figures(real_questionnaire, submissions)
    assert sorted(g.description for g in f.gaps) == ["[the council] cannot share data"] * 3
    assert all(g.council is None for g in f.gaps)
    restricted = figures(real_questionnaire, submissions, audience=Audience.RESTRICTED)
    assert len(restricted.gaps) == 6 and restricted.minimum == 1
    assert {g.council for g in restricted.gaps} == {s.council for s in submissions}


def test_small_groups_are_merged(real_questionnaire: Questionnaire) -> None:
    submissions = [council(n) for n in range(1, 9)]
    submissions += [
        council(n, nation="Wales", kind="Welsh unitary authority") for n in range(9, 11)
    ]
    f = figures(real_questionnaire, submissions)
    # Wales (2) alone would single its councils out; England then goes with it, or its count
    # would give Wales's away as the total less England.
    assert [(g.label, g.members, g.councils) for g in f.nations] == [
        ("Other nations", ("England", "Wales"), 10)
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Cardiff Council", "Cardiff's bus lanes", "[the council]'s bus lanes"),
        ("City of Edinburgh Council", "In Edinburgh we", "In [the council] we"),
        ("Isle of Wight Council", "isle of wight ferries", "[the council] ferries"),
        ("Bury Council", "Buryport and Bury", "Buryport and [the council]"),
    ],
)
def test_anonymise(name: str, text: str, expected: str) -> None:
    from csn_desktop.domain.network_figures import _names_of

    submission = Submission(1, "X", name, "", "", "", "", "final", Answers())
    assert anonymise(text, _names_of(submission)) == expected

"""The network view's tables as columns and rows: demand, barriers, priorities, gaps, councils."""

from __future__ import annotations

from collections.abc import Sequence

from csn_desktop.actions.network import CouncilEntry
from csn_desktop.domain.aggregation import NetworkPicture, is_suppressed
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.ui.network.figure_table import Column, Kind, Row, Value

PRIORITY_NAMES = {"grand_challenges": "UK grand challenge", "top_themes": "Theme most in need"}

DEMAND_COLUMNS = (
    Column("Rank", "Rank by the number of councils that need it but do not use it", Kind.COUNT),
    Column("Code"),
    Column("Need, not using", "Councils that need it (needed or essential) but do not use it",
           Kind.COUNT),
    Column("% of councils", "Those councils as a share of the councils in this selection",
           Kind.SHARE),
    Column("Answering", "Councils that gave a use status for this standard", Kind.COUNT),
    Column("Theme"),
    Column("Title"),
)  # fmt: skip
BARRIER_COLUMNS = (
    Column("Rank", "Rank by the number of councils citing the barrier", Kind.COUNT),
    Column("Barrier"),
    Column("Councils", "Councils citing the barrier for at least one standard", Kind.COUNT),
    Column("% of councils", "Share of the councils in this selection", Kind.SHARE),
    Column("Mentions", "Times the barrier was cited, over all standards", Kind.COUNT),
)
PRIORITY_COLUMNS = (
    Column("Question"),
    Column("Choice"),
    Column("Councils", "Councils choosing it", Kind.COUNT),
    Column("% of councils", "Share of the councils in this selection", Kind.SHARE),
)
GAP_COLUMNS = (
    Column("Council"),
    Column("Theme"),
    Column("Description", "The service the council wants to deliver"),
    Column("Impact"),
    Column("A standard should cover"),
)
COUNCIL_COLUMNS = tuple(
    Column(name)
    for name in (
        "Council", "GSS code", "Nation", "Region", "Authority type", "Period", "Status",
        "Origin", "Flag",
    )
)  # fmt: skip


def _share(count: int, councils: int) -> float | None:
    return count / councils if councils else None


def demand_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    rows = []
    for rank, f in enumerate(picture.ranked_demand(), start=1):
        standard = q.standard(f.code)
        theme = q.theme_label(standard.theme) if standard else ""
        title = standard.title if standard else ""
        values: list[Value] = [rank, f.code, f.demand, _share(f.demand, picture.councils)]
        small = is_suppressed(f.answered, minimum) or is_suppressed(picture.councils, minimum)
        rows.append(Row([*values, f.answered, theme, title], f.code, small))
    return rows


def barrier_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    question = q.question("standards.barriers")
    small = is_suppressed(picture.councils, minimum)
    return [
        Row(
            [rank, question.choice_label(b), c, _share(c, picture.councils), m],
            b,
            small or is_suppressed(c, minimum),
        )
        for rank, (b, m, c) in enumerate(picture.ranked_barriers(), start=1)
    ]


def priority_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    rows = []
    small = is_suppressed(picture.councils, minimum)
    for question_id, counts in picture.priorities.items():
        if not q.has_question(question_id):
            continue
        question = q.question(question_id)
        name = PRIORITY_NAMES.get(question_id, question.column_label)
        for choice, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            label = question.choice_label(choice)
            share = _share(n, picture.councils)
            rows.append(Row([name, label, n, share], choice, small or is_suppressed(n, minimum)))
    return rows


def gap_rows(q: Questionnaire, picture: NetworkPicture) -> list[Row]:
    theme = q.question("gaps.theme") if q.has_question("gaps.theme") else None
    impact = q.question("gaps.impact") if q.has_question("gaps.impact") else None
    return [
        Row(
            [
                g.council,
                theme.choice_label(g.theme) if theme and g.theme else "",
                g.description,
                impact.choice_label(g.impact) if impact and g.impact else "",
                g.should_cover or "",
            ]
        )
        for g in picture.gaps
    ]


def council_rows(entries: Sequence[CouncilEntry]) -> list[Row]:
    return [
        Row(
            [
                e.council, e.gss_code or "", e.nation, e.region, e.authority_type, e.period,
                e.status, e.origin, "edited after export" if e.flagged else "",
            ],
            e.assessment_id,
        )
        for e in entries
    ]  # fmt: skip

"""The network view's tables as columns and rows: demand, barriers, priorities, gaps, councils."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from csn_desktop.actions.network import CouncilEntry
from csn_desktop.domain.aggregation import NetworkPicture
from csn_desktop.domain.known_ids import (
    BARRIERS,
    GAP_IMPACT,
    GAP_THEME,
    NATIONAL_PRIORITIES,
    TOP_THEMES,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.suppression import Suppression
from csn_desktop.ui.network.figure_table import Column, Kind, Row, Value
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# The translation context of every text here (a module of plain functions, not a QObject).
CONTEXT = "NetworkRows"


PRIORITY_NAMES = {
    NATIONAL_PRIORITIES: QT_TRANSLATE_NOOP("NetworkRows", "National priority"),
    TOP_THEMES: QT_TRANSLATE_NOOP("NetworkRows", "Theme most in need"),
}

DEMAND_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Rank"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel", "Rank by the number of councils that need it but do not use it"
        ),
        Kind.COUNT,
    ),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Code")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Need, not using"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel", "Councils that need it (needed or essential) but do not use it"
        ),
        Kind.COUNT,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "% of councils"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel", "Those councils as a share of the councils in this selection"
        ),
        Kind.SHARE,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Answering"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils that gave a use status for this standard"),
        Kind.COUNT,
    ),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Theme")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Title")),
)
BARRIER_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Rank"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Rank by the number of councils citing the barrier"),
        Kind.COUNT,
    ),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Barrier")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel", "Councils citing the barrier for at least one standard"
        ),
        Kind.COUNT,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "% of councils"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Share of the councils in this selection"),
        Kind.SHARE,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Mentions"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Times the barrier was cited, over all standards"),
        Kind.COUNT,
    ),
)
PRIORITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Question")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Choice")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils choosing it"),
        Kind.COUNT,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "% of councils"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Share of the councils in this selection"),
        Kind.SHARE,
    ),
)
GAP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Council")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Theme")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Description"),
        QT_TRANSLATE_NOOP("FigureTableModel", "The service the council wants to deliver"),
    ),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Impact")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "A standard should cover")),
)
COUNCIL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Council")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "GSS code")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Nation")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Region")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Authority type")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Period")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Status")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Origin")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Flag")),
)


# The flag of a council whose submission's answers differ from the checksum written at export.
EDITED = QT_TRANSLATE_NOOP("NetworkRows", "edited after export")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _share(count: int, councils: int) -> float | None:
    return count / councils if councils else None


def demand_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    rows: list[Row] = []
    rule = Suppression(minimum)
    for rank, f in enumerate(picture.ranked_demand(), start=1):
        standard = q.standard(f.code)
        theme = q.theme_label(standard.theme) if standard else ""
        title = standard.title if standard else ""
        values: list[Value] = [rank, f.code, f.demand, _share(f.demand, picture.councils)]
        small = rule.withholds(f.demand, f.answered, picture.councils)
        rows.append(Row([*values, f.answered, theme, title], f.code, small))
    return rows


def barrier_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    question, rule = q.question(BARRIERS), Suppression(minimum)
    return [
        Row(
            [rank, question.choice_label(b), c, _share(c, picture.councils), m],
            b,
            rule.withholds(c, picture.councils, picture.councils),
        )
        for rank, (b, m, c) in enumerate(picture.ranked_barriers(), start=1)
    ]


def priority_rows(q: Questionnaire, picture: NetworkPicture, minimum: int) -> list[Row]:
    rows: list[Row] = []
    rule = Suppression(minimum)
    for question_id, counts in picture.priorities.items():
        if not q.has_question(question_id):
            continue
        question = q.question(question_id)
        name = (
            _tr(PRIORITY_NAMES[question_id])
            if question_id in PRIORITY_NAMES
            else question.column_label
        )
        for choice, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            label = question.choice_label(choice)
            share = _share(n, picture.councils)
            small = rule.withholds(n, picture.councils, picture.councils)
            rows.append(Row([name, label, n, share], choice, small))
    return rows


def gap_rows(q: Questionnaire, picture: NetworkPicture) -> list[Row]:
    theme = q.question(GAP_THEME) if q.has_question(GAP_THEME) else None
    impact = q.question(GAP_IMPACT) if q.has_question(GAP_IMPACT) else None
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
                e.status, e.origin, _tr(EDITED) if e.flagged else "",
            ],
            e.assessment_id,
        )
        for e in entries
    ]  # fmt: skip

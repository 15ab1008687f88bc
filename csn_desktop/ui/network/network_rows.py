"""The network view's tables as columns and rows: demand, barriers, priorities, gaps, councils."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from csn_desktop.actions.network import CouncilEntry
from csn_desktop.domain.disclosure import Count, Figure, Withheld
from csn_desktop.domain.known_ids import BARRIERS, GAP_IMPACT, GAP_THEME
from csn_desktop.domain.network_figures import NetworkFigures
from csn_desktop.ui.network.figure_table import Column, Kind, Row
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# The translation context of every text here (a module of plain functions, not a QObject).
CONTEXT = "NetworkRows"

RANK = Column(
    QT_TRANSLATE_NOOP("FigureTableModel", "Rank"),
    QT_TRANSLATE_NOOP(
        "FigureTableModel",
        "1 is the largest; equal figures share a rank; withheld figures have none and come last",
    ),
    Kind.COUNT,
)
DEMAND_COLUMNS = (
    RANK,
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Code")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Need, not using"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel", "Councils that need it (needed or essential) but do not use it"
        ),
        Kind.COUNT,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "% answering"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel",
            "Those councils as a share of the councils that gave a use status for the standard",
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
    RANK,
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
    RANK,
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Choice")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils choosing it"),
        Kind.COUNT,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "% answering"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Share of the councils that answered the question"),
        Kind.SHARE,
    ),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Answering"),
        QT_TRANSLATE_NOOP("FigureTableModel", "Councils that answered the question"),
        Kind.COUNT,
    ),
)
GAP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Theme")),
    Column(QT_TRANSLATE_NOOP("FigureTableModel", "Impact")),
    Column(
        QT_TRANSLATE_NOOP("FigureTableModel", "Description"),
        QT_TRANSLATE_NOOP(
            "FigureTableModel",
            "The service a council wants to deliver, quoted only with its consent and without "
            "its name, as the files quote it",
        ),
    ),
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


def _count(figure: Figure) -> Count:
    """A ranking's figure as the count of councils it is (rankings here rank counts)."""
    return figure if isinstance(figure, int | Withheld) else round(figure)


def demand_rows(figures: NetworkFigures) -> list[Row]:
    """Standards in the ranking's order: by councils in demand, withheld ones last."""
    q, rows = figures.questionnaire, []
    for ranked in figures.demand:
        code = ranked.item
        standard = q.standard(code)
        theme = q.theme_label(standard.theme) if standard else ""
        title = standard.title if standard else ""
        share = figures.demand_share(code, _count(ranked.figure))
        answering = figures.use.councils(code)
        rows.append(Row([ranked.rank, code, ranked.figure, share, answering, theme, title], code))
    return rows


def barrier_rows(figures: NetworkFigures) -> list[Row]:
    question = figures.questionnaire.question(BARRIERS)
    return [
        Row(
            [
                ranked.rank,
                question.choice_label(ranked.item),
                ranked.figure,
                figures.citing_share(_count(ranked.figure)),
                figures.barrier_mentions.get(ranked.item, ranked.figure),
            ],
            ranked.item,
        )
        for ranked in figures.barriers
    ]


def priority_rows(figures: NetworkFigures) -> list[Row]:
    """Each priority question's choices in the ranking's order (whatever its id in this version)."""
    q, rows = figures.questionnaire, []
    for question_id, ranking in figures.priorities.items():
        question = q.question(question_id)
        answering = figures.priority_answering.get(question_id)
        for ranked in ranking:
            share = figures.choosing_share(question_id, _count(ranked.figure))
            label = question.choice_label(ranked.item)
            values = [question.column_label, ranked.rank, label, ranked.figure, share, answering]
            rows.append(Row(values, ranked.item))
    return rows


def gap_rows(figures: NetworkFigures) -> list[Row]:
    """The gaps the files quote: consented, no council named (see ``NetworkFigures.gaps``)."""
    q = figures.questionnaire
    theme = q.question(GAP_THEME) if q.has_question(GAP_THEME) else None
    impact = q.question(GAP_IMPACT) if q.has_question(GAP_IMPACT) else None
    return [
        Row(
            [
                theme.choice_label(g.theme) if theme and g.theme else "",
                impact.choice_label(g.impact) if impact and g.impact else "",
                g.description,
                g.should_cover or "",
            ]
        )
        for g in figures.gaps
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

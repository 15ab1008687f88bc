"""The network workbook's ranked lists and quotes: Demand, Barriers, Priorities and Gaps."""

from __future__ import annotations

from csn_desktop.domain.known_ids import BARRIERS, GAP_IMPACT, GAP_THEME
from csn_desktop.domain.network_figures import NetworkFigures
from csn_desktop.exports.network_columns import (
    code_column,
    count_column,
    counted_answering,
    counted_questionnaire,
    rank_column,
    share_column,
    title_column,
    unit_text,
)
from csn_desktop.exports.network_table import Column, Kind, Sheet, Value, count_of
from csn_desktop.i18n import _


def demand_sheet(figures: NetworkFigures) -> Sheet:
    """Standards needed but not in use, most councils first; standards no council wants left out."""
    q = figures.questionnaire
    rows: list[list[Value]] = []
    for entry in figures.demand:
        if entry.figure == 0:
            continue
        standard = q.standard(entry.item)
        title = standard.title if standard else ""
        share = figures.demand_share(entry.item, count_of(entry))
        rows.append([entry.rank, entry.item, title, entry.figure, share])
    columns = (
        rank_column(),
        code_column(),
        title_column(),
        count_column(
            _("Councils"),
            _("Councils that need the standard (needed or essential) but do not use it."),
            counted_answering(),
        ),
        share_column(
            _("Share of those answering"),
            _("Those councils as a share of the councils answering for the standard."),
            counted_answering(),
        ),
    )
    return Sheet(
        _("Demand"),
        _("Most wanted: standards needed or essential but not in use"),
        _("Standards by the councils needing but not using them (none left out if any wants it)."),
        columns,
        rows,
    )


def barriers_sheet(figures: NetworkFigures) -> Sheet:
    """Barriers by the councils citing them."""
    question = figures.questionnaire.question(BARRIERS)
    rows: list[list[Value]] = [
        [
            entry.rank,
            question.choice_label(entry.item),
            entry.figure,
            figures.citing_share(count_of(entry)),
            figures.barrier_mentions.get(entry.item, entry.figure),
        ]
        for entry in figures.barriers
    ]
    columns = (
        rank_column(),
        Column(
            _("Barrier"),
            _("What holds a council back from using a standard."),
            counted_questionnaire(),
            unit_text(),
        ),
        count_column(
            _("Councils citing it"),
            _("Councils that cited the barrier for at least one standard."),
        ),
        share_column(
            _("Share of the selection"),
            _("Councils citing the barrier as a share of the councils in the selection."),
            _("Councils citing it divided by the councils in the selection."),
        ),
        Column(
            _("Mentions"),
            _("How often the barrier was cited: once per council and standard."),
            _("Council and standard pairs; withheld with the councils citing it."),
            _("mentions (a whole number), or “withheld”"),
            Kind.FIGURE,
        ),
    )
    return Sheet(
        _("Barriers"),
        _("What holds councils back from using standards"),
        _("Barriers by the councils citing them."),
        columns,
        rows,
    )


def priorities_sheet(figures: NetworkFigures) -> Sheet:
    """Each priority question's choices by the councils choosing them."""
    q = figures.questionnaire
    rows: list[list[Value]] = []
    for question_id, ranked in figures.priorities.items():
        question = q.question(question_id)
        answering = figures.priority_answering.get(question_id, 0)
        for entry in ranked:
            rows.append(
                [
                    question.column_label,
                    entry.rank,
                    question.choice_label(entry.item),
                    entry.figure,
                    answering,
                    figures.choosing_share(question_id, count_of(entry)),
                ]
            )
    columns = (
        Column(
            _("Question"),
            _("The priority question of the questionnaire."),
            counted_questionnaire(),
            unit_text(),
            Kind.LONG_TEXT,
        ),
        rank_column(),
        Column(
            _("Choice"), _("One of the question's choices."), counted_questionnaire(), unit_text()
        ),
        count_column(_("Councils choosing it"), _("Councils that chose this answer.")),
        count_column(
            _("Councils answering"),
            _("Councils that answered the question."),
        ),
        share_column(
            _("Share of those answering"),
            _("Councils choosing it as a share of the councils answering the question."),
            _("Councils choosing it divided by the councils answering."),
        ),
    )
    return Sheet(
        _("Priorities"),
        _("National priorities: what the councils chose"),
        _("The choices of each priority question by the councils choosing them."),
        columns,
        rows,
    )


def gaps_sheet(figures: NetworkFigures) -> Sheet:
    """Gaps the councils described: consented and anonymised, or every one under its council."""
    q = figures.questionnaire
    theme_question = q.question(GAP_THEME) if q.has_question(GAP_THEME) else None
    impact_question = q.question(GAP_IMPACT) if q.has_question(GAP_IMPACT) else None
    rows: list[list[Value]] = []
    for gap in figures.gaps:
        theme = gap.theme or ""
        if theme and theme_question:
            theme = theme_question.choice_label(theme)
        elif theme:
            theme = q.theme_label(theme)
        impact = gap.impact or ""
        if impact and impact_question:
            impact = impact_question.choice_label(impact)
        row: list[Value] = [theme, impact, gap.description, gap.should_cover or ""]
        rows.append([gap.council or "", *row] if figures.restricted else row)
    if not rows:
        rows.append(["", "", _no_gaps(figures), ""])
        if figures.restricted:
            rows[0].insert(0, "")
    quoted = (
        _("Every gap described, under its council.")
        if figures.restricted
        else _(
            "Only gaps of councils that agreed to be quoted, with the council's names replaced "
            "by “[the council]”."
        )
    )
    columns = [
        Column(_("Theme"), _("The theme the gap is about."), quoted, unit_text()),
        Column(_("Impact"), _("How much the gap holds the council back."), quoted, unit_text()),
        Column(
            _("Description"),
            _("The service the council wants to deliver and what holds it back."),
            quoted,
            _("text, the council's own words"),
            Kind.LONG_TEXT,
        ),
        Column(
            _("What a standard should cover"),
            _("What the council would want a standard to cover."),
            quoted,
            _("text, the council's own words"),
            Kind.LONG_TEXT,
        ),
    ]
    if figures.restricted:
        council = Column(
            _("Council"), _("The council that described the gap."), quoted, unit_text()
        )
        columns.insert(0, council)
    return Sheet(
        _("Gaps"),
        _("Gaps: services held back by a missing or conflicting standard"),
        quoted,
        tuple(columns),
        rows,
    )


def _no_gaps(figures: NetworkFigures) -> str:
    if figures.all_withheld:
        return _("Withheld: the selection has fewer councils than the minimum group size.")
    if figures.restricted:
        return _("No council in the selection described a gap.")
    return _(
        "No gap can be quoted: no council in the selection described one, or none of those "
        "that did agreed to be quoted."
    )

"""The network workbook's summary sheets: About, Response, Standards and Themes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from csn_desktop.domain.disclosure import Ranked
from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.network_figures import GroupCount, NetworkFigures, selection_text
from csn_desktop.domain.questionnaire import Question
from csn_desktop.exports.info import utc_iso
from csn_desktop.exports.network_columns import (
    code_column,
    count_column,
    counted_answering,
    counted_catalogue,
    share_column,
    theme_column,
    title_column,
    unit_text,
)
from csn_desktop.exports.network_table import Column, Kind, Sheet, Value, count_of
from csn_desktop.i18n import N_, _

TITLE = N_("City Standards Network: the picture across councils")


def about_sheet(figures: NetworkFigures, generated_at: datetime, sheets: Sequence[Sheet]) -> Sheet:
    """What the workbook is about, how it was counted, and what each sheet holds."""
    q = figures.questionnaire
    if figures.restricted:
        audience = _(
            "Restricted: for the network's staff only. Nothing is withheld; councils are named."
        )
    else:
        audience = _("Publishable: figures across councils only, no council named.")
    rows: list[list[Value]] = [[_("Audience"), audience]]
    rows += [[_("Notice"), notice] for notice in figures.notices()]
    rows += [
        [_("Selection"), selection_text(figures.filters)],
        [_("Period"), figures.filters.period or ""],
        [_("Councils in the selection"), figures.councils],
        [_("Councils that exist in these places"), figures.existing],
        [_("Response rate"), figures.response_rate],
    ]
    if figures.filters.include_drafts:
        rows.append([_("Drafts among the councils counted"), figures.drafts])
    if figures.filters.include_other_organisations:
        rows.append([_("Organisations that are not councils"), figures.other_organisations])
    rows += [
        [_("Minimum group size"), figures.minimum],
        [
            _("Questionnaire"),
            _("{title} ({questionnaire} version {version})").format(
                title=q.title, questionnaire=q.id, version=q.version
            ),
        ],
        [_("Generated at"), utc_iso(generated_at)],
    ]
    sheet_label = _("Sheet “{name}”")
    rows += [[sheet_label.format(name=s.name), s.summary] for s in sheets]
    columns = (
        Column(_("Item"), _("What the line is about."), _("Not counted."), unit_text()),
        Column(
            _("Value"),
            _("The line's value: words, a number of councils or a share."),
            _("As the item says; withheld figures read “withheld”."),
            _("text, councils or a share"),
            Kind.LONG_TEXT,
        ),
    )
    return Sheet(
        _("About"),
        _(TITLE),
        _("What this workbook holds and how it was counted."),
        columns,
        rows,
    )


def response_sheet(figures: NetworkFigures) -> Sheet:
    """Councils per nation and per authority type, against the councils that exist there."""
    rows: list[list[Value]] = [
        [
            _("Selection"),
            _("All councils in the selection"),
            "",
            figures.councils,
            figures.existing,
            figures.response_rate,
        ]
    ]
    for breakdown, groups in (
        (_("Nation"), figures.nations),
        (_("Authority type"), figures.authority_types),
    ):
        rows += [[breakdown, g.label, _merged(g), g.councils, g.existing, g.rate] for g in groups]
    columns = (
        Column(
            _("Breakdown"),
            _("What the councils are grouped by: nation or authority type."),
            _("Not counted."),
            unit_text(),
        ),
        Column(
            _("Group"),
            _("The nation or authority type; groups too small to show are merged."),
            _("Groups with fewer councils than the minimum are merged into “Other …”."),
            unit_text(),
        ),
        Column(
            _("Merged groups"),
            _("For a merged group, the nations or authority types it holds."),
            _("Not counted."),
            unit_text(),
            Kind.LONG_TEXT,
        ),
        count_column(_("Councils"), _("Councils of the group in the selection.")),
        Column(
            _("Councils that exist"),
            _("Current councils of the group, from the bundled list of authorities."),
            _("Every current council in the selection's places, whether it answered or not."),
            _("councils (a whole number)"),
            Kind.FIGURE,
        ),
        share_column(
            _("Response rate"),
            _("Councils in the selection as a share of the councils that exist."),
            _("Councils divided by councils that exist; withheld with the councils."),
        ),
    )
    return Sheet(
        _("Response"),
        _("Who answered: councils per nation and per authority type"),
        _("Councils and response rate per nation and per authority type."),
        columns,
        rows,
    )


def _merged(group: GroupCount) -> str:
    if group.members == (group.label,):
        return ""
    return ", ".join(group.members)


def _use_need(figures: NetworkFigures) -> tuple[Question, Question]:
    q = figures.questionnaire
    return q.question(USE_STATUS), q.question(NEED)


def _choice_columns(figures: NetworkFigures, counted: str, of: str) -> list[Column]:
    use, need = _use_need(figures)
    columns = [
        share_column(
            _("Use: {choice}").format(choice=c.label),
            _("Share of {of} whose use status is “{choice}”.").format(of=of, choice=c.label),
            counted,
        )
        for c in use.choices
    ]
    columns += [
        share_column(
            _("Need: {choice}").format(choice=c.label),
            _("Share of {of} whose need is “{choice}”.").format(of=of, choice=c.label),
            counted,
        )
        for c in need.choices
    ]
    return columns


def standards_sheet(figures: NetworkFigures) -> Sheet:
    """Per standard, in catalogue order: councils answering, use and need shares, demand."""
    q = figures.questionnaire
    use, need = _use_need(figures)
    demand = {entry.item: entry for entry in figures.demand}
    rows: list[list[Value]] = []
    for standard in q.standards:
        code = standard.code
        row: list[Value] = [
            code,
            standard.title,
            q.theme_label(standard.theme),
            figures.use.councils(code),
        ]
        wanted: Ranked[str] | None = demand.get(code)
        if figures.use.councils(code) == 0:
            # No council answered for it: there is no share to show, withheld or not.
            row += [None] * (len(use.choices) + len(need.choices))
            row += [wanted.figure if wanted else None, None]
        else:
            row += [figures.use.share(code, c.id) for c in use.choices]
            row += [figures.need.share(code, c.id) for c in need.choices]
            row += (
                [wanted.figure, figures.demand_share(code, count_of(wanted))]
                if wanted
                else ["", ""]
            )
        rows.append(row)
    of = _("the councils answering for the standard")
    columns = [
        code_column(),
        title_column(),
        theme_column(),
        count_column(
            _("Councils answering"),
            _("Councils that gave a use status for the standard."),
            counted_answering(),
        ),
        *_choice_columns(figures, counted_answering(), of),
        count_column(
            _("Demand (councils)"),
            _("Councils that need the standard (needed or essential) but do not use it."),
            counted_answering(),
        ),
        share_column(
            _("Demand share"),
            _("Demand as a share of the councils answering for the standard."),
            counted_answering(),
        ),
    ]
    return Sheet(
        _("Standards"),
        _("Each standard: how the councils answering use it and need it"),
        _("One row per standard: use, need and demand as shares of the councils answering."),
        tuple(columns),
        rows,
    )


def themes_sheet(figures: NetworkFigures) -> Sheet:
    """Per theme: use and need shares pooled over the theme's published standards."""
    q = figures.questionnaire
    use, need = _use_need(figures)
    use_shares, need_shares = figures.theme_shares(figures.use), figures.theme_shares(figures.need)
    rows: list[list[Value]] = []
    for theme, standards in q.standards_by_theme():
        row: list[Value] = [theme.label, len(standards)]
        row += [use_shares[theme.id][c.id] for c in use.choices]
        row += [need_shares[theme.id][c.id] for c in need.choices]
        rows.append(row)
    pooled = _(
        "Pooled over the theme's standards whose every figure is published: the councils "
        "choosing it, summed, divided by the answers, summed. Withheld when no standard of the "
        "theme is published."
    )
    columns = [
        Column(
            _("Theme"), _("A theme of the standards catalogue."), counted_catalogue(), unit_text()
        ),
        Column(
            _("Standards in the theme"),
            _("How many standards of the catalogue belong to the theme."),
            counted_catalogue(),
            _("standards (a whole number)"),
            Kind.FIGURE,
        ),
        *_choice_columns(figures, pooled, _("the answers about the theme's standards")),
    ]
    return Sheet(
        _("Themes"),
        _("Each theme: use and need across its standards"),
        _("One row per theme: use and need as shares of the answers about its standards."),
        tuple(columns),
        rows,
    )

"""The network PDF's text and tables: cover, method, response rate, demand, barriers, priorities."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from csn_desktop.domain.disclosure import Ranked, Withheld, top
from csn_desktop.domain.known_ids import BARRIERS, IN_DEMAND, NEED, NOT_IN_USE, USE_STATUS
from csn_desktop.domain.network_figures import (
    GroupCount,
    NetworkFigures,
    councils_text,
    figure_text,
    selection_text,
)
from csn_desktop.exports.network_pdf_findings import listing, published
from csn_desktop.exports.network_pdf_parts import (
    NOTE,
    NOTICE,
    PROSE,
    RESTRICTED_NOTICE,
    audience_text,
    cell,
    data_table,
    heading,
    paragraph,
    percent,
)
from csn_desktop.exports.pdf_styles import BODY, CELL_BOLD, COVER_NAME, TITLE
from csn_desktop.i18n import N_, _, format_datetime, format_number

REPORT_TITLE = N_("City Standards Network: the picture across councils")
TOP_DEMAND = 20


def cover(figures: NetworkFigures, generated_at: datetime) -> list[Any]:
    """Title, the selection in words, the facts a reader checks first, and the notices."""
    q = figures.questionnaire
    facts = [
        (_("Period"), figures.filters.period or "—"),
        (_("Councils counted"), councils_text(figures.councils)),
        (_("Response rate"), percent(figures.response_rate)),
        (_("Audience"), audience_text(figures)),
        (_("Generated"), format_datetime(generated_at, "long")),
        (
            _("Questionnaire"),
            _("{title}, version {version}").format(title=q.title, version=q.version),
        ),
    ]
    table = Table(
        [[paragraph(k, CELL_BOLD), paragraph(v, BODY)] for k, v in facts],
        colWidths=[42 * mm, 128 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
    )
    story: list[Any] = [
        Spacer(1, 22 * mm),
        heading(_(REPORT_TITLE), 0, TITLE),
        paragraph(selection_text(figures.filters), COVER_NAME),
        table,
        Spacer(1, 6 * mm),
    ]
    for k, notice in enumerate(figures.notices()):
        style = RESTRICTED_NOTICE if figures.restricted and k == 0 else NOTICE
        story.append(paragraph(notice, style))
    return story


def method(figures: NetworkFigures) -> list[Any]:
    """What was selected and how it was counted, in plain words."""
    q = figures.questionnaire
    filters = figures.filters
    minimum = format_number(figures.minimum)
    words = [
        _(
            "The figures are about one period, {period}, and they count councils, not files: "
            "each council counts once, with its current assessment for the period. Where a "
            "council sent a newer version of its submission, only the newest counts."
        ).format(period=filters.period or "—"),
        _(
            "Drafts are included: a council's final assessment counts where it has one, "
            "otherwise its draft. Drafts may be unfinished and not yet signed off."
        )
        if filters.include_drafts
        else _("Only final, signed-off assessments are counted; drafts are left out."),
        _(
            "Organisations that are not councils (they have no GSS code) are included and "
            "counted with the councils."
        )
        if filters.include_other_organisations
        else _("Only councils are counted: organisations without a GSS code are left out."),
    ]
    if figures.restricted:
        words.append(
            _(
                "This is the restricted edition for the network's staff: nothing is withheld, "
                "councils are named and their gaps are quoted under their names."
            )
        )
    else:
        words += [
            _(
                "No figure is published about fewer than {minimum} councils. A count of one "
                "to {below} councils is withheld, and so is every figure about a standard that "
                "fewer than {minimum} councils answered for."
            ).format(minimum=minimum, below=format_number(max(figures.minimum - 1, 1))),
            _(
                "Where a withheld count could be worked out by taking the other counts of its "
                "row from the row's total, a second count is withheld as well (secondary "
                "suppression). Shares are worked out from published counts only, and a ranking "
                "never places a withheld figure: those come last, in alphabetical order."
            ),
            _(
                "Nations and types of authority with fewer than {minimum} councils answering are "
                "counted together as “Other”. Gaps are quoted only where the council agreed to "
                "be quoted, and without its name."
            ).format(minimum=minimum),
        ]
    words += [
        _(
            "A standard is in demand by a council that says it is {needs} but whose use of it "
            "is {uses}."
        ).format(
            needs=_choices(figures, NEED, IN_DEMAND), uses=_choices(figures, USE_STATUS, NOT_IN_USE)
        ),
        _(
            "Shares are of the councils that answered the question (for a standard: the "
            "councils that said how they use it), unless a table says otherwise."
        ),
        _("The questions are those of “{title}”, version {version}.").format(
            title=q.title, version=q.version
        ),
    ]
    return [
        heading(_("What was selected and how it was counted")),
        *(paragraph(w, PROSE) for w in words),
    ]


def response_rate(figures: NetworkFigures) -> list[Any]:
    """Councils answering against those that exist, in all, per nation and per type."""
    rate = figures.response_rate
    if isinstance(rate, Withheld):
        opening = _(
            "The number of councils answering is withheld: there are fewer than {minimum}. "
            "{existing} councils exist in the places selected."
        ).format(minimum=format_number(figures.minimum), existing=format_number(figures.existing))
    else:
        opening = _(
            "{councils} answered, of the {existing} councils that exist in the places selected: "
            "a response rate of {rate}."
        ).format(
            councils=councils_text(figures.councils),
            existing=format_number(figures.existing),
            rate=percent(rate),
        )
    story: list[Any] = [heading(_("Response rate")), paragraph(opening)]
    if figures.filters.include_drafts:
        story.append(
            paragraph(_("Drafts among them: {count}.").format(count=figure_text(figures.drafts)))
        )
    if figures.filters.include_other_organisations:
        story.append(
            paragraph(
                _(
                    "Organisations that are not councils: {count}. They count in the total but "
                    "in no nation or type of authority below."
                ).format(count=figure_text(figures.other_organisations))
            )
        )
    story += _groups(_("Nation"), figures.nations, _("By nation"))
    story += _groups(_("Type of authority"), figures.authority_types, _("By type of authority"))
    return story


def _groups(name: str, groups: Sequence[GroupCount], title: str) -> list[Any]:
    header = [name, _("Councils answering"), _("Councils that exist"), _("Response rate")]
    rows = [[cell(g.label), cell(g.councils), cell(g.existing), cell(g.rate)] for g in groups]
    story: list[Any] = [heading(title, 1), data_table(header, rows, [80, 30, 30, 30])]
    for group in groups:
        if len(group.members) > 1 or group.members != (group.label,):
            story.append(
                paragraph(
                    _("“{group}” counts together: {members}.").format(
                        group=group.label, members=listing(list(group.members))
                    ),
                    NOTE,
                )
            )
    return story


def demand(figures: NetworkFigures) -> list[Any]:
    """The standards most in demand, a tie at the end kept whole."""
    titles = {s.code: s.title for s in figures.questionnaire.standards}
    shown = top(published(figures.demand), TOP_DEMAND)
    story: list[Any] = [
        heading(_("Standards in demand")),
        paragraph(
            _(
                "The standards the most councils need (needed or essential) but do not use, up "
                "to {count} of them. Equal figures share a rank, and a tie at the end of the "
                "list is kept whole."
            ).format(count=format_number(TOP_DEMAND))
        ),
    ]
    if not shown.entries:
        story.append(paragraph(_("No standard's demand can be published for this selection.")))
        return story
    header = [_("Rank"), _("Standard"), _("Councils in demand"), _("Share of those answering")]
    rows = [
        [
            cell(_rank(r), number=True),
            cell(_("{code} {title}").format(code=r.item, title=titles.get(r.item, ""))),
            cell(r.figure if isinstance(r.figure, int) else 0),
            cell(figures.demand_share(r.item, r.figure if isinstance(r.figure, int) else 0)),
        ]
        for r in shown.entries
    ]
    story.append(data_table(header, rows, [14, 100, 28, 28]))
    if shown.left_out:
        story.append(
            paragraph(
                _("{count} more tied standards are left out.").format(
                    count=format_number(shown.left_out)
                ),
                NOTE,
            )
        )
    withheld = sum(isinstance(r.rank, Withheld) for r in figures.demand)
    if withheld:
        story.append(
            paragraph(
                _("For {count} standards the figure is withheld, so they are not ranked.").format(
                    count=format_number(withheld)
                ),
                NOTE,
            )
        )
    return story


def barriers(figures: NetworkFigures) -> list[Any]:
    """Every barrier in ranked order: councils citing it, their share, and mentions."""
    question = figures.questionnaire.question(BARRIERS)
    header = [
        _("Rank"),
        _("Barrier"),
        _("Councils citing it"),
        _("Share of the selection"),
        _("Mentions"),
    ]
    rows = [
        [
            cell(_rank(r), number=True),
            cell(question.choice_label(r.item)),
            cell(_count(r)),
            cell(figures.citing_share(_count(r))),
            cell(figures.barrier_mentions.get(r.item, 0)),
        ]
        for r in figures.barriers
    ]
    return [
        heading(_("Barriers")),
        paragraph(
            _(
                "What holds councils back from using standards they do not fully use. A "
                "mention is one standard a council gave the barrier for, so one council can "
                "make several."
            )
        ),
        data_table(header, rows, [14, 84, 24, 24, 24]),
    ]


def priorities(figures: NetworkFigures) -> list[Any]:
    """Each priority question's choices in ranked order, with shares of those answering it."""
    story: list[Any] = [heading(_("Priorities"))]
    if not figures.priorities:
        story.append(paragraph(_("This questionnaire asks no priority questions.")))
    for question_id, ranked in figures.priorities.items():
        question = figures.questionnaire.question(question_id)
        answering = figures.priority_answering.get(question_id, 0)
        rows = [
            [
                cell(_rank(r), number=True),
                cell(question.choice_label(r.item)),
                cell(_count(r)),
                cell(figures.choosing_share(question_id, _count(r))),
            ]
            for r in ranked
        ]
        # A question's table is short: kept on one page with its heading.
        story.append(
            KeepTogether(
                [
                    heading(question.label, 1),
                    paragraph(
                        _("Councils answering this question: {count}.").format(
                            count=figure_text(answering)
                        ),
                        NOTE,
                    ),
                    data_table(
                        [_("Rank"), _("Choice"), _("Councils"), _("Share of those answering")],
                        rows,
                        [14, 100, 28, 28],
                    ),
                ]
            )
        )
    return story


def _rank(entry: Ranked[str]) -> str:
    return "" if isinstance(entry.rank, Withheld) else format_number(entry.rank)


def _count(entry: Ranked[str]) -> int | Withheld:
    return entry.figure if isinstance(entry.figure, int | Withheld) else round(entry.figure)


def _choices(figures: NetworkFigures, question_id: str, wanted: frozenset[str]) -> str:
    question = figures.questionnaire.question(question_id)
    labels = [f"“{c.label.lower()}”" for c in question.choices if c.id in wanted]
    # TRANSLATORS: joins the last two of several alternatives, e.g. "needed or essential".
    if len(labels) > 1:
        return _("{items} or {last}").format(items=", ".join(labels[:-1]), last=labels[-1])
    return "".join(labels)

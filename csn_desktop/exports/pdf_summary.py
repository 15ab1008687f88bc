"""The report's opening: page 1 (facts, summary, actions), contents, what is missing, figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.place_names import local_place
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType
from csn_desktop.domain.report_summary import MOST_ACTIONS, ReportSummary
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.pdf_charts import share_chart
from csn_desktop.exports.pdf_contents import Contents
from csn_desktop.exports.pdf_pages import ACCENT, BODY_WIDTH, status_words
from csn_desktop.exports.pdf_styles import (
    BODY,
    CELL,
    CELL_BOLD,
    COVER_NAME,
    FIGURE,
    GRID,
    H1,
    H2,
    H3,
    HEAD_CELL,
    MISSING,
    SMALL,
    TITLE,
    grid,
    text,
)
from csn_desktop.exports.pdf_text import SANS_BOLD
from csn_desktop.i18n import N_, _, format_date, format_number, ngettext

# Looks like a top heading but is not one: the contents do not list themselves.
CONTENTS = ParagraphStyle("contents", parent=H1)
ACTION_HEAD = ParagraphStyle("action_head", parent=BODY, fontName=SANS_BOLD, textColor=ACCENT)
NOT_ANSWERED = N_("Not answered yet")
SIGN_OFF = ("approved_by_name", "approved_by_role", "approved_on")  # not translated: question ids


def first_page(
    info: ExportInfo, questionnaire: Questionnaire, answers: Answers, summary: ReportSummary
) -> list[Any]:
    """Council, period, status, completeness, sign-off, the summary in words and the actions."""
    progress = summary.progress
    complete = ngettext(
        "{answered} of {required} required answer ({percent}%)",
        "{answered} of {required} required answers ({percent}%)",
        progress.required,
    ).format(
        answered=format_number(progress.answered),
        required=format_number(progress.required),
        percent=format_number(progress.percent),
    )
    status = status_words(info)
    if info.finalised_at is not None and not info.is_draft:
        status = _("{status}, finalised {day}").format(
            status=status, day=format_date(info.finalised_at.astimezone().date())
        )
    facts = [
        (_("Period"), info.period),
        (_("Status"), status),
        (_("Completeness"), complete),
        (_("Signed off by"), _sign_off(answers)),
        (
            _("Authority"),
            ", ".join(local_place(p) for p in (info.organisation_type, info.region) if p) or "—",
        ),
        (_("Exported"), format_date(info.exported_at.astimezone().date())),
    ]
    rows = [[text(k, CELL_BOLD), text(v, CELL)] for k, v in facts]
    table = Table(rows, colWidths=[34 * mm, BODY_WIDTH - 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    flow: list[Any] = [
        Spacer(1, 12 * mm),
        text(questionnaire.title, TITLE),
        text(info.shown_name(), COVER_NAME),
        table,
        Spacer(1, 4 * mm),
        text(_("Summary"), H1),
        text(" ".join(summary.sentences), BODY),
        text(_("What to act on"), H2),
    ]
    return flow + _actions(summary)


def _sign_off(answers: Answers) -> str:
    name, role, day = (answers.get(q) for q in SIGN_OFF)
    if not name:
        return _("Not signed off yet")
    parts = [str(name), str(role) if role else ""]
    if isinstance(day, str):
        try:
            parts.append(format_date(date.fromisoformat(day)))
        except ValueError:
            parts.append(day)
    return ", ".join(p for p in parts if p)


def _actions(summary: ReportSummary) -> list[Any]:
    items: list[tuple[str, str]] = []
    if not summary.complete:
        items.append(
            (
                _("Finish the assessment"),
                ngettext(
                    "{count} required answer is still missing: see “Still to answer”.",
                    "{count} required answers are still missing: see “Still to answer”.",
                    len(summary.missing),
                ).format(count=format_number(len(summary.missing))),
            )
        )
    room = MOST_ACTIONS - len(items)
    for action in summary.actions[:room]:
        barriers = ", ".join(action.barriers) or _("none given")
        items.append(
            (
                _("Plan the use of {code}, {title}").format(code=action.code, title=action.title),
                # TRANSLATORS: under an action: its need, its theme, then its barriers.
                _("{need} · {theme} · What stands in the way: {barriers}").format(
                    need=action.need, theme=action.theme, barriers=barriers
                ),
            )
        )
    if not items:
        items.append((_("Nothing to act on now"), _("No standard is a priority gap.")))
    rest = len(summary.gaps) - min(room, len(summary.actions))
    rows = [
        [text(format_number(n), ACTION_HEAD), [text(head, ACTION_HEAD), text(detail, BODY)]]
        for n, (head, detail) in enumerate(items, 1)
    ]
    table = Table(rows, colWidths=[7 * mm, BODY_WIDTH - 7 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ]
        )
    )
    flow: list[Any] = [table]
    if rest > 0:
        more = ngettext(
            "{count} more priority gap is listed under “Priority gaps”.",
            "{count} more priority gaps are listed under “Priority gaps”.",
            rest,
        ).format(count=format_number(rest))
        flow.append(text(more, SMALL))
    return flow


def contents() -> list[Any]:
    """A table of contents, its entries filled in by ``pdf_editions.edition_contents``."""
    return [text(_("Contents"), CONTENTS), Contents([])]


def still_to_answer(questionnaire: Questionnaire, summary: ReportSummary) -> list[Any]:
    """The required answers not given yet, one row per question (matrix fields counted)."""
    flow: list[Any] = [
        text(_("Still to answer"), H1),
        text(
            _(
                "This is not a complete assessment. These required answers are missing; until "
                "they are given, figures and charts cover only what has been answered."
            ),
            BODY,
        ),
        Spacer(1, 2 * mm),
    ]
    grouped: dict[tuple[str, str], list[str]] = {}
    for missing in summary.missing:
        grouped.setdefault((missing.section_id, missing.question_id), []).append(missing.item_key)
    sections = {s.id: s.title for s in questionnaire.sections}
    rows: list[list[Any]] = [[text(_("Section"), HEAD_CELL), text(_("Answer"), HEAD_CELL)]]
    for (section_id, question_id), keys in grouped.items():
        question = questionnaire.question(question_id)
        label = question.label
        in_matrix = False
        if "." in question_id:
            parent = questionnaire.question(question_id.rsplit(".", 1)[0])
            in_matrix = parent.type is QuestionType.STANDARDS_MATRIX
            label = _("{group}: {field}").format(group=parent.label, field=question.label)
        shown = [k for k in keys if k]
        if shown and in_matrix:
            label += " — " + ngettext("{count} standard", "{count} standards", len(shown)).format(
                count=format_number(len(shown))
            )
        elif shown:
            label += " — " + ngettext("{count} entry", "{count} entries", len(shown)).format(
                count=format_number(len(shown))
            )
        rows.append([text(sections.get(section_id, section_id), CELL), text(label, CELL)])
    return [*flow, grid(rows, [50 * mm, BODY_WIDTH - 50 * mm])]


def at_a_glance(summary: ReportSummary) -> list[Any]:
    """The figures and the chart of shares by theme (or plainly nothing, when none is answered)."""
    flow: list[Any] = [text(_("At a glance"), H1)]
    gaps = len(summary.gaps)
    figures = [
        (
            summary.answered,
            ngettext(
                "of {total} standard answered",
                "of {total} standards answered",
                summary.standards,
            ).format(total=format_number(summary.standards)),
        ),
        (summary.in_use, _("in use, at least in part")),
        (summary.needed, _("needed or essential")),
        (gaps, ngettext("priority gap", "priority gaps", gaps)),
    ]
    cells = [
        [text(format_number(n), FIGURE) for n, _words in figures],
        [text(words, SMALL) for _n, words in figures],
    ]
    table = Table(cells, colWidths=[BODY_WIDTH / len(figures)] * len(figures))
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT)]))
    flow += [table, Spacer(1, 4 * mm)]
    heading = text(_("Standards in use and needed, by theme"), H3)
    if summary.answered == 0:
        return [*flow, heading, text(_(NOT_ANSWERED), MISSING)]
    note = text(
        _(
            "Each bar is a share of the theme's standards in the catalogue; a standard not "
            "answered counts as neither in use nor needed."
        ),
        SMALL,
    )
    chart = share_chart(summary.themes, BODY_WIDTH)
    return [*flow, KeepTogether([heading, note, Spacer(1, 2 * mm), chart])]

"""The network PDF's gaps, grouped by theme and impact, and the restricted list of councils."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Spacer

from csn_desktop.domain.aggregation import FINAL, Submission
from csn_desktop.domain.known_ids import (
    GAP_DESCRIPTION,
    GAP_IMPACT,
    IN_USE,
    USE_STATUS,
)
from csn_desktop.domain.network_figures import NetworkFigures, QuotedGap
from csn_desktop.domain.place_names import local_place
from csn_desktop.exports.network_pdf_parts import H4, NOTE, cell, data_table, heading, paragraph
from csn_desktop.exports.pdf_styles import BODY, long_text
from csn_desktop.i18n import _, format_number, ngettext

MAX_PER_THEME = 8  # so that one theme's many gaps leave room for every other theme
MAX_CHARACTERS = 900  # of one description: a page of gaps holds several councils' views
GAP_TEXT = ParagraphStyle("gap_text", parent=BODY, leftIndent=8)
GAP_NOTE = ParagraphStyle("gap_note", parent=NOTE, leftIndent=8, spaceAfter=5)
COUNCIL = ParagraphStyle("gap_council", parent=H4, fontSize=9, spaceBefore=4, leftIndent=8)


def gaps(figures: NetworkFigures) -> list[Any]:
    """The quoted gaps, the gravest first within each theme, at most ``MAX_PER_THEME`` each."""
    story: list[Any] = [heading(_("Gaps in standards"))]
    if figures.all_withheld and not figures.restricted:
        story.append(
            paragraph(
                _(
                    "No gap is quoted: this selection has fewer than {minimum} councils, and a "
                    "quote could point to one of them."
                ).format(minimum=format_number(figures.minimum))
            )
        )
        return story
    if not figures.gaps:
        story.append(paragraph(_no_gaps(figures)))
        return story
    story.append(paragraph(_intro(figures)))
    themes = {t.id: t.label for t in figures.questionnaire.themes}
    impact_question = (
        figures.questionnaire.question(GAP_IMPACT)
        if figures.questionnaire.has_question(GAP_IMPACT)
        else None
    )
    shown = 0
    for theme, in_theme in groupby(figures.gaps, key=lambda g: g.theme):
        listed = list(in_theme)
        kept = listed[:MAX_PER_THEME]
        shown += len(kept)
        title = themes.get(theme or "", theme or _("No theme given"))
        story.append(heading(title, 1))
        for impact, in_impact in groupby(kept, key=lambda g: g.impact):
            label = (
                impact_question.choice_label(impact)
                if impact_question is not None and impact
                else _("Impact not given")
            )
            story.append(heading(label, 2))
            for gap in in_impact:
                story += _gap(gap)
        if len(listed) > len(kept):
            left = len(listed) - len(kept)
            story.append(
                paragraph(
                    ngettext(
                        "… and {count} more gap on this theme, not shown here.",
                        "… and {count} more gaps on this theme, not shown here.",
                        left,
                    ).format(count=format_number(left)),
                    NOTE,
                )
            )
    if shown < len(figures.gaps):
        story.append(Spacer(1, 6))
        story.append(
            paragraph(
                _(
                    "{shown} of the {total} gaps are shown here, at most {most} on each theme; "
                    "{left} more are not shown."
                ).format(
                    shown=format_number(shown),
                    total=format_number(len(figures.gaps)),
                    most=format_number(MAX_PER_THEME),
                    left=format_number(len(figures.gaps) - shown),
                )
            )
        )
    return story


def _intro(figures: NetworkFigures) -> str:
    if figures.restricted:
        return _(
            "Every gap the councils described, under the council's name, grouped by theme and "
            "the gravest first. Long descriptions are shortened."
        )
    return _(
        "Services councils want to deliver where a missing or conflicting standard holds them "
        "back, quoted only from councils that agreed to be quoted, and without their names: a "
        "council's own name is replaced by “[the council]”. Grouped by theme, the gravest "
        "first; long descriptions are shortened."
    )


def _no_gaps(figures: NetworkFigures) -> str:
    if figures.restricted:
        return _("No council in this selection described a gap.")
    return _(
        "No gap is quoted: gaps are quoted only from councils that agreed to be quoted, and no "
        "council in this selection both described a gap and agreed."
    )


def _gap(gap: QuotedGap) -> list[Any]:
    flowables: list[Any] = []
    if gap.council is not None:
        flowables.append(paragraph(gap.council, COUNCIL))
    flowables += long_text(shorten(gap.description), GAP_TEXT)
    if gap.should_cover:
        flowables.append(
            paragraph(
                _("A standard should cover: {text}").format(text=shorten(gap.should_cover)),
                GAP_NOTE,
            )
        )
    else:
        flowables.append(Spacer(1, 5))
    # A short gap stays on one page; a long one may flow on (KeepTogether splits if it must).
    return [KeepTogether(flowables)]


def shorten(text: str, limit: int = MAX_CHARACTERS) -> str:
    """``text`` cut at a word before ``limit`` characters, and said to be shortened."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return _("{text} … (shortened)").format(text=cut.rstrip(" ,;:."))


def councils_table(figures: NetworkFigures, submissions: Sequence[Submission]) -> list[Any]:
    """Restricted only: one row per council in the selection, its status and how much it said."""
    codes = [s.code for s in figures.questionnaire.standards]
    header = [
        _("Council"),
        _("GSS code"),
        _("Nation"),
        _("Type"),
        _("Status"),
        _("Standards in use"),
        _("Gaps described"),
    ]
    rows = [
        [
            cell(s.council),
            cell(s.gss_code or "—"),
            cell(local_place(s.nation)),
            cell(s.authority_type),
            cell(_("Final") if s.status == FINAL else _("Draft")),
            cell(sum(s.answers.get(USE_STATUS, code) in IN_USE for code in codes)),
            cell(_gaps_described(s)),
        ]
        for s in sorted(submissions, key=lambda s: s.council.casefold())
    ]
    return [
        heading(_("Councils in this selection")),
        paragraph(
            _(
                "RESTRICTED: each council counted above, with its status, how many standards it "
                "uses (partly, fully or certified) and how many gaps it described."
            )
        ),
        data_table(header, rows, [40, 20, 20, 30, 15, 23, 22]),
    ]


def _gaps_described(submission: Submission) -> int:
    return len(
        {
            key.item_key
            for key, value in submission.answers
            if key.question_id == GAP_DESCRIPTION and isinstance(value, str) and value.strip()
        }
    )

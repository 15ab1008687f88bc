"""The report's "Since 2025/26" section: how the standards matrix moved since then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.period_changes import PeriodChanges, StandardChange, headline
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.pdf_pages import ACCENT, BODY_WIDTH
from csn_desktop.exports.pdf_styles import BODY, CELL, CELL_BOLD, H1, H3, HEAD_CELL, MISSING, text
from csn_desktop.i18n import _, format_number

_GRID = colors.HexColor("#C8D0D8")
_STRIPE = colors.HexColor("#F3F6F9")
# Room a list's heading needs with its first rows, so that it is never alone at a page's foot.
_HEADING_ROOM = 35 * mm


def section_title(changes: PeriodChanges) -> str:
    """The section's heading, "Since 2025/26" (also its bookmark)."""
    return _("Since {period}").format(period=changes.earlier_period)


def changes_section(questionnaire: Questionnaire, changes: PeriodChanges) -> list[Any]:
    """The section's flowables: a sentence, then one table per kind of change that happened."""
    flow: list[Any] = [
        text(section_title(changes), H1),
        text(headline(changes), BODY),
        text(
            _(
                "Compared with the council's own answers for {period}. A priority gap is a "
                "standard the council needs, or finds essential, but does not use yet."
            ).format(period=changes.earlier_period),
            BODY,
        ),
        Spacer(1, 3 * mm),
    ]
    words = _Words(questionnaire)
    # TRANSLATORS: the heading of the column of a standard's earlier answers, e.g. "In 2025/26".
    then = _("In {period}").format(period=changes.earlier_period)
    parts: list[tuple[str, tuple[StandardChange, ...], Callable[[StandardChange], list[str]]]] = [
        (_("Standards newly in use"), changes.newly_in_use, words.use),
        (_("Standards no longer in use"), changes.no_longer_in_use, words.use),
        (_("Needs met: priority gaps now closed by use"), changes.needs_met, words.use),
        (_("Needs that grew"), changes.needs_grew, words.need),
        (_("New priority gaps"), changes.new_gaps, words.both),
        (_("Priority gaps closed because the need fell"), changes.closed_gaps, words.both),
    ]
    for heading, rows, describe in parts:
        if rows:
            flow += [CondPageBreak(_HEADING_ROOM), *_table(heading, rows, describe, then)]
    if not changes.anything:
        flow.append(
            text(
                _("No standard's use or need changed since {period}.").format(
                    period=changes.earlier_period
                ),
                MISSING,
            )
        )
    return flow


class _Words:
    """A standard's use status and need in the questionnaire's words; "—" where unanswered."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.q = questionnaire

    def _label(self, question_id: str, value: str | None) -> str:
        if value is None or not self.q.has_question(question_id):
            return "—"
        return self.q.question(question_id).choice_label(value)

    def use(self, row: StandardChange) -> list[str]:
        return [self._label(USE_STATUS, row.use_before), self._label(USE_STATUS, row.use_now)]

    def need(self, row: StandardChange) -> list[str]:
        return [self._label(NEED, row.need_before), self._label(NEED, row.need_now)]

    def both(self, row: StandardChange) -> list[str]:
        # TRANSLATORS: a standard's use status and need in one cell, e.g. "Planning; essential".
        pair = _("{use}; {need}")
        use, need = self.use(row), self.need(row)
        return [pair.format(use=use[0], need=need[0]), pair.format(use=use[1], need=need[1])]


def _table(
    heading: str,
    rows: tuple[StandardChange, ...],
    describe: Callable[[StandardChange], list[str]],
    then_heading: str,
) -> list[Any]:
    title = _("{heading} ({count})").format(heading=heading, count=format_number(len(rows)))
    heads = [_("Standard"), then_heading, _("Now")]
    cells: list[list[Any]] = [[text(h, HEAD_CELL) for h in heads]]
    for row in rows:
        then, now = describe(row)
        name = [text(row.standard.code, CELL_BOLD), text(row.standard.title, CELL)]
        cells.append([name, text(then, CELL), text(now, CELL)])
    side = (BODY_WIDTH - 80 * mm) / 2
    table = Table(cells, colWidths=[80 * mm, side, side], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _STRIPE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [text(title, H3), table]

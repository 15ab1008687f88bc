"""The PDF report: cover, one-page summary, priority gaps, the council's gaps, every answer."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO, assert_never

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.comparison import Comparison
from csn_desktop.domain.known_ids import BARRIERS_FIELD, NEED_FIELD, USE_STATUS_FIELD
from csn_desktop.domain.period_changes import PeriodChanges
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.report_summary import report_summary
from csn_desktop.domain.standards_use import priority_gaps
from csn_desktop.exports.choices import answer_words
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.pdf_changes import changes_section
from csn_desktop.exports.pdf_compare import compare_section
from csn_desktop.exports.pdf_edition_marks import LanguageMark
from csn_desktop.exports.pdf_editions import edition_contents
from csn_desktop.exports.pdf_pages import BODY_WIDTH, NumberedCanvas, ReportTemplate
from csn_desktop.exports.pdf_styles import (
    BODY,
    CELL,
    CELL_BOLD,
    GRID,
    H1,
    H2,
    H3,
    HEAD_CELL,
    MISSING,
    MISSING_CELL,
    QUESTION,
    SMALL,
    STRIPE,
    grid,
    link,
    long_text,
    text,
)
from csn_desktop.exports.pdf_summary import (
    NOT_ANSWERED,
    at_a_glance,
    contents,
    first_page,
    still_to_answer,
)
from csn_desktop.exports.pdf_text import describe_missing, noting_missing, register_fonts
from csn_desktop.i18n import N_, _, format_date, format_number, language, ngettext, using_language

log = logging.getLogger(__name__)
# The heading of the council's own gaps, also named where every answer is listed.
DESCRIBED_GAPS = N_("Gaps your council described")


@dataclass(frozen=True, slots=True)
class Edition:
    """The report in one language: the questionnaire's texts, changes and comparison in it."""

    language: str
    questionnaire: Questionnaire
    changes: PeriodChanges | None = None
    comparison: Comparison | None = None


def write_report(
    stream: BinaryIO,
    info: ExportInfo,
    questionnaire: Questionnaire,
    answers: Answers,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    changes: PeriodChanges | None = None,
    comparison: Comparison | None = None,
    editions: Sequence[Edition] = (),
) -> None:
    """Write the report of one assessment as PDF to a binary stream; ``changes`` since the
    council's earlier period, when it has one, make a section of their own.

    ``comparison`` (from a loaded peer benchmark) adds the "How you compare" section.
    ``editions``: the report in each language in turn, in one PDF (bilingual: Welsh, then
    English); without them, one report in the language messages are in.

    A letter no bundled font has prints as a visible replacement; wrap the call in
    ``pdf_text.noting_missing()`` to learn which, and warn.
    """
    register_fonts()
    steps = Steps(1, progress, cancelled)
    steps.check()
    if not editions:
        editions = [Edition(language(), questionnaire, changes, comparison)]
    with noting_missing() as missing:
        story: list[Any] = []
        for number, edition in enumerate(editions):
            with using_language(edition.language):
                if number:  # the next edition starts on a cover page of its own
                    story += [NextPageTemplate("cover"), LanguageMark(edition.language)]
                    story.append(PageBreak())
                else:
                    story.append(LanguageMark(edition.language))
                report = _Report(
                    info, edition.questionnaire, answers, edition.changes, edition.comparison
                )
                story += report.story()
        with using_language(editions[0].language):
            titles = [e.questionnaire.title for e in editions]
            steps.total = len(story) + 1
            template = ReportTemplate(stream, info, " / ".join(titles), steps)
            template.editions = [e.language for e in editions]
            template.titles = {e.language: e.questionnaire.title for e in editions}
            edition_contents(story, template.editions)
            template.build(story, canvasmaker=NumberedCanvas)
    if missing:
        # Also in the log, for callers that do not (yet) pass the warning on.
        log.warning("no bundled font has %s", describe_missing(missing))
    steps.finish()


class _Report:
    def __init__(
        self,
        info: ExportInfo,
        questionnaire: Questionnaire,
        answers: Answers,
        changes: PeriodChanges | None = None,
        comparison: Comparison | None = None,
    ) -> None:
        # The council beside its peers, when a benchmark is loaded.
        self.comparison = comparison
        self.info = info
        self.changes = changes
        self.q = questionnaire
        self.all_answers = answers
        self.answers = submitted_answers(questionnaire, answers)
        self.summary = report_summary(questionnaire, answers)
        self.matrix = next(
            (q for _s, q in _top(questionnaire) if q.type is QuestionType.STANDARDS_MATRIX), None
        )
        self.repeat = next(
            (q for _s, q in _top(questionnaire) if q.type is QuestionType.REPEAT_GROUP), None
        )

    def story(self) -> list[Any]:
        summary = self.summary
        story: list[Any] = [NextPageTemplate("body")]
        story += first_page(self.info, self.q, self.all_answers, summary)
        story += [PageBreak(), *contents()]
        if not summary.complete:
            story += [CondPageBreak(60 * mm), *still_to_answer(self.q, summary)]
        story += [PageBreak(), *at_a_glance(summary)]
        if self.changes is not None:
            story += [PageBreak(), *changes_section(self.q, self.changes)]
        story += compare_section(self.comparison)
        if self.matrix is not None:
            story += [PageBreak(), *self._priority_gaps(self.matrix)]
        if self.repeat is not None:
            story += [CondPageBreak(60 * mm), *self._described_gaps(self.repeat)]
        story += [PageBreak(), *self._all_answers()]
        return story

    # --- priority gaps and the council's own gaps --------------------------------------------

    def matrix_field(self, name: str) -> Question | None:
        if self.matrix is None or not self.q.has_question(f"{self.matrix.id}.{name}"):
            return None
        return self.q.question(f"{self.matrix.id}.{name}")

    def _value(self, name: str, code: str) -> Any:
        return self.answers.get(f"{self.matrix.id}.{name}", code) if self.matrix else None

    def answered_codes(self) -> list[str]:
        return [
            s.code for s in self.q.standards if self._value(USE_STATUS_FIELD, s.code) is not None
        ]

    def priority_gaps(self) -> list[str]:
        """Codes needed or essential but not in use, essential first, in catalogue order."""
        return [gap.standard.code for gap in priority_gaps(self.q, self.answers)]

    def _priority_gaps(self, matrix: Question) -> list[Any]:
        flow: list[Any] = [
            text(_("Priority gaps"), H1),
            text(
                _(
                    "Standards the council needs, or finds essential, but does not use yet, with "
                    "what stands in the way. Essential ones come first."
                ),
                BODY,
            ),
            Spacer(1, 3 * mm),
        ]
        codes = self.priority_gaps()
        if not self.answered_codes():
            return [*flow, text(self._not_answered(), MISSING)]
        if not codes and not self.summary.complete:
            none = _("None among the answers given so far; the assessment is not complete yet.")
            return [*flow, text(none, MISSING)]
        if not codes:
            none = _("No standard is marked needed or essential without being used.")
            return [*flow, text(none)]
        heads = [_("Standard"), _("Theme"), _("Use"), _("Need"), _("Barriers")]
        rows: list[list[Any]] = [[text(h, HEAD_CELL) for h in heads]]
        for code in codes:
            standard = self.q.standard(code)
            rows.append(
                [
                    [text(code, CELL_BOLD), text(standard.title if standard else "", CELL)],
                    text(self.q.theme_label(standard.theme) if standard else "", CELL),
                    text(self._words(USE_STATUS_FIELD, code), CELL),
                    text(self._words(NEED_FIELD, code), CELL),
                    text(self._words(BARRIERS_FIELD, code) or "—", CELL),
                ]
            )
        widths = [52 * mm, 32 * mm, 27 * mm, 20 * mm, BODY_WIDTH - 131 * mm]
        return [*flow, grid(rows, widths)]

    def _words(self, name: str, code: str) -> str:
        field = self.matrix_field(name)
        value = self._value(name, code)
        return answer_words(field, value) if field is not None and value is not None else ""

    def _described_gaps(self, group: Question) -> list[Any]:
        flow: list[Any] = [text(_(DESCRIBED_GAPS), H1)]
        keys = self.answers.item_keys(group)
        if not keys and not self.all_answers.is_relevant(self.q, group):
            # Hidden until the question that opens it is answered: say which, and how.
            opener = self._opener(group)
            if opener is None or self.all_answers.get(opener.id) is None:
                label = opener.label if opener is not None else group.label
                return [*flow, text(label, QUESTION), text(self._not_answered(), MISSING)]
            return [*flow, text(_("The council described no gaps."), BODY)]
        if not keys:
            return [*flow, text(self._not_answered(), MISSING)]
        for number, key in enumerate(keys, start=1):
            fields = [f for f in group.fields if self.answers.get(f.id, key) is not None]
            heading = _("Gap {number}").format(number=format_number(number))
            flow.append(text(heading, H3))
            for field in fields:
                value = self.answers.get(field.id, key)
                flow.append(text(field.label, QUESTION))
                flow += long_text(answer_words(field, value))
        return flow

    def _not_answered(self) -> str:
        # A final assessment is done: its optional questions left blank are simply not answered.
        return _(NOT_ANSWERED) if self.info.is_draft else _("Not answered")

    def _opener(self, group: Question) -> Question | None:
        """The question whose answer shows a repeat group (the first its condition names)."""
        for _section, question in _top(self.q):
            if question is group:
                return None
            if question.type is QuestionType.YES_NO and question.id in repr(group.relevant):
                return question
        return None

    # --- every answer, section by section ----------------------------------------------------

    def _all_answers(self) -> list[Any]:
        flow: list[Any] = [text(_("Every answer"), H1)]
        for section in self.q.sections:
            flow.append(CondPageBreak(40 * mm))
            flow.append(text(section.title, H2))
            for question in section.questions:
                if not self.all_answers.is_relevant(self.q, question):
                    continue
                flow += self._answer(question)
        return flow

    def _answer(self, question: Question) -> list[Any]:
        match question.type:
            case QuestionType.STANDARDS_MATRIX:
                return self._matrix_answers(question)
            case QuestionType.REPEAT_GROUP:
                count = len(self.answers.item_keys(question))
                described = ngettext(
                    "{count} described in full under “{heading}”.",
                    "{count} described in full under “{heading}”.",
                    count,
                ).format(count=format_number(count), heading=_(DESCRIBED_GAPS))
                return [text(question.label, QUESTION), text(described)]
            case (
                QuestionType.TEXT
                | QuestionType.LONG_TEXT
                | QuestionType.SINGLE_CHOICE
                | QuestionType.MULTIPLE_CHOICE
                | QuestionType.YES_NO
                | QuestionType.NUMBER
                | QuestionType.DATE
                | QuestionType.EMAIL
                | QuestionType.URL
            ):
                value = self.answers.get(question.id)
                if value is None:
                    return [text(question.label, QUESTION), text(self._not_answered(), MISSING)]
                if question.type is QuestionType.URL and isinstance(value, str):
                    return [text(question.label, QUESTION), link(value, BODY)]
                if question.type is QuestionType.DATE and isinstance(value, str):
                    return [text(question.label, QUESTION), text(_day(value))]
                return [text(question.label, QUESTION), *long_text(answer_words(question, value))]
            case _ as unreachable:
                assert_never(unreachable)

    def _matrix_answers(self, matrix: Question) -> list[Any]:
        flow: list[Any] = []
        short = [f for f in matrix.fields if f.type in (QuestionType.SINGLE_CHOICE,)]
        multi = [f for f in matrix.fields if f.type is QuestionType.MULTIPLE_CHOICE]
        free = [f for f in matrix.fields if f not in short and f not in multi]
        answered = set(self.answered_codes()) | {
            key.item_key
            for key, _value in self.answers
            if key.question_id.startswith(matrix.id + ".")
        }
        for theme, standards in self.q.standards_by_theme():
            codes = [s.code for s in standards if s.code in answered]
            if not codes:
                continue
            heads = [_("Standard")] + [f.column_label for f in short + multi]
            rest = BODY_WIDTH - 62 * mm
            widths = [62 * mm] + [rest / (len(heads) - 1)] * (len(heads) - 1)
            head = grid([[text(h, HEAD_CELL) for h in heads]], widths)
            # A small table per standard: its notes and evidence in the row under it, kept
            # together; one long table would be measured again at every page it spans.
            blocks = [
                self._standard_block(code, short + multi, free, widths, STRIPE if n % 2 else None)
                for n, code in enumerate(codes)
            ]
            flow += [KeepTogether([text(theme.label, H3), head, blocks[0]]), *blocks[1:]]
        if not flow:
            flow.append(text(self._not_answered(), MISSING))
        return flow

    def _standard_block(
        self,
        code: str,
        fields: list[Question],
        free: list[Question],
        widths: list[float],
        stripe: colors.Color | None,
    ) -> Table:
        standard = self.q.standard(code)
        row: list[Any] = [[text(code, CELL_BOLD), text(standard.title if standard else "", CELL)]]
        rows = [row + [self._cell(field, code) for field in fields]]
        style: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, -1), (-1, -1), 0.3, GRID),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ]
        notes = self._notes(free, code)
        if notes:
            rows.append([notes] + [""] * (len(widths) - 1))
            style += [("SPAN", (0, 1), (-1, 1)), ("LEFTPADDING", (0, 1), (-1, 1), 14)]
        if stripe is not None:
            style.append(("BACKGROUND", (0, 0), (-1, -1), stripe))
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle(style))
        return table

    def _cell(self, field: Question, code: str) -> Any:
        value = self.answers.get(field.id, code)
        if value is not None:
            return text(answer_words(field, value), CELL)
        if not field.required or not self.all_answers.is_relevant(self.q, field, code):
            return text("—", CELL)
        return text(self._not_answered(), MISSING_CELL)

    def _notes(self, free: list[Question], code: str) -> list[Any]:
        notes: list[Any] = []
        for field in free:
            value = self.answers.get(field.id, code)
            if value is None:
                continue
            # TRANSLATORS: a question's label introducing its answer, e.g. "Note:".
            notes.append(text(_("{label}:").format(label=field.label), CELL_BOLD))
            if field.type is QuestionType.URL and isinstance(value, str):
                notes.append(link(value, SMALL))
            else:
                notes += long_text(answer_words(field, value), SMALL)
        return notes


def _day(value: str) -> str:
    """A stored ISO date in words, like every other date of the report."""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def _top(questionnaire: Questionnaire) -> list[tuple[Any, Question]]:
    return [(s, q) for s in questionnaire.sections for q in s.questions]

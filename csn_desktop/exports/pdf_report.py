"""The PDF report: cover, one-page summary, priority gaps, the council's gaps, every answer."""

from __future__ import annotations

import logging
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
from csn_desktop.domain.known_ids import (
    BARRIERS_FIELD,
    IN_DEMAND,
    IN_USE,
    NEED_FIELD,
    USE_STATUS_FIELD,
)
from csn_desktop.domain.period_changes import PeriodChanges
from csn_desktop.domain.progress import overall_progress
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.standards_use import priority_gaps
from csn_desktop.exports.choices import answer_words
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.pdf_changes import changes_section
from csn_desktop.exports.pdf_charts import NEED_COLOURS, USE_COLOURS, count_by_theme, theme_chart
from csn_desktop.exports.pdf_compare import compare_section
from csn_desktop.exports.pdf_pages import (
    ACCENT,
    BODY_WIDTH,
    NumberedCanvas,
    ReportTemplate,
    status_words,
)
from csn_desktop.exports.pdf_styles import (
    BODY,
    CELL,
    CELL_BOLD,
    COVER_NAME,
    FIGURE,
    H1,
    H2,
    H3,
    HEAD_CELL,
    MISSING,
    QUESTION,
    SMALL,
    TITLE,
    long_text,
    text,
)
from csn_desktop.exports.pdf_text import describe_missing, noting_missing, register_fonts
from csn_desktop.i18n import N_, _, format_datetime, format_number, ngettext

log = logging.getLogger(__name__)
GRID = colors.HexColor("#C8D0D8")
# The heading of the council's own gaps, also named where every answer is listed.
DESCRIBED_GAPS = N_("Gaps your council described")
STRIPE = colors.HexColor("#F3F6F9")


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
) -> None:
    """Write the report of one assessment as PDF to a binary stream; ``changes`` since the
    council's earlier period, when it has one, make a section of their own.

    ``comparison`` (from a loaded peer benchmark) adds the "How you compare" section.

    A letter no bundled font has prints as a visible replacement; wrap the call in
    ``pdf_text.noting_missing()`` to learn which, and warn.
    """
    register_fonts()
    steps = Steps(1, progress, cancelled)
    steps.check()
    with noting_missing() as missing:
        report = _Report(info, questionnaire, answers, changes, comparison)
        story = report.story()
        steps.total = len(story) + 1
        template = ReportTemplate(stream, info, questionnaire.title, steps)
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
        self.matrix = next(
            (q for _s, q in _top(questionnaire) if q.type is QuestionType.STANDARDS_MATRIX), None
        )
        self.repeat = next(
            (q for _s, q in _top(questionnaire) if q.type is QuestionType.REPEAT_GROUP), None
        )

    def story(self) -> list[Any]:
        story: list[Any] = [NextPageTemplate("body")]
        story += self._cover()
        story += [PageBreak(), *self._summary()]
        if self.changes is not None:
            story += [PageBreak(), *changes_section(self.q, self.changes)]
        story += compare_section(self.comparison)
        if self.matrix is not None:
            story += [PageBreak(), *self._priority_gaps(self.matrix)]
        if self.repeat is not None:
            story += [CondPageBreak(60 * mm), *self._described_gaps(self.repeat)]
        story += [PageBreak(), *self._all_answers()]
        return story

    # --- cover and summary -------------------------------------------------------------------

    def _cover(self) -> list[Any]:
        info, progress = self.info, overall_progress(self.q, self.all_answers)
        answered = ngettext(
            "{answered} of {required} required answer",
            "{answered} of {required} required answers",
            progress.required,
        ).format(
            answered=format_number(progress.answered), required=format_number(progress.required)
        )
        facts = [
            (_("Period"), info.period),
            (_("Status"), status_words(info)),
            (_("Exported"), format_datetime(info.exported_at, "long")),
            (_("Council"), ", ".join(p for p in (info.organisation_type, info.region) if p)),
            (_("GSS code"), info.gss_code or "—"),
            (_("Progress"), answered),
            (
                _("Questionnaire"),
                _("{title}, version {version}").format(title=self.q.title, version=self.q.version),
            ),
            (_("Submission id"), info.submission_uuid),
        ]
        rows = [[text(k, CELL_BOLD), text(v, CELL)] for k, v in facts]
        table = Table(rows, colWidths=[40 * mm, BODY_WIDTH - 40 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return [
            Spacer(1, 30 * mm),
            text(self.q.title, TITLE),
            text(info.organisation_name, COVER_NAME),
            table,
            Spacer(1, 12 * mm),
            text(
                _(
                    "This report sets out the council's answers to the City Standards Network's "
                    "self-assessment: which smart-city standards it uses, which it needs, and "
                    "where a missing or unsuitable standard holds back a service."
                ),
                SMALL,
            ),
        ]

    def _summary(self) -> list[Any]:
        flow: list[Any] = [text(_("Summary"), H1)]
        if self.matrix is None:
            return [*flow, text(_("This questionnaire has no standards matrix."), BODY)]
        use = self.matrix_field(USE_STATUS_FIELD)
        need = self.matrix_field(NEED_FIELD)
        answered = self.answered_codes()
        in_use = sum(self._value(USE_STATUS_FIELD, c) in IN_USE for c in answered)
        needed = sum(self._value(NEED_FIELD, c) in IN_DEMAND for c in answered)
        gaps = len(self.priority_gaps())
        described = len(self.answers.item_keys(self.repeat)) if self.repeat else 0
        # TRANSLATORS: captions under big figures on the summary page ("12 / standards answered").
        figures = [
            (len(answered), ngettext("standard answered", "standards answered", len(answered))),
            (in_use, _("in use, at least in part")),
            (needed, _("needed or essential")),
            (gaps, ngettext("priority gap", "priority gaps", gaps)),
            (described, ngettext("gap described", "gaps described", described)),
        ]
        cells = [
            [text(format_number(n), FIGURE) for n, _words in figures],
            [text(words, SMALL) for _n, words in figures],
        ]
        table = Table(cells, colWidths=[BODY_WIDTH / len(figures)] * len(figures))
        table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT)]))
        flow += [table, Spacer(1, 5 * mm)]
        for field, palette, title in (
            (use, USE_COLOURS, _("How far standards are used, by theme (number of standards)")),
            (
                need,
                NEED_COLOURS,
                _("How much standards are needed, by theme (number of standards)"),
            ),
        ):
            if field is None:
                continue
            counts = count_by_theme(self.q, self.answers, field)
            flow.append(text(title, H3))
            flow.append(theme_chart(counts, palette, BODY_WIDTH, 92 * mm))
        return flow

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
        return [*flow, _grid(rows, widths)]

    def _words(self, name: str, code: str) -> str:
        field = self.matrix_field(name)
        value = self._value(name, code)
        return answer_words(field, value) if field is not None and value is not None else ""

    def _described_gaps(self, group: Question) -> list[Any]:
        flow: list[Any] = [text(_(DESCRIBED_GAPS), H1)]
        keys = self.answers.item_keys(group)
        if not keys:
            return [*flow, text(_("No gaps were described."), MISSING)]
        for number, key in enumerate(keys, start=1):
            fields = [f for f in group.fields if self.answers.get(f.id, key) is not None]
            heading = _("Gap {number}").format(number=format_number(number))
            flow.append(KeepTogether([text(heading, H3)]))
            for field in fields:
                value = self.answers.get(field.id, key)
                flow.append(text(field.label, QUESTION))
                flow += long_text(answer_words(field, value))
        return flow

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
                    return [text(question.label, QUESTION), text(_("Not answered"), MISSING)]
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
            flow.append(text(theme.label, H3))
            heads = [_("Standard")] + [f.column_label for f in short + multi]
            rows: list[list[Any]] = [[text(h, HEAD_CELL) for h in heads]]
            notes: list[Any] = []
            for code in codes:
                standard = self.q.standard(code)
                row: list[Any] = [
                    [text(code, CELL_BOLD), text(standard.title if standard else "", CELL)]
                ]
                for field in short + multi:
                    value = self.answers.get(field.id, code)
                    row.append(text(answer_words(field, value) if value is not None else "—", CELL))
                rows.append(row)
                extra = [(f, self.answers.get(f.id, code)) for f in free]
                extra = [(f, v) for f, v in extra if v is not None]
                if extra:
                    notes.append(text(code, QUESTION))
                for field, value in extra:
                    # TRANSLATORS: a question's label introducing its answer, e.g. "Note:".
                    notes.append(text(_("{label}:").format(label=field.label), CELL_BOLD))
                    notes += long_text(answer_words(field, value), SMALL)
            rest = BODY_WIDTH - 62 * mm
            widths = [62 * mm] + [rest / (len(heads) - 1)] * (len(heads) - 1)
            flow.append(_grid(rows, widths))
            flow += notes
        if not flow:
            flow.append(text(_("No standard answered."), MISSING))
        return flow


def _grid(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _top(questionnaire: Questionnaire) -> list[tuple[Any, Question]]:
    return [(s, q) for s in questionnaire.sections for q in s.questions]

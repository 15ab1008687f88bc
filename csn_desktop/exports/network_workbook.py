"""The aggregated Excel workbook: summary sheets and tidy council-level rows, for sharing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font

from csn_desktop.domain.aggregation import Submission
from csn_desktop.domain.known_ids import (
    BARRIERS_FIELD,
    EVIDENCE_URL_FIELD,
    MATRIX,
    NEED_FIELD,
    NOTE_FIELD,
    USE_STATUS_FIELD,
)
from csn_desktop.domain.questionnaire import QuestionType
from csn_desktop.domain.values import value_to_json
from csn_desktop.exports.choices import answer_words
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.info import utc_iso
from csn_desktop.exports.network_figures import Figure, SharedFigures
from csn_desktop.exports.xlsx_cells import write_only_cell
from csn_desktop.exports.xlsx_save import save_workbook
from csn_desktop.i18n import N_, _

COUNCIL_COLUMNS = (
    N_("Council"),
    N_("GSS code"),
    N_("Nation"),
    N_("Region"),
    N_("Authority type"),
    N_("Period"),
    N_("Status"),
)
STANDARD_COLUMNS = (
    N_("Code"),
    N_("Title"),
    N_("Theme"),
    N_("Use status"),
    N_("Need"),
    N_("Barriers"),
    N_("Note"),
    N_("Evidence"),
)
ANSWER_COLUMNS = (
    N_("Section"),
    N_("Question id"),
    N_("Question"),
    N_("Item"),
    N_("Answer"),
    N_("Value (JSON)"),
)
_BOLD = Font(bold=True)


def write_network_workbook(
    stream: BinaryIO,
    figures: SharedFigures,
    submissions: Sequence[Submission],
    generated_at: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Summary, Standards, Barriers, Priorities, then one row per council × standard and answer."""
    steps = Steps(len(submissions) * 2 + 2, progress, cancelled)
    book = Workbook(write_only=True)
    # TRANSLATORS: sheet names, at most 31 characters, without : \\ / ? * [ or ].
    _about(book.create_sheet(_("About")), figures, generated_at)
    header, rows = figures.standards_rows()
    _table(book.create_sheet(_("Standards summary")), header, rows)
    _table(
        book.create_sheet(_("Barriers")),
        [_("Barrier"), _("Councils citing it"), _("Mentions")],
        figures.barrier_rows(),
    )
    _table(
        book.create_sheet(_("Priorities")),
        [_("Question"), _("Choice"), _("Councils")],
        figures.priority_rows(),
    )
    steps.advance()
    council_level = not figures.all_suppressed
    standards = book.create_sheet(_("Council standards"))
    _header(standards, [_(title) for title in COUNCIL_COLUMNS + STANDARD_COLUMNS])
    answers = book.create_sheet(_("Council answers"))
    _header(answers, [_(title) for title in COUNCIL_COLUMNS + ANSWER_COLUMNS])
    for submission in submissions if council_level else []:
        _council_standards(standards, figures, submission)
        steps.advance()
        _council_answers(answers, figures, submission)
        steps.advance()
    save_workbook(book, stream)
    steps.finish()


def _about(ws: Any, figures: SharedFigures, generated_at: datetime) -> None:
    q = figures.questionnaire
    questionnaire = _("{title} ({questionnaire} version {version})").format(
        title=q.title, questionnaire=q.id, version=q.version
    )
    rows: list[list[Figure]] = [
        [_("City Standards Network: the picture across councils")],
        [],
        [_("About these figures"), figures.notice()],
        [_("Councils in this selection"), figures.count(figures.picture.councils)],
        [_("Selection"), figures.filters_text],
        [_("Minimum group size"), figures.minimum],
        [_("Questionnaire"), questionnaire],
        [_("Generated at"), utc_iso(generated_at)],
        [],
        [
            _("Sheets"),
            _(
                "Standards summary: one row per standard; Barriers; Priorities; "
                "Council standards: one row per council × standard; Council answers: one row "
                "per council × answer (matrix answers are in Council standards)."
            ),
        ],
    ]
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def _header(ws: Any, titles: list[str]) -> None:
    cells = []
    for title in titles:
        cell = _cell(ws, title)
        cell.font = _BOLD
        cells.append(cell)
    ws.append(cells)


def _table(ws: Any, header: list[str], rows: list[list[Figure]]) -> None:
    _header(ws, header)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def _cell(ws: Any, value: Figure | None) -> Any:
    """A cell whose text is always text: never a formula, whatever it starts with."""
    return write_only_cell(ws, value)


def _council(submission: Submission) -> list[Figure]:
    s = submission
    return [s.council, s.gss_code or "", s.nation, s.region, s.authority_type, s.period, s.status]


def _council_standards(ws: Any, figures: SharedFigures, submission: Submission) -> None:
    q, answers = figures.questionnaire, submission.answers
    fields = {f.local_id: f for f in q.question(MATRIX).fields}
    prefix = _council(submission)
    for standard in q.standards:
        row: list[Figure] = [*prefix, standard.code, standard.title, q.theme_label(standard.theme)]
        for name in (USE_STATUS_FIELD, NEED_FIELD, BARRIERS_FIELD, NOTE_FIELD, EVIDENCE_URL_FIELD):
            field = fields.get(name)
            value = answers.get(field.id, standard.code) if field else None
            row.append(answer_words(field, value, separator="; ") if field else "")
        ws.append([_cell(ws, v) for v in row])


def _council_answers(ws: Any, figures: SharedFigures, submission: Submission) -> None:
    q = figures.questionnaire
    prefix = _council(submission)
    for key, value in submission.answers:
        if not q.has_question(key.question_id):
            continue
        question = q.question(key.question_id)
        group = q.parent_of(question)
        if question.personal_data or (group and group.type is QuestionType.STANDARDS_MATRIX):
            continue
        section = q.section_of(question.id)
        row: list[Figure] = [
            *prefix,
            section.title,
            question.id,
            question.label,
            key.item_key,
            answer_words(question, value, separator="; "),
            value_to_json(value),
        ]
        ws.append([_cell(ws, v) for v in row])

"""Reading one submission file: checks, metadata, answers and the checksum, before any storing."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.regular_files import open_regular
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.canonical import canonical_rows_sha256
from csn_desktop.domain.status import Status
from csn_desktop.i18n import _, format_number
from csn_desktop.imports.answer_notes import hidden_notes, invalid_notes
from csn_desktop.imports.answers_sheet import read_answers
from csn_desktop.imports.cells import CellReader, Rows
from csn_desktop.imports.container import CheckedZip, open_checked
from csn_desktop.imports.file_times import file_modified_at
from csn_desktop.imports.human_sheets import HumanSheets
from csn_desktop.imports.inline_cells import inline_rows
from csn_desktop.imports.limits import DEFAULT_LIMITS, Limits
from csn_desktop.imports.meta import KIND_TEMPLATE, META_SHEET, SubmissionMeta, read_meta
from csn_desktop.imports.ods_sheets import scan_ods
from csn_desktop.imports.outcomes import AnswerNote, FileContext, Place, SubmissionRejected
from csn_desktop.imports.reconcile import reconcile
from csn_desktop.imports.rules import AnswerRow, InvalidAnswers
from csn_desktop.imports.sheets import scan_sheet, sheet_parts
from csn_desktop.imports.template import template_meta
from csn_desktop.imports.value_checks import refused_answer

_SHARED_STRING = b't="s"'


@dataclass(frozen=True)
class ParsedSubmission:
    """A submission that can be stored: its metadata, validated answers and hashes."""

    meta: SubmissionMeta
    rows: list[AnswerRow]  # sorted by question id then item key
    file_sha256: str
    answers_sha256: str  # recomputed from the answers read
    # The workbook's own last-saved time (docProps/core.xml, an .ods's meta.xml), if it has one.
    file_modified_at: datetime | None = None
    # Answers kept but not counted, and (format 1) readable cells that differ from Answers.
    notes: tuple[AnswerNote, ...] = ()
    # A format-1 file whose readable sheets differ from its Answers sheet.
    edited: bool = False

    @cached_property
    def answers(self) -> Answers:
        return Answers({AnswerKey(q, item): value for q, item, value, _ in self.rows})

    @property
    def stored_rows(self) -> list[tuple[str, str, str]]:
        """(question id, item key, the value's JSON as the database keeps it)."""
        return [(q, item, stored) for q, item, _value, stored in self.rows]

    @property
    def tampered(self) -> bool:
        """The answers differ from those the checksum was computed over at export.

        Format 2's checksum is over the answers as the readable sheets give them back, which
        is what is read; format 1's over the Answers sheet's, which are kept wherever the
        readable cells still show them. Either way the rows read are what the export hashed
        unless something was changed. Never true for a template.
        """
        return self.edited or self.answers_sha256 != self.meta.answers_sha256


def read_file_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refusing before reading one that is too large."""
    try:
        # Never a pipe or a device: opening a pipe waits for a writer, /dev/zero never ends.
        with open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_file_bytes:
                raise SubmissionRejected(
                    _("The file is {size} MB; a submission is at most {limit} MB.").format(
                        size=format_number(round(size / 1e6, 1)),
                        limit=format_number(round(limits.max_file_bytes / 1e6)),
                    )
                )
            # Sized reads: asking for the limit would make Python set aside that much first.
            data = stream.read(size + 1)
            if len(data) > size:  # it grew meanwhile: read on, never past the limit
                data += stream.read(limits.max_file_bytes + 1 - len(data))
            return data
    except OSError as error:
        raise SubmissionRejected(
            _("The file cannot be read: {reason}.").format(reason=error.strerror or error)
        ) from None


def parse_submission(
    data: bytes, library: QuestionnaireLibrary, limits: Limits = DEFAULT_LIMITS
) -> ParsedSubmission:
    """Check and read a submission held in memory; SubmissionRejected says why not.

    What is read are the readable sheets (About, one per group): format 2 has no other copy
    of the answers. A format-1 file's Answers sheet is read too and reconciled with them (the
    readable sheets win, each difference noted). An .ods is read the same way, by calamine.
    Once the metadata is read, a refusal carries whose file it is (``context``).
    """
    checked = open_checked(data, limits)
    reader = CellReader(data)
    file_sha256 = hashlib.sha256(data).hexdigest()
    if checked.ods:
        rows_of = _ods_rows(checked, reader, limits)
    else:
        rows_of = _xlsx_rows(checked, reader, limits)
    context = FileContext()
    try:
        meta = read_meta(rows_of(META_SHEET), library)
        context = _context(meta)
        human = HumanSheets(meta.questionnaire, meta.layout)
        if meta.kind == KIND_TEMPLATE:
            human.read_submission_rows(rows_of)
            context = _template_context(meta, human)
        parsed = _parsed(meta, _read_answers(meta, human, rows_of), file_sha256)
    except SubmissionRejected as refused:
        if refused.context == FileContext():
            refused.context = context
        raise
    finally:
        reader.close()
    return dataclasses.replace(parsed, file_modified_at=file_modified_at(checked))


@dataclass(frozen=True)
class _Read:
    """The answers a file gives, before its status is known."""

    human: HumanSheets
    rows: list[AnswerRow]
    invalid: InvalidAnswers
    edited: list[AnswerNote]


def _read_answers(
    meta: SubmissionMeta, human: HumanSheets, rows_of: Callable[[str], Rows]
) -> _Read:
    """The readable sheets' answers; for format 1, reconciled with the Answers sheet."""
    readable = human.read(rows_of)
    if meta.format_version == 1 and meta.kind != KIND_TEMPLATE:
        answer_rows = rows_of(meta.answers_sheet)
        if _has_rows(answer_rows):
            exact = read_answers(meta.answers_sheet, answer_rows, meta.questionnaire)
            rows, invalid, edited = reconcile(
                meta.questionnaire, exact, (readable, human.invalid), human.cell_place
            )
            return _Read(human, rows, invalid, edited)
    return _Read(human, readable, human.invalid, [])


def _parsed(meta: SubmissionMeta, read: _Read, file_sha256: str) -> ParsedSubmission:
    """The submission with its status settled: invalid answers kept in a draft, refused in a
    final one; hidden and invalid answers named."""
    questionnaire = meta.questionnaire
    answers_sha256 = canonical_rows_sha256([(q, item, value) for q, item, value, _ in read.rows])
    if meta.kind == KIND_TEMPLATE:
        meta = template_meta(
            meta,
            read.human.submission,
            read.rows,
            file_sha256,
            answers_sha256,
            has_invalid=bool(read.invalid),
        )
    elif meta.status == Status.FINAL and read.invalid:
        (question_id, _item), (reason, place) = next(iter(read.invalid.items()))
        question = questionnaire.question(question_id)
        raise SubmissionRejected(refused_answer(question, reason), place)
    answers = Answers({AnswerKey(q, item): value for q, item, value, _ in read.rows})
    where = read.human.cell_place
    notes = [
        *read.edited,
        *invalid_notes(questionnaire, read.invalid, where),
        *hidden_notes(questionnaire, answers, read.invalid, where),
    ]
    return ParsedSubmission(
        meta=meta,
        rows=read.rows,
        file_sha256=file_sha256,
        answers_sha256=answers_sha256,
        notes=tuple(notes),
        edited=bool(read.edited),
    )


def _context(meta: SubmissionMeta) -> FileContext:
    return FileContext(
        council=meta.organisation_name or meta.gss_code or None,
        period=meta.period or None,
        status=meta.status or None,
        kind=meta.kind,
    )


def _template_context(meta: SubmissionMeta, human: HumanSheets) -> FileContext:
    name = human.submission.get("_organisation_name", ("", None))[0]
    code = human.submission.get("_gss_code", ("", None))[0]
    period = human.submission.get("_period", ("", None))[0]
    return FileContext(council=name or code or None, period=period or None, kind=meta.kind)


def _has_rows(rows: Rows) -> bool:
    return any(cell != "" for row in rows[1:] for cell in row)


def _xlsx_rows(checked: CheckedZip, reader: CellReader, limits: Limits) -> Callable[[str], Rows]:
    """Reading an .xlsx's sheets: in the exporter's form directly (which proves them free of
    formulas and far cells), any other form scanned for those first, then read by calamine."""
    parts = sheet_parts(checked)
    read: dict[str, Rows] = {}

    def rows_of(sheet: str) -> Rows:
        # A sheet as the exporter writes it is read directly; any other form by calamine.
        found = read.get(sheet)
        if found is not None:
            return found
        xml = _part(sheet, parts, checked)
        # The exporter never writes shared strings (t="s"), so a sheet holding one (as every
        # sheet LibreOffice saves does) is never in its form: the scan and calamine read it,
        # as they would once inline_rows had looked at it all to say so.
        found = None
        if _SHARED_STRING not in xml:
            found = inline_rows(xml, checked.part("xl/styles.xml"), limits)
        if found is None:
            # Not in the exporter's form: scanned for formulas and far cells, then calamine.
            scan_sheet(sheet, xml, limits)
            found = reader.rows(sheet)
        read[sheet] = found
        return found

    return rows_of


def _ods_rows(checked: CheckedZip, reader: CellReader, limits: Limits) -> Callable[[str], Rows]:
    """Reading an .ods's sheets, once its content was scanned for formulas and far cells."""
    sheets = scan_ods(checked, limits)

    def rows_of(sheet: str) -> Rows:
        if sheet not in sheets:
            raise _missing_sheet(sheet)
        return reader.rows(sheet)

    return rows_of


def _part(sheet: str, parts: dict[str, str], checked: CheckedZip) -> bytes:
    """The sheet's part (its prolog checked, as every part read is)."""
    part = parts.get(sheet)
    if part is None:
        raise _missing_sheet(sheet)
    if not checked.has(part):
        raise SubmissionRejected(_("The sheet's part is missing from the workbook."), Place(sheet))
    return checked.part(part)


def _missing_sheet(sheet: str) -> SubmissionRejected:
    if sheet == META_SHEET:
        message = _(
            "The workbook has no hidden metadata sheet “{sheet}”: it is not a csn-desktop "
            "submission, or the sheet was deleted."
        )
    else:
        message = _(
            "The workbook has no sheet “{sheet}”: it is not a csn-desktop submission, or the "
            "sheet was deleted."
        )
    return SubmissionRejected(message.format(sheet=sheet))

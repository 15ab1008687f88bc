"""A block pasted from a spreadsheet into the standards matrix: what would change, what not."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType, Standard
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue
from csn_desktop.i18n import _

# Header cells naming the first column (codes or titles), compared case- and space-insensitively.
_KEY_HEADERS = frozenset({"code", "standard", "title", "standardcode"})  # not translated: matching


@dataclass(frozen=True, slots=True)
class CellChange:
    """One answer the paste would store: ``old`` becomes ``new``."""

    code: str
    field_id: str
    old: JsonValue
    new: JsonValue


@dataclass(frozen=True, slots=True)
class Refusal:
    """A line or cell of the block that changes nothing, and why (translated)."""

    line: int
    text: str
    reason: str


@dataclass(slots=True)
class PastePlan:
    """What a paste would do: the changes (stored together) and what was refused."""

    changes: list[CellChange] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    by_rows: bool = False

    def as_changes(self) -> list[tuple[str, str, JsonValue]]:
        return [(c.field_id, c.code, c.new) for c in self.changes]


def split_block(text: str) -> list[list[str]]:
    """Tab-separated lines as Excel and LibreOffice copy them (quoted cells may hold newlines)."""
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def match_choice(question: Question, text: str) -> str | None:
    """The choice id ``text`` names: its label or id, exactly, then ignoring case and spaces."""
    text = text.strip()
    for choice in question.choices:
        if text in (choice.label, choice.id):
            return choice.id
    squashed = _squash(text)
    for choice in question.choices:
        if squashed in (_squash(choice.label), _squash(choice.id)):
            return choice.id
    return None


def match_standard(standards: Sequence[Standard], text: str) -> Standard | None:
    """The standard that ``text`` names by code or title: exactly, then ignoring case and spaces."""
    text = text.strip()
    for standard in standards:
        if text in (standard.code, standard.title):
            return standard
    squashed = _squash(text)
    for standard in standards:
        if squashed in (_squash(standard.code), _squash(standard.title)):
            return standard
    return None


def _header_field(fields: Sequence[Question], text: str) -> Question | None:
    squashed = _squash(text)
    for candidate in fields:
        names = (candidate.column_label, candidate.label, candidate.local_id)
        if squashed in {_squash(n) for n in names}:
            return candidate
    return None


class _Planner:
    """Turns cells into changes, checking each against its field and the row's other answers."""

    def __init__(self, questionnaire: Questionnaire, matrix: Question, answers: Answers) -> None:
        self.questionnaire = questionnaire
        self.matrix = matrix
        # The answers as they will be once the planned changes are stored: a use status pasted
        # on a line decides whether that line's barriers apply.
        self.after = Answers(dict(answers.values))
        self.answers = answers
        self.plan = PastePlan()

    def cell(self, line: int, code: str, target: Question, text: str) -> None:
        if not text.strip():
            return  # An empty cell changes nothing; Delete clears answers.
        value = self._value(line, target, text)
        if value is None:
            return
        self.after.set(target.id, code, value)
        if not self.after.is_relevant(self.questionnaire, target, code):
            reason = _("{field}: not asked for {code} with its use status.").format(
                field=target.column_label, code=code
            )
            self.plan.refused.append(Refusal(line, text, reason))
            self.after.set(target.id, code, self.answers.get(target.id, code))
            return
        old = self.answers.get(target.id, code)
        if old != value:
            self.plan.changes.append(CellChange(code, target.id, old, value))

    def _value(self, line: int, target: Question, text: str) -> JsonValue:
        value: JsonValue
        if target.type is QuestionType.SINGLE_CHOICE:
            value = match_choice(target, text)
            if value is None:
                self._refuse(line, text, _("not one of the choices for {field}"), target)
                return None
        elif target.type is QuestionType.MULTIPLE_CHOICE:
            parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
            ids = [match_choice(target, p) for p in parts]
            unknown = [p.strip() for p, i in zip(parts, ids, strict=True) if i is None]
            if unknown:
                self._refuse(
                    line, "; ".join(unknown), _("not one of the choices for {field}"), target
                )
                return None
            value = list(dict.fromkeys(i for i in ids if i is not None))
        else:
            value = text.strip() if target.type is not QuestionType.LONG_TEXT else text
        problem = validate_value(target, value)
        if problem:
            self.plan.refused.append(Refusal(line, text, problem))
            return None
        return value

    def _refuse(self, line: int, text: str, reason: str, target: Question) -> None:
        self.plan.refused.append(Refusal(line, text, reason.format(field=target.column_label)))


def plan_paste(
    questionnaire: Questionnaire,
    matrix: Question,
    answers: Answers,
    text: str,
    shown_codes: Sequence[str],
    start_row: int,
    start_column: int,
) -> PastePlan:
    """Plan a paste: by rows when the first column names standards (with or without a header
    row naming the columns), else straight into the cells from ``shown_codes[start_row]`` and
    field ``start_column`` (an index into the matrix's fields; negative for a fixed column)."""
    rows = split_block(text)
    fields = matrix.fields
    header: list[Question | None] | None = None
    if rows and len(rows[0]) > 1:
        named = [_header_field(fields, cell) for cell in rows[0][1:]]
        if _squash(rows[0][0]) in _KEY_HEADERS or any(named):
            header = named
    body = rows[1:] if header is not None else rows
    first = next((r for r in body if r and r[0].strip()), None)
    standards = questionnaire.standards
    if header is not None or (first is not None and match_standard(standards, first[0])):
        return _by_rows(questionnaire, matrix, answers, rows, header)
    return _into_cells(questionnaire, matrix, answers, rows, shown_codes, start_row, start_column)


def _by_rows(
    questionnaire: Questionnaire,
    matrix: Question,
    answers: Answers,
    rows: list[list[str]],
    header: list[Question | None] | None,
) -> PastePlan:
    planner = _Planner(questionnaire, matrix, answers)
    planner.plan.by_rows = True
    start = 1 if header is not None else 0
    if header is not None:
        for cell, named in zip(rows[0][1:], header, strict=True):
            if named is None and cell.strip():
                reason = _("This column is not one of the matrix's; it was left out.")
                planner.plan.refused.append(Refusal(1, cell, reason))
    for number, row in enumerate(rows[start:], start=start + 1):
        if not row or not row[0].strip():
            continue
        standard = match_standard(questionnaire.standards, row[0])
        if standard is None:
            reason = _("No standard has this code or title.")
            planner.plan.refused.append(Refusal(number, row[0], reason))
            continue
        cells = row[1:]
        if header is None:
            # A block copied from the matrix itself repeats the title and theme: skip them.
            fixed: tuple[str, ...] = (standard.title, questionnaire.theme_label(standard.theme))
            while cells and fixed and _squash(cells[0]) == _squash(fixed[0]):
                cells, fixed = cells[1:], fixed[1:]
            targets: Sequence[Question | None] = matrix.fields
        else:
            targets = header
        for target, cell in zip(targets, cells, strict=False):
            if target is not None:
                planner.cell(number, standard.code, target, cell)
        if header is None and len(cells) > len(matrix.fields):
            extra = "\t".join(cells[len(matrix.fields) :])
            if extra.strip():
                reason = _("More cells than the matrix has columns; these were left out.")
                planner.plan.refused.append(Refusal(number, extra, reason))
    return planner.plan


def _into_cells(
    questionnaire: Questionnaire,
    matrix: Question,
    answers: Answers,
    rows: list[list[str]],
    shown_codes: Sequence[str],
    start_row: int,
    start_column: int,
) -> PastePlan:
    planner = _Planner(questionnaire, matrix, answers)
    fields = matrix.fields
    for offset, row in enumerate(rows):
        number = offset + 1
        if start_row + offset >= len(shown_codes):
            reason = _("Below the last standard shown; left out.")
            planner.plan.refused.append(Refusal(number, "\t".join(row), reason))
            continue
        code = shown_codes[start_row + offset]
        for step, cell in enumerate(row):
            column = start_column + step
            if not cell.strip():
                continue
            if column < 0:
                reason = _("The code, title and theme of a standard cannot be changed.")
                planner.plan.refused.append(Refusal(number, cell, reason))
            elif column >= len(fields):
                reason = _("Beyond the matrix's last column; left out.")
                planner.plan.refused.append(Refusal(number, cell, reason))
            else:
                planner.cell(number, code, fields[column], cell)
    return planner.plan

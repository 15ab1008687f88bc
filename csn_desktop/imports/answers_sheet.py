"""The canonical Answers sheet, validated row by row against the questionnaire it names."""

from __future__ import annotations

from csn_desktop.domain.answers import NO_ITEM
from csn_desktop.domain.questionnaire import TEXT_LIMIT, Questionnaire
from csn_desktop.domain.values import has_unstorable
from csn_desktop.i18n import _, format_number
from csn_desktop.imports.cells import CellValue, Rows
from csn_desktop.imports.outcomes import Place, SubmissionRejected
from csn_desktop.imports.rules import (
    AnswerRow,
    AnswerRules,
    InvalidAnswers,
    Kind,
    is_item_number,
    rules_for,
)
from csn_desktop.imports.sheets import column_letter
from csn_desktop.imports.value_checks import ValueRefused

HEADER = ("question_id", "item_key", "value_json")
CELL_LIMIT = TEXT_LIMIT  # Excel's limit on the characters in one cell


def read_answers(
    sheet: str, rows: Rows, questionnaire: Questionnaire
) -> tuple[list[AnswerRow], InvalidAnswers]:
    """Every answer of the sheet, sorted by question id then item key, and those invalid.

    SubmissionRejected names the row and cell of the first value that cannot be an answer.
    """
    if not rows or tuple(_header(rows[0])) != HEADER:
        raise SubmissionRejected(
            _("The first row must be the headings {headings}.").format(headings=", ".join(HEADER)),
            Place(sheet, 1),
        )
    rules = rules_for(questionnaire)
    found: list[AnswerRow] = []
    invalid: InvalidAnswers = {}
    seen: set[tuple[str, str]] = set()
    in_order = True
    last = ("", "")
    known_row = rules.known_row
    for number in range(2, len(rows) + 1):
        row = rows[number - 1]
        answer = known_row(row)
        if answer is None:
            if row[0] == "" and not any(cell != "" for cell in row):
                continue
            answer, reason = _read_row(sheet, number, row, rules)
            if reason is not None:
                invalid[(answer[0], answer[1])] = (reason, _place(sheet, number, 2))
        key = (answer[0], answer[1])
        seen.add(key)
        if len(seen) == len(found):
            if key[1]:
                message = _("The answer to {question} {item} is given twice.").format(
                    question=key[0], item=key[1]
                )
            else:
                message = _("The answer to {question} is given twice.").format(question=key[0])
            raise SubmissionRejected(message, Place(sheet, number))
        found.append(answer)
        in_order = in_order and key > last
        last = key
    if not in_order:
        found.sort(key=lambda answer: (answer[0], answer[1]))
    return found, invalid


def _header(row: list[CellValue]) -> list[str]:
    return [c.strip().lower() for c in row[:3] if isinstance(c, str)]


def _place(sheet: str, number: int, column: int) -> Place:
    return Place(sheet, number, f"{column_letter(column)}{number}")


def _read_row(
    sheet: str, number: int, row: list[CellValue], rules: AnswerRules
) -> tuple[AnswerRow, str | None]:
    questionnaire = rules.questionnaire
    question_id = row[0]
    slot = rules.slots.get(question_id) if isinstance(question_id, str) else None
    if slot is None or not isinstance(question_id, str):
        if isinstance(question_id, str) and question_id in rules.groups:
            raise SubmissionRejected(
                _("{question} is answered through its rows.").format(question=question_id),
                _place(sheet, number, 0),
            )
        raise SubmissionRejected(
            _("“{question}” is not a question of {questionnaire} version {version}.").format(
                question=question_id, questionnaire=questionnaire.id, version=questionnaire.version
            ),
            _place(sheet, number, 0),
        )
    item_key = _item_key(row[1] if len(row) > 1 else "")
    if slot.kind is Kind.PLAIN:
        if item_key != NO_ITEM:
            raise SubmissionRejected(
                _("{question} takes no item key.").format(question=question_id),
                _place(sheet, number, 1),
            )
    elif slot.kind is Kind.MATRIX:
        if item_key not in rules.standards:
            raise SubmissionRejected(
                _(
                    "“{code}” is not a standard in the catalogue of {questionnaire} "
                    "version {version}."
                ).format(
                    code=item_key, questionnaire=questionnaire.id, version=questionnaire.version
                ),
                _place(sheet, number, 1),
            )
    elif not is_item_number(item_key):
        raise SubmissionRejected(
            _("“{item}” is not an item number (1, 2, 3 …) of {group}.").format(
                item=item_key, group=slot.group_id
            ),
            _place(sheet, number, 1),
        )
    _check_cells(sheet, number, row)
    chunks = row[2:]
    if len(chunks) == 1 and isinstance(chunks[0], str):
        text = chunks[0]
    else:
        for column, chunk in enumerate(chunks, start=2):
            if not isinstance(chunk, str):
                raise SubmissionRejected(
                    _("The value must be JSON text; this cell holds a number or a date."),
                    _place(sheet, number, column),
                )
        text = "".join(str(chunk) for chunk in chunks)
    try:
        value, stored, reason = rules.value(slot.question, text)
    except ValueRefused as refused:
        raise SubmissionRejected(str(refused), _place(sheet, number, 2)) from None
    return (question_id, item_key, value, stored), reason


def _check_cells(sheet: str, number: int, row: list[CellValue]) -> None:
    """No control characters, and no cell longer than Excel allows."""
    if len(row) == 3 and type(row[0]) is str and type(row[1]) is str and type(row[2]) is str:
        joined = f"{row[0]}\n{row[1]}\n{row[2]}"  # the usual row: three text cells
    else:
        joined = "\n".join(cell for cell in row if isinstance(cell, str))
    if has_unstorable(joined) or len(joined) > CELL_LIMIT // 2:
        for column, cell in enumerate(row):
            if not isinstance(cell, str):
                continue
            if has_unstorable(cell):
                raise SubmissionRejected(
                    _("This cell contains control characters, which answers never hold."),
                    _place(sheet, number, column),
                )
            if len(cell) > CELL_LIMIT // 2 and _excel_length(cell) > CELL_LIMIT:
                raise SubmissionRejected(
                    _(
                        "This cell holds {count} characters; an Excel cell holds at most "
                        "{limit}, so no spreadsheet program wrote it."
                    ).format(count=format_number(len(cell)), limit=format_number(CELL_LIMIT)),
                    _place(sheet, number, column),
                )


def _item_key(cell: CellValue) -> str:
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _excel_length(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2

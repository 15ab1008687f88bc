"""The canonical Answers sheet, validated row by row against the questionnaire it names."""

from __future__ import annotations

from csn_desktop.domain.answers import NO_ITEM, AnswerKey
from csn_desktop.domain.canonical import value_from_json
from csn_desktop.domain.questionnaire import TEXT_LIMIT, Questionnaire, QuestionType
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue, has_unstorable
from csn_desktop.imports.cells import CellValue, Rows
from csn_desktop.imports.outcomes import Place, SubmissionRejected
from csn_desktop.imports.sheets import column_letter

HEADER = ("question_id", "item_key", "value_json")
CELL_LIMIT = TEXT_LIMIT  # Excel's limit on the characters in one cell


def read_answers(
    sheet: str, rows: Rows, questionnaire: Questionnaire
) -> dict[AnswerKey, JsonValue]:
    """Every answer of the sheet; SubmissionRejected names the row and cell of the first problem."""
    if not rows or tuple(_header(rows[0])) != HEADER:
        raise SubmissionRejected(
            f"The first row must be the headings {', '.join(HEADER)}.", Place(sheet, 1)
        )
    found: dict[AnswerKey, JsonValue] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell != "" for cell in row):
            continue
        key, value = _read_row(sheet, number, row, questionnaire)
        if key in found:
            raise SubmissionRejected(
                f"The answer to {key.question_id} {key.item_key} is given twice.".replace(
                    "  ", " "
                ),
                Place(sheet, number),
            )
        found[key] = value
    return found


def _header(row: list[CellValue]) -> list[str]:
    return [c.strip().lower() for c in row[:3] if isinstance(c, str)]


def _read_row(
    sheet: str, number: int, row: list[CellValue], questionnaire: Questionnaire
) -> tuple[AnswerKey, JsonValue]:
    def place(column: int) -> Place:
        return Place(sheet, number, f"{column_letter(column)}{number}")

    question_id = row[0]
    if not isinstance(question_id, str) or not questionnaire.has_question(question_id):
        raise SubmissionRejected(
            f"“{question_id}” is not a question of {questionnaire.id} version "
            f"{questionnaire.version}.",
            place(0),
        )
    question = questionnaire.question(question_id)
    item_key = _item_key(row[1] if len(row) > 1 else "")
    if question.is_group:
        raise SubmissionRejected(f"{question_id} is answered through its rows.", place(0))
    group = questionnaire.parent_of(question)
    if group is None and item_key != NO_ITEM:
        raise SubmissionRejected(f"{question_id} takes no item key.", place(1))
    if group is not None and group.type is QuestionType.STANDARDS_MATRIX:
        if questionnaire.standard(item_key) is None:
            raise SubmissionRejected(
                f"“{item_key}” is not a standard in the catalogue of {questionnaire.id} "
                f"version {questionnaire.version}.",
                place(1),
            )
    elif group is not None and not (item_key.isdigit() and not item_key.startswith("0")):
        raise SubmissionRejected(
            f"“{item_key}” is not an item number (1, 2, 3 …) of {group.id}.", place(1)
        )
    chunks = row[2:]
    for column, cell in enumerate(row):
        if isinstance(cell, str) and has_unstorable(cell):
            raise SubmissionRejected(
                "This cell contains control characters, which answers never hold.", place(column)
            )
        if (
            isinstance(cell, str)
            and len(cell) > CELL_LIMIT // 2
            and _excel_length(cell) > CELL_LIMIT
        ):
            raise SubmissionRejected(
                f"This cell holds {len(cell):,} characters; an Excel cell holds at most "
                f"{CELL_LIMIT:,}, so no spreadsheet program wrote it.",
                place(column),
            )
    if not all(isinstance(chunk, str) for chunk in chunks):
        bad = next(n for n, chunk in enumerate(chunks, start=2) if not isinstance(chunk, str))
        raise SubmissionRejected(
            "The value must be JSON text; this cell holds a number or a date.", place(bad)
        )
    text = "".join(str(chunk) for chunk in chunks)
    try:
        value = value_from_json(text)
    except (ValueError, RecursionError):
        raise SubmissionRejected(
            f"“{text[:60]}” is not an answer value written as JSON.", place(2)
        ) from None
    reason = validate_value(question, value)
    if reason is not None:
        label = question.label if len(question.label) <= 80 else question.label[:77] + "…"
        raise SubmissionRejected(f"{question_id} (“{label}”): {reason}", place(2))
    return AnswerKey(question_id, item_key), value


def _item_key(cell: CellValue) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell.strip() if isinstance(cell, str) else str(cell)


def _excel_length(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2

"""One cell of a human sheet (About, Standards, Gaps) read back as an answer value."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import assert_never

from csn_desktop.domain.numbers import read_number
from csn_desktop.domain.questionnaire import TEXT_LIMIT, Question, QuestionType
from csn_desktop.domain.values import JsonValue, has_unstorable, text_length
from csn_desktop.i18n import _, format_number, using_language
from csn_desktop.imports.cells import CellValue
from csn_desktop.imports.value_checks import ValueRefused, check_value

MULTI_SEPARATOR = ";"
# Yes/No as the template's drop-down writes them, Excel's TRUE/FALSE, and Welsh Ie/Na.
_YES = frozenset({"yes", "y", "true", "ie"})
_NO = frozenset({"no", "n", "false", "na"})
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def is_blank(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_value(
    question: Question,
    cell: CellValue,
    choices_as: str,
    local: Question | None = None,
    yes_no: tuple[str, str] = ("yes", "no"),
) -> tuple[JsonValue, str | None]:
    """The answer a filled cell gives ``question``, and why it is invalid (None when valid).

    ``choices_as`` is "label" or "id": how the template shows this question's options.
    ``local`` is the question in the workbook's language (its choice labels in Welsh, say) and
    ``yes_no`` that language's words (see ``yes_no_words``): read as well as the English.
    ValueRefused says in plain words why the cell cannot be an answer at all.
    """
    if isinstance(cell, str) and has_unstorable(cell):
        raise ValueRefused(_("This cell contains control characters, which answers never hold."))
    if isinstance(cell, str) and len(cell) > TEXT_LIMIT // 2 and text_length(cell) > TEXT_LIMIT:
        raise ValueRefused(
            _(
                "This cell holds {count} characters; an Excel cell holds at most {limit}, so no "
                "spreadsheet program wrote it."
            ).format(count=format_number(len(cell)), limit=format_number(TEXT_LIMIT))
        )
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            value: JsonValue = _choice(question, _text(cell), choices_as, local)
        case QuestionType.MULTIPLE_CHOICE:
            words = [w.strip() for w in _text(cell).split(MULTI_SEPARATOR)]
            value = [_choice(question, w, choices_as, local) for w in words if w]
        case QuestionType.YES_NO:
            value = _yes_no(cell, yes_no)
        case QuestionType.NUMBER:
            value = _number(question, cell)
        case QuestionType.DATE:
            value = _date(cell)
        case (
            QuestionType.TEXT
            | QuestionType.LONG_TEXT
            | QuestionType.EMAIL
            | QuestionType.URL
            | QuestionType.STANDARDS_MATRIX
            | QuestionType.REPEAT_GROUP
        ):
            # A group has no cell of its own: validate_value refuses a value for one.
            value = _text(cell)
        case _ as unreachable:
            assert_never(unreachable)
    return value, check_value(question, value)


def _text(cell: CellValue) -> str:
    """A cell as text: line breaks as LF (as XML keeps them), surrounding spaces trimmed."""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date):
        return cell.isoformat()[:10] if _midnight(cell) else cell.isoformat()
    if isinstance(cell, str):
        if "\r" in cell:
            cell = cell.replace("\r\n", "\n").replace("\r", "\n")
        return cell.strip()
    return str(cell)


def _choice(question: Question, word: str, choices_as: str, local: Question | None) -> str:
    """The choice id of a label (any case, the file's language or English) or of an id."""
    folded = word.casefold()
    if choices_as != "id":
        for labelled in (local, question) if local is not None else (question,):
            for choice in labelled.choices:
                if choice.label.strip().casefold() == folded:
                    return choice.id
    for choice in question.choices:
        if choice.id == word:
            return choice.id
    raise ValueRefused(
        _("“{word}” is not one of the choices in this cell's drop-down list.").format(word=word)
    )


def _yes_no(cell: CellValue, words: tuple[str, str]) -> bool:
    if isinstance(cell, bool):
        return cell
    word = _text(cell).casefold()
    yes, no = words
    if word in _YES or word == "1" or word == yes:
        return True
    if word in _NO or word == "0" or word == no:
        return False
    raise ValueRefused(_("“{text}”: answer Yes or No.").format(text=_text(cell)))


def yes_no_words(language: str | None) -> tuple[str, str]:
    """Yes and No as a workbook in ``language`` writes them (the exporter's translations)."""
    with using_language(language):
        return _("Yes").strip().casefold(), _("No").strip().casefold()


def _number(question: Question, cell: CellValue) -> int | float:
    if isinstance(cell, bool) or not isinstance(cell, int | float | str):
        raise ValueRefused(_("Enter a number."))
    if isinstance(cell, str):
        number = read_number(cell)
        if number is None:
            raise ValueRefused(_("“{text}” is not a number.").format(text=cell.strip()))
        return number
    if not math.isfinite(cell):
        raise ValueRefused(_("Enter a number."))
    return int(cell) if float(cell).is_integer() else float(cell)


def _date(cell: CellValue) -> str:
    """A date cell, or text as 2026-11-24 or (as written in the UK) 24/11/2026."""
    if isinstance(cell, datetime | date):
        if not _midnight(cell):
            raise ValueRefused(_("Enter a date without a time of day."))
        return cell.isoformat()[:10]
    text = _text(cell)
    uk = _UK_DATE.match(text)
    if uk:
        try:
            return date(int(uk[3]), int(uk[2]), int(uk[1])).isoformat()
        except ValueError:
            raise ValueRefused(_("“{text}” is not a date that exists.").format(text=text)) from None
    return text  # checked (as YYYY-MM-DD) by the app's own validation


def _midnight(moment: date) -> bool:
    return not isinstance(moment, datetime) or moment.time() == datetime.min.time()

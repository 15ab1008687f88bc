"""One answer in one spreadsheet cell, with the drop-down or check that fits its question."""

from __future__ import annotations

from typing import Any, assert_never

from openpyxl.utils import quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from csn_desktop.domain.questionnaire import TEXT_TYPES, Question, QuestionType
from csn_desktop.domain.values import JsonValue
from csn_desktop.exports.choices import (
    MULTI_SEPARATOR,
    choice_words,
    labels_usable,
    yes_no_words,
)
from csn_desktop.exports.xlsx_cells import (
    TEXT_FORMAT,
    WRAP,
    limit_validation,
    list_validation,
    put_date,
    put_number,
    put_text,
)
from csn_desktop.i18n import _, format_number, ngettext

_WIDE_NUMBER = "1E+15"


class AnswerWriter:
    """Writes answers into cells and keeps the hidden sheet of choice lists the drop-downs use."""

    def __init__(self, workbook: Any, lists_sheet: str) -> None:
        self.workbook = workbook
        self.lists = workbook.create_sheet(lists_sheet)
        self.lists_name = lists_sheet
        self._list_names: dict[str, str] = {}
        self._validations: dict[tuple[int, str], DataValidation] = {}

    def written_as(self, question: Question) -> str:
        """ "label" or "id": how this choice question's options appear in the human sheets."""
        return "label" if labels_usable(question) else "id"

    def put(
        self, ws: Any, row: int, column: int, question: Question, value: JsonValue, where: str
    ) -> None:
        """Write ``value`` as the cell type its question calls for (blank: formatted as text)."""
        if value is None:
            cell = ws.cell(row=row, column=column)
            if question.type not in (QuestionType.NUMBER, QuestionType.DATE):
                cell.number_format = TEXT_FORMAT
            return
        match question.type:
            case QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE:
                use_labels = labels_usable(question)
                words = choice_words(question, value, use_labels=use_labels)
                put_text(ws, row, column, MULTI_SEPARATOR.join(words), where, wrap=True)
            case QuestionType.YES_NO if isinstance(value, bool):
                put_text(ws, row, column, yes_no_words()[0 if value else 1], where)
            case QuestionType.NUMBER if isinstance(value, int | float) and not isinstance(
                value, bool
            ):
                put_number(ws, row, column, value)
            case QuestionType.DATE if isinstance(value, str):
                put_date(ws, row, column, value, where)
            case (
                QuestionType.YES_NO
                | QuestionType.NUMBER
                | QuestionType.DATE
                | QuestionType.TEXT
                | QuestionType.LONG_TEXT
                | QuestionType.EMAIL
                | QuestionType.URL
                | QuestionType.STANDARDS_MATRIX
                | QuestionType.REPEAT_GROUP
            ):
                # Text answers, and any value of an unexpected type, are shown as text.
                if isinstance(value, list):
                    text = MULTI_SEPARATOR.join(value)
                elif isinstance(value, bool):
                    text = yes_no_words()[0 if value else 1]
                else:
                    text = str(value)
                put_text(ws, row, column, text, where, wrap=question.type in TEXT_TYPES)
            case _ as unreachable:
                assert_never(unreachable)
        ws.cell(row=row, column=column).alignment = WRAP

    def validate(self, ws: Any, question: Question, cells: str) -> None:
        """Attach the fitting drop-down or check to a cell or range (one rule per question)."""
        key = (id(ws), question.id)
        validation = self._validations.get(key)
        if validation is None:
            validation = self._make_validation(question)
            if validation is None:
                return
            ws.add_data_validation(validation)
            self._validations[key] = validation
        validation.add(cells)

    def _make_validation(self, question: Question) -> DataValidation | None:
        match question.type:
            case QuestionType.SINGLE_CHOICE:
                return list_validation(
                    self._list_name(question), strict=True, prompt=_("Choose one from the list.")
                )
            case QuestionType.MULTIPLE_CHOICE:
                return list_validation(
                    self._list_name(question),
                    strict=False,
                    prompt=_(
                        "Choose from the list. For several, type them separated by semicolons (;)."
                    ),
                )
            case QuestionType.YES_NO:
                yes, no = yes_no_words()
                return list_validation(f'"{yes},{no}"', strict=True, prompt=_yes_or_no())
            case QuestionType.NUMBER:
                low = _number(question.minimum, "-" + _WIDE_NUMBER)
                high = _number(question.maximum, _WIDE_NUMBER)
                kind = "whole" if question.integer else "decimal"
                return limit_validation(kind, low, high, how_to_answer(question))
            case QuestionType.DATE:
                # Serial 1 is 1900-01-01; 2958465 is 9999-12-31.
                return limit_validation("date", "1", "2958465", how_to_answer(question))
            case QuestionType.TEXT | QuestionType.LONG_TEXT | QuestionType.EMAIL | QuestionType.URL:
                prompt = ngettext(
                    "At most {count} character.", "At most {count} characters.", question.max_length
                ).format(count=format_number(question.max_length))
                return limit_validation("textLength", "0", str(question.max_length), prompt)
            case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
                return None  # a group's answers are its fields', each checked in its own column
            case _ as unreachable:
                assert_never(unreachable)

    def _list_name(self, question: Question) -> str:
        """A defined name over this question's options in the hidden lists sheet."""
        name = self._list_names.get(question.id)
        if name is not None:
            return name
        column = len(self._list_names) + 1
        put_text(self.lists, 1, column, question.id, _("a list heading"))
        use_labels = labels_usable(question)
        for row, choice in enumerate(question.choices, start=2):
            put_text(
                self.lists, row, column, choice.label if use_labels else choice.id, _("a choice")
            )
        letter = self.lists.cell(row=1, column=column).column_letter
        last = len(question.choices) + 1
        name = "list_" + question.id.replace(".", "_")
        reference = f"{quote_sheetname(self.lists_name)}!${letter}$2:${letter}${last}"
        self.workbook.defined_names.add(DefinedName(name, attr_text=reference))
        self._list_names[question.id] = name
        return name


def how_to_answer(question: Question) -> str:
    """Plain-words guidance for the "How to answer" column of the About sheet."""
    parts = [_("Required.") if question.required else _("Optional.")]
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            parts.append(_("Choose one from the list."))
        case QuestionType.MULTIPLE_CHOICE:
            if question.max_selections:
                parts.append(
                    _(
                        "Choose from the list; for several (at most {most}), separate them with ;"
                    ).format(most=format_number(question.max_selections))
                )
            else:
                parts.append(_("Choose from the list; for several, separate them with ;"))
        case QuestionType.YES_NO:
            parts.append(_yes_or_no())
        case QuestionType.NUMBER:
            parts.append(_number_guidance(question))
        case QuestionType.DATE:
            parts.append(_("A date, for example {example}.").format(example="2026-11-24"))
        case QuestionType.EMAIL:
            parts.append(_("An e-mail address."))
        case QuestionType.URL:
            parts.append(_("A web address starting with https://."))
        case QuestionType.TEXT | QuestionType.LONG_TEXT:
            parts.append(
                ngettext(
                    "Text, at most {count} character.",
                    "Text, at most {count} characters.",
                    question.max_length,
                ).format(count=format_number(question.max_length))
            )
        case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            parts.append(_("Answered in its own sheet, one row per item."))
        case _ as unreachable:
            assert_never(unreachable)
    if question.relevant is not None:
        parts.append(_("Only if it applies (see the questionnaire)."))
    if question.personal_data:
        parts.append(_("Personal data."))
    return " ".join(parts)


def _yes_or_no() -> str:
    """How to answer a yes/no question, naming the words the drop-down offers."""
    yes, no = yes_no_words()
    return _("{yes} or {no}.").format(yes=yes, no=no)


def _number_guidance(question: Question) -> str:
    low, high = question.minimum, question.maximum
    if low is None or high is None:
        return _("A whole number.") if question.integer else _("A number.")
    bounds = {"low": _number(low, ""), "high": _number(high, "")}
    if question.integer:
        return _("A whole number from {low} to {high}.").format(**bounds)
    return _("A number from {low} to {high}.").format(**bounds)


def _number(value: float | None, default: str) -> str:
    if value is None:
        return default
    return str(int(value)) if value == int(value) else str(value)

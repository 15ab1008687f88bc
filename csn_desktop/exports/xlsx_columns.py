"""The widths and headings of the submission's columns, and which answers they say are required."""

from __future__ import annotations

from typing import assert_never

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.i18n import _


def column_width(field: Question) -> float:
    """A column's width in characters, by the kind of answer it holds."""
    match field.type:
        case QuestionType.SINGLE_CHOICE:
            return 22
        case QuestionType.MULTIPLE_CHOICE | QuestionType.URL:
            return 32
        case QuestionType.LONG_TEXT:
            return 50
        case QuestionType.EMAIL | QuestionType.TEXT:
            return 28
        case QuestionType.NUMBER:
            return 12
        case QuestionType.DATE:
            return 13
        case QuestionType.YES_NO:
            return 10
        case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            return 30  # never a column: a group's fields are its columns
        case _ as unreachable:
            assert_never(unreachable)


def required_text(question: Question) -> str:
    """The About sheet's "Required" column: whether the import needs this answer."""
    if not question.required:
        return _("No")
    return _("Yes, if it applies") if question.relevant is not None else _("Yes")


def field_heading(group: Question, field: Question) -> str:
    """A group sheet's column heading, saying when its answers are required."""
    if not field.required:
        return field.column_label
    if group.required_rows_from:
        # TRANSLATORS: a heading of the standards sheet: "Use (required in your themes)".
        return _("{column} (required in your themes)").format(column=field.column_label)
    return _("{column} (required)").format(column=field.column_label)

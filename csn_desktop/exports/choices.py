"""Answers in words: choice labels, yes/no, numbers and dates, as both exports show them."""

from __future__ import annotations

from typing import assert_never

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.values import JsonValue
from csn_desktop.i18n import _

# Several choices in one spreadsheet cell are separated by this (read back by splitting on ";").
MULTI_SEPARATOR = "; "
# What a workbook writes for yes/no answers and its drop-down offers; the importer reads them back.
YES = "Yes"  # not translated: file format
NO = "No"  # not translated: file format


def labels_usable(question: Question) -> bool:
    """Whether a spreadsheet can show this question's choices by label and still be read back.

    Labels must be non-empty, unique ignoring case and free of the ";" separator; otherwise
    the spreadsheet shows choice ids for this question instead.
    """
    labels = [c.label.strip().casefold() for c in question.choices]
    return (
        all(labels)
        and len(set(labels)) == len(labels)
        and not any(";" in label for label in labels)
    )


def choice_words(question: Question, value: JsonValue, *, use_labels: bool = True) -> list[str]:
    """The chosen options of a choice answer as labels (or ids), in the order they were chosen."""
    chosen = value if isinstance(value, list) else [str(value)]
    if not use_labels:
        return list(chosen)
    return [question.choice_label(choice_id) for choice_id in chosen]


def answer_words(question: Question, value: JsonValue, *, separator: str = ", ") -> str:
    """An answer as a person reads it: labels for choices, Yes/No, numbers without a stray .0."""
    if value is None:
        return ""
    match question.type:
        case QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE:
            return separator.join(choice_words(question, value))
        case QuestionType.YES_NO:
            return _("Yes") if value else _("No")
        case (
            QuestionType.TEXT
            | QuestionType.LONG_TEXT
            | QuestionType.NUMBER
            | QuestionType.DATE
            | QuestionType.EMAIL
            | QuestionType.URL
            | QuestionType.STANDARDS_MATRIX
            | QuestionType.REPEAT_GROUP
        ):
            return _plain_words(value, separator)
        case _ as unreachable:
            assert_never(unreachable)


def _plain_words(value: JsonValue, separator: str) -> str:
    """A value in words whatever its question: any stray true/false still reads Yes/No."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return separator.join(value)
    return str(value)

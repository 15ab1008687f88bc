"""Answers in words: choice labels, yes/no, numbers and dates, as both exports show them."""

from __future__ import annotations

from typing import assert_never

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.values import JsonValue
from csn_desktop.i18n import _

# Several choices in one spreadsheet cell are separated by this (read back by splitting on ";").
MULTI_SEPARATOR = "; "
# Yes/No when a translation holds a character a drop-down list cannot (a comma or a quote).
_YES = "Yes"  # not translated: the fallback of a file format value
_NO = "No"  # not translated: the fallback of a file format value


def yes_no_words() -> tuple[str, str]:
    """What a workbook writes for yes and no, and its drop-down offers, in the current language.

    The importer reads these words back in the language the workbook records (and English).
    """
    yes, no = _("Yes").strip(), _("No").strip()
    if not yes or not no or any(c in yes + no for c in ',"') or yes.casefold() == no.casefold():
        return _YES, _NO
    return yes, no


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

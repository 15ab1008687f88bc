"""Answers as a workbook's readable sheets give them back: what the export's checksum covers."""

from __future__ import annotations

import math
from typing import assert_never

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.values import JsonValue

# A workbook's words for yes/no (the exporter writes them, the importer reads them back).
YES_WORD = "Yes"  # not translated: file format
NO_WORD = "No"  # not translated: file format


def as_shown(question: Question, value: JsonValue) -> JsonValue:
    """``value`` as reading its cell back gives it; None when the cell reads as no answer.

    Text loses its carriage returns (XML turns CR and CRLF into LF) and surrounding spaces
    (the reader trims them); blank text and an empty list are no answer; a whole number is an
    int. Choices, yes/no and dates come back as they are.
    """
    if value is None:
        return None
    match question.type:
        case QuestionType.TEXT | QuestionType.LONG_TEXT | QuestionType.EMAIL | QuestionType.URL:
            text = _as_text(value).replace("\r\n", "\n").replace("\r", "\n").strip()
            return text or None
        case QuestionType.MULTIPLE_CHOICE:
            if not isinstance(value, list):
                return value
            words = [word.strip() for word in value if word.strip()]
            return words or None
        case QuestionType.NUMBER:
            if isinstance(value, float) and math.isfinite(value) and value.is_integer():
                return int(value)
            return value
        case QuestionType.DATE:
            return value.strip() if isinstance(value, str) else value
        case (
            QuestionType.SINGLE_CHOICE
            | QuestionType.YES_NO
            | QuestionType.STANDARDS_MATRIX
            | QuestionType.REPEAT_GROUP
        ):
            return value
        case _ as unreachable:
            assert_never(unreachable)


def shown_answers(questionnaire: Questionnaire, answers: Answers) -> Answers:
    """Every answer ``as_shown`` (answers that read back as none left out)."""
    shown = Answers()
    for key, value in answers:
        if questionnaire.has_question(key.question_id):
            value = as_shown(questionnaire.question(key.question_id), value)
        shown.set(key.question_id, key.item_key, value)
    return shown


def same_shown(question: Question, exact: JsonValue, read: JsonValue) -> bool:
    """Whether a cell read as ``read`` shows the value ``exact`` (True is not 1, 12 is 12.0)."""
    shown = as_shown(question, exact)
    return type(shown) is type(read) and shown == read


def shown_words(question: Question, value: JsonValue) -> str:
    """A value as the readable sheet shows it: choice labels, Yes/No, whole numbers, text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES_WORD if value else NO_WORD
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        chosen = value if isinstance(value, list) else [str(value)]
        return "; ".join(question.choice_label(choice) for choice in chosen)
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _as_text(value: JsonValue) -> str:
    """Text as the exporter writes a value of any type in a text cell."""
    if isinstance(value, bool):
        return YES_WORD if value else NO_WORD
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)

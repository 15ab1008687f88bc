"""Whether a value read from a file can be an answer at all, or is only invalid (drafts keep it)."""

from __future__ import annotations

import math
from typing import assert_never

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue, has_unstorable
from csn_desktop.i18n import _


class ValueRefused(Exception):
    """An answer value that is not JSON or does not fit its question; the message says why."""


def check_value(question: Question, value: JsonValue) -> str | None:
    """Why ``value`` is invalid for ``question`` (a draft keeps it), or None when it is valid.

    ValueRefused when it cannot be an answer to the question at all — the wrong kind of value,
    a choice not in the list, a date that is not one, control characters — which refuses the
    file whatever its status. What the app itself lets a draft hold (an e-mail without a dot,
    a number beyond its limits, too many choices, text too long) is only invalid.
    """
    reason = validate_value(question, value)
    if reason is not None and not _readable(question, value):
        raise ValueRefused(reason)
    return reason


def _readable(question: Question, value: JsonValue) -> bool:
    match question.type:
        case QuestionType.TEXT | QuestionType.LONG_TEXT | QuestionType.EMAIL | QuestionType.URL:
            return isinstance(value, str) and not has_unstorable(value)
        case QuestionType.SINGLE_CHOICE:
            return isinstance(value, str) and question.choice(value) is not None
        case QuestionType.MULTIPLE_CHOICE:
            return isinstance(value, list) and all(
                isinstance(v, str) and question.choice(v) is not None for v in value
            )
        case QuestionType.YES_NO:
            return isinstance(value, bool)
        case QuestionType.NUMBER:
            return (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
            )
        case QuestionType.DATE | QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            return False  # a date that is not one; a group never holds a value of its own
        case _ as unreachable:
            assert_never(unreachable)


def refused_answer(question: Question, reason: object) -> str:
    """The message naming a question and what is wrong with its answer."""
    label = question.label if len(question.label) <= 80 else question.label[:77] + "…"
    return _("{question} (“{label}”): {reason}").format(
        question=question.id, label=label, reason=reason
    )

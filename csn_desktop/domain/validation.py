"""Checks one answer value against its question: type, choices, limits and formats."""

from __future__ import annotations

import math
import re
from typing import assert_never
from urllib.parse import urlsplit

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.uk_input import date_parts, normal_date, read_date
from csn_desktop.domain.values import JsonValue, has_unstorable, text_length
from csn_desktop.i18n import _, format_number

# Deliberately simple (one @, a dot in the domain, no spaces): delivery cannot be checked offline.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def validate_value(question: Question, value: JsonValue) -> str | None:
    """A plain-words reason why ``value`` is not acceptable for ``question``, or None if it is."""
    if value is None:
        return None
    match question.type:
        case QuestionType.TEXT | QuestionType.LONG_TEXT:
            return _check_text(question, value)
        case QuestionType.EMAIL:
            return _check_text(question, value) or _check_email(value)
        case QuestionType.URL:
            return _check_text(question, value) or _check_url(value)
        case QuestionType.SINGLE_CHOICE:
            if not isinstance(value, str) or question.choice(value) is None:
                return _("“{value}” is not one of the choices.").format(value=value)
            return None
        case QuestionType.MULTIPLE_CHOICE:
            return _check_multiple(question, value)
        case QuestionType.YES_NO:
            return None if isinstance(value, bool) else _("Answer yes or no.")
        case QuestionType.NUMBER:
            return _check_number(question, value)
        case QuestionType.DATE:
            return _check_date(value)
        case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            return _("This question is answered through its rows, not with a value of its own.")
        case _ as unreachable:
            assert_never(unreachable)


def _check_text(question: Question, value: JsonValue) -> str | None:
    if not isinstance(value, str):
        return _("Enter text.")
    if text_length(value) > question.max_length:
        return _(
            "This answer is {length} characters long; the limit is {limit}. Please shorten it."
        ).format(length=format_number(text_length(value)), limit=format_number(question.max_length))
    if has_unstorable(value):
        return _("This answer contains control characters that cannot be stored.")
    return None


def _check_email(value: JsonValue) -> str | None:
    if isinstance(value, str) and _EMAIL.match(value.strip()):
        return None
    return _("Enter an e-mail address such as name@council.gov.uk.")


def _check_url(value: JsonValue) -> str | None:
    if isinstance(value, str):
        try:
            parts = urlsplit(value.strip())
        except ValueError:  # such as a malformed IPv6 host, "https://[oops"
            return _("Enter a web address starting with https:// or http://.")
        if parts.scheme in {"http", "https"} and "." in parts.netloc and " " not in value.strip():
            return None
    return _("Enter a web address starting with https:// or http://.")


def _check_multiple(question: Question, value: JsonValue) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return _("Choose from the list.")
    unknown = [v for v in value if question.choice(v) is None]
    if unknown:
        return _("“{value}” is not one of the choices.").format(value=unknown[0])
    if len(set(value)) != len(value):
        return _("A choice is selected twice.")
    if question.max_selections is not None and len(value) > question.max_selections:
        return _("Choose at most {count}.").format(count=format_number(question.max_selections))
    return None


def _check_number(question: Question, value: JsonValue) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return _("Enter a number.")
    if question.integer and value != int(value):
        return _("Enter a whole number.")
    if question.minimum is not None and value < question.minimum:
        return _("Enter a number of at least {minimum}.").format(
            minimum=format_number(question.minimum)
        )
    if question.maximum is not None and value > question.maximum:
        return _("Enter a number of at most {maximum}.").format(
            maximum=format_number(question.maximum)
        )
    return None


def _check_date(value: JsonValue) -> str | None:
    if isinstance(value, str):
        parts = date_parts(value)
        if parts is not None and read_date(value) is None:
            return _("This date does not exist.")
        if _ISO_DATE.fullmatch(value):
            return None
        if parts is not None:
            return _("Dates are kept as year-month-day: write {iso}.").format(
                iso=normal_date(value)
            )
    return _("Enter a date as day/month/year, for example 24/11/2026.")

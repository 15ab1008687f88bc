"""validate_value for every question type, and clean_text / is_answered."""

from __future__ import annotations

import pytest

from csn_desktop.domain.questionnaire import TEXT_LIMIT, Choice, Question, QuestionType
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue, clean_text, has_unstorable, is_answered

T = QuestionType
CHOICES = (Choice("a", "A"), Choice("b", "B"), Choice("c", "C"))


def _check(question: Question, value: JsonValue) -> str | None:
    return validate_value(question, value)


def test_no_answer_is_always_valid() -> None:
    for qtype in T:
        assert validate_value(Question("q", qtype, "Q"), None) is None


@pytest.mark.parametrize("qtype", [T.TEXT, T.LONG_TEXT])
def test_text(qtype: QuestionType) -> None:
    question = Question("q", qtype, "Q")
    assert _check(question, "Cyngor Sir Ddinbych — ŵ ŷ 🙂\ttab\nline") is None
    assert _check(question, "x" * TEXT_LIMIT) is None
    reason = _check(question, "x" * 32_768)
    assert reason is not None and "32,768 characters" in reason and "32,767" in reason
    assert _check(question, 42) == "Enter text."
    assert _check(question, "bad\x00nul") is not None
    assert _check(question, "bad\x0bvertical tab") is not None


def test_text_own_max_length() -> None:
    question = Question("q", T.TEXT, "Q", max_length=5)
    assert _check(question, "12345") is None
    assert "limit is 5" in (_check(question, "123456") or "")


@pytest.mark.parametrize("good", ["name@council.gov.uk", "a.b+c@cyngor.cymru", " x@y.org "])
def test_email_good(good: str) -> None:
    assert _check(Question("q", T.EMAIL, "Q"), good) is None


@pytest.mark.parametrize(
    "bad", ["name", "name@council", "a@b@c.uk", "a b@c.uk", "@council.gov.uk", "a@b.", 7]
)
def test_email_bad(bad: JsonValue) -> None:
    assert _check(Question("q", T.EMAIL, "Q"), bad) is not None


@pytest.mark.parametrize(
    "good", ["https://www.bsigroup.com/x?y=1", "http://example.org", "https://gov.wales/cy"]
)
def test_url_good(good: str) -> None:
    assert _check(Question("q", T.URL, "Q"), good) is None


@pytest.mark.parametrize(
    "bad",
    [
        "www.example.org",
        "ftp://example.org/file",
        "javascript:alert(1)",
        "https://localhost",
        "https://exa mple.org",
        "https://[oops.org/",
        "",
    ],
)
def test_url_bad(bad: str) -> None:
    assert _check(Question("q", T.URL, "Q"), bad) == (
        "Enter a web address starting with https:// or http://."
    )


def test_single_choice() -> None:
    question = Question("q", T.SINGLE_CHOICE, "Q", choices=CHOICES)
    assert _check(question, "a") is None
    assert _check(question, "z") == "“z” is not one of the choices."
    assert _check(question, ["a"]) is not None
    assert _check(question, True) is not None


def test_multiple_choice_and_max_selections() -> None:
    question = Question("q", T.MULTIPLE_CHOICE, "Q", choices=CHOICES, max_selections=2)
    assert _check(question, []) is None
    assert _check(question, ["a", "c"]) is None
    assert _check(question, ["a", "b", "c"]) == "Choose at most 2."
    assert _check(question, ["a", "a"]) == "A choice is selected twice."
    assert _check(question, ["a", "z"]) == "“z” is not one of the choices."
    assert _check(question, "a") == "Choose from the list."
    assert _check(question, [1]) == "Choose from the list."
    unlimited = Question("q", T.MULTIPLE_CHOICE, "Q", choices=CHOICES)
    assert _check(unlimited, ["a", "b", "c"]) is None


def test_yes_no() -> None:
    question = Question("q", T.YES_NO, "Q")
    assert _check(question, True) is None
    assert _check(question, False) is None
    for bad in ("yes", 1, 0, ["true"]):
        assert _check(question, bad) == "Answer yes or no."


def test_number() -> None:
    question = Question("q", T.NUMBER, "Q", minimum=0, maximum=100, integer=True)
    for good in (0, 100, 7, 7.0):
        assert _check(question, good) is None
    assert _check(question, 2.5) == "Enter a whole number."
    assert _check(question, -1) == "Enter a number of at least 0."
    assert _check(question, 101) == "Enter a number of at most 100."
    for bad in (True, "3", float("nan"), float("inf")):
        assert _check(question, bad) == "Enter a number."
    decimals = Question("q", T.NUMBER, "Q", minimum=0.5)
    assert _check(decimals, 2.5) is None
    assert _check(decimals, 0.25) == "Enter a number of at least 0.5."


@pytest.mark.parametrize("good", ["2026-11-24", "2028-02-29", "2026-01-01"])
def test_date_good(good: str) -> None:
    assert _check(Question("q", T.DATE, "Q"), good) is None


def test_date_that_does_not_exist() -> None:
    question = Question("q", T.DATE, "Q")
    assert _check(question, "2026-02-30") == "This date does not exist."
    assert _check(question, "2026-13-01") == "This date does not exist."
    assert _check(question, "2027-02-29") == "This date does not exist."


@pytest.mark.parametrize(
    "bad", ["20261124", "٢٠٢٦-١١-٢٤", "", 20261124, "next Tuesday", "1 Smarch 2026"]
)
def test_date_not_a_date(bad: JsonValue) -> None:
    reason = _check(Question("q", T.DATE, "Q"), bad)
    assert reason == "Enter a date as day/month/year, for example 24/11/2026."


@pytest.mark.parametrize(
    ("written", "iso"),
    [("24/11/2026", "2026-11-24"), ("2026-1-5", "2026-01-05"), ("2026-11-24\n", "2026-11-24")],
)
def test_a_stored_date_not_written_iso_names_the_iso_form(written: str, iso: str) -> None:
    # The editors store ISO; a file that says 24/11/2026 is told the form that is kept.
    reason = _check(Question("q", T.DATE, "Q"), written)
    assert reason == f"Dates are kept as year-month-day: write {iso}."


def test_a_day_first_date_that_does_not_exist() -> None:
    assert _check(Question("q", T.DATE, "Q"), "31/02/2026") == "This date does not exist."


@pytest.mark.parametrize("qtype", [T.STANDARDS_MATRIX, T.REPEAT_GROUP])
def test_a_group_has_no_value_of_its_own(qtype: QuestionType) -> None:
    assert _check(Question("q", qtype, "Q"), "x") is not None


def test_clean_text_keeps_letters_emoji_and_line_breaks() -> None:
    text = "Ŵ ŵ Ŷ ŷ — Llanfair 🏴󠁧󠁢󠁷󠁬󠁳󠁿 🙂\tcol\r\nnext"
    assert clean_text(text) == text
    assert not has_unstorable(text)


def test_clean_text_strips_what_excel_cannot_store() -> None:
    assert clean_text("a\x00b\x0bc\x0cd\x1fe\ufffef") == "abcdef"
    assert has_unstorable("a\x00b")
    assert clean_text("lone \ud800 surrogate") == "lone  surrogate"


@pytest.mark.parametrize(
    ("value", "answered"),
    [
        (None, False),
        ("", False),
        (" \n", False),
        ([], False),
        ("x", True),
        (["a"], True),
        (0, True),
        (False, True),
    ],
)
def test_is_answered(value: JsonValue, answered: bool) -> None:
    assert is_answered(value) is answered


def test_length_counts_like_excel_so_emoji_count_twice() -> None:
    from csn_desktop.domain.questionnaire import TEXT_LIMIT, Question, QuestionType
    from csn_desktop.domain.validation import validate_value
    from csn_desktop.domain.values import text_length

    assert text_length("ŵŷ") == 2
    assert text_length("🙂") == 2
    question = Question("q", QuestionType.LONG_TEXT, "Q")
    half = TEXT_LIMIT // 2
    assert validate_value(question, "🙂" * half) is None
    assert validate_value(question, "🙂" * (half + 1)) is not None

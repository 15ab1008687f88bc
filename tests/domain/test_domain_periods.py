"""The period an assessment covers (domain.periods): a UK financial year such as 2026/27."""

from __future__ import annotations

from datetime import date

import pytest

from csn_desktop.domain.periods import (
    EXAMPLE,
    financial_year,
    is_period,
    next_period,
    normal_period,
)


def test_example_is_a_period() -> None:
    assert is_period(EXAMPLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/27", "2026/27"),
        (" 2026/27 ", "2026/27"),
        ("1999/00", "1999/00"),
        ("2026/28", None),
        ("2026-27", "2026/27"),
        ("2026/2027", "2026/27"),
        ("2026-2027", "2026/27"),
        ("2026 – 27", "2026/27"),
        ("1999-2000", "1999/00"),
        ("2026/2028", None),
        ("2026.27", None),
        ("26/27", None),
        ("", None),
    ],
)
def test_normal_period(text: str, expected: str | None) -> None:
    assert normal_period(text) == expected


def test_is_period_takes_the_text_exactly() -> None:
    assert is_period("2026/27")
    assert not is_period(" 2026/27")
    assert not is_period("2026/27\n")
    assert not is_period("2026/28")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 1), "2026/27"),
        (date(2027, 3, 31), "2026/27"),
        (date(2026, 3, 31), "2025/26"),
        (date(1999, 12, 31), "1999/00"),
    ],
)
def test_financial_year_starts_on_1_april(day: date, expected: str) -> None:
    assert financial_year(day) == expected
    assert is_period(financial_year(day))


@pytest.mark.parametrize(
    ("period", "expected"), [("2026/27", "2027/28"), ("1999/00", "2000/01"), ("2099/00", "2100/01")]
)
def test_next_period(period: str, expected: str) -> None:
    assert next_period(period) == expected

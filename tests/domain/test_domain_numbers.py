"""Reading numbers typed by people (domain.numbers), as the window and the importer do."""

from __future__ import annotations

import pytest

from csn_desktop.domain.numbers import read_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        (" 12 ", 12),
        ("12.0", 12),
        ("-3", -3),
        ("+3", 3),
        ("1,234", 1234),
        ("1,234.5", 1234.5),
        ("0.25", 0.25),
        (".5", 0.5),
        ("5.", 5),
        ("2e3", 2000),
        ("1.5E-1", 0.15),
    ],
)
def test_numbers_people_write(text: str, expected: float) -> None:
    number = read_number(text)
    assert number == expected
    # A whole number is an int, so 12 and 12.0 are one answer.
    assert isinstance(number, int) == float(expected).is_integer()


@pytest.mark.parametrize(
    "text", ["", " ", "twelve", "12 apples", "1.2.3", "nan", "inf", "-inf", "1e999", "1_000", "--1"]
)
def test_text_that_is_not_a_number(text: str) -> None:
    assert read_number(text) is None

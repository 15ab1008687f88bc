"""Dates and web addresses typed the UK way, read into the forms that are stored."""

from __future__ import annotations

from datetime import date

import pytest

from csn_desktop.domain.uk_input import normal_date, normal_url, read_date, uk_date


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("01/12/2026", date(2026, 12, 1)),
        ("1/12/2026", date(2026, 12, 1)),
        ("1/2/2026", date(2026, 2, 1)),
        ("01-12-2026", date(2026, 12, 1)),
        ("01.12.2026", date(2026, 12, 1)),
        (" 01 / 12 / 2026 ", date(2026, 12, 1)),
        ("01/12/26", date(2026, 12, 1)),
        ("1 December 2026", date(2026, 12, 1)),
        ("1st Dec 2026", date(2026, 12, 1)),
        ("29 february 2028", date(2028, 2, 29)),
        ("1 Rhagfyr 2026", date(2026, 12, 1)),
        ("30 Gorffennaf 2026", date(2026, 7, 30)),
        ("2026-12-01", date(2026, 12, 1)),
        ("2026-1-5", date(2026, 1, 5)),
    ],
)
def test_dates_read_the_uk_way(typed: str, day: date) -> None:
    assert read_date(typed) == day
    assert normal_date(typed) == day.isoformat()


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/2026",  # no 31 February
        "29/02/2027",  # not a leap year
        "12/13/2026",  # month first (US) is not read as 13 December
        "00/12/2026",
        "32 December 2026",
        "1 Smarch 2026",
        "2026-02-30",
        "٠١/١٢/٢٠٢٦",  # other digits are not read as a date
        "next Tuesday",
        "20261201",
        "",
    ],
)
def test_what_is_not_a_date_is_kept_as_typed(typed: str) -> None:
    assert read_date(typed) is None
    assert normal_date(typed) == typed


def test_stored_dates_shown_the_uk_way() -> None:
    assert uk_date("2026-12-01") == "01/12/2026"
    assert uk_date("not a date") == "not a date"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.example.gov.uk/x", "https://www.example.gov.uk/x"),
        ("example.gov.uk", "https://example.gov.uk"),
        (" www.cyngor.gov.uk/cy/ŵyn?x=1#top ", "https://www.cyngor.gov.uk/cy/ŵyn?x=1#top"),
        ("WWW.ANGLESEY.GOV.UK", "https://WWW.ANGLESEY.GOV.UK"),
        ("//example.org/a", "https://example.org/a"),
        ("data.gov.uk:8080/api", "https://data.gov.uk:8080/api"),
    ],
)
def test_addresses_without_a_scheme_get_https(typed: str, stored: str) -> None:
    assert normal_url(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "https://www.example.gov.uk/x",
        "http://intranet.council.local",
        "ftp://files.example.org",
        "intranet/page",  # no host with a dot: not guessed, reported invalid
        "name@council.gov.uk",
        "mailto:name@council.gov.uk",
        "www.example .gov.uk",
        "see the intranet",
        "localhost:8080",
        "",
    ],
)
def test_other_text_is_kept_as_typed(typed: str) -> None:
    assert normal_url(typed) == typed

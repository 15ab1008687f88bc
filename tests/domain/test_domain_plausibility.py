"""Periods from 2015/16 to two years ahead; moments and days not in the future (a day allowed)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from csn_desktop.domain.plausibility import (
    is_future_day,
    is_future_moment,
    is_plausible_period,
    last_period,
)

TODAY = date(2026, 12, 1)  # in financial year 2026/27


@pytest.mark.parametrize(
    ("period", "plausible"),
    [
        ("2014/15", False),
        ("2015/16", True),
        ("2026/27", True),
        ("2028/29", True),
        ("2029/30", False),
        ("2099/00", False),
        ("1999/00", False),
        ("not a period", False),
    ],
)
def test_periods_from_2015_16_to_two_years_ahead(period: str, plausible: bool) -> None:
    assert is_plausible_period(period, TODAY) is plausible


def test_the_last_period_follows_the_financial_year() -> None:
    assert last_period(date(2027, 3, 31)) == "2028/29"
    assert last_period(date(2027, 4, 1)) == "2029/30"
    assert last_period(date(2098, 4, 1)) == "2100/01"


def test_a_day_of_clock_difference_is_allowed_no_more() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert not is_future_moment(now + timedelta(hours=23), now)
    assert is_future_moment(now + timedelta(days=1, seconds=1), now)
    assert not is_future_day(TODAY + timedelta(days=1), TODAY)
    assert is_future_day(TODAY + timedelta(days=2), TODAY)

"""Whether a file's period and dates can be true: no year long past or far ahead, no future."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from csn_desktop.domain.periods import financial_year, normal_period

# The first financial year the network collects (the earliest an assessment can describe).
FIRST_PERIOD = "2015/16"
# A council may prepare next year's or the year after's assessment, not one further ahead.
YEARS_AHEAD = 2
# Clocks differ between a council's laptop and the office PC, and time zones by up to a day:
# a moment up to this far ahead of now is taken as now, anything later as wrong.
CLOCK_SKEW = timedelta(days=1)


def _start(period: str) -> int:
    return int(period[:4])


def last_period(today: date) -> str:
    """The latest plausible period: two financial years after today's."""
    start = _start(financial_year(today)) + YEARS_AHEAD
    return f"{start}/{(start + 1) % 100:02d}"


def is_plausible_period(period: str, today: date) -> bool:
    """Whether ``period`` (a financial year) lies from 2015/16 to two years after today's."""
    normal = normal_period(period)
    if normal is None:
        return False
    return _start(FIRST_PERIOD) <= _start(normal) <= _start(last_period(today))


def is_future_moment(moment: datetime, now: datetime) -> bool:
    """Whether ``moment`` (aware) is later than ``now`` even allowing for clocks that differ."""
    return moment > now + CLOCK_SKEW


def is_future_day(day: date, today: date) -> bool:
    """Whether ``day`` is later than ``today`` even allowing for clocks and time zones."""
    return day > today + CLOCK_SKEW

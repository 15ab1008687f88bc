"""The period an assessment covers: a UK financial year written as 2026/27."""

from __future__ import annotations

import re
from datetime import date

EXAMPLE = "2026/27"
_PERIOD = re.compile(r"^(\d{4})/(\d{2})$")
# The UK public-sector financial year starts on 1 April.
_FIRST_MONTH = 4


def normal_period(text: str) -> str | None:
    """``text`` as a period (spaces around removed), or None if it is not a financial year."""
    stripped = text.strip()
    match = _PERIOD.match(stripped)
    if match is None or (int(match[1]) + 1) % 100 != int(match[2]):
        return None
    return stripped


def is_period(text: str) -> bool:
    """Whether ``text`` is exactly a financial year such as 2026/27."""
    return normal_period(text) == text


def financial_year(day: date) -> str:
    """The financial year containing ``day``: 2026/27 from 1 April 2026 to 31 March 2027."""
    start = day.year if day.month >= _FIRST_MONTH else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"

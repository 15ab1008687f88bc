"""The period an assessment covers: a UK financial year written as 2026/27."""

from __future__ import annotations

import re
from datetime import date

EXAMPLE = "2026/27"
# 2026/27 as written, and the ways people also write it: 2026-27, 2026/2027, 2026-2027, 2026–27.
_PERIOD = re.compile(r"^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$")
# The UK public-sector financial year starts on 1 April.
_FIRST_MONTH = 4


def normal_period(text: str) -> str | None:
    """``text`` as a period written 2026/27 (from 2026/27, 2026-27, 2026/2027 or 2026-2027,
    spaces around removed), or None if it is not a financial year."""
    match = _PERIOD.match(text.strip())
    if match is None:
        return None
    start, end = int(match[1]), int(match[2])
    following = start + 1 if len(match[2]) == 4 else (start + 1) % 100
    if end != following:
        return None
    return f"{start}/{(start + 1) % 100:02d}"


def is_period(text: str) -> bool:
    """Whether ``text`` is exactly a financial year such as 2026/27."""
    return normal_period(text) == text


def financial_year(day: date) -> str:
    """The financial year containing ``day``: 2026/27 from 1 April 2026 to 31 March 2027."""
    start = day.year if day.month >= _FIRST_MONTH else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def next_period(period: str) -> str:
    """The financial year after ``period`` (a period as ``normal_period`` returns it)."""
    start = int(period[:4]) + 1
    return f"{start}/{(start + 1) % 100:02d}"

"""Numbers typed by people, in the window or in a spreadsheet cell: one reading for both."""

from __future__ import annotations

import math
import re

# Digits with an optional sign, decimal point and exponent; thousands separators are removed first.
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def read_number(text: str) -> int | float | None:
    """The number ``text`` spells (``1,234.5``, ``-3``, ``2e3``), or None if it spells none.

    A whole number comes back as an int, so that 12 and 12.0 are the same answer.
    """
    cleaned = text.strip().replace(",", "")
    if not _NUMBER.match(cleaned):
        return None
    number = float(cleaned)
    if not math.isfinite(number):
        return None
    return int(number) if number.is_integer() else number

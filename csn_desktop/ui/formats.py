"""Numbers, shares and moments as the window shows them, in its language, through Qt's QLocale.

The layers below format with Babel (csn_desktop.i18n); the window uses Qt's own locale data, which
is loaded with Qt anyway: loading Babel and its locale data took about 50 ms, before the first paint
of the home list.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from PySide6.QtCore import QDateTime, QLocale

from csn_desktop import i18n

_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest.value


def _locale() -> QLocale:
    return _locale_of(i18n.language())


@cache
def _locale_of(language: str) -> QLocale:
    # Made once per language: the home list formats a few numbers and dates per row.
    return QLocale(language)


def format_number(value: int | float) -> str:
    """A number as readers of the window's language write it (``1,234`` in English)."""
    if isinstance(value, int):
        return _locale().toString(value)
    return _locale().toString(value, "g", _SHORTEST)


def format_percent(share: float, digits: int = 0) -> str:
    """A share between 0 and 1 as a percentage (``42%``)."""
    locale = _locale()
    return locale.toString(share * 100, "f", digits) + locale.percent()


def _local(moment: datetime) -> QDateTime:
    # An aware datetime is one instant; Qt shows it in the computer's time zone.
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def format_datetime(moment: datetime) -> str:
    """A moment in the computer's time zone, with the month in words (``1 Dec 2026, 09:58``)."""
    return _locale().toString(_local(moment), "d MMM yyyy, HH:mm")


def format_time(moment: datetime) -> str:
    """A time of day to the second, in the computer's time zone (``09:58:04``)."""
    return _locale().toString(_local(moment).time(), "HH:mm:ss")

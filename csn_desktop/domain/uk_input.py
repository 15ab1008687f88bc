"""Dates and web addresses as people in the UK type them, read into the forms that are stored."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

# Day first, as written in the UK: 1/12/2026, 01-12-2026, 01.12.2026 (two-digit years are 20xx).
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
# 1 December 2026, 1st Dec 2026, 1 Rhagfyr 2026 (month names in English or Welsh).
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "ionawr"),
            ("february", "feb", "chwefror"),
            ("march", "mar", "mawrth"),
            ("april", "apr", "ebrill"),
            ("may", "mai"),
            ("june", "jun", "mehefin"),
            ("july", "jul", "gorffennaf"),
            ("august", "aug", "awst"),
            ("september", "sep", "sept", "medi"),
            ("october", "oct", "hydref"),
            ("november", "nov", "tachwedd"),
            ("december", "dec", "rhagfyr"),
        ],
        start=1,
    )
    for name in names
}
# A host name as typed without a scheme: words joined by dots, ending in letters.
_BARE_HOST = re.compile(r"^[^\s/:@?#]+\.[a-z]{2,}(?::\d+)?$", re.IGNORECASE)


def date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) as written in ``text`` in any accepted form, before checking that the
    day exists; None when ``text`` is not written as a date at all."""
    text = text.strip()
    if match := _ISO.match(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _DAY_FIRST.match(text):
        year = int(match[3])
        return (2000 + year if len(match[3]) == 2 else year), int(match[2]), int(match[1])
    if (match := _WORDS.match(text)) and match[2].casefold() in _MONTHS:
        return int(match[3]), _MONTHS[match[2].casefold()], int(match[1])
    return None


def read_date(text: str) -> date | None:
    """The date written in ``text`` (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy,
    1 December 2026 or ISO yyyy-mm-dd), or None when it is not one or does not exist."""
    parts = date_parts(text)
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:  # such as 31/02/2026
        return None


def normal_date(text: str) -> str:
    """A typed date as stored (ISO, 2026-12-01); text that is not a date is kept as typed."""
    found = read_date(text)
    return text if found is None else found.isoformat()


def uk_date(value: str) -> str:
    """A stored ISO date shown as people in the UK write it, 01/12/2026 (other text as is)."""
    try:
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


def normal_url(text: str) -> str:
    """A typed web address as stored: ``www.example.gov.uk/x`` or ``example.gov.uk`` gain
    ``https://``; anything else (with a scheme, or not an address) is kept as typed."""
    stripped = text.strip()
    if not stripped or re.match(r"^[a-z][a-z0-9+.\-]*://", stripped, re.IGNORECASE):
        return text
    if stripped.startswith("//"):
        stripped = stripped[2:]
    host = re.split(r"[/?#]", stripped, maxsplit=1)[0]
    if " " in stripped or not _BARE_HOST.match(host):
        return text
    candidate = "https://" + stripped
    try:
        urlsplit(candidate)
    except ValueError:
        return text
    return candidate

"""Whole numbers typed on the command line, bounded to what the database can hold."""

from __future__ import annotations

import argparse
import re

from csn_desktop.i18n import _, format_number

# SQLite stores whole numbers in 64 bits; a larger one fails deep inside the driver (OverflowError).
LARGEST = 2**63 - 1
# No number in range has more digits; stopping here also keeps Python's own limit (4,300 digits,
# a ValueError) out of reach.
_MAX_DIGITS = 30
_WHOLE = re.compile(r"(?P<sign>[+-]?)(?P<digits>[0-9]+)")


def whole_number(text: str) -> int:
    """Any whole number the database can hold; anything else is refused in one sentence."""
    value = _parse(text)
    if not -LARGEST - 1 <= value <= LARGEST:
        raise argparse.ArgumentTypeError(
            _(
                "'{text}' is out of range: csn-desktop accepts whole numbers "
                "from {smallest} to {largest}."
            ).format(
                text=_shorten(text),
                smallest=format_number(-LARGEST - 1),
                largest=format_number(LARGEST),
            )
        )
    return value


def positive(text: str) -> int:
    """A whole number from 1 up."""
    value = whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1"))
    return value


def record_id(text: str) -> int:
    """The ID of a stored record, as `csn-desktop list` shows it: 1 up to the database's largest."""
    value = _parse(text)
    if not 1 <= value <= LARGEST:
        raise argparse.ArgumentTypeError(
            _(
                "'{text}' is not an assessment ID: an ID is a number from 1 to {largest}, "
                "as `csn-desktop list` shows."
            ).format(text=_shorten(text), largest=format_number(LARGEST))
        )
    return value


def _parse(text: str) -> int:
    match = _WHOLE.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number").format(text=_shorten(text))
        )
    if len(match["digits"].lstrip("0")) > _MAX_DIGITS:
        # Far beyond any bound: never ask Python to convert thousands of digits.
        return -LARGEST - 2 if match["sign"] == "-" else LARGEST + 1
    return int(match[0])


def _shorten(text: str) -> str:
    """A mistyped argument may be thousands of characters: quote only its start."""
    return text if len(text) <= 40 else text[:40] + "…"

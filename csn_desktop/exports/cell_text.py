"""Text a spreadsheet never runs as a formula: the one test every CSV and workbook writer uses."""

from __future__ import annotations

# Text starting with one of these would become a formula (or DDE) if a spreadsheet read it as typed.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(text: str) -> str:
    """A CSV field that opens as text: a leading apostrophe where it could start a formula.

    CSV has no cell types, so the apostrophe (what Excel shows for typed text) is the only
    defence; it is added to every text field, file names included.
    """
    return "'" + text if looks_like_formula(text) else text

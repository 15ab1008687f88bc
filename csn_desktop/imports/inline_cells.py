"""Sheets in exactly the form csn-desktop's exporter writes them, read without calamine."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from defusedxml.ElementTree import fromstring

from csn_desktop.imports.cells import CellValue, Rows
from csn_desktop.imports.limits import Limits

# One cell as openpyxl writes it: inline text, a number (a date when its style says so), or
# blank (only a style). Anything else — a shared string, a formula, a boolean, rich text, a
# namespace prefix, attributes in another order — leaves a tag unaccounted for, and the sheet
# goes to the scan and calamine.
_CELL = re.compile(
    r'<c r="([A-Z]{1,2})([0-9]{1,7})"(?: s="([0-9]{1,5})")?'
    r'(?:( t="inlineStr")(?:( ?/>)|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>)'
    r'|(?: t="n")?(?:( ?/>)|><v>([^<]*)</v></c>))'
)
# An entity that is not one of the five predefined ones.
_OTHER_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)")
_COLUMNS = {chr(65 + n): n for n in range(26)} | {
    chr(65 + a) + chr(65 + b): 26 * (a + 1) + b for a in range(26) for b in range(26)
}
_NUMBER = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,17})?(?:[eE][-+]?[0-9]{1,3})?")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_ENTITY_TEXT = re.compile("&(?:amp|lt|gt|quot|apos);")
_UTF8 = re.compile(rb"""encoding=["']utf-8["']""", re.IGNORECASE)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# Number formats whose numbers are plain numbers (General, and text "@"), and the date format
# the exporter writes; a number in any other format is left to calamine.
_PLAIN_FORMATS = frozenset({0, 49})
_DATE_CODES = frozenset({"yyyy-mm-dd"})
_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 for days after 1 March 1900
_FIRST_TRUE_SERIAL = 61


def inline_rows(data: bytes, styles_xml: bytes, limits: Limits) -> Rows | None:
    """The sheet's rows from A1, as calamine gives them; None when not in the exporter's form.

    Blank cells are "", numbers floats, dates ``date`` objects (the exporter writes days).
    Rows and columns run to the last cell holding a value, as calamine lays them out. Every
    tag of the sheet's data is accounted for, so a sheet read here holds no formula, and no
    cell (blank ones included) beyond the limits: it needs no other scan.
    """
    declaration = data[: data.find(b"?>")] if data.startswith(b"<?xml") else b""
    if b"encoding" in declaration and not _UTF8.search(declaration):
        return None
    start, end = data.find(b"<sheetData>"), data.find(b"</sheetData>")
    if start < 0 or end < start:
        return None
    raw = data[start:end]
    kinds = _style_kinds(styles_xml)
    if kinds is None:
        return None
    matches = _CELL.findall(raw.decode("utf-8"))
    laid: Rows = []
    cells: list[CellValue] = []
    last_row, widest = 0, 0
    last_digits, filled = "", 0  # the row's number as written; how many of its cells are laid
    columns = _COLUMNS
    tags = 0  # the cells' "<": six per text cell, four per number, one per blank cell
    for letters, digits, style, inline, no_text, text, no_number, number in matches:
        if no_text or no_number:
            tags += 1
            continue  # blank: nothing to lay out
        if inline:
            tags += 6
            if not text:
                continue
            # What a reader would translate (Excel's _xHHHH_ escapes, character references,
            # carriage returns) is left to calamine. Only a text can hold them: the rest of
            # what is read (tags, references, styles, numbers) is matched exactly.
            if "_x" in text or "\r" in text or ("&" in text and _OTHER_ENTITY.search(text)):
                return None
        else:
            tags += 4
        if digits != last_digits:
            row = int(digits)
            if row < last_row:
                return None  # out of order
            if row > last_row:  # a row of its own (rows without values are left empty)
                while len(laid) < row - 1:
                    laid.append([])
                cells = []
                laid.append(cells)
                last_row, filled = row, 0
            last_digits = digits
        column = columns[letters]
        if column < filled:
            return None  # out of order, or given twice
        if column > filled:
            cells.extend([""] * (column - filled))
        filled = column + 1
        if inline:
            cells.append(_ENTITY_TEXT.sub(_entity, text) if "&" in text else text)
        else:
            value = _number(number, kinds.get(int(style or 0)))
            if value is None:
                return None
            cells.append(value)
        if column > widest:
            widest = column
    # Every tag of the data is accounted for (so there is no formula, CDATA or comment, and
    # no cell that was not matched): <sheetData>, the rows' tags and the matched cells' tags
    # are all the "<" there are. A text or number matched holds no "<".
    rows = raw.count(b"<row") + raw.count(b"</row>")
    if raw.count(b"<") != 1 + rows + tags:
        return None
    if last_row > limits.max_rows or widest >= limits.max_column:
        return None  # the scan says how far out
    width = widest + 1 if laid else 0
    for cells in laid:
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
    return laid


def _entity(match: re.Match[str]) -> str:
    return _ENTITIES[match.group(0)]


def _number(text: str, kind: str | None) -> CellValue | None:
    if kind is None or not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    if kind == "plain":
        return number
    if kind == "date" and number.is_integer() and number >= _FIRST_TRUE_SERIAL:
        return (_EPOCH + timedelta(days=number)).date()
    return None


@lru_cache(maxsize=16)
def _style_kinds(styles_xml: bytes) -> dict[int, str] | None:
    """Style index → "plain" or "date" for the number formats read here (others absent).

    Cached by content: every submission one app version exports has the same styles.
    """
    try:
        root = fromstring(styles_xml, forbid_dtd=True)
    except Exception:  # not readable here: calamine reads the sheet
        return None
    codes = {
        int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "")
        for fmt in root.iter(f"{_MAIN}numFmt")
    }
    cell_xfs = root.find(f"{_MAIN}cellXfs")
    kinds: dict[int, str] = {}
    if cell_xfs is None:
        return kinds
    for index, xf in enumerate(cell_xfs.iter(f"{_MAIN}xf")):
        number_format = int(xf.get("numFmtId", "0") or 0)
        if number_format in _PLAIN_FORMATS:
            kinds[index] = "plain"
        elif codes.get(number_format) in _DATE_CODES:
            kinds[index] = "date"
    return kinds

"""The readable sheets exactly as csn-desktop's exporter writes them, read without calamine."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from defusedxml.ElementTree import fromstring

from csn_desktop.imports.cells import CellValue, Rows

# A cell holding a value as openpyxl writes it: inline text, or a number (a date when its style
# says so); and a blank cell (only a style). Anything else — a shared string, a formula, a
# boolean, rich text, a namespace prefix, attributes in another order — is counted as unknown,
# and the sheet goes to calamine.
_VALUE = re.compile(
    r'<c r="([A-Z]{1,2})([0-9]{1,7})"(?: s="([0-9]{1,5})")?'
    r'(?: t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is>'
    r'|(?: t="n")?><v>([^<]*)</v>)</c>'
)
_BLANK = re.compile(r'<c r="[A-Z]{1,2}[0-9]{1,7}"(?: s="[0-9]{1,5}")?(?: t="(?:n|inlineStr)")? ?/>')
_COLUMNS = {chr(65 + n): n for n in range(26)} | {
    chr(65 + a) + chr(65 + b): 26 * (a + 1) + b for a in range(26) for b in range(26)
}
_NUMBER = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,17})?(?:[eE][-+]?[0-9]{1,3})?")
_ENTITY = re.compile(rb"&(?:amp|lt|gt|quot|apos);")
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
_WIDEST = 26


def exported_rows(data: bytes, styles_xml: bytes) -> Rows | None:
    """The sheet's rows from A1, as calamine gives them; None when not in the exporter's form.

    Blank cells are "", numbers floats, dates ``date`` objects (the exporter writes days).
    Rows and columns run to the last cell holding a value, as calamine lays them out. Row and
    column limits are checked before (scan_sheet).
    """
    declaration = data[: data.find(b"?>")] if data.startswith(b"<?xml") else b""
    if b"encoding" in declaration and not _UTF8.search(declaration):
        return None
    start, end = data.find(b"<sheetData>"), data.find(b"</sheetData>")
    if start < 0 or end < start:
        return None
    raw = data[start:end]
    if b"_x" in raw or b"\r" in raw or b"&#" in raw or b"<![CDATA[" in raw:
        return None
    if raw.count(b"&") != len(_ENTITY.findall(raw)):
        return None
    kinds = _style_kinds(styles_xml)
    if kinds is None:
        return None
    body = raw.decode("utf-8")
    values = _VALUE.findall(body)
    blanks = len(_BLANK.findall(body))
    texts, numbers = raw.count(b"<is>"), raw.count(b"<v>")
    rows = raw.count(b"<row ") + raw.count(b"<row>") + raw.count(b"</row>")
    # Every cell is one of the forms above, and every tag is accounted for: <sheetData>, rows,
    # six per text cell, four per number, one per blank cell.
    if len(values) + blanks != raw.count(b"<c ") or len(values) != texts + numbers:
        return None
    if raw.count(b"<") != 1 + rows + 6 * texts + 4 * numbers + blanks:
        return None
    grid: dict[tuple[int, int], CellValue] = {}
    for letters, digits, style, text, number in values:
        if number:
            value = _number(number, kinds.get(int(style or 0)))
            if value is None:
                return None
            grid[(int(digits), _COLUMNS[letters])] = value
        elif text:
            grid[(int(digits), _COLUMNS[letters])] = _unescape(text) if "&" in text else text
    if len(grid) != sum(1 for v in values if v[3] or v[4]):
        return None  # a cell given twice
    return _dense(grid)


def _number(text: str, kind: str | None) -> CellValue | None:
    if kind is None or not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    if kind == "plain":
        return number
    if kind == "date" and number.is_integer() and number >= _FIRST_TRUE_SERIAL:
        return (_EPOCH + timedelta(days=number)).date()
    return None


def _dense(grid: dict[tuple[int, int], CellValue]) -> Rows | None:
    """Rows from A1 to the last row and column holding a value, blanks as ""."""
    if not grid:
        return []
    height = max(row for row, _column in grid)
    width = max(column for _row, column in grid) + 1
    if width > _WIDEST:
        return None
    rows: Rows = [[""] * width for _ in range(height)]
    for (row, column), value in grid.items():
        rows[row - 1][column] = value
    return rows


def _unescape(text: str) -> str:
    return _ENTITY_TEXT.sub(lambda m: _ENTITIES[m.group(0)], text)


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


def is_day(value: CellValue) -> bool:
    """A date without a time of day, as this reader gives dates."""
    return isinstance(value, date) and not isinstance(value, datetime)

"""An .ods spreadsheet's sheets, and a scan of its content.xml for formulas and far cells."""

from __future__ import annotations

import re
from itertools import compress, repeat
from xml.sax.saxutils import unescape

from csn_desktop.i18n import _
from csn_desktop.imports.container import ODS_CONTENT, CheckedZip
from csn_desktop.imports.limits import Limits
from csn_desktop.imports.outcomes import Place, SubmissionRejected
from csn_desktop.imports.sheets import check_extent, column_letter

TABLE_NAMESPACE = b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
# The scan finds elements by the prefix every spreadsheet program writes, table:, so the file
# must bind the table namespace to that prefix, and to no other.
_TABLE_URN = b"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TABLE_START = re.compile(rb"<table:table(?=[\s/>])")
_TABLE_END = b"</table:table>"
_CELL_START = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])")
_ROW_START = b"<table:table-row"
_ROW_END = b"</table:table-row>"
_NAMED_RANGES = b"<table:named-expressions"
_CELL = b"<table:table-cell"
# An empty cell: only a style and a repeat count, nothing inside; any other attribute keeps a
# cell counted. Matched from a cell's start to the end of the row or of the next empty cell.
_EMPTY_CELL_TAG = re.compile(
    rb"""<table:table-cell(?:\s+table:(?:style-name|number-columns-repeated)="[^"<]*")*+\s*/>\s*"""
)
# The rest of a start tag after its name; a quoted value may hold ">" but never "<".
_ATTRIBUTES = re.compile(rb"""(?:[^<>"'/]++|/(?!>)|"[^"<]*+"|'[^'<]*+')*+(/?)>""")
_NAME = re.compile(rb"""(?<![\w.-])table:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ROWS_REPEATED = re.compile(rb"""number-rows-repeated\s*=\s*["']\s*([0-9]+)""")
_COLUMNS_REPEATED = re.compile(rb"""number-columns-repeated\s*=\s*["']\s*([0-9]+)""")
_FORMULA = re.compile(rb"""\s(?:[\w.-]+:)?formula\s*=""")
# Whether bytes.find found something (its result is not -1), for map().
_FOUND = (-1).__lt__
# A repeat count with more digits than this is far out whatever its value (and never int()'d).
_DIGITS = 9
_FAR = 10**_DIGITS
_QUOTES = {"&quot;": '"', "&apos;": "'"}


def scan_ods(checked: CheckedZip, limits: Limits) -> frozenset[str]:
    """The names of the spreadsheet's sheets, once formulas and far cells have been refused.

    LibreOffice writes the empty space after a row's last cell, and after a sheet's last row,
    as cells and rows repeated up to the last column and row: those are not counted. Any other
    cell counts as often as it is repeated, as a reader would lay it out. A formula is refused
    as in an .xlsx (values only; formulas are never trusted). Only counts and a few regular
    expressions are used: parsing the XML here would take several times longer than reading it.
    """
    content = checked.part(ODS_CONTENT)
    # Another prefix bound to the table namespace is refused; the prefix bound again to
    # something else would only make the counts below larger.
    if content.count(_TABLE_URN) != 1 or TABLE_NAMESPACE not in content:
        raise SubmissionRejected(
            _(
                "The spreadsheet's content is not written the usual way (its table namespace). "
                "In Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx), then send "
                "that file."
            )
        )
    formulas = b"formula" in content  # then looked for cell by cell
    pieces = _TABLE_START.split(content)[1:]
    # Each table's text runs to the next table's start, so each must hold exactly one end:
    # counted once for the whole content, and each found from its piece's end (a short way).
    ends = [piece.rfind(_TABLE_END) for piece in pieces]
    if content.count(_TABLE_END) != len(pieces) or min(ends, default=0) < 0:
        raise SubmissionRejected(
            _(
                "The spreadsheet holds a table inside a table, which a submission never "
                "does. In Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx), "
                "then send that file."
            )
        )
    sheets: set[str] = set()
    for piece, end in zip(pieces, ends, strict=True):
        sheet = _sheet_name(piece)
        sheets.add(sheet)
        _scan_table(sheet, piece[:end], formulas, limits)
    return frozenset(sheets)


def _scan_table(sheet: str, table: bytes, formulas: bool, limits: Limits) -> None:
    """Refuse cells beyond the limits, and formulas; every count errs on the side of more.

    Each row's text runs to the next row's start (table-row-group and table-rows start one
    too: a row more, on the safe side). Every element of the table namespace in a row is a
    cell or inside one, so counting them counts at least the row's cells. Every step is made
    in C for all rows at once (map); only rows that repeat something, or end in more than one
    empty cell, are looked at one by one.
    """
    table = _without_named_ranges(table)
    rows = table.split(_ROW_START)[1:]
    cells = list(map(bytes.count, rows, repeat(b"<table:")))
    # Empty cells at the end of a row (LibreOffice repeats one to the last column) are not
    # counted: each is one element of the table namespace, found from the row's end.
    row_ends = [
        len(row) if end < 0 else end
        for row, end in zip(rows, map(bytes.rfind, rows, repeat(_ROW_END)), strict=True)
    ]
    ends = row_ends.copy()  # where each row's cells end, its empty tail left out
    starts = list(map(bytes.rfind, rows, repeat(_CELL), repeat(0), ends))
    for n in compress(range(len(rows)), map(_EMPTY_CELL_TAG.fullmatch, rows, starts, ends)):
        row, end = rows[n], starts[n]  # the last cell is empty: the row ends before it
        cells[n] -= 1
        start = row.rfind(_CELL, 0, end)
        while start >= 0 and _EMPTY_CELL_TAG.fullmatch(row, start, end):
            cells[n] -= 1
            end = start
            start = row.rfind(_CELL, 0, end)
        ends[n] = end
    nonempty = [n for n, count in enumerate(cells) if count]
    last = nonempty[-1] if nonempty else -1
    # A row's start tag ends before the next "<" (never inside an attribute value).
    tag_ends = [
        len(row) if end < 0 else end
        for row, end in zip(rows, map(bytes.find, rows, repeat(b"<")), strict=True)
    ]
    rows_repeated = map(bytes.find, rows, repeat(b"rows-repeated"), repeat(0), tag_ends)
    extra = 0  # rows added by the repeats of the rows before the last row with a cell
    last_repeats = 1
    for n in compress(range(last + 1), map(_FOUND, rows_repeated)):
        repeats = _repeat(_ROWS_REPEATED, rows[n][: tag_ends[n]])
        if n == last:
            last_repeats = repeats
        else:
            extra += repeats - 1
    max_row = last + extra + last_repeats if last >= 0 else 0
    max_col = max(cells, default=0)
    # Repeats anywhere but in the empty tail (also after the row's end, where no cell belongs).
    repeated = map(bytes.find, rows, repeat(b"columns-repeated"), repeat(0), ends)
    after_end = map(bytes.find, rows, repeat(b"columns-repeated"), row_ends)
    for n in compress(range(len(rows)), map(_FOUND, map(max, repeated, after_end))):
        if cells[n]:
            found = _COLUMNS_REPEATED.findall(rows[n][: ends[n]] + rows[n][row_ends[n] :])
            max_col = max(max_col, cells[n] + sum(_count(d) - 1 for d in found))
    if formulas and max_row <= limits.max_rows:
        _check_rows_for_formulas(sheet, rows)
    check_extent(sheet, max_row, max_col, limits)


def _without_named_ranges(table: bytes) -> bytes:
    """The table without the named ranges LibreOffice writes after its last row.

    A sheet's print titles (its heading row repeated on each page) are such a range. Only a
    block that holds no row and no cell goes: anything else after the rows is still counted.
    """
    start = table.rfind(_NAMED_RANGES)
    if start < 0 or start < table.rfind(_ROW_END):
        return table
    tail = table[start:]
    if b"table-row" in tail or b"table-cell" in tail:
        return table
    return table[:start]


def _check_rows_for_formulas(sheet: str, rows: list[bytes]) -> None:
    row = 1
    for chunk in rows:
        if b"formula" in chunk:
            _check_formulas(sheet, chunk, row)
        if b"rows-repeated" in chunk:
            end = chunk.find(b"<")
            row += _repeat(_ROWS_REPEATED, chunk if end < 0 else chunk[:end]) - 1
        row += 1


def _check_formulas(sheet: str, body: bytes, row: int) -> None:
    column = 0
    for start in _CELL_START.finditer(body):
        tag = _ATTRIBUTES.match(body, start.end())
        if tag is None:
            raise _damaged(sheet)
        attributes = body[start.end() : tag.end()]
        if _FORMULA.search(attributes):
            raise SubmissionRejected(
                _(
                    "This cell holds a formula. Submissions hold values only; formulas are "
                    "never evaluated or trusted. Save the sheet with values only, or export "
                    "the submission again from csn-desktop."
                ),
                Place(sheet, row, f"{column_letter(min(column, _FAR))}{row}"),
            )
        column += _repeat(_COLUMNS_REPEATED, attributes)


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    return 1 if found is None else _count(found.group(1))


def _count(digits: bytes) -> int:
    digits = digits.lstrip(b"0")
    return max(int(digits or b"1"), 1) if len(digits) <= _DIGITS else _FAR


def _sheet_name(table: bytes) -> str:
    tag = _ATTRIBUTES.match(table)
    found = _NAME.search(table, 0, tag.end() if tag else 0)
    if found is None:
        return ""
    raw = found.group(1) if found.group(1) is not None else found.group(2)
    return unescape(raw.decode("utf-8", errors="replace"), _QUOTES)


def _damaged(sheet: str) -> SubmissionRejected:
    return SubmissionRejected(_("The sheet is damaged: a tag is not closed."), Place(sheet))

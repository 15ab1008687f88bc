"""Sheets in exactly the form csn-desktop's exporter writes them, read without calamine."""

from __future__ import annotations

import re
import string
from functools import lru_cache

from csn_desktop.imports.cells import CellValue, Rows

# One cell as openpyxl writes text: a reference, a style, inline text (or none). Any other
# cell (a number, a shared string, rich text, a namespace prefix …) sends the sheet to calamine.
_CELL = re.compile(
    r'<c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="[0-9]{1,5}")? t="inlineStr"'
    r'(?: ?/>|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>)'
)
_ENTITY = re.compile(rb"&(?:amp|lt|gt|quot|apos);")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_ENTITY_TEXT = re.compile("&(?:amp|lt|gt|quot|apos);")
_UTF8 = re.compile(rb"""encoding=["']utf-8["']""", re.IGNORECASE)
_SELF_CLOSING = (b't="inlineStr" />', b't="inlineStr"/>')


def inline_rows(data: bytes) -> Rows | None:
    """The sheet's rows from A1, exactly as calamine gives them; None if not in that form.

    Read here: sheets whose rows 1, 2, 3 … each hold the same columns A, B … as inline text,
    in order (the Answers and metadata sheets as exported, nearly every file an import sees).
    Text may hold the five predefined XML entities and nothing a reader would translate
    (character references, Excel's _xHHHH_ escapes, carriage returns). Row and column limits
    are checked before (scan_sheet). Anything else is left to calamine.
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
    body = raw.decode("utf-8")
    cells = _CELL.findall(body)
    # Every tag must be accounted for: <sheetData>, rows, and six per text cell (<c><is><t>
    # and their ends) or one per empty cell. Text never holds a raw "<", so any other element
    # (rich text, a number, a formula, a namespace prefix, a comment) makes the count differ.
    empty = raw.count(_SELF_CLOSING[0]) + raw.count(_SELF_CLOSING[1])
    row_tags = raw.count(b"<row ") + raw.count(b"<row>") + raw.count(b"</row>")
    if raw.count(b"<") != 1 + row_tags + 6 * (len(cells) - empty) + empty:
        return None
    width = next((n for n, cell in enumerate(cells) if cell[0][-1:] != "1" or n > 26), 0)
    width = width if width else len(cells)
    if not cells or width > 26 or len(cells) % width:
        return None
    if "".join([cell[0] for cell in cells]) != _references(width, len(cells) // width):
        return None
    texts = [cell[1] for cell in cells]
    if "&" in body:
        joined = _ENTITY_TEXT.sub(lambda m: _ENTITIES[m.group(0)], "\x00".join(texts))
        texts = joined.split("\x00")  # XML text never holds NUL
    rows: list[list[CellValue]] = [texts[n : n + width] for n in range(0, len(texts), width)]
    return rows


@lru_cache(maxsize=64)
def _references(width: int, height: int) -> str:
    """A1B1C1A2B2C2… for a sheet of this many columns and rows."""
    letters = string.ascii_uppercase[:width]
    return "".join(f"{c}{r}" for r in range(1, height + 1) for c in letters)

"""One tidy, printable table per sheet of the network workbook: widths, filter, print set-up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from math import ceil
from textwrap import wrap
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from csn_desktop.domain.disclosure import Count, Ranked, Withheld
from csn_desktop.domain.network_figures import withheld_text
from csn_desktop.exports.cell_text import looks_like_formula
from csn_desktop.exports.control import Steps
from csn_desktop.exports.xlsx_cells import HEADER_FILL, stored_text, write_only_cell
from csn_desktop.i18n import _

# What a cell of a table may hold: a float is always a share, shown as a percentage.
Value = str | int | float | Withheld | None
PERCENT = "0%"
# A font named as the workbook's default (Calibri): without a name LibreOffice picks a serif.
_FONT = "Calibri"  # not translated: a font's name
TITLE_FONT = Font(name=_FONT, bold=True, size=13)
RESTRICTED_FONT = Font(name=_FONT, bold=True, size=13, color="C00000")
_HEADER_FONT = Font(name=_FONT, bold=True)
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
# Figures keep a space from the text of the next column (a rank beside a code).
_FIGURE = Alignment(horizontal="right", vertical="top", indent=1)
# Excel's row height unit is the point; one line of 11-point Calibri takes 15.
_LINE_HEIGHT = 15.0
_MAX_ROW_HEIGHT = 409.0
# Across A4 portrait about 100 characters of column width fit at 100 % (0.4-inch margins, a
# character of width is about 5.25 points). Up to this width a sheet shrunk to fit the width
# of a portrait page stays readable (70 % or more) and fits more rows than landscape would.
_PORTRAIT_WIDTH = 140
# Text longer than this is not wrapped word by word to estimate its height (it costs).
_WRAPPED_EXACTLY = 400
# Rows written between two checks for cancellation.
_CHECK_EVERY = 2000


class Kind(Enum):
    """How a column is laid out: its width and whether its text wraps."""

    TEXT = "text"  # short text (a code, a label): as wide as its longest value, up to a cap
    LONG_TEXT = "long_text"  # sentences (a description, a note): wide and wrapped
    FIGURE = "figure"  # a count, a rank or a share, or the withheld mark


_CAPS = {Kind.TEXT: 50.0, Kind.LONG_TEXT: 60.0, Kind.FIGURE: 16.0}


@dataclass(frozen=True, slots=True)
class Column:
    """A column and what the data dictionary says of it."""

    header: str
    meaning: str
    counted: str
    unit: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Sheet:
    """A sheet as it is written: a title line, a header row and rows, one value per column."""

    name: str
    title: str
    summary: str  # one sentence for the About sheet's list of sheets
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Value]]


def count_of(entry: Ranked[str]) -> Count:
    """A ranked count of councils as the count it is (rankings also hold other figures)."""
    figure = entry.figure
    return int(figure) if isinstance(figure, float) else figure


def restricted_title(title: str) -> str:
    """The first line of every sheet of a restricted workbook."""
    return _("RESTRICTED: for the network's staff only. {title}").format(title=title)


def write_sheet(book: Any, sheet: Sheet, *, restricted: bool, steps: Steps) -> None:
    """Append ``sheet`` to a write-only workbook: the title in row 1, the header in row 2."""
    ws = book.create_sheet(sheet.name)
    widths = [_width(column, index, sheet.rows) for index, column in enumerate(sheet.columns)]
    for number, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(number)].width = width
    last = get_column_letter(len(sheet.columns))
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last}{len(sheet.rows) + 2}"
    ws.print_title_rows = "1:2"
    _print_setup(ws, sum(widths), restricted=restricted)
    title = restricted_title(sheet.title) if restricted else sheet.title
    heading = write_only_cell(ws, title)
    heading.font = RESTRICTED_FONT if restricted else TITLE_FONT
    heading.alignment = _WRAP
    # The title spans the table, so that it prints whole however narrow the first column is.
    ws.merged_cells.add(f"A1:{last}1")
    # 13-point bold is wider than 11-point text: about four fifths as many characters fit.
    lines = len(wrap(title, max(int(sum(widths) * 0.8), 1))) or 1
    ws.row_dimensions[1].height = 21 * lines
    ws.append([heading])
    header = []
    for column in sheet.columns:
        cell = write_only_cell(ws, column.header)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, HEADER_FILL, _HEADER_ALIGNMENT
        header.append(cell)
    ws.row_dimensions[2].height = _header_height(sheet.columns, widths)
    ws.append(header)
    wrapped = [c.kind is Kind.LONG_TEXT for c in sheet.columns]
    cells = _Cells(ws)
    for number, row in enumerate(sheet.rows, start=3):
        tall = False
        if any(wrapped):
            texts = [
                v if w and isinstance(v, str) else "" for v, w in zip(row, wrapped, strict=True)
            ]
            height = _height(texts, widths)
            if height > _LINE_HEIGHT:
                ws.row_dimensions[number].height = height
                tall = True
        ws.append([cells.cell(value, wrap, tall) for value, wrap in zip(row, wrapped, strict=True)])
        if number % _CHECK_EVERY == 0:
            steps.check()
    steps.advance()


class _Cells:
    """Makes a sheet's cells from values, each style looked up once (a sheet has ~10^5 cells)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.text = self._style(alignment=_TOP)
        self.wrap = self._style(alignment=_WRAP)
        self.withheld = self._style(alignment=_FIGURE)
        self.share = self._style(alignment=_FIGURE, number_format=PERCENT)
        self.number = self._style(alignment=_FIGURE)

    def _style(self, **attributes: object) -> StyleArray:
        cell = WriteOnlyCell(self.ws)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return StyleArray(cell._style)

    def cell(self, value: Value, wrap: bool, tall: bool) -> Any:
        """A value as a cell: text stays text, a share shows as a percentage, withheld says so.

        In a row one line tall, short text needs no style: it is passed as a value, which
        openpyxl writes much faster than a styled cell. Empty text is no cell.
        """
        if isinstance(value, Withheld):
            value, style = withheld_text(), self.withheld
        elif isinstance(value, float):
            style = self.share
        elif isinstance(value, str):
            value = stored_text(value)
            if not value:
                return None
            if wrap:
                style = self.wrap  # the estimate of its lines may be short: it must wrap
            elif not tall and not looks_like_formula(value):
                return value
            else:
                style = self.text
        elif value is None:
            return None
        else:
            style = self.number
        cell = WriteOnlyCell(self.ws, value)
        cell._style = StyleArray(style)
        if isinstance(value, str):
            cell.data_type = "s"
            if looks_like_formula(value):
                cell.quotePrefix = True
        return cell


def _shown_length(value: Value) -> int:
    """The characters of a value's longest line, as shown."""
    if isinstance(value, str):
        if "\n" not in value and "\r" not in value:
            return len(value)
        return max((len(line) for line in value.splitlines()), default=0)
    if isinstance(value, Withheld):
        return len(withheld_text())
    if isinstance(value, float):
        return 4  # "100%"
    return 0 if value is None else len(str(value))


def _width(column: Column, index: int, rows: Sequence[Sequence[Value]]) -> float:
    """As wide as the longest value (the header may wrap onto a few lines), within a cap."""
    cap = _CAPS[column.kind]
    if column.kind is Kind.LONG_TEXT:
        longest = max((_shown_length(row[index]) for row in rows), default=0)
        return max(min(cap, longest + 2.0), 24.0)
    longest = max((_shown_length(row[index]) for row in rows), default=0)
    header_words = max((len(word) for word in column.header.split()), default=0)
    # A header wraps onto at most three lines before it widens its column.
    header = max(header_words, ceil(len(column.header) / 3))
    return min(cap, max(longest, header, 6) + 2.0)


@lru_cache(maxsize=4096)
def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide, near enough.

    A column's width counts digits; ordinary text is narrower, so about a fifth more fits.
    Long text (a note) is estimated from its length rather than wrapped word by word.
    """
    per_line = max(int(width * 1.2) - 1, 1)
    if len(text) > _WRAPPED_EXACTLY:
        return sum(max(1, ceil(len(part) / (per_line * 0.9))) for part in text.splitlines())
    return sum(len(wrap(part, per_line)) or 1 for part in text.splitlines() or [""])


def _header_height(columns: Sequence[Column], widths: Sequence[float]) -> float:
    """The header row's height: its titles wrap at word boundaries, in bold (a little wider)."""
    lines = max(
        len(wrap(c.header, max(int(w * 0.9) - 1, 1)) or [""])
        for c, w in zip(columns, widths, strict=True)
    )
    return lines * _LINE_HEIGHT + 3


def _height(texts: Sequence[str], widths: Sequence[float]) -> float:
    lines = max((_lines(t, w) for t, w in zip(texts, widths, strict=True) if t), default=1)
    return min(_MAX_ROW_HEIGHT, lines * _LINE_HEIGHT)


def _print_setup(ws: Any, width: float, *, restricted: bool) -> None:
    """Landscape when wide, every column on one page's width, the sheet and page N of M."""
    ws.page_setup.orientation = "landscape" if width > _PORTRAIT_WIDTH else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    # Header and footer codes: &A is the sheet's name, &P the page and &N the pages.
    ws.oddHeader.left.text = "&A"  # not translated: a header/footer code
    if restricted:
        ws.oddHeader.right.text = _("RESTRICTED: for the network's staff only")
        ws.oddHeader.right.color = "C00000"
    ws.oddFooter.center.text = _("Page {page} of {pages}").format(page="&P", pages="&N")

"""How a workbook's sheets look and print: answer cells, row heights, protection, page set-up."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from math import ceil
from typing import Any

from openpyxl.styles import Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.protection import SheetProtection

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_cells import BODY_FONT, FONT_NAME, WRAP
from csn_desktop.i18n import _, format_date

# The shade of the cells a council fills in (Excel's own "Input" yellow).
ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
# A thin grey edge: a blank page of shaded cells still shows its rows, on screen and printed.
_EDGE = Side(style="thin", color="BFBFBF")
ANSWER_BORDER = Border(left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE)
UNLOCKED = Protection(locked=False)
# Points per line of 11-point Calibri (Excel's default row height), and Excel's highest row.
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0
# Lines of room in a blank answer cell for a long answer.
ROOMY_LINES = 3
# A column's width counts "0"s; ordinary text, wrapped at spaces, fits about as many letters.
_LETTERS_PER_WIDTH = 1.15
_DEFAULT_WIDTH = 8.43


def finish_sheet(
    ws: Any,
    answer_cells: Iterable[tuple[int, int]],
    header: str,
    *,
    landscape: bool,
    heading_rows: int = 1,
    roomy_rows: Iterable[int] = (),
) -> None:
    """Fonts, shaded answer cells, row heights, protection and page set-up of a finished sheet.

    ``roomy_rows`` are given room for a few lines at least: a row whose height is set does not
    grow as text is typed into it in Excel.
    """
    mark_answer_cells(ws, answer_cells)
    name_fonts(ws)
    fit_row_heights(ws, heading_rows + 1)
    for row in roomy_rows:
        height = ws.row_dimensions[row].height or 0
        ws.row_dimensions[row].height = max(height, ROOMY_LINES * LINE_HEIGHT + 2)
    protect(ws)
    print_setup(
        ws,
        landscape=landscape,
        header=header,
        title_rows=f"1:{heading_rows}" if heading_rows else None,
    )


def print_header(questionnaire: Questionnaire, info: ExportInfo | None, made: datetime) -> str:
    """The line at the top of each printed page: whose workbook, its status and its date."""
    if info is None:
        return _("{questionnaire}, version {version}: blank template made on {date}").format(
            questionnaire=questionnaire.title,
            version=questionnaire.version,
            date=format_date(made.astimezone().date()),
        )
    status = _("draft") if info.is_draft else _("final")
    return _("{council}, {period}: {status}, exported on {date}").format(
        council=info.shown_name(),
        period=info.period,
        status=status,
        date=format_date(info.exported_at.astimezone().date()),
    )


def mark_answer_cells(ws: Any, cells: Iterable[tuple[int, int]]) -> None:
    """Shade the cells (row, column) a council fills in and leave them unlocked for editing."""
    formats: dict[int, str] = {}
    for row, column in cells:
        cell = ws.cell(row=row, column=column)
        if cell.value is None:
            # A styled cell no longer takes its column's format: keep "@" where text is typed
            # ("24/7" stays text, never becomes a date).
            if column not in formats:
                formats[column] = ws.column_dimensions[get_column_letter(column)].number_format
            if formats[column] != "General":  # not translated: an Excel number format
                cell.number_format = formats[column]
        cell.fill = ANSWER_FILL
        cell.border = ANSWER_BORDER
        cell.protection = UNLOCKED
        cell.alignment = WRAP  # what is typed in wraps, as the answers written do
        if cell.font is None or cell.font.name != FONT_NAME:
            cell.font = BODY_FONT


def name_fonts(ws: Any) -> None:
    """Give every written cell a named font (a font without one prints in a serif face)."""
    for row in ws.iter_rows():
        for cell in row:
            font = cell.font
            if cell.has_style and font is not None and font.name != FONT_NAME:
                cell.font = Font(
                    name=FONT_NAME,
                    size=font.size or BODY_FONT.size,
                    bold=font.bold,
                    italic=font.italic,
                    color=font.color,
                )


def fit_row_heights(ws: Any, first_row: int = 1, *, minimum: float = LINE_HEIGHT) -> None:
    """Give each row with wrapped text the height its longest cell needs.

    Excel lays rows out only when text is typed: a file's wrapped text otherwise shows (and
    prints) on one line, cut or running under the next row.
    """
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=first_row):
        lines = 0
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = widths.get(cell.column)
            if width is None:
                dimension = ws.column_dimensions.get(get_column_letter(cell.column))
                width = (dimension.width if dimension and dimension.width else None) or (
                    _DEFAULT_WIDTH
                )
                widths[cell.column] = width
            scale = (cell.font.size or 11) / 11 if cell.font is not None else 1
            lines = max(lines, text_lines(cell.value, width / scale))
        if lines:
            height = min(MAX_ROW_HEIGHT, max(minimum, lines * LINE_HEIGHT + 2))
            ws.row_dimensions[row[0].row].height = height


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width * _LETTERS_PER_WIDTH) - 2)  # less a word wrapped early
    return sum(max(1, ceil(len(part) / per_line)) for part in text.split("\n"))


def protect(ws: Any) -> None:
    """Lock every cell not unlocked, with no password: Review → Unprotect Sheet undoes it.

    Widths, heights and the filter stay usable, so a reader can still arrange the sheet.
    """
    ws.protection = SheetProtection(
        sheet=True,
        formatColumns=False,
        formatRows=False,
        autoFilter=False,
        sort=False,
        insertRows=False,
    )


def print_setup(ws: Any, *, landscape: bool, header: str, title_rows: str | None = "1:1") -> None:
    """A4 pages as wide as the sheet, its heading row repeated, whose file it is on each page."""
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.center.text = _escaped(header)
    ws.oddHeader.center.size = 9
    ws.oddHeader.center.font = f"{FONT_NAME},Regular"
    # TRANSLATORS: a printed page's footer; {page} and {pages} are filled in by Excel.
    footer = _("{sheet}: page {page} of {pages}").format(sheet="&A", page="&P", pages="&N")
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 9
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"


def _escaped(text: str) -> str:
    """Text for a header or footer, where "&" starts a code (a literal one is "&&")."""
    return text.replace("&", "&&")

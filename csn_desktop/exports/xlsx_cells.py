"""Safe spreadsheet cells: text always stored as text, never cut, with Excel's limits checked."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from csn_desktop.domain.questionnaire import TEXT_LIMIT
from csn_desktop.domain.values import has_unstorable, text_length
from csn_desktop.exports.cell_text import looks_like_formula
from csn_desktop.exports.control import ExportRefused
from csn_desktop.i18n import _, format_number

TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
# Named on every cell: a font without a name prints in a serif face in LibreOffice, and Calibri
# is Excel's own (LibreOffice shows it as the metric-compatible Carlito).
FONT_NAME = "Calibri"  # not translated: a font's name
BODY_FONT = Font(name=FONT_NAME, size=11)
HEADER_FONT = Font(name=FONT_NAME, size=11, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")
# Unwrapped text sits at the top of its cell too, level with the wrapped text beside it.
TOP = Alignment(vertical="top")
# Excel (and every reader of .xlsx) turns _xHHHH_ in a cell's text into that character; a
# literal one is written with its underscore escaped as _x005F_, as Excel itself does.
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def check_text(text: str, where: str) -> None:
    """Refuse text that Excel would cut or could not store; the message names the answer."""
    if text_length(text) > TEXT_LIMIT:
        # TRANSLATORS: {where} names the text, e.g. "The answer to “Council name”".
        message = _(
            "{where} is {length} characters long; an Excel cell holds at most {limit}. "
            "Shorten it in the app and export again: nothing was written."
        )
        raise ExportRefused(
            message.format(
                where=where, length=format_number(len(text)), limit=format_number(TEXT_LIMIT)
            )
        )
    if has_unstorable(text):
        raise ExportRefused(
            _(
                "{where} contains control characters that Excel cannot store. Edit the answer "
                "in the app and export again: nothing was written."
            ).format(where=where)
        )


def stored_text(text: str) -> str:
    """``text`` as a cell must store it so that it reads back unchanged (``_xHHHH_`` escaped)."""
    return _LOOKS_ESCAPED.sub("_x005F_", text) if "_x" in text else text


def put_text(ws: Any, row: int, column: int, text: str, where: str, *, wrap: bool = False) -> Any:
    """Write text that stays text: type forced to string, quote-prefixed if it looks like a formula.

    The quote prefix is what Excel sets when a user types a leading apostrophe: the cell keeps
    showing the text, and editing it in Excel does not turn it into a formula either.
    """
    check_text(text, where)
    cell = ws.cell(row=row, column=column)
    cell.value = stored_text(text)
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    cell.font = BODY_FONT
    if looks_like_formula(text):
        cell.quotePrefix = True
    cell.alignment = WRAP if wrap else TOP
    return cell


def write_only_cell(ws: Any, value: str | int | float | None) -> Any:
    """A cell for a write-only sheet (``ws.append``), text kept as text just as put_text does."""
    if isinstance(value, str):
        value = stored_text(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    return cell


def put_number(ws: Any, row: int, column: int, number: int | float) -> Any:
    cell = ws.cell(row=row, column=column)
    cell.value = number
    cell.data_type = "n"
    cell.font = BODY_FONT
    return cell


def put_date(ws: Any, row: int, column: int, iso_date: str, where: str) -> Any:
    """A real date cell for a valid YYYY-MM-DD answer; anything else is written as text."""
    try:
        moment = date.fromisoformat(iso_date)
    except ValueError:
        return put_text(ws, row, column, iso_date, where)
    cell = ws.cell(row=row, column=column)
    cell.value = moment
    cell.number_format = DATE_FORMAT
    cell.font = BODY_FONT
    return cell


def header_row(ws: Any, titles: list[str], widths: list[float], *, height: float = 32) -> None:
    """Bold, shaded, wrapped titles in row 1, frozen, with the columns' widths and a filter."""
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        where = _("the heading “{heading}”").format(heading=title[:40])
        cell = put_text(ws, 1, column, title, where, wrap=True)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[1].height = height
    ws.freeze_panes = "A2"


def list_validation(
    source: str, *, strict: bool, prompt: str = "", title: str = ""
) -> DataValidation:
    """A drop-down over a range (a defined name or "Yes,No"); strict refuses anything else typed.

    A non-strict list still offers the drop-down but lets several choices be typed, separated
    by semicolons (for multiple-choice answers).
    """
    title = title or _("Choose from the list")
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.showDropDown = False  # openpyxl's name is inverted: False shows the arrow
    validation.showErrorMessage = strict
    validation.errorTitle = title[:32]
    validation.error = _("Choose one of the options in the list.")
    if prompt:
        validation.showInputMessage = True
        validation.promptTitle = title[:32]
        validation.prompt = prompt[:255]
    return validation


def limit_validation(kind: str, low: str, high: str, prompt: str) -> DataValidation:
    """A whole-number, decimal, date or text-length check between two bounds."""
    validation = DataValidation(
        type=kind, operator="between", formula1=low, formula2=high, allow_blank=True
    )
    validation.showErrorMessage = True
    validation.errorTitle = _("Not accepted")[:32]
    validation.error = prompt[:255]
    validation.showInputMessage = True
    validation.prompt = prompt[:255]
    return validation

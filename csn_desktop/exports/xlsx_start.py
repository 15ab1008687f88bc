"""The workbook's first sheet: whose it is, and in plain words how to edit it and what is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from openpyxl.styles import Alignment, Font

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_cells import FONT_NAME, HEADER_FILL, put_text
from csn_desktop.i18n import _, format_datetime

# Characters Excel refuses in a sheet name, and its length limit.
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\]")
_NAME_LIMIT = 31
_TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
_HEADING_FONT = Font(name=FONT_NAME, bold=True, size=12)
_BOLD = Font(name=FONT_NAME, bold=True, size=11)
_TOP = Alignment(wrap_text=True, vertical="top")


def start_sheet_name(taken: set[str]) -> str:
    """The first sheet's name in the reader's language, safe for Excel and unlike the others."""
    # TRANSLATORS: the name of a workbook's first sheet (at most 31 characters, no : / ? * [ ]).
    return sheet_name(_("Start here"), "Start", taken)  # not translated: the fallback name


def sheet_name(wanted: str, fallback: str, taken: set[str]) -> str:
    """``wanted`` made a sheet name Excel accepts, unlike those ``taken`` (numbered if need be).

    ``fallback`` stands in for a translation made only of refused characters.
    """
    name = _NOT_IN_NAMES.sub(" ", wanted).strip()[:_NAME_LIMIT] or fallback
    folded = {t.casefold() for t in taken}
    base, number = name[: _NAME_LIMIT - 2], 2
    while name.casefold() in folded:
        name, number = f"{base} {number}", number + 1
    return name


@dataclass(frozen=True, slots=True)
class StartLayout:
    """What the sheet names: the sheets read, and the columns of each that must stay as they are."""

    about: str
    group_sheets: list[tuple[str, list[str]]]  # sheet name, titles of the columns rows go by


def write_start(
    ws: Any,
    questionnaire: Questionnaire,
    info: ExportInfo | None,
    created_at: datetime,
    layout: StartLayout,
) -> None:
    """Fill ``ws``: a title, the submission's details, and how to edit the workbook."""
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90
    ws.sheet_view.showGridLines = False
    rows = _Rows(ws)
    rows.title(questionnaire.title)
    rows.heading(_("This workbook"))
    for label, value in _details(questionnaire, info, created_at):
        rows.pair(label, value)
    rows.blank()
    rows.heading(_("How to edit it"))
    for number, text in enumerate(_how_to_edit(info, layout), start=1):
        rows.pair(f"{number}.", text)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False


def _details(
    questionnaire: Questionnaire, info: ExportInfo | None, created_at: datetime
) -> list[tuple[str, str]]:
    version = _("{title}, version {version}").format(
        title=questionnaire.title, version=questionnaire.version
    )
    if info is None:
        return [
            (_("Kind"), _("Blank template, to be filled in by a council")),
            (_("Questionnaire"), version),
            (_("Template made"), format_datetime(created_at)),
            (
                _("Status"),
                _(
                    "Worked out on import: final when every required question is answered "
                    "(sign-off included) and every answer is valid, draft otherwise."
                ),
            ),
        ]
    council = info.shown_name()
    if info.gss_code:
        council = _("{council} (GSS code {code})").format(council=council, code=info.gss_code)
    rows = [
        (_("Council"), council),
        (_("Period"), info.period),
        (_("Status"), _("Draft") if info.is_draft else _("Final")),
        (_("Questionnaire"), version),
        (_("Exported"), format_datetime(info.exported_at)),
    ]
    if info.finalised_at is not None:
        rows.append((_("Finalised"), format_datetime(info.finalised_at)))
    return rows


def _how_to_edit(info: ExportInfo | None, layout: StartLayout) -> list[str]:
    groups = ", ".join(_quoted(sheet) for sheet, _fixed in layout.group_sheets)
    fixed = ", ".join(
        _("the column {column} of {sheet}").format(column=_quoted(column), sheet=_quoted(sheet))
        for sheet, columns in layout.group_sheets
        for column in columns
    )
    steps = []
    if info is None:
        steps.append(
            _(
                "First fill in the three Submission rows at the top of the sheet “{about}”: "
                "the council's name, its GSS code (for example W06000015) and the period (for "
                "example 2026/27). The import needs the GSS code and the period."
            ).format(about=layout.about)
        )
    steps += [
        _(
            "Only these cells are read: the column “Answer” of the sheet “{about}”, and the "
            "answer columns of the sheets {groups} (every column after the first ones)."
        ).format(about=layout.about, groups=groups),
        _("A blank cell is no answer. To remove an answer, clear its cell."),
        _(
            "Where a cell has a drop-down list, choose from it. For several choices, type them "
            "separated by semicolons (;). Yes/No questions take Yes or No."
        ),
        _(
            "Do not change the column “Question id” of “{about}”, nor {fixed}; do not rename, "
            "move or delete sheets, and leave the hidden sheets as they are. Otherwise the file "
            "cannot be imported."
        ).format(about=layout.about, fixed=fixed),
        _(
            "To add an item to a sheet that takes several (such as a gap), fill in the next "
            "empty row; keep the item numbers that are there."
        ),
        _(
            "Save the workbook as Excel Workbook (.xlsx) or OpenDocument Spreadsheet (.ods) and "
            "send that file. Other formats (.xls, .csv, .numbers) cannot be imported."
        ),
        _("This sheet is not read: changing it changes nothing."),
    ]
    return steps


def _quoted(name: str) -> str:
    return _("“{name}”").format(name=name)


class _Rows:
    """Writes the sheet downwards, one row at a time."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.row = 1

    def title(self, text: str) -> None:
        cell = put_text(self.ws, self.row, 1, text, _("the title"))
        cell.font = _TITLE_FONT
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 2

    def heading(self, text: str) -> None:
        for column in (1, 2):
            self.ws.cell(row=self.row, column=column).fill = HEADER_FILL
        cell = put_text(self.ws, self.row, 1, text, _("a heading"))
        cell.font = _HEADING_FONT
        self.row += 1

    def pair(self, label: str, value: str) -> None:
        put_text(self.ws, self.row, 1, label, _("a heading"), wrap=True).font = _BOLD
        self.ws.cell(row=self.row, column=1).alignment = _TOP
        put_text(self.ws, self.row, 2, value, label, wrap=True)
        # Rows do not grow to fit wrapped text until a program lays them out: give room.
        lines = sum(max(1, -(-len(part) // 85)) for part in value.split("\n"))
        self.ws.row_dimensions[self.row].height = max(15, 15 * lines)
        self.row += 1

    def blank(self) -> None:
        self.row += 1

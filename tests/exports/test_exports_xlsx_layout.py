"""How the submission and template look and print: fonts, row heights, answer cells, pages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from csn_desktop.actions.exporting import export_template, export_xlsx
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.exports.xlsx_cells import FONT_NAME
from csn_desktop.exports.xlsx_layout import LINE_HEIGHT, text_lines
from csn_desktop.storage.database import Database
from tests.exports.submission_reader import read_meta
from tests.imports.libreoffice import LibreOffice, libreoffice

__all__ = ["libreoffice"]  # the fixture, used by name

READ_SHEETS = ("About", "Standards", "Gaps")
# The blank template printed on 18 A4 pages before it fitted the width of a page; now 9.
TEMPLATE_PAGES_AT_MOST = 10


@pytest.fixture
def submission(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> Any:
    return load_workbook(export_xlsx(database, library, complete_id, tmp_path / "Caerdydd.xlsx"))


@pytest.fixture
def template_path(library: QuestionnaireLibrary, tmp_path: Path) -> Path:
    return export_template(library, tmp_path / "template.xlsx")


def answer_cells(workbook: Any, sheet: str) -> list[Any]:
    """The cells of the columns the importer reads, from the metadata's column keys."""
    meta = read_meta(workbook)
    keys = json.loads(meta[f"columns.{sheet}"])
    fixed = {"section", "question_id", "question", "how_to_answer", "required", "code"}
    fixed |= {"title", "theme", "item"}
    columns = [number for number, key in enumerate(keys, start=1) if key not in fixed]
    ws = workbook[sheet]
    return [ws.cell(row=row, column=c) for row in range(2, ws.max_row + 1) for c in columns]


def test_every_written_cell_has_a_named_font(submission: Any) -> None:
    for sheet in (submission.sheetnames[0], *READ_SHEETS):
        ws = submission[sheet]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == FONT_NAME, (sheet, cell.coordinate)
        assert ws["A1"].font.name == FONT_NAME
    header = submission["About"]["D1"]
    assert (header.value, header.font.name, header.font.b) == ("Answer", FONT_NAME, True)


def test_answer_cells_are_shaded_unlocked_and_named(submission: Any) -> None:
    for sheet in READ_SHEETS:
        cells = answer_cells(submission, sheet)
        assert cells
        for cell in cells:
            assert cell.protection.locked is False, (sheet, cell.coordinate)
            assert cell.fill.fgColor.rgb.endswith("FFF2CC"), (sheet, cell.coordinate)
            assert cell.font.name == FONT_NAME
    about = submission["About"]
    assert about["B2"].protection.locked is True  # the question ids stay as they are
    assert about["C5"].protection.locked is True


def test_sheets_are_protected_without_a_password(submission: Any) -> None:
    for sheet in submission.sheetnames:
        protection = submission[sheet].protection
        assert protection.sheet is True, sheet
        assert not protection.password, sheet
    # Columns can still be widened and the filter used on a protected sheet.
    standards = submission["Standards"].protection
    assert (standards.formatColumns, standards.autoFilter) == (False, False)


def test_rows_with_wrapped_text_are_as_tall_as_their_text(submission: Any) -> None:
    ws = submission["Standards"]
    keys = json.loads(read_meta(submission)["columns.Standards"])
    note_column = keys.index("standards.note") + 1
    width = ws.column_dimensions[ws.cell(row=1, column=note_column).column_letter].width
    tall = 0
    for row in range(2, ws.max_row + 1):
        note = ws.cell(row=row, column=note_column)
        if not note.value:
            continue
        assert note.alignment.wrap_text
        height = ws.row_dimensions[row].height
        assert height is not None, row
        wanted = min(409.0, text_lines(note.value, width) * LINE_HEIGHT)
        assert height >= wanted, (row, height, wanted)
        tall += height > 3 * LINE_HEIGHT
    assert tall  # the fixture's notes run to many lines
    about = submission["About"]
    assert all(about.row_dimensions[r].height for r in range(2, about.max_row + 1))


def test_blank_long_answers_have_room_in_the_template(template_path: Path) -> None:
    about = load_workbook(template_path)["About"]
    rows = {row[1].value: row[1].row for row in about.iter_rows(min_row=2)}
    assert about.row_dimensions[rows["network_other"]].height >= 3 * LINE_HEIGHT
    assert about.row_dimensions[rows["approved_on"]].height < 3 * LINE_HEIGHT


def test_about_sheet_marks_the_required_answers(submission: Any) -> None:
    about = submission["About"]
    assert about["F1"].value == "Required"
    required = {row[1]: row[5] for row in about.iter_rows(min_row=2, values_only=True)}
    assert required["_gss_code"] == "Yes"
    assert required["strategy_status"] == "Yes"
    assert required["respondent_name"] == "No"
    headings = [cell.value for cell in submission["Standards"][1]]
    assert "Use (required in your themes)" in headings


def test_pages_fit_the_width_and_repeat_the_heading_row(submission: Any) -> None:
    for sheet in READ_SHEETS:
        ws = submission[sheet]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, sheet
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), sheet
        assert ws.page_setup.orientation == "landscape", sheet
        assert ws.print_title_rows == "$1:$1", sheet
    header = submission["About"].oddHeader.center.text
    assert "Cardiff" in header and "2026/27" in header and "draft" in header


def test_template_prints_on_few_pages(template_path: Path, libreoffice: LibreOffice) -> None:
    [pdf] = libreoffice.convert([template_path], "pdf", template_path.parent / "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.count("\f")
    assert 4 <= pages <= TEMPLATE_PAGES_AT_MOST, pages
    assert "blank template made on" in text  # the status line heads the pages
    assert "Use (required in your" in text

"""Format 2's first sheet says whose workbook it is and how to edit it; blank cells stay text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook

from csn_desktop.actions.exporting import export_template, export_xlsx
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType
from csn_desktop.storage.database import Database
from tests.exports.submission_reader import read_meta


def _text(ws: object) -> str:
    rows = ws.iter_rows(values_only=True)  # type: ignore[attr-defined]
    return "\n".join(" | ".join(str(v) for v in row if v is not None) for row in rows)


def test_the_start_sheet_comes_first_and_says_whose_it_is(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    start = workbook.worksheets[0]
    assert start.title == read_meta(workbook)["sheet.start"] == "Start here"
    assert workbook.active.title == "Start here"
    assert start.sheet_state == "visible"
    text = _text(start)
    for expected in (
        "Council | Cardiff",
        "(GSS code W06000015)",
        "Period | 2026/27",
        "Status | Draft",
        "Questionnaire | Smart-city standards self-assessment, version 2",
        "Exported | ",
        "the column “Answer” of the sheet “About”",
        "“Standards”, “Gaps”",
        "the column “Code” of “Standards”, the column “Item” of “Gaps”",
        "A blank cell is no answer",
        "(.xlsx) or OpenDocument Spreadsheet (.ods)",
        "This sheet is not read",
    ):
        assert expected in text, expected
    assert start["A1"].font.b
    assert start.page_setup.fitToWidth == 1 and start.sheet_properties.pageSetUpPr.fitToPage
    assert start.column_dimensions["B"].width >= 80
    assert start["B4"].alignment.wrap_text


def test_the_template_start_sheet_asks_for_the_submission_rows(
    library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    workbook = load_workbook(export_template(library, tmp_path / "template.xlsx"))
    text = _text(workbook.worksheets[0])
    assert workbook.sheetnames[:2] == ["Start here", "About"]
    assert "Blank template" in text
    assert "three Submission rows at the top of the sheet “About”" in text
    assert "Worked out on import: final when every required question is answered" in text
    assert "Template made | " in text


def test_blank_answer_cells_are_text_so_24_7_stays_text(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    complete_id: int,
    tmp_path: Path,
) -> None:
    for path in (
        export_template(library, tmp_path / "template.xlsx"),
        export_xlsx(database, library, complete_id, tmp_path / "s.xlsx"),
    ):
        workbook = load_workbook(path)
        meta = read_meta(workbook)
        for key, sheet in meta.items():
            if not key.startswith("sheet.group."):
                continue
            ws = workbook[sheet]
            for column, field_id in enumerate(json.loads(meta[f"columns.{sheet}"]), start=1):
                if "." not in field_id:
                    continue
                field = questionnaire.question(field_id)
                letter = ws.cell(row=1, column=column).column_letter
                text = field.type not in (QuestionType.NUMBER, QuestionType.DATE)
                assert (ws.column_dimensions[letter].number_format == "@") is text, field_id
        about = workbook["About"]
        for row in about.iter_rows(min_row=2):
            question_id, answer = row[1].value, row[3]
            if answer.value is not None or str(question_id).startswith("_"):
                if str(question_id).startswith("_") and answer.value is None:
                    assert answer.number_format == "@"
                continue
            question = questionnaire.question(str(question_id))
            if question.type not in (QuestionType.NUMBER, QuestionType.DATE):
                assert answer.number_format == "@", question_id


def test_the_workbook_says_it_was_last_saved_when_exported(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    exported = datetime.fromisoformat(read_meta(workbook)["exported_at"].replace("Z", "+00:00"))
    assert workbook.properties.modified.replace(tzinfo=UTC) == exported

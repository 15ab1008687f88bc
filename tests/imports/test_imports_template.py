"""A blank template filled in with Excel (openpyxl here) is read from its human sheets."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.xlsx_submission import write_template
from csn_desktop.imports.outcomes import NoteReason, Outcome
from csn_desktop.imports.template import template_uuid
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import CARDIFF, table_counts, write

WELSH = "Mae'r cyngor yn gweithio ar ŵ a ŷ — =SUM(A1) <b>"
Fill = Callable[[Any, Questionnaire], None]


def label(questionnaire: Questionnaire, question_id: str, choice_id: str) -> str:
    choice = questionnaire.question(question_id).choice(choice_id)
    assert choice is not None
    return choice.label


def row_of(ws: Any, question_id: str) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[1].value == question_id:
            return int(row[1].row)
    raise KeyError(question_id)


def filled_template(questionnaire: Questionnaire, *fills: Fill) -> bytes:
    """The blank template as csn-desktop writes it, filled in and saved with openpyxl."""
    blank = io.BytesIO()
    write_template(
        blank, questionnaire, app_version="test", created_at=datetime(2026, 11, 1, tzinfo=UTC)
    )
    workbook = load_workbook(io.BytesIO(blank.getvalue()))
    for fill in fills:
        fill(workbook, questionnaire)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def about(question_id: str, value: object) -> Fill:
    def fill(workbook: Any, questionnaire: Questionnaire) -> None:
        ws = workbook["About"]
        ws.cell(row=row_of(ws, question_id), column=4).value = value  # None empties it

    return fill


def council_and_answers(workbook: Any, q: Questionnaire) -> None:
    ws = workbook["About"]
    for question_id, value in {
        "_organisation_name": "Cardiff",
        "_gss_code": CARDIFF,
        "_period": "2026/27",
        "respondent_name": "Siân Llŷr",
        "departments": "; ".join(
            [label(q, "departments", "digital_it"), label(q, "departments", "planning")]
        ),
        "strategy_status": label(q, "strategy_status", "adopted"),
        "has_standards_lead": "Yes",
        "standards_staff": 3,
        "has_gaps": "yes",
        "network_other": WELSH,
        "approved_on": date(2026, 11, 20),
    }.items():
        ws.cell(row=row_of(ws, question_id), column=4, value=value)
    standards = workbook["Standards"]
    standards.cell(row=2, column=4, value=label(q, "standards.use_status", "partly_used"))
    standards.cell(row=2, column=5, value=label(q, "standards.need", "essential"))
    barriers = [label(q, "standards.barriers", b) for b in ("cost_of_access", "skills_capacity")]
    standards.cell(row=2, column=6, value=";".join(barriers))
    standards.cell(row=2, column=7, value="Used for the parking data platform.")
    gaps = workbook["Gaps"]
    gaps.cell(row=2, column=2, value=label(q, "gaps.theme", "data-interoperability"))
    gaps.cell(row=2, column=3, value="Bus stop data cannot be shared with the region.")
    gaps.cell(row=2, column=4, value=label(q, "gaps.impact", "major"))
    gaps.cell(row=2, column=5, value="A common schema for stop facilities.")


def expected(questionnaire: Questionnaire) -> Answers:
    code = questionnaire.standards[0].code
    answers = Answers()
    for question_id, item, value in [
        ("respondent_name", "", "Siân Llŷr"),
        ("departments", "", ["digital_it", "planning"]),
        ("strategy_status", "", "adopted"),
        ("has_standards_lead", "", True),
        ("standards_staff", "", 3),
        ("has_gaps", "", True),
        ("network_other", "", WELSH),
        ("approved_on", "", "2026-11-20"),
        ("standards.use_status", code, "partly_used"),
        ("standards.need", code, "essential"),
        ("standards.barriers", code, ["cost_of_access", "skills_capacity"]),
        ("standards.note", code, "Used for the parking data platform."),
        ("gaps.theme", "1", "data-interoperability"),
        ("gaps.description", "1", "Bus stop data cannot be shared with the region."),
        ("gaps.impact", "1", "major"),
        ("gaps.should_cover", "1", "A common schema for stop facilities."),
    ]:
        answers.set(question_id, item, value)
    return answers


def test_filled_template_is_imported_with_what_was_written(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    data = filled_template(questionnaire, council_and_answers)
    [result] = import_files(app_database, library, [write(tmp_path, "filled.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
    assert result.submission_uuid == template_uuid(str(result.sha256))
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert (assessment.period, assessment.origin, assessment.flagged) == (
            "2026/27",
            "imported",
            False,
        )
        assert assessment.organisation.gss_code == CARDIFF
        assert assessment.respondent == "Siân Llŷr"
        assert assessment.status == "draft"  # required questions are left unanswered
        stored = load_answers(session, assessment.id)
    wanted = expected(questionnaire)
    assert submitted_answers(questionnaire, wanted).values == wanted.values
    assert stored.values == wanted.values


def test_same_filled_template_twice_is_a_duplicate(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    data = filled_template(questionnaire, council_and_answers)
    paths = [write(tmp_path, "a.xlsx", data), write(tmp_path, "b.xlsx", data)]
    outcomes = [r.outcome for r in import_files(app_database, library, paths)]
    assert outcomes == [Outcome.NEW, Outcome.DUPLICATE]


def _standards_cell(column: int, value: object) -> Fill:
    def fill(workbook: Any, questionnaire: Questionnaire) -> None:
        workbook["Standards"].cell(row=3, column=column, value=value)

    return fill


BAD: list[tuple[str, list[Fill], str, str]] = [
    ("outside the drop-down", [about("strategy_status", "Sometimes")], "drop-down", "D"),
    ("a multi-choice word", [about("departments", "Digital and IT; Catering")], "Catering", "D"),
    ("not yes or no", [about("has_standards_lead", "Perhaps")], "Yes or No", "D"),
    ("not a number", [about("standards_staff", "several")], "not a number", "D"),
    ("not a date", [about("approved_on", "next week")], "date", "D"),
    ("not a day", [about("approved_on", "31/02/2026")], "exist", "D"),
    ("bad standards cell", [_standards_cell(5, "Vital")], "drop-down", "E"),
    ("no council", [about("_gss_code", None)], "GSS code", "D"),
    ("no period", [about("_period", "2026")], "2026/27", "D"),
    ("unknown council", [about("_gss_code", "E09999999")], "E09999999", "D"),
]


@pytest.mark.parametrize(("name", "fills", "expected", "column"), BAD, ids=[b[0] for b in BAD])
def test_bad_cell_in_a_filled_template_is_rejected_naming_it(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    name: str,
    fills: list[Fill],
    expected: str,
    column: str,
) -> None:
    data = filled_template(questionnaire, council_and_answers, *fills)
    before = table_counts(app_database)
    [result] = import_files(app_database, library, [write(tmp_path, "bad.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert expected in result.message
    assert result.place is not None and result.place.cell is not None, result
    assert result.place.cell.startswith(column) and result.place.row and result.place.row > 1
    assert table_counts(app_database) == before


def test_formula_typed_into_a_template_is_rejected_naming_the_cell(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    data = filled_template(questionnaire, council_and_answers, about("standards_staff", "=1+2"))
    [result] = import_files(app_database, library, [write(tmp_path, "formula.xlsx", data)])
    assert result.outcome is Outcome.REJECTED
    assert "formula" in result.message
    assert result.place is not None and result.place.sheet == "About"
    assert result.place.cell is not None and result.place.cell.startswith("D")


def test_invalid_answer_in_a_template_is_kept_and_makes_it_a_draft(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    data = filled_template(questionnaire, council_and_answers, about("standards_staff", 1e9))
    [result] = import_files(app_database, library, [write(tmp_path, "big.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
    [note] = result.notes
    assert note.reason is NoteReason.INVALID and note.question_id == "standards_staff"
    assert note.place is not None and note.place.sheet == "About"
    assert note.place.cell is not None and note.place.cell.startswith("D")
    assert "kept but not counted" in note.message and "at most" in note.message
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.status == "draft"
        assert load_answers(session, assessment.id).get("standards_staff") == 1_000_000_000


def test_emptied_answers_sheet_reads_the_edited_human_sheets_and_flags(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    from tests.imports.conftest import edit_cells, sample
    from tests.imports.format1 import format1_bytes

    answers = sample(questionnaire, seed=5)
    answers.set("network_other", "", "First words.")

    def edit(workbook: Any) -> None:
        sheet = workbook["Answers"]
        sheet.delete_rows(2, sheet.max_row)
        about_sheet = workbook["About"]
        about_sheet.cell(row=row_of(about_sheet, "network_other"), column=4).value = WELSH

    data = edit_cells(format1_bytes(questionnaire, answers), edit)
    [result] = import_files(app_database, library, [write(tmp_path, "edited.xlsx", data)])
    assert (result.outcome, result.flagged) == (Outcome.NEW, True), result
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert load_answers(session, assessment.id).get("network_other") == WELSH

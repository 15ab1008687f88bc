"""The Excel submission and template: round trip, text safety, drop-downs, metadata, refusals."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.actions.exporting import export_template, export_xlsx
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import canonical_answers_sha256, submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.shown_values import shown_answers
from csn_desktop.exports.control import ExportRefused
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage.database import Database
from tests.exports.conftest import HOSTILE, HOSTILE_NOTE, LONG_WORD
from tests.exports.previous_files import previous_workbook
from tests.exports.submission_reader import read_human_sheets, read_meta


def test_checksum_covers_the_answers_as_the_readable_sheets_show_them(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    loaded = load_assessment(database, library, complete_id)
    expected = submitted_answers(loaded.questionnaire, loaded.answers)
    assert len(expected) == len(loaded.answers)  # every stored answer is a shown one
    workbook = load_workbook(path)
    assert "Answers" not in workbook.sheetnames  # format 2: the readable sheets are the copy
    shown = shown_answers(loaded.questionnaire, expected)
    meta = read_meta(workbook)
    assert meta["answers_sha256"] == canonical_answers_sha256(shown)
    assert meta["answers_count"] == str(len(shown))


def test_human_sheets_give_back_every_value(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    loaded = load_assessment(database, library, complete_id)
    assert read_human_sheets(path, loaded.questionnaire).values == loaded.answers.values


def test_metadata_names_the_format_and_the_submission(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    meta = read_meta(workbook)
    loaded = load_assessment(database, library, complete_id)
    assert meta["format"] == "csn-submission"
    assert meta["format_version"] == "2"
    assert meta["sheet.start"] == "Start here"
    assert "sheet.answers" not in meta
    assert meta["kind"] == "submission"
    assert meta["submission_uuid"] == loaded.summary.uuid
    assert meta["gss_code"] == "W06000015"
    assert meta["period"] == "2026/27"
    assert meta["status"] == "draft"
    assert meta["questionnaire_id"] == loaded.questionnaire.id
    assert meta["exported_at"].endswith("Z")
    assert workbook["_csn_meta"].sheet_state == "hidden"
    assert workbook.sheetnames[:4] == ["Start here", "About", "Standards", "Gaps"]
    assert workbook.properties.creator.startswith("csn-desktop")
    assert "Cardiff" in workbook.properties.title
    for name in ("About", "Standards", "Gaps"):
        assert workbook[name].freeze_panes == "A2"


def test_every_choice_column_has_a_drop_down(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    standards = workbook["Standards"]
    lists = {str(v.sqref): v for v in standards.data_validations.dataValidation}
    last = len(load_assessment(database, library, complete_id).questionnaire.standards) + 1
    for column in "DEF":  # use status, need, barriers
        validation = lists[f"{column}2:{column}{last}"]
        assert validation.type == "list"
        assert validation.formula1.startswith("list_standards_")
    assert {v.type for v in workbook["Gaps"].data_validations.dataValidation} >= {"list"}
    about = {str(v.sqref) for v in workbook["About"].data_validations.dataValidation}
    assert any("D" in ref for ref in about)
    assert "list_standards_use_status" in workbook.defined_names


def test_hostile_text_is_stored_as_text_never_a_formula(
    database: Database, library: QuestionnaireLibrary, hostile_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, hostile_id, tmp_path / "s.xlsx")
    workbook = load_workbook(path)
    found: dict[str, str] = {}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    found[cell.value] = cell.data_type
    for text in HOSTILE.values():
        assert text in found
    assert LONG_WORD in found
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
                assert b"<f " not in archive.read(name)
    assert workbook["About"]["D2"].value is not None
    assert HOSTILE_NOTE in found


def test_formula_like_cells_carry_excels_quote_prefix(
    database: Database, library: QuestionnaireLibrary, hostile_id: int, tmp_path: Path
) -> None:
    path = export_xlsx(database, library, hostile_id, tmp_path / "s.xlsx")
    about = load_workbook(path)["About"]
    cells = {row[1].value: row[3] for row in about.iter_rows(min_row=2)}
    assert cells["respondent_name"].quotePrefix
    assert cells["respondent_name"].value == HOSTILE["respondent_name"]
    assert not cells["network_other"].quotePrefix


def test_text_over_excels_limit_is_refused_and_the_old_file_kept(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    complete_id: int,
    tmp_path: Path,
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "s.xlsx"
    target.write_bytes(previous := previous_workbook())
    with database.session() as session:
        too_long = "x" * 32_768
        stored_answers.save_answer(session, complete_id, "network_other", "", too_long)
        session.commit()
    with pytest.raises(ExportRefused, match="32,767"):
        export_xlsx(database, library, complete_id, target)
    assert target.read_bytes() == previous
    assert [p.name for p in target.parent.iterdir()] == ["s.xlsx"]


def test_hidden_answers_are_not_submitted(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    complete_id: int,
    tmp_path: Path,
) -> None:
    from csn_desktop.actions.assessments import save_answer

    save_answer(database, questionnaire, complete_id, "strategy_status", "", "adopted")
    save_answer(database, questionnaire, complete_id, "strategy_lead", "", "Kept but hidden")
    save_answer(database, questionnaire, complete_id, "strategy_status", "", "none")
    path = export_xlsx(database, library, complete_id, tmp_path / "s.xlsx")
    assert read_human_sheets(path, questionnaire).get("strategy_lead") is None
    loaded = load_assessment(database, library, complete_id)
    assert loaded.answers.get("strategy_lead") == "Kept but hidden"


def test_template_filled_in_with_openpyxl_reads_back(
    library: QuestionnaireLibrary, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    path = export_template(library, tmp_path / "template.xlsx")
    workbook = load_workbook(path)
    meta = read_meta(workbook)
    assert meta["kind"] == "template"
    assert meta["submission_uuid"] == ""
    assert "Answers" not in workbook.sheetnames
    about = workbook["About"]
    rows = {row[1].value: row[0].row for row in about.iter_rows(min_row=2)}
    use = questionnaire.question("standards.use_status")
    need = questionnaire.question("standards.need")
    code = questionnaire.standards[0].code
    written: dict[str, tuple[object, object]] = {
        "strategy_status": ("Adopted and funded", "adopted_funded"),
        "has_standards_lead": ("Yes", True),
        "standards_staff": (12, 12),
        "network_other": ("=1+1 stays text", "=1+1 stays text"),
        "departments": ("Digital and IT; Housing", ["digital_it", "housing"]),
    }
    for question_id, (cell_value, _) in written.items():
        cell = about[f"D{rows[question_id]}"]
        cell.value = cell_value
        if isinstance(cell_value, str):
            cell.data_type = "s"
    standards = workbook["Standards"]
    standards["D2"] = use.choices[4].label
    standards["E2"] = need.choices[3].label
    gaps = workbook["Gaps"]
    gaps["A2"] = 1
    gaps["C2"] = "Kerbside data for charge points"
    workbook.save(tmp_path / "filled.xlsx")

    back = read_human_sheets(tmp_path / "filled.xlsx", questionnaire)
    for question_id, (_, expected) in written.items():
        assert back.get(question_id) == expected
    assert back.get("standards.use_status", code) == use.choices[4].id
    assert back.get("standards.need", code) == need.choices[3].id
    assert back.get("gaps.description", "1") == "Kerbside data for charge points"

"""A Welsh-labelled template or submission is read exactly as an English one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from csn_desktop.actions.assessments import load_assessment, save_answer, start_assessment
from csn_desktop.actions.exporting import export_template, export_xlsx
from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import localised
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from tests.imports.conftest import CARDIFF
from tests.imports.test_imports_template import expected, row_of
from tests.welsh_files import install_welsh

WELSH = "Mae gennym ŵ ŷ — a'r cyngor yn ei ddefnyddio"


@pytest.fixture
def welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuestionnaireLibrary:
    return install_welsh(tmp_path, monkeypatch)


def cy_label(library: QuestionnaireLibrary, question_id: str, choice_id: str) -> str:
    choice = localised(library.latest(), "cy").question(question_id).choice(choice_id)
    assert choice is not None
    return choice.label


def test_a_welsh_template_names_its_sheets_and_words_in_welsh(
    tmp_path: Path, welsh: QuestionnaireLibrary
) -> None:
    path = export_template(welsh, tmp_path / "templed.xlsx", language="cy")
    workbook = load_workbook(path)
    assert workbook.sheetnames[:4] == ["Dechrau yma", "Ynghylch", "Safonau", "Bylchau"]
    assert workbook.properties.language == "cy-GB"
    meta = {row[0]: row[1] for row in workbook["_csn_meta"].iter_rows(values_only=True)}
    assert (meta["language"], meta["sheet.about"]) == ("cy", "Ynghylch")
    lists = [v.formula1 for v in workbook["Ynghylch"].data_validations.dataValidation]
    assert '"Ie,Na"' in lists
    # The drop-down of a choice offers the Welsh labels.
    choices = [c for column in workbook["_csn_lists"].iter_cols(values_only=True) for c in column]
    assert "Wedi'i mabwysiadu" in choices and "Adopted" not in choices


def test_a_filled_welsh_template_is_imported_with_what_was_written(
    tmp_path: Path, app_database: Database, welsh: QuestionnaireLibrary
) -> None:
    q = welsh.latest()
    path = export_template(welsh, tmp_path / "templed.xlsx", language="cy")
    workbook = load_workbook(path)
    about = workbook["Ynghylch"]
    for question_id, value in {
        "_organisation_name": "Caerdydd",
        "_gss_code": CARDIFF,
        "_period": "2026/27",
        "respondent_name": "Siân Llŷr",
        "departments": "; ".join(
            [
                cy_label(welsh, "departments", "digital_it"),
                cy_label(welsh, "departments", "planning"),
            ]
        ),
        "strategy_status": cy_label(welsh, "strategy_status", "adopted"),
        "has_standards_lead": "Ie",
        "standards_staff": 3,
        "has_gaps": "ie",
        "network_other": WELSH,
        "approved_on": date(2026, 11, 20),
    }.items():
        about.cell(row=row_of(about, question_id), column=4, value=value)
    standards = workbook["Safonau"]
    standards.cell(row=2, column=4, value=cy_label(welsh, "standards.use_status", "partly_used"))
    standards.cell(row=2, column=5, value=cy_label(welsh, "standards.need", "essential"))
    barriers = [
        cy_label(welsh, "standards.barriers", b) for b in ("cost_of_access", "skills_capacity")
    ]
    standards.cell(row=2, column=6, value=";".join(barriers))
    standards.cell(row=2, column=7, value="Used for the parking data platform.")
    gaps = workbook["Bylchau"]
    gaps.cell(row=2, column=2, value=cy_label(welsh, "gaps.theme", "data-interoperability"))
    gaps.cell(row=2, column=3, value="Bus stop data cannot be shared with the region.")
    # Either language is read: an English label in a Welsh workbook too.
    gaps.cell(row=2, column=4, value=q.question("gaps.impact").choice_label("major"))
    gaps.cell(row=2, column=5, value="A common schema for stop facilities.")
    workbook.save(path)

    [result] = import_files(app_database, welsh, [path])
    assert result.outcome is Outcome.NEW, result
    wanted = expected(q)
    wanted.set("network_other", "", WELSH)
    with app_database.session() as session:
        stored = load_answers(session, result.assessment_id)
    assert submitted_answers(q, stored) == submitted_answers(q, wanted)


def test_a_welsh_submission_round_trips_to_the_same_answers(
    tmp_path: Path, app_database: Database, welsh: QuestionnaireLibrary
) -> None:
    q = welsh.latest()
    assessment = start_assessment(app_database, q, period="2026/27", gss_code=CARDIFF)
    answers = Answers()
    answers.set("strategy_status", "", "adopted")
    answers.set("departments", "", ["planning", "digital_it"])
    answers.set("has_standards_lead", "", False)
    answers.set("network_other", "", WELSH)
    code = q.standards[0].code
    answers.set("standards.use_status", code, "partly_used")
    answers.set("standards.barriers", code, ["cost_of_access", "skills_capacity"])
    for key, value in answers:
        save_answer(app_database, q, assessment, key.question_id, key.item_key, value)
    path = export_xlsx(app_database, welsh, assessment, tmp_path / "cyflwyniad.xlsx", language="cy")
    book = load_workbook(path)
    about = book["Ynghylch"]
    assert about.cell(row=row_of(about, "strategy_status"), column=4).value == "Wedi'i mabwysiadu"
    # People read the council's Welsh name; the data the importer checks keep the list's name.
    start = [str(v) for row in book["Dechrau yma"].iter_rows(values_only=True) for v in row if v]
    assert any("Caerdydd" in value for value in start)
    assert about.cell(row=row_of(about, "_organisation_name"), column=4).value == "Cardiff"
    assert about.cell(row=row_of(about, "has_standards_lead"), column=4).value == "Na"

    # The same file back into the same database: the same answers, a duplicate.
    [again] = import_files(app_database, welsh, [path])
    assert again.outcome is Outcome.DUPLICATE, again
    # Into another: every answer as it was given.
    other = open_app_database(tmp_path / "rhwydwaith.sqlite3")
    try:
        [result] = import_files(other, welsh, [path])
        assert result.outcome is Outcome.NEW, result
        with other.session() as session:
            imported = load_answers(session, result.assessment_id)
    finally:
        other.close()
    given = load_assessment(app_database, welsh, assessment).answers
    assert submitted_answers(q, imported) == submitted_answers(q, given)
    assert imported.get("network_other") == WELSH

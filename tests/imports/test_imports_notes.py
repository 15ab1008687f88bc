"""No answer in a file is dropped unnamed: hidden and draft-invalid answers are kept and noted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.exporting import export_xlsx
from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import counted_answers, submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import (
    FileContext,
    NoteReason,
    Outcome,
    SubmissionRejected,
    quoted,
)
from csn_desktop.imports.reader import parse_submission
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.conftest import NewDatabase
from tests.imports.conftest import (
    CARDIFF,
    about_cell,
    edit_cells,
    group_cell,
    sample,
    submission_bytes,
    table_counts,
    write,
)
from tests.imports.format1 import format1_bytes


def _gaps_without_yes(workbook: Any) -> None:
    """Two gaps filled in (seven cells), "Is there a service …?" left blank."""
    about_cell(workbook, "has_gaps").value = None
    major = "Major: the service is much less effective or much more costly"
    for field, text in (
        ("gaps.theme", "Data and interoperability"),
        ("gaps.description", "Bus data"),
        ("gaps.impact", major),
        ("gaps.should_cover", "A schema"),
    ):
        group_cell(workbook, "Gaps", "1", field).value = text
    for field, text in (
        ("gaps.description", "Kerbside data"),
        ("gaps.impact", "Minor: an inconvenience we can work around"),
        ("gaps.should_cover", "Common terms"),
    ):
        group_cell(workbook, "Gaps", "2", field).value = text


def test_hidden_gap_answers_are_kept_and_named_by_their_condition(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = sample(questionnaire, seed=6)
    answers.set("has_gaps", "", False)
    data = edit_cells(submission_bytes(questionnaire, answers, status="draft"), _gaps_without_yes)
    [result] = import_files(app_database, library, [write(tmp_path, "gaps.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
    [note] = result.notes
    assert note.reason is NoteReason.HIDDEN and note.answers == 7
    row = _about_row(data, "has_gaps")
    label = quoted(questionnaire.question("has_gaps").label)  # cut to its start, with …
    assert label.endswith("…”")
    assert note.message == (
        f"7 answers to “Gaps in standards” kept but not counted: {label} (About, D{row}) "
        "is not Yes."
    )
    assert note.place is not None and note.place.sheet == "Gaps"
    with app_database.session() as session:
        stored = load_answers(session, session.scalars(select(Assessment)).one().id)
    assert stored.get("gaps.description", "2") == "Kerbside data"
    assert len([k for k in stored.values if k.question_id.startswith("gaps.")]) == 7
    assert submitted_answers(questionnaire, stored).get("gaps.description", "2") is None
    assert counted_answers(questionnaire, stored).get("gaps.description", "2") is None


def _about_row(data: bytes, question_id: str) -> int:
    from io import BytesIO

    from openpyxl import load_workbook

    return int(about_cell(load_workbook(BytesIO(data)), question_id).row)


def test_a_draft_the_app_saved_with_an_invalid_e_mail_imports_with_it_named(
    tmp_path: Path,
    new_database: NewDatabase,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    # The council's own app: a draft with an e-mail address the app marks invalid.
    source = app_database
    assessment = start_assessment(source, questionnaire, period="2026/27", gss_code=CARDIFF)
    save_answer(source, questionnaire, assessment, "respondent_name", "", "Siân Hughes")
    save_answer(source, questionnaire, assessment, "respondent_email", "", "sian@cardiff")
    path = export_xlsx(source, library, assessment, tmp_path / "draft.xlsx")
    parsed = parse_submission(path.read_bytes(), library)
    assert parsed.meta.status == "draft"
    [note] = parsed.notes
    assert note.reason is NoteReason.INVALID and note.question_id == "respondent_email"
    assert note.place is not None and note.place.sheet == "About"
    assert note.message.startswith("The answer to “Your work e-mail address” (About, D")
    assert "kept but not counted: Enter an e-mail address" in note.message
    assert parsed.answers.get("respondent_email") == "sian@cardiff"
    assert not parsed.tampered
    network = open_app_database(new_database("network"))
    try:
        [result] = import_files(network, library, [path])
        assert result.outcome is Outcome.NEW, result
        assert [n.message for n in result.notes] == [note.message]
        with network.session() as session:
            stored = load_answers(session, session.scalars(select(Assessment)).one().id)
        assert stored.get("respondent_email") == "sian@cardiff"
    finally:
        network.close()


def test_an_invalid_answer_in_a_draft_is_stored_and_in_a_final_refused(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = sample(questionnaire, seed=2)
    answers.set("respondent_email", "", "name@council")
    answers.set("standards_staff", "", 2.5)  # a whole number is asked for

    draft = submission_bytes(questionnaire, answers, status="draft")
    [kept] = import_files(app_database, library, [write(tmp_path, "draft.xlsx", draft)])
    assert kept.outcome is Outcome.NEW, kept
    assert {n.question_id for n in kept.notes if n.reason is NoteReason.INVALID} == {
        "respondent_email",
        "standards_staff",
    }
    with app_database.session() as session:
        stored = load_answers(session, session.scalars(select(Assessment)).one().id)
    assert stored.get("respondent_email") == "name@council"
    assert stored.get("standards_staff") == 2.5
    counted = counted_answers(questionnaire, stored)
    assert counted.get("respondent_email") is None and counted.get("standards_staff") is None
    assert counted.get("respondent_name") == stored.get("respondent_name")

    final = submission_bytes(questionnaire, answers, status="final", seed=9)
    before = table_counts(app_database)
    [refused] = import_files(app_database, library, [write(tmp_path, "final.xlsx", final)])
    assert refused.outcome is Outcome.REJECTED
    assert refused.place is not None and refused.place.sheet == "About"
    assert "Enter an e-mail address" in refused.message
    assert table_counts(app_database)[:2] == before[:2]


def test_an_invalid_format_1_answers_row_is_kept_in_a_draft(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    answers = sample(questionnaire, seed=2)
    answers.set("respondent_email", "", "name@council")
    parsed = parse_submission(format1_bytes(questionnaire, answers, status="draft"), library)
    assert [n.reason for n in parsed.notes] == [NoteReason.INVALID]
    assert parsed.answers.get("respondent_email") == "name@council"
    assert not parsed.tampered


def test_a_clean_file_has_no_notes(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    for status in ("draft", "final"):
        parsed = parse_submission(submission_bytes(questionnaire, status=status), library)
        assert parsed.notes == ()
        assert not parsed.tampered


def test_a_refusal_after_the_metadata_says_whose_file_it_is(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    def spoil(workbook: Any) -> None:
        about_cell(workbook, "strategy_status").value = "Sometimes"

    data = edit_cells(submission_bytes(questionnaire, status="draft"), spoil)
    try:
        parse_submission(data, library)
    except SubmissionRejected as refused:
        assert refused.context == FileContext(
            council="Cardiff", period="2026/27", status="draft", kind="submission"
        )
    else:
        raise AssertionError("the file should have been refused")


def test_a_refused_template_says_whose_it_is(library: QuestionnaireLibrary) -> None:
    from tests.imports.test_imports_template import about, council_and_answers, filled_template

    data = filled_template(library.latest(), council_and_answers, about("has_gaps", "Maybe"))
    try:
        parse_submission(data, library)
    except SubmissionRejected as refused:
        assert refused.context == FileContext(council="Cardiff", period="2026/27", kind="template")
    else:
        raise AssertionError("the file should have been refused")

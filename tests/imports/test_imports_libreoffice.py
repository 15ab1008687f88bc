"""Round trips through a real LibreOffice: files it saves import with every answer as it was."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.xlsx_submission import write_template
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import CARDIFF, sample, submission_bytes, write
from tests.imports.libreoffice import Edit, LibreOffice, day, libreoffice, rows_inserted, typed
from tests.imports.test_imports_template import council_and_answers, expected, filled_template
from tests.imports.workbook_cells import WorkbookCells, label

pytestmark = pytest.mark.libreoffice
__all__ = ["libreoffice"]  # the fixture, used by name

WELSH = "Mae'r cyngor yn gweithio ar ŵ a ŷ — =SUM(A1) <b> & 24/7"
SAVED_AS = ["xlsx", "ods"]


def current_answers(database: Database) -> tuple[int, Answers]:
    """(how many assessments are current, the answers of the one that is)."""
    with database.session() as session:
        current = session.scalars(
            select(Assessment).where(Assessment.superseded_by_id.is_(None))
        ).all()
        assert current, "nothing was stored"
        assert current[0].organisation.gss_code == CARDIFF
        return len(current), load_answers(session, current[0].id)


def exported(tmp_path: Path, questionnaire: Questionnaire) -> tuple[Path, Answers]:
    """A submission as csn-desktop exports it, with two gaps and a Welsh answer."""
    answers = sample(questionnaire, seed=9)
    answers.set("network_other", "", WELSH)
    assert answers.get("has_gaps") is True and answers.get("gaps.theme", "2")
    path = write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire, answers, seed=9))
    return path, answers


def blank_template(tmp_path: Path, questionnaire: Questionnaire) -> Path:
    blank = io.BytesIO()
    created = datetime(2026, 11, 1, tzinfo=UTC)
    write_template(blank, questionnaire, app_version="test", created_at=created)
    return write(tmp_path, "template.xlsx", blank.getvalue())


@pytest.mark.parametrize("suffix", SAVED_AS)
def test_an_exported_submission_saved_again_by_libreoffice_imports_unchanged(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    source, answers = exported(tmp_path, questionnaire)
    saved = libreoffice.resave(source, suffix, tmp_path / "saved")
    [result] = import_files(app_database, library, [saved])
    assert result.outcome is Outcome.NEW, result
    count, stored = current_answers(app_database)
    assert count == 1
    assert stored.values == submitted_answers(questionnaire, answers).values


@pytest.mark.parametrize("suffix", SAVED_AS)
def test_an_exported_submission_opened_and_saved_unchanged_is_a_duplicate_of_it(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    source, answers = exported(tmp_path, questionnaire)
    saved = libreoffice.edit(source, [], suffix, tmp_path / "saved")
    [original] = import_files(app_database, library, [source])
    assert original.outcome is Outcome.NEW, original
    [result] = import_files(app_database, library, [saved])
    assert result.outcome is Outcome.DUPLICATE, result
    assert not result.flagged, result
    count, stored = current_answers(app_database)
    assert count == 1
    assert stored.values == submitted_answers(questionnaire, answers).values


@pytest.mark.parametrize("suffix", SAVED_AS)
def test_a_submission_edited_in_libreoffice_imports_exactly_what_was_changed(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    """Use and need picked from their drop-downs, a gap row inserted, an About answer typed."""
    source, answers = exported(tmp_path, questionnaire)
    cells = WorkbookCells.of(source)
    code = questionnaire.standards[0].code
    q = questionnaire
    between = cells.row_of(cells.group_sheet("gaps"), "item", "2")  # the new row goes above it
    edits: list[Edit] = [
        typed(
            *cells.standard(code, "standards.use_status"),
            label(q, "standards.use_status", "certified"),
        ),
        typed(*cells.standard(code, "standards.need"), label(q, "standards.need", "essential")),
        typed(*cells.about("respondent_role"), "Chief Digital Officer"),
        rows_inserted(cells.group_sheet("gaps"), between),
        typed(*cells.group_cell("gaps", between, "item"), "3"),
        typed(
            *cells.group_cell("gaps", between, "gaps.theme"),
            label(q, "gaps.theme", "energy-utilities"),
        ),
        typed(*cells.group_cell("gaps", between, "gaps.description"), "Heat network meters: 24/7"),
        typed(*cells.group_cell("gaps", between, "gaps.impact"), label(q, "gaps.impact", "major")),
    ]
    edited = libreoffice.edit(source, edits, suffix, tmp_path / "edited")
    changed = Answers(dict(answers.values))
    changed.set("standards.use_status", code, "certified")
    changed.set("standards.need", code, "essential")
    changed.set("respondent_role", "", "Chief Digital Officer")
    changed.set("gaps.theme", "3", "energy-utilities")
    changed.set("gaps.description", "3", "Heat network meters: 24/7")
    changed.set("gaps.impact", "3", "major")

    [original] = import_files(app_database, library, [source])
    assert original.outcome is Outcome.NEW, original
    [result] = import_files(app_database, library, [edited])
    assert result.outcome is Outcome.REVISION, result
    assert result.changes, result
    count, stored = current_answers(app_database)
    assert count == 1
    assert stored.values == submitted_answers(questionnaire, changed).values


def template_edits(cells: WorkbookCells, q: Questionnaire) -> list[Edit]:
    """The Submission rows, a few answers and two gaps, typed as a council officer would."""
    gap = cells.next_row("gaps")
    return [
        typed(*cells.about("_organisation_name"), "Cardiff Council"),
        typed(*cells.about("_gss_code"), CARDIFF),
        typed(*cells.about("_period"), "2026/27"),
        typed(*cells.about("respondent_name"), "Siân Llŷr"),
        typed(
            *cells.about("departments"),
            f"{label(q, 'departments', 'digital_it')}; {label(q, 'departments', 'planning')}",
        ),
        typed(*cells.about("strategy_status"), label(q, "strategy_status", "adopted")),
        typed(*cells.about("has_standards_lead"), "Yes"),
        typed(*cells.about("standards_staff"), "3"),
        typed(*cells.about("has_gaps"), "Yes"),
        typed(*cells.about("network_other"), WELSH),
        day(*cells.about("approved_on"), "2026-11-20"),
        typed(
            *cells.standard(q.standards[0].code, "standards.use_status"),
            label(q, "standards.use_status", "partly_used"),
        ),
        typed(
            *cells.standard(q.standards[0].code, "standards.need"),
            label(q, "standards.need", "essential"),
        ),
        typed(
            *cells.group_cell("gaps", gap, "gaps.theme"),
            label(q, "gaps.theme", "data-interoperability"),
        ),
        typed(
            *cells.group_cell("gaps", gap, "gaps.description"), "Bus stop data cannot be shared."
        ),
        typed(*cells.group_cell("gaps", gap, "gaps.impact"), label(q, "gaps.impact", "major")),
        typed(
            *cells.group_cell("gaps", gap + 1, "gaps.theme"),
            label(q, "gaps.theme", "energy-utilities"),
        ),
        typed(*cells.group_cell("gaps", gap + 1, "gaps.description"), "Heat meters read 24/7."),
        typed(*cells.group_cell("gaps", gap + 1, "gaps.should_cover"), "One meter data format."),
    ]


def template_answers(q: Questionnaire) -> Answers:
    answers = Answers()
    code = q.standards[0].code
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
        ("gaps.theme", "1", "data-interoperability"),
        ("gaps.description", "1", "Bus stop data cannot be shared."),
        ("gaps.impact", "1", "major"),
        ("gaps.theme", "2", "energy-utilities"),
        ("gaps.description", "2", "Heat meters read 24/7."),
        ("gaps.should_cover", "2", "One meter data format."),
    ]:
        answers.set(question_id, item, value)
    return answers


@pytest.mark.parametrize("suffix", SAVED_AS)
def test_the_blank_template_filled_in_libreoffice_imports_what_was_typed_once(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    template = blank_template(tmp_path, questionnaire)
    edits = template_edits(WorkbookCells.of(template), questionnaire)
    filled = libreoffice.edit(template, edits, suffix, tmp_path / "filled")
    again = libreoffice.edit(filled, [], suffix, tmp_path / "again")
    [result] = import_files(app_database, library, [filled])
    assert result.outcome is Outcome.NEW, result
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.period == "2026/27"
    count, stored = current_answers(app_database)
    assert stored.values == template_answers(questionnaire).values
    [resaved] = import_files(app_database, library, [again])
    assert resaved.outcome is Outcome.DUPLICATE, resaved
    count, stored = current_answers(app_database)
    assert count == 1
    assert stored.values == template_answers(questionnaire).values


def test_24_7_typed_as_a_gap_description_stays_24_7(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
) -> None:
    """Calc (in a UK locale) reads 24/7 as the 24th of July unless the cell is formatted as text."""
    template = blank_template(tmp_path, questionnaire)
    cells = WorkbookCells.of(template)
    gap = cells.next_row("gaps")
    edits = [
        *template_edits(cells, questionnaire)[:11],
        typed(
            *cells.group_cell("gaps", gap, "gaps.theme"),
            label(questionnaire, "gaps.theme", "security-resilience"),
        ),
        typed(*cells.group_cell("gaps", gap, "gaps.description"), "24/7"),
    ]
    filled = libreoffice.edit(template, edits, "xlsx", tmp_path / "filled")
    [result] = import_files(app_database, library, [filled])
    assert result.outcome is Outcome.NEW, result
    _count, stored = current_answers(app_database)
    assert stored.get("gaps.description", "1") == "24/7"


def test_the_blank_template_filled_in_and_saved_as_ods_imports(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
) -> None:
    filled = write(tmp_path, "filled.xlsx", filled_template(questionnaire, council_and_answers))
    saved = libreoffice.resave(filled, "ods", tmp_path / "saved")
    [result] = import_files(app_database, library, [saved])
    assert result.outcome is Outcome.NEW, result
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert (assessment.period, assessment.organisation.gss_code) == ("2026/27", CARDIFF)
        stored = load_answers(session, assessment.id)
    assert stored.values == expected(questionnaire).values


@pytest.mark.parametrize("suffix", ["xls", "csv"])
def test_a_submission_saved_by_libreoffice_as_xls_or_csv_is_refused_with_what_to_do(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    source = write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire))
    saved = libreoffice.resave(source, suffix, tmp_path / "saved")
    [result] = import_files(app_database, library, [tmp_path / "saved"])
    assert result.path == saved
    assert result.outcome is Outcome.REJECTED, result
    assert "Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx)" in result.message

"""Round trips through a real LibreOffice: files it saves import with every answer as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import CARDIFF, sample, submission_bytes, write
from tests.imports.libreoffice import LibreOffice, libreoffice
from tests.imports.test_imports_template import council_and_answers, expected, filled_template

pytestmark = pytest.mark.libreoffice
__all__ = ["libreoffice"]  # the fixture, used by name


@pytest.mark.parametrize("suffix", ["ods", "xlsx"])
def test_an_exported_submission_saved_again_by_libreoffice_imports_unchanged(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    libreoffice: LibreOffice,
    suffix: str,
) -> None:
    answers = sample(questionnaire, seed=9)
    answers.set("network_other", "", "Mae'r cyngor yn gweithio ar ŵ a ŷ — =SUM(A1) <b> & 24/7")
    exported = write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire, answers))
    saved = libreoffice.resave(exported, suffix, tmp_path / "saved")
    [result] = import_files(app_database, library, [saved])
    assert result.outcome is Outcome.NEW, result
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.organisation.gss_code == CARDIFF
        stored = load_answers(session, assessment.id)
    assert stored.values == submitted_answers(questionnaire, answers).values


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
    exported = write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire))
    saved = libreoffice.resave(exported, suffix, tmp_path / "saved")
    [result] = import_files(app_database, library, [tmp_path / "saved"])
    assert result.path == saved
    assert result.outcome is Outcome.REJECTED, result
    assert "Excel or LibreOffice: File → Save As → Excel Workbook (.xlsx)" in result.message

"""A Welsh submission saved again by a real LibreOffice imports with every answer as it was."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.translations import localised
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_submission import write_submission
from csn_desktop.i18n import using_language
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from tests.imports.conftest import CARDIFF, EXPORTED, council_names, sample, write
from tests.imports.libreoffice import LibreOffice, libreoffice
from tests.imports.test_imports_libreoffice import SAVED_AS, WELSH, current_answers
from tests.welsh_files import install_welsh

pytestmark = pytest.mark.libreoffice
__all__ = ["libreoffice"]  # the fixture, used by name


CAERDYDD = ExportInfo(
    submission_uuid="9b2f8a43-2f4b-4f7c-9d7e-0c6a1d2e3f40",
    organisation_name=council_names()[CARDIFF],
    gss_code=CARDIFF,
    nation="Wales",
    region="Wales",
    organisation_type="Unitary authority",
    period="2026/27",
    status="final",
    exported_at=EXPORTED,
    app_version="test",
)


@pytest.mark.parametrize("suffix", SAVED_AS)
def test_a_welsh_submission_saved_again_by_libreoffice_imports_unchanged(
    tmp_path: Path,
    app_database: Database,
    libreoffice: LibreOffice,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    library = install_welsh(tmp_path / "cy", monkeypatch)
    questionnaire = library.latest()
    answers = sample(questionnaire, seed=9)
    answers.set("network_other", "", WELSH)
    stream = io.BytesIO()
    with using_language("cy"):
        write_submission(stream, CAERDYDD, localised(questionnaire, "cy"), answers)
    source = write(tmp_path, "caerdydd.xlsx", stream.getvalue())
    saved = libreoffice.resave(source, suffix, tmp_path / "saved")
    [result] = import_files(app_database, library, [saved])
    assert result.outcome is Outcome.NEW, result
    count, stored = current_answers(app_database)
    assert count == 1
    assert stored.values == submitted_answers(questionnaire, answers).values

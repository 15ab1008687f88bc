"""The home page shows the council's own work and says where imported submissions are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import start_assessment
from csn_desktop.actions.importing import import_one
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from tests.imports.conftest import submission_bytes


def test_imported_submissions_are_counted_not_listed(
    make_window: Any, qtbot: QtBot, db_path: Path, tmp_path: Path, library: QuestionnaireLibrary
) -> None:
    questionnaire = library.latest()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_app_database(db_path) as database:
        own = start_assessment(database, questionnaire, period="2026/27", gss_code="W06000015")
        for n, code in enumerate(("W06000022", "E08000025"), start=1):
            path = tmp_path / f"{code}.xlsx"
            path.write_bytes(submission_bytes(questionnaire, gss_code=code, seed=n))
            assert import_one(database, library, path).assessment_id is not None
    window = make_window()
    home = window.home
    assert home.model.rowCount() == 1 and home.current_id() == own
    assert home.imported_hint.isVisible()
    assert "2 imported submission" in home.imported_hint.text()
    assert "Network" in home.imported_hint.text()
    assert not home.empty.isVisible()


def test_no_hint_without_imported_submissions(make_window: Any) -> None:
    window = make_window()
    assert window.home.empty.isVisible()
    assert not window.home.imported_hint.isVisible()

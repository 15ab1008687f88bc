"""The home page shows the council's own work and says where imported submissions are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from csn_desktop.actions.assessments import start_assessment
from csn_desktop.actions.home import home_list
from csn_desktop.actions.importing import import_one
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage.models import Assessment
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


def test_an_old_database_opens_with_every_progress_computed(
    make_window: Any, db_path: Path, library: QuestionnaireLibrary
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from csn_desktop.actions.demo import fill_demo
    from csn_desktop.storage import migrating

    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_app_database(db_path) as database:
        fill_demo(database, library.latest(), councils=3, seed=4)
        expected = {(row.id, row.progress) for row in home_list(database, library).rows}
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.downgrade(migrating.alembic_config(connection), "0002")  # no summaries
    engine.dispose()
    window = make_window()
    model = window.home.model
    assert {(row.id, row.progress) for row in model.rows} == expected
    assert window.database is not None
    with window.database.read_session() as session:  # stored, not computed for the list
        assert session.scalar(select(func.count()).where(Assessment.answered_count.is_(None))) == 0


def test_opening_and_closing_an_assessment_saves_nothing(
    make_window: Any, db_path: Path, library: QuestionnaireLibrary
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_app_database(db_path) as database:
        own = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
        with database.read_session() as session:
            before = session.get_one(Assessment, own).updated_at
    window = make_window()
    window.open_assessment(own)
    window.close()  # every empty editor is flushed
    with open_app_database(db_path) as database, database.read_session() as session:
        assert session.get_one(Assessment, own).updated_at == before

"""Stored summaries equal domain/progress after every change, and lists read nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select

from csn_desktop.actions import assessments as actions
from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.home import home_list
from csn_desktop.actions.importing import import_one
from csn_desktop.actions.setup import open_app_database
from csn_desktop.actions.summaries import library_basis
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.counts import Progress
from csn_desktop.domain.progress import overall_progress
from csn_desktop.storage import migrating
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import submission_bytes

CARDIFF = "W06000015"


def stored_and_computed(
    database: Database, library: QuestionnaireLibrary, assessment_id: int
) -> tuple[Progress | None, Progress]:
    """The summary the database holds and what domain/progress computes from its answers."""
    with database.read_session() as session:
        row = session.get_one(Assessment, assessment_id)
        questionnaire = library.get(row.questionnaire_id, row.questionnaire_version)
        assert questionnaire is not None
        computed = overall_progress(questionnaire, load_answers(session, assessment_id))
        if row.answered_count is None or row.required_count is None:
            return None, computed
        return Progress(row.answered_count, row.required_count), computed


def assert_summary_exact(database: Database, library: QuestionnaireLibrary, ident: int) -> None:
    kept, computed = stored_and_computed(database, library, ident)
    assert kept == computed


def test_saves_deletes_copy_forward_and_finalise_keep_the_summary(
    app_database: Database, library: QuestionnaireLibrary
) -> None:
    questionnaire = library.latest()
    ident = actions.start_assessment(
        app_database, questionnaire, period="2026/27", gss_code=CARDIFF
    )
    assert_summary_exact(app_database, library, ident)
    before, _ = stored_and_computed(app_database, library, ident)
    # A theme chosen makes its standards' rows required: the required count moves too.
    actions.save_answer(
        app_database, questionnaire, ident, "priority_themes", "", ["data-interoperability"]
    )
    after, _ = stored_and_computed(app_database, library, ident)
    assert before is not None and after is not None and after.required > before.required
    assert_summary_exact(app_database, library, ident)
    actions.save_answer(app_database, questionnaire, ident, "respondent_role", "", "Swyddog ŵ")
    assert_summary_exact(app_database, library, ident)
    actions.save_answer(app_database, questionnaire, ident, "priority_themes", "", None)
    assert_summary_exact(app_database, library, ident)
    actions.save_answer(app_database, questionnaire, ident, "has_gaps", "", True)
    # A complete gap meets the gaps requirement (an unfinished one would not count).
    for field, value in [
        ("description", "Bysiau"),
        ("theme", "energy-utilities"),
        ("impact", "major"),
    ]:
        actions.save_answer(app_database, questionnaire, ident, f"gaps.{field}", "1", value)
    with_gap, _ = stored_and_computed(app_database, library, ident)
    actions.delete_repeat_item(app_database, questionnaire, ident, "gaps", "1")
    assert_summary_exact(app_database, library, ident)
    assert stored_and_computed(app_database, library, ident)[0] != with_gap

    fill_demo(app_database, questionnaire, councils=4, seed=3)
    listed = actions.list_assessments(app_database, library)
    for summary in listed:
        assert_summary_exact(app_database, library, summary.id)
    final = next(s for s in listed if s.status == "final")
    copied = actions.copy_forward(app_database, library, final.id, period="2027/28")
    assert_summary_exact(app_database, library, copied)
    draft, _ = stored_and_computed(app_database, library, copied)
    assert draft is not None and draft.answered > 0

    actions.reopen(app_database, final.id, "A late correction")
    kept_before, _ = stored_and_computed(app_database, library, final.id)
    actions.finalise(app_database, library, final.id)
    assert stored_and_computed(app_database, library, final.id)[0] == kept_before
    assert_summary_exact(app_database, library, final.id)


def test_imports_keep_the_summary(
    app_database: Database, library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    questionnaire = library.latest()
    for seed, status in ((5, "draft"), (6, "final")):
        path = tmp_path / f"cardiff-{seed}.xlsx"
        path.write_bytes(
            submission_bytes(questionnaire, seed=seed, status=status, submission_uuid=None)
        )
        result = import_one(app_database, library, path)
        assert result.assessment_id is not None, result.message
        assert_summary_exact(app_database, library, result.assessment_id)
        assert stored_and_computed(app_database, library, result.assessment_id)[0] is not None


def test_migration_fills_summaries_of_an_old_database(
    tmp_path: Path, library: QuestionnaireLibrary
) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    with open_app_database(path) as database:
        fill_demo(database, library.latest(), councils=6, seed=2)
    # The database as the previous version left it: schema 0002, no summaries.
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrating.alembic_config(connection), "0002")
    engine.dispose()

    told: list[tuple[int, int]] = []
    with open_app_database(path, library=library, progress=lambda d, t: told.append((d, t))) as db:
        assert db.backup is not None
        listed = actions.list_assessments(db, library)
        assert len(listed) == 6 and told[-1] == (6, 6)
        for summary in listed:
            kept, computed = stored_and_computed(db, library, summary.id)
            assert kept == computed == summary.progress
    told.clear()
    with open_app_database(path, library=library, progress=lambda d, t: told.append((d, t))):
        assert told == []  # computed with these questionnaires already: nothing to redo


@contextmanager
def counted(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


@pytest.mark.parametrize("origin", [None, "local"])
def test_lists_issue_the_same_few_queries_for_10_and_100_assessments(
    tmp_path: Path, library: QuestionnaireLibrary, origin: str | None
) -> None:
    used: list[int] = []
    for councils in (10, 100):
        with open_app_database(tmp_path / f"{councils}.sqlite3", library=library) as database:
            fill_demo(database, library.latest(), councils=councils, seed=1)
            with counted(database) as statements:
                listed = actions.list_assessments(database, library, origin=origin)
                home = home_list(database, library)
            assert len(listed) == len(home.rows) == councils
            assert not any("FROM answer" in s for s in statements)
            used.append(len(statements))
    assert used[0] == used[1] <= 4


def test_home_list_shows_local_work_and_counts_imported(
    app_database: Database, library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    questionnaire = library.latest()
    own = actions.start_assessment(app_database, questionnaire, period="2026/27", gss_code=CARDIFF)
    path = tmp_path / "newport.xlsx"
    path.write_bytes(submission_bytes(questionnaire, gss_code="W06000022", seed=8))
    assert import_one(app_database, library, path).assessment_id is not None
    listed = home_list(app_database, library)
    assert [row.id for row in listed.rows] == [own]
    assert listed.imported == 1
    everything = actions.list_assessments(app_database, library)
    assert {s.origin for s in everything} == {"local", "imported"}
    with app_database.read_session() as session:
        assert session.scalar(select(Assessment.id).where(Assessment.origin == "imported"))


def test_basis_is_the_same_in_every_process(library: QuestionnaireLibrary) -> None:
    probe = (
        "from csn_desktop.actions.setup import questionnaire_library\n"
        "from csn_desktop.actions.summaries import library_basis\n"
        "print(library_basis(questionnaire_library()))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert seen == {library_basis(library)}


def test_counts_kept_under_an_older_counting_rule_are_recomputed(
    tmp_path: Path, library: QuestionnaireLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rules.sqlite3"
    with open_app_database(path, library=library) as database:
        fill_demo(database, library.latest(), councils=3, seed=4)
    # As if the counts had been kept by a version that counted matrix cells.
    monkeypatch.setattr("csn_desktop.actions.summaries.RULES_VERSION", "1")
    with open_app_database(path, library=library):
        pass
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(Assessment.__table__.update().values(required_count=999))
    engine.dispose()
    monkeypatch.undo()
    told: list[tuple[int, int]] = []
    with open_app_database(path, library=library, progress=lambda d, t: told.append((d, t))) as db:
        assert told[-1] == (3, 3)
        for summary in actions.list_assessments(db, library):
            kept, computed = stored_and_computed(db, library, summary.id)
            assert kept == computed == summary.progress

"""Files stored in groups: each whole or not at all, and reported only once committed."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from csn_desktop.actions import importing
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.imports.reader import ParsedSubmission
from csn_desktop.imports.store import Stored, store_submission
from csn_desktop.storage.database import Database
from tests.conftest import TEST_ENGINE
from tests.imports.conftest import sample, submission_bytes, write

COUNCILS = ("E06000001", "E06000002", "E06000003", "E06000004")
# Files committed in groups, each under a savepoint: SQLite's way (a server commits each file,
# tests/actions/test_actions_import_concurrent.py); these read the SQLite file beside it.
sqlite_groups = pytest.mark.skipif(
    TEST_ENGINE != "sqlite", reason="grouped commits and savepoints are SQLite's"
)


def _files(tmp_path: Path, questionnaire: Questionnaire) -> list[Path]:
    return [
        write(
            tmp_path,
            f"{code}.xlsx",
            submission_bytes(
                questionnaire,
                sample(questionnaire, seed=n),
                gss_code=code,
                submission_uuid=str(uuid.UUID(int=n + 1, version=4)),
            ),
        )
        for n, code in enumerate(COUNCILS)
    ]


def _other(database_url: str) -> Engine:
    """Another connection to the test's database (a file's path, or a server URL)."""
    url = database_url if "://" in database_url else f"sqlite:///{database_url}"
    return create_engine(url, poolclass=NullPool)


def _committed(database_url: str) -> set[str]:
    """The imported files' hashes another connection sees (what is committed)."""
    with _other(database_url).connect() as other:
        rows = other.execute(text("SELECT source_file_sha256 FROM assessment")).all()
    return {sha for (sha,) in rows}


@sqlite_groups
def test_a_file_is_reported_only_once_committed(
    tmp_path: Path,
    database_url: str,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    seen: list[tuple[int, str | None, bool]] = []

    def progress(done: int, _total: int, result: FileResult) -> None:
        seen.append((done, result.sha256, result.sha256 in _committed(database_url)))

    results = importing.import_files(
        app_database, library, _files(tmp_path, questionnaire), progress=progress
    )
    assert [r.outcome for r in results] == [Outcome.NEW] * len(COUNCILS)
    assert seen == [(n + 1, r.sha256, True) for n, r in enumerate(results)]


@sqlite_groups
def test_a_file_failing_in_a_group_leaves_the_others_stored(
    tmp_path: Path,
    database_url: str,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = _files(tmp_path, questionnaire)

    def store_then_fail(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
        stored = store_submission(session, parsed, file_name)  # written, then undone
        if file_name == paths[1].name:
            raise sqlite3.OperationalError("disk I/O error")
        return stored

    monkeypatch.setattr(importing, "store_submission", store_then_fail)
    results = importing.import_files(app_database, library, paths)
    assert [r.outcome for r in results] == [
        Outcome.NEW,
        Outcome.REJECTED,
        Outcome.NEW,
        Outcome.NEW,
    ]
    assert _committed(database_url) == {results[n].sha256 for n in (0, 2, 3)}
    with _other(database_url).connect() as other:
        records = other.execute(text("SELECT count(*) FROM import_record")).scalar_one()
        answers = other.execute(
            text(
                "SELECT count(*) FROM answer WHERE assessment_id NOT IN (SELECT id FROM assessment)"
            )
        ).scalar_one()
    assert records == 3 and answers == 0


@sqlite_groups
def test_a_failed_commit_reports_the_group_not_imported(
    tmp_path: Path,
    database_url: str,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importing, "GROUP_FILES", 2)
    monkeypatch.setattr(importing, "GROUP_SECONDS", float("inf"))  # groups by count alone
    commit = Session.commit
    commits = []

    def commit_once_then_fail(session: Session) -> None:
        commits.append(1)
        if len(commits) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        commit(session)

    monkeypatch.setattr(Session, "commit", commit_once_then_fail)
    results = importing.import_files(app_database, library, _files(tmp_path, questionnaire))
    # SQLite stores groups of one file, then two: the second group's commit fails, the third
    # goes on. On PostgreSQL each file commits alone: only the second is lost.
    lost = [1, 2] if TEST_ENGINE == "sqlite" else [1]
    outcomes = [r.outcome for r in results]
    assert outcomes == [Outcome.REJECTED if n in lost else Outcome.NEW for n in range(4)]
    assert all("Not imported" in results[n].message for n in lost)
    kept = {r.sha256 for n, r in enumerate(results) if n not in lost}
    assert _committed(database_url) == kept

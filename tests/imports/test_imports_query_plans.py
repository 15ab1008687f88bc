"""Every query an import runs searches an index: none reads a whole table that grows."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from tests.imports.conftest import CARDIFF, EXPORTED, sample, submission_bytes, write

pytestmark = pytest.mark.sqlite_only(reason="SQLite's EXPLAIN QUERY PLAN")

SWANSEA = "W06000011"
FIRST = str(uuid.UUID(int=1, version=4))
SECOND = str(uuid.UUID(int=2, version=4))
# Tables that grow with every import; organisation holds the ~400 councils, read once a batch.
GROWING = ("assessment", "answer", "import_record", "audit_event")
# Indexes an import's lookups need that a migration could drop (SQLite's own, made for
# UNIQUE constraints, cannot be dropped).
IMPORT_INDEXES = (
    "ix_assessment_group",
    "ix_assessment_submission_uuid",
    "ix_import_record_assessment_id",
)


def _every_kind_of_file(folder: Path, questionnaire: Questionnaire) -> list[Path]:
    """New, new, revision, the same file again, the same answers again, a council move."""
    later = EXPORTED + timedelta(days=1)
    first = submission_bytes(questionnaire, sample(questionnaire, 1), submission_uuid=FIRST)
    resend = submission_bytes(
        questionnaire, sample(questionnaire, 2), submission_uuid=FIRST, exported_at=later
    )
    same_answers = submission_bytes(
        questionnaire,
        sample(questionnaire, 1),
        submission_uuid=FIRST,
        exported_at=later + timedelta(days=1),
    )
    swansea = submission_bytes(
        questionnaire, sample(questionnaire, 3), submission_uuid=SECOND, gss_code=SWANSEA
    )
    moved = submission_bytes(
        questionnaire, sample(questionnaire, 4), submission_uuid=SECOND, gss_code=CARDIFF
    )
    return [
        write(folder, "1-cardiff.xlsx", first),
        write(folder, "2-swansea.xlsx", swansea),
        write(folder, "3-cardiff-resend.xlsx", resend),
        write(folder, "4-cardiff-resend-again.xlsx", resend),
        write(folder, "5-cardiff-same-answers.xlsx", same_answers),
        write(folder, "6-moved.xlsx", moved),
    ]


@pytest.fixture
def statements(app_database: Database) -> Iterator[list[str]]:
    """Every statement SQLite runs on connections checked out meanwhile, bound values inlined."""
    run: list[str] = []

    def trace(connection: Any, _record: Any, _proxy: Any) -> None:
        if isinstance(connection, sqlite3.Connection):
            connection.set_trace_callback(run.append)

    def untrace(connection: Any, _record: Any) -> None:
        if isinstance(connection, sqlite3.Connection):
            connection.set_trace_callback(None)

    pool = app_database.engine.pool
    event.listen(pool, "checkout", trace)
    event.listen(pool, "checkin", untrace)
    yield run
    event.remove(pool, "checkout", trace)
    event.remove(pool, "checkin", untrace)


def _plans(database_path: Path, run: list[str]) -> dict[str, list[str]]:
    """Each distinct query (not plain inserts) → its EXPLAIN QUERY PLAN lines."""
    with sqlite3.connect(database_path) as connection:
        plans = {}
        for sql in dict.fromkeys(run):
            words = sql.lstrip().split(None, 1)
            kind = words[0].upper() if words else ""
            if kind not in ("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"):
                continue
            if kind == "INSERT" and " SELECT " not in sql.upper():
                continue
            found = connection.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans[sql] = [str(row[3]) for row in found]
    connection.close()
    return plans


def _aliases(sql: str) -> dict[str, str]:
    """Alias → table, for ``FROM assessment a`` and ``JOIN import_record r``."""
    found = re.findall(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?\s+(\w+)", sql, re.IGNORECASE)
    return {alias: table for table, alias in found}


def _scans(plans: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(query, plan line) for every full scan of a table that grows with the imports.

    A bare ``SEARCH table`` (no index named) is one too: ``min(id) … WHERE x = ?`` without an
    index on x walks the table in id order until a row matches.
    """
    scans = []
    for sql, lines in plans.items():
        aliases = _aliases(sql)
        for line in lines:
            match = re.fullmatch(r"SCAN (\w+).*|SEARCH (\w+)", line)
            table = match and (match[1] or match[2])
            if table and aliases.get(table, table) in GROWING:
                scans.append((sql, line))
    return scans


def _import(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary, run: list[str]
) -> dict[str, list[str]]:
    paths = _every_kind_of_file(tmp_path, library.latest())
    results = import_files(app_database, library, paths)
    assert [r.outcome for r in results] == [
        Outcome.NEW,
        Outcome.NEW,
        Outcome.REVISION,
        Outcome.DUPLICATE,
        Outcome.DUPLICATE,
        Outcome.REJECTED,
    ]
    assert "already in the database for Swansea" in results[-1].message
    return _plans(Path(str(app_database.engine.url.database)), run)


def test_every_import_query_searches_an_index(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    statements: list[str],
) -> None:
    plans = _import(tmp_path, app_database, library, statements)
    assert _scans(plans) == []
    used = {line for lines in plans.values() for line in lines}
    # The lookups are there to be checked: the group's versions, the submission id's
    # councils, the first import record of each version, a version's answers.
    for index in (*IMPORT_INDEXES, "sqlite_autoindex_answer_1"):
        assert any(index in line for line in used), index


@pytest.mark.parametrize("index", IMPORT_INDEXES)
def test_without_an_import_index_a_table_is_scanned(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    statements: list[str],
    index: str,
) -> None:
    with app_database.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP INDEX {index}")
    statements.clear()
    plans = _import(tmp_path, app_database, library, statements)
    assert _scans(plans) != []

"""The import batch session: NORMAL durability in WAL mode while it runs, FULL again after."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from csn_desktop.storage.batch import batch_session
from csn_desktop.storage.database import Database, open_database

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite's journal and synchronous PRAGMAs during an import"
)

FULL, NORMAL = 2, 1


def test_batch_relaxes_synchronous_and_restores_it(db: Database) -> None:
    with batch_session(db) as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == NORMAL
        driver = session.connection().connection.driver_connection
        session.rollback()
    # The connection went back to the pool set to FULL again, for every later session.
    assert driver is not None
    assert driver.execute("PRAGMA synchronous").fetchone() == (FULL,)
    with db.session() as other:
        assert other.execute(text("PRAGMA synchronous")).scalar() == FULL


def test_each_commit_is_its_own_transaction(db: Database) -> None:
    with batch_session(db) as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
        session.commit()
        session.execute(text("INSERT INTO t VALUES (1)"))
        session.commit()
        session.execute(text("INSERT INTO t VALUES (2)"))
        session.rollback()
        session.execute(text("INSERT INTO t VALUES (3)"))
        session.commit()
    with db.session() as other:
        assert other.execute(text("SELECT x FROM t ORDER BY x")).scalars().all() == [1, 3]


def test_in_memory_database_keeps_its_settings() -> None:
    database = open_database("sqlite://")
    try:
        with batch_session(database) as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == FULL
    finally:
        database.close()

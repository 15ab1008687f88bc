"""A session for a batch of imports: one connection, quicker commits, a savepoint per file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from csn_desktop.storage.database import Database

log = logging.getLogger(__name__)


@contextmanager
def batch_session(database: Database) -> Iterator[Session]:
    """A session on one connection, kept for the whole batch; the caller commits each file.

    On SQLite in WAL mode the connection runs with ``synchronous=NORMAL`` meanwhile, and is
    set back to FULL before it returns to the pool. In WAL mode NORMAL is still atomic and
    cannot corrupt the database: each commit is appended to the write-ahead log, which is
    only synced to disk at checkpoints. What it gives up is durability of the very last
    commits if the computer loses power (not if the program crashes): those files would
    simply be missing, and importing them again is safe because duplicates are detected.
    In return a commit no longer waits for the disk (about 0.6 ms a file, more than the rest
    of the database work). Without WAL (a database on a network drive) NORMAL could corrupt
    the database on power loss, so FULL is kept there, as it is for every other session.
    """
    with database.engine.connect() as connection:
        relaxed = _relax(connection)
        try:
            with Session(bind=connection, expire_on_commit=False) as session:
                yield session
        finally:
            if relaxed:
                _restore(connection)


def _driver(connection: Connection) -> Any:
    return connection.connection.driver_connection


def _relax(connection: Connection) -> bool:
    """synchronous=NORMAL on a SQLite connection in WAL mode (outside any transaction)."""
    if connection.dialect.name != "sqlite":
        return False
    driver = _driver(connection)
    if driver is None or driver.in_transaction:
        return False
    mode = driver.execute("PRAGMA journal_mode").fetchone()
    if mode is None or str(mode[0]).lower() != "wal":
        return False
    driver.execute("PRAGMA synchronous=NORMAL")
    return True


def _restore(connection: Connection) -> None:
    """synchronous=FULL again; a connection that cannot be set back is never reused."""
    try:
        if connection.in_transaction():
            connection.rollback()
        _driver(connection).execute("PRAGMA synchronous=FULL")
    except Exception:
        log.exception("could not restore synchronous=FULL; dropping the connection")
        connection.invalidate()


_SAVEPOINT = "csn_import_file"  # not translated: SQL name


def has_savepoints(session: Session) -> bool:
    """Whether files can be stored under savepoints of one transaction (SQLite's driver).

    Elsewhere each file is committed on its own, as before.
    """
    connection = session.get_bind()  # the batch's connection: no transaction begun here
    return (
        isinstance(connection, Connection)
        and connection.dialect.name == "sqlite"
        and isinstance(_driver(connection), sqlite3.Connection)
    )


@contextmanager
def file_savepoint(session: Session) -> Iterator[None]:
    """What is written inside is kept in the transaction, or undone on any exception.

    Only on a session where has_savepoints() holds. Statements go to the driver, as the
    import's own do: the ORM's nested transactions cost more than storing a file.
    """
    driver = _driver(session.connection())  # begins the transaction if none is open
    driver.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        yield
    except BaseException:
        if driver.in_transaction:  # SQLite may have undone the whole transaction (disk full)
            driver.execute(f"ROLLBACK TO {_SAVEPOINT}")
            driver.execute(f"RELEASE {_SAVEPOINT}")
        raise
    driver.execute(f"RELEASE {_SAVEPOINT}")


def transaction_open(session: Session) -> bool:
    """False when SQLite undid the whole transaction by itself (a full disk, say), or when
    the session can no longer tell (then the whole group counts as undone)."""
    try:
        return bool(_driver(session.connection()).in_transaction)
    except Exception:
        log.exception("could not look at the import's transaction")
        return False

"""Per-connection SQLite settings: foreign keys, journal mode, durability, lock waiting."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event

from csn_desktop.i18n import _
from csn_desktop.storage.errors import DatabaseBusy
from csn_desktop.storage.failures import is_busy

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

# SQLite's busy handler waits this long for another program's write to finish; BEGIN IMMEDIATE is
# then tried again BUSY_RETRIES times, so a writer waits up to a minute before giving up.
BUSY_TIMEOUT_MS = 5000
BUSY_RETRIES = 12
# An execution option: sessions bound with it begin deferred (readers never take the write lock).
READ_ONLY_OPTION = "csn_read_only"


def use_sqlalchemy_begin(engine: Engine) -> None:
    """Let SQLAlchemy emit BEGIN itself, so reads share the transaction and DDL is transactional.

    The sqlite3 driver's legacy mode only begins transactions before INSERT/UPDATE/DELETE.
    Every transaction begins IMMEDIATE (it takes the write lock at once, waiting for another
    writer to finish) unless its connection carries the read-only option: a deferred transaction
    that reads and then writes cannot be upgraded while another program writes in WAL mode, and
    fails with "database is locked" at once, without waiting.
    """
    event.listen(engine, "connect", _driver_autocommit)
    event.listen(engine, "begin", _emit_begin)


def _driver_autocommit(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None


def _emit_begin(connection: Connection) -> None:
    read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
    statement = "BEGIN" if read_only else "BEGIN IMMEDIATE"
    # Straight to the driver: through exec_driver_sql it cost more than a small autosave's
    # own statements (this runs before every transaction).
    driver = connection.connection.driver_connection
    if driver is None:  # pragma: no cover - a closed connection; let SQLAlchemy raise
        connection.exec_driver_sql(statement)
        return
    begin_waiting(driver, statement)


def begin_waiting(driver: Any, statement: str = "BEGIN IMMEDIATE") -> None:
    """Run BEGIN on a driver connection, trying again while another program holds the lock.

    The busy timeout already waits inside each attempt; the retries cover a writer that keeps
    the lock longer (a large import file on a slow disk). Raises DatabaseBusy in the end.
    """
    for attempt in range(BUSY_RETRIES + 1):
        cursor = driver.cursor()
        try:
            cursor.execute(statement)
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or attempt == BUSY_RETRIES:
                if is_busy(error):
                    raise DatabaseBusy(
                        _(
                            "The database is busy: another program has been writing to it for "
                            "over a minute. Nothing was changed; try again when it has finished."
                        )
                    ) from error
                raise
        finally:
            cursor.close()


def configure_sqlite_engine(engine: Engine, *, wal: bool) -> None:
    """Install the connect-time pragmas and explicit BEGIN on a SQLite engine."""

    def set_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        apply_pragmas(dbapi_connection, wal=wal)

    use_sqlalchemy_begin(engine)
    event.listen(engine, "connect", set_pragmas)


def apply_pragmas(dbapi_connection: Any, *, wal: bool) -> None:
    """foreign_keys=ON, WAL on a local disk (DELETE elsewhere), synchronous=FULL, busy_timeout."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()

"""Per-connection SQLite settings: foreign keys, journal mode, durability, lock waiting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 5000


def use_sqlalchemy_begin(engine: Engine) -> None:
    """Let SQLAlchemy emit BEGIN itself, so reads share the transaction and DDL is transactional.

    The sqlite3 driver's legacy mode only begins transactions before INSERT/UPDATE/DELETE.
    """
    event.listen(engine, "connect", _driver_autocommit)
    event.listen(engine, "begin", _emit_begin)


def _driver_autocommit(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None


def _emit_begin(connection: Connection) -> None:
    # Straight to the driver: through exec_driver_sql it cost more than a small autosave's
    # own statements (this runs before every transaction).
    driver = connection.connection.driver_connection
    if driver is None:  # pragma: no cover - a closed connection; let SQLAlchemy raise
        connection.exec_driver_sql("BEGIN")
        return
    cursor = driver.cursor()
    try:
        cursor.execute("BEGIN")
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

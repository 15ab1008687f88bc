"""Schema revisions: known revisions, backups before migrating, and Alembic upgrades run in code."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from csn_desktop.i18n import _, format_number, ngettext
from csn_desktop.storage.errors import DatabaseRefused, StorageError
from csn_desktop.storage.sqlite_setup import use_sqlalchemy_begin

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

# Kept in step with migrations/versions by a test, so that opening an up-to-date database
# never needs to import alembic (a slow import at start-up).
HEAD_REVISION = "0009"
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
)

SCRIPT_LOCATION = Path(__file__).with_name("migrations")
# The key of the PostgreSQL advisory lock held while a schema is created or upgraded: every
# csn-desktop client uses this one, so two upgrades at once queue and the second finds nothing
# left to do. ("csn" in ASCII, then the issue that introduced it.)
UPGRADE_LOCK_KEY = 0x63736E_0017


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code, pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def alembic_heads() -> list[str]:
    """The head revisions Alembic finds in the migration scripts (one, unless branched)."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def alembic_revisions() -> list[str]:
    """Every revision in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(url: URL) -> None:
    """Migrate a database to the head revision in one transaction, foreign keys off meanwhile.

    Batch migrations on SQLite copy and drop tables; with foreign keys on, dropping a parent
    table would cascade-delete its children, so a private engine runs them with the check off
    and verifies the foreign keys before committing.
    """
    from alembic import command

    engine = create_engine(url, poolclass=NullPool)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _foreign_keys_off)
        use_sqlalchemy_begin(engine)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            if engine.dialect.name == "sqlite":
                problems = connection.execute(text("PRAGMA foreign_key_check")).all()
                if problems:
                    raise StorageError(
                        ngettext(
                            "The database upgrade was abandoned: {count} row points at "
                            "missing records. The database has not been changed.",
                            "The database upgrade was abandoned: {count} rows point at "
                            "missing records. The database has not been changed.",
                            len(problems),
                        ).format(count=format_number(len(problems)))
                    )
    finally:
        engine.dispose()


def stored_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database, or None when it has no csn-desktop schema."""
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def refuse_newer(where: str, revision: str | None) -> None:
    """DatabaseRefused when ``revision`` is one this version does not know (a newer app's)."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseRefused(
            _(
                "The database at {url} was made by a newer version of csn-desktop "
                "(schema {revision}). Install the newer version to open it; the database "
                "has not been changed."
            ).format(url=where, revision=revision)
        )


@contextmanager
def upgrade_lock(engine: Engine) -> Iterator[Connection]:
    """A connection holding the database's upgrade lock (PostgreSQL), waiting for it if taken.

    A session-level advisory lock: it outlives the transactions run on the connection, and the
    server releases it if the client dies. Other engines get a plain connection.
    """
    with engine.connect() as connection:
        if connection.dialect.name != "postgresql":
            yield connection
            return
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK_KEY})
            connection.commit()


def upgrade_server(
    engine: Engine, where: str, after: Callable[[Connection], None] | None = None
) -> tuple[str | None, bool]:
    """Create or upgrade a server database's schema under the upgrade lock.

    ``where`` names the database in messages (its URL without the password). Returns the
    revision found once the lock was held and whether this call migrated (False
    when another client had done it meanwhile). ``after`` runs in the migration's transaction,
    still under the lock (the administrator's commands load the councils there).
    """
    from alembic import command

    with upgrade_lock(engine) as connection:
        found = stored_revision(connection)
        connection.commit()
        refuse_newer(where, found)
        if found == HEAD_REVISION:
            return found, False
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
            if after is not None:
                after(connection)
        return found, True


def _foreign_keys_off(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def backup_path(path: Path, revision: str, now: datetime | None = None) -> Path:
    """`<name>.backup-<revision>-<UTC timestamp>.sqlite3` beside the database, never existing."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}.sqlite3")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.backup-{revision}-{stamp}-{counter}.sqlite3")
        counter += 1
    return candidate


def backup_database(path: Path, revision: str) -> Path:
    """Copy a SQLite database with the backup API (safe while open) and return the copy's path."""
    target = backup_path(path, revision)
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            # The copy is a standalone file: no WAL sidecars to lose when it is moved.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    return target

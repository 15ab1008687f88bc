"""The administrator's view of a database: its schema revision, counts and server, read only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from csn_desktop.i18n import _
from csn_desktop.storage import migrating
from csn_desktop.storage.database import database_url, sqlite_file
from csn_desktop.storage.errors import StorageError
from csn_desktop.storage.server_failures import connection_failure

# The tables counted by `database check`, as the administrator knows their rows.
COUNTED_TABLES = ("organisation", "assessment", "import_record", "audit_event")


@dataclass(frozen=True)
class SchemaState:
    """What `database check` reports; ``revision`` is None for an empty database."""

    where: str
    server: str
    revision: str | None
    counts: dict[str, int]

    @property
    def current(self) -> bool:
        return self.revision == migrating.HEAD_REVISION

    @property
    def newer(self) -> bool:
        return self.revision is not None and self.revision not in migrating.KNOWN_REVISIONS


def shown_location(url: URL) -> str:
    """The database as people may see it: a file's path, or the URL without its password."""
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def is_server(url: URL) -> bool:
    return url.get_backend_name() != "sqlite"


@contextmanager
def job_engine(url: URL) -> Iterator[Engine]:
    """An engine without a pool for one administrative job, disposed after it; a server that
    cannot be reached or refuses the login is said in plain words (StorageError)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        yield engine
    except StorageError:
        raise
    except Exception as error:
        failed = connection_failure(error, url)
        if failed is None:
            raise
        raise failed from error
    finally:
        engine.dispose()


def read_schema_state(location: str | Path) -> SchemaState:
    """Look at a database without changing (or creating) it."""
    url = database_url(location)
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise StorageError(_("There is no database file at {path}.").format(path=path))
    with job_engine(url) as engine, engine.connect() as connection:
        revision = migrating.stored_revision(connection)
        counts = {
            table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())  # noqa: S608 - names from COUNTED_TABLES
            for table in COUNTED_TABLES
            if revision is not None and connection.dialect.has_table(connection, table)
        }
        server = _server_version(connection)
    return SchemaState(shown_location(url), server, revision, counts)


def _server_version(connection: Connection) -> str:
    if connection.dialect.name == "postgresql":
        version = connection.execute(text("SHOW server_version")).scalar_one()
        return f"PostgreSQL {version}"  # not translated: product name and version
    return f"SQLite {sqlite3.sqlite_version}"  # not translated: product name and version

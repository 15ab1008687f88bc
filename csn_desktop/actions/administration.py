"""The administrator's steps: create a database's schema, upgrade it, check it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from csn_desktop.actions.setup import open_app_database
from csn_desktop.i18n import _
from csn_desktop.paths import councils_csv
from csn_desktop.storage import migrating
from csn_desktop.storage.administration import (
    SchemaState,
    is_server,
    job_engine,
    read_schema_state,
    shown_location,
)
from csn_desktop.storage.database import database_url, sqlite_file
from csn_desktop.storage.errors import StorageError
from csn_desktop.storage.organisations import load_organisations, read_organisations_csv


@dataclass(frozen=True)
class SchemaChange:
    """What init or upgrade did: the revision found before, whether it migrated, the backup."""

    where: str
    found: str | None
    migrated: bool
    backup: Path | None = None


def check_database(location: str | Path) -> SchemaState:
    """The schema revision, counts and server of a database, which is left unchanged."""
    return read_schema_state(location)


def initialise_database(location: str | Path) -> SchemaChange:
    """Create the schema on an empty database and load the councils (nothing if it has one)."""
    url = database_url(location)
    path = sqlite_file(url)
    if path is None or path.exists():
        found = read_schema_state(location).revision
        if found is not None:
            return SchemaChange(shown_location(url), found, migrated=False)
    if is_server(url):
        return _on_server(location)
    open_app_database(location).close()
    return SchemaChange(shown_location(url), None, migrated=True)


def upgrade_database(location: str | Path) -> SchemaChange:
    """Migrate a database at an older schema to this version's (a SQLite file is copied first).

    On a server, under the upgrade lock: two administrators upgrading at once queue, and the
    second finds nothing left to do.
    """
    state = read_schema_state(location)
    if state.revision is None:
        raise StorageError(
            _(
                "The database at {url} is empty: create its schema with "
                "“csn-desktop database init”."
            ).format(url=state.where)
        )
    if is_server(database_url(location)):
        return _on_server(location)
    database = open_app_database(location)
    database.close()
    return SchemaChange(state.where, state.revision, not state.current, database.backup)


def _on_server(location: str | Path) -> SchemaChange:
    url = database_url(location)
    shown = shown_location(url)
    with job_engine(url) as engine:
        found, migrated = migrating.upgrade_server(engine, shown, after=_load_councils)
    # The assessments' stored progress follows the questionnaires of this version.
    open_app_database(location).close()
    return SchemaChange(shown, found, migrated)


def _load_councils(connection: Connection) -> None:
    # Joins the migration's transaction, which commits (or rolls back) both together.
    with Session(bind=connection) as session:
        load_organisations(session, read_organisations_csv(councils_csv()), retire_missing=True)
        session.flush()

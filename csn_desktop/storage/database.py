"""Opening a database: checks, backup and migration when needed, engine and session factory."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import SingletonThreadPool

from csn_desktop.i18n import _
from csn_desktop.storage import migrating
from csn_desktop.storage.clean_close import closed_cleanly, forget, record_clean_close
from csn_desktop.storage.disks import is_local_disk
from csn_desktop.storage.errors import DatabaseRefused, SchemaOutdated, StorageError
from csn_desktop.storage.failures import plain_storage_error
from csn_desktop.storage.file_lock import exclusive_lock
from csn_desktop.storage.inspection import FileState, Inspection, inspect_database_file
from csn_desktop.storage.locations import is_url
from csn_desktop.storage.server_failures import connection_failure
from csn_desktop.storage.sqlite_setup import (
    READ_ONLY_OPTION,
    apply_pragmas,
    configure_sqlite_engine,
)


class Database:
    """An open database: the engine and a factory of sessions (the caller commits)."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        backup: Path | None = None,
        marks: Path | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        # Where the clean close of the file is recorded (see clean_close), if anywhere.
        self.marks = marks
        # The copy made before migrating when this database was opened, if any.
        self.backup = backup
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        reader = engine.execution_options(**{READ_ONLY_OPTION: True})
        self._read_sessions = sessionmaker(bind=reader, expire_on_commit=False)

    @property
    def usable_from_any_thread(self) -> bool:
        """True when sessions may be opened from another thread and see the same data.

        File databases pool ordinary connections (SQLAlchemy opens SQLite files with
        ``check_same_thread=False``); in-memory SQLite has one database per thread.
        """
        return not isinstance(self.engine.pool, SingletonThreadPool)

    def session(self) -> Session:
        """A new session, usable as `with db.session() as s: ...; s.commit()`."""
        return self._sessions()

    def read_session(self) -> Session:
        """A session that only reads: on SQLite it never takes (or waits for) the write lock.

        Writing in it can fail with "database is locked" while another program writes; use
        ``session()`` for anything that writes.
        """
        return self._read_sessions()

    def close(self) -> None:
        """Close every pooled connection (checkpointing and removing the WAL file on SQLite),
        and mark the file as cleanly closed (see clean_close)."""
        self.engine.dispose()
        if self.path is not None and self.marks is not None:
            record_clean_close(self.marks, self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def database_url(url_or_path: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or for a URL given as text; StorageError if unusable."""
    if isinstance(url_or_path, str) and not url_or_path.strip():
        raise StorageError(
            _("No database was given (the value is empty): give a database file or URL.")
        )
    if isinstance(url_or_path, str) and is_url(url_or_path):
        try:
            url = make_url(url_or_path)
        except (ArgumentError, ValueError) as error:  # ValueError: a port that is not a number
            raise StorageError(
                _("“{url}” is not a database URL csn-desktop understands.").format(
                    url=_without_password(url_or_path)
                )
            ) from error
        _check_supported(url)
        if url.drivername == "postgresql":
            # SQLAlchemy's default would be psycopg2; the postgres extra installs psycopg 3.
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(url_or_path).expanduser()
    return URL.create("sqlite", database=str(path))


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def _without_password(text: str) -> str:
    """A URL SQLAlchemy could not read, with anything between "user:" and "@" masked."""
    scheme, separator, rest = text.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not separator or not at or ":" not in credentials:
        return text
    return f"{scheme}://{credentials.partition(':')[0]}:***@{place}"


def _check_supported(url: URL) -> None:
    """Refuse a scheme other than SQLite and PostgreSQL, and options on a SQLite file URL."""
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise StorageError(
            _(
                "csn-desktop cannot use the database {url}: it works with SQLite files and "
                "PostgreSQL (postgresql://) databases only."
            ).format(url=shown)
        )
    if url.get_backend_name() == "sqlite" and url.query and url.query.get("mode") != "memory":
        # The sqlite3 driver ignores most of these (?mode=ro gives a warning and a writable
        # file), so none is accepted rather than one silently dropped.
        raise StorageError(
            _(
                "The database URL {url} has options after “?” that csn-desktop does not use: "
                "give the file alone (csn-desktop needs to write to it)."
            ).format(url=shown)
        )


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        return None  # a SQLite URI: the caller manages it
    return Path(database).expanduser()


def open_database(url_or_path: str | Path, *, marks: Path | None = None) -> Database:
    """Open (creating or migrating when needed) a database, or raise DatabaseRefused.

    An existing SQLite file is first checked read-only; one that is not a SQLite database,
    is damaged, or was made by a newer version is refused and left unchanged. One at an older
    schema is backed up with the SQLite backup API before it is migrated. With ``marks`` (a
    folder), the full integrity check is skipped for a file exactly as this app last closed it
    (see clean_close).
    """
    url = database_url(url_or_path)
    path = sqlite_file(url)
    try:
        if path is None:
            return _open_other(url)
        return _open_file(url, path.absolute(), marks)
    except StorageError:
        raise
    except Exception as error:
        failed = connection_failure(error, url) if path is None else None
        if failed is not None:
            raise failed from error
        plain = plain_storage_error(error, path.absolute() if path else None)
        if plain is None:
            raise
        raise plain from error


def _open_file(url: URL, path: Path, marks: Path | None) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    wal = is_local_disk(path)
    backup: Path | None = None
    refused: DatabaseRefused | None = None
    try:
        trusted = marks is not None and closed_cleanly(marks, path)
        current = _inspect(path, trusted=trusted).state is FileState.CURRENT
    except DatabaseRefused as error:
        # Perhaps caught half-made by another process: look again under the lock.
        current, refused = False, error
    if not current:
        # Two programs starting at once must not both create or migrate the file: the second
        # waits, then finds it current.
        with ExitStack() as stack:
            try:
                stack.enter_context(exclusive_lock(path.with_name(path.name + ".opening")))
            except OSError:
                if refused is not None:
                    raise refused from None
                raise
            found = _inspect(path)
            if marks is not None:
                forget(marks, path)  # changed now, outside a clean close
            if found.state is FileState.OLDER:
                assert found.revision is not None
                backup = migrating.backup_database(path, found.revision)
            if found.state is not FileState.CURRENT:
                migrating.upgrade_to_head(url)
                _set_journal_mode(path, wal=wal)
    engine = create_engine(url)
    configure_sqlite_engine(engine, wal=wal)
    listen_for_failures(engine, path)
    return Database(engine, path, backup, marks)


def listen_for_failures(engine: Engine, path: Path | None) -> None:
    """Turn driver errors met later (a full disk at the next save) into plain StorageErrors.

    Only errors that SQLAlchemy handles pass here; those from statements sent straight to the
    driver (the import's writes) are worded by their callers through plain_storage_error.
    """

    def plain(context: ExceptionContext) -> BaseException | None:
        return plain_storage_error(context.original_exception, path)

    event.listen(engine, "handle_error", plain)


def _inspect(path: Path, *, trusted: bool = False) -> Inspection:
    return inspect_database_file(
        path, head=migrating.HEAD_REVISION, known=migrating.KNOWN_REVISIONS, check=not trusted
    )


def _set_journal_mode(path: Path, *, wal: bool) -> None:
    """Switch a newly made file to WAL while no one else has it open (the switch needs that)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        apply_pragmas(connection, wal=wal)
    finally:
        connection.close()


def _open_other(url: URL) -> Database:
    """In-memory SQLite or a server database: no file checks or backups, same revision rules.

    An empty server database gets its schema (under the upgrade lock, so two first clients do
    not both create it). One at an older schema is refused: upgrading it is the
    administrator's step (``csn-desktop database upgrade``) because it needs a backup first
    (pg_dump; nothing here can make one), every colleague's app closed (the older version
    refuses a newer schema), and rights the staff's roles should not have.
    """
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        configure_sqlite_engine(engine, wal=False)
    shown = url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            revision = migrating.stored_revision(connection)
        migrating.refuse_newer(shown, revision)
        if revision is not None and revision != migrating.HEAD_REVISION and _is_server(engine):
            raise SchemaOutdated(
                _(
                    "The database at {url} has an older schema ({revision}) than this version "
                    "of csn-desktop needs ({head}). Ask the administrator to back it up and run "
                    "“csn-desktop database upgrade”; the database has not been changed."
                ).format(url=shown, revision=revision, head=migrating.HEAD_REVISION)
            )
        if revision != migrating.HEAD_REVISION:
            migrating.upgrade_server(engine, shown)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, None)


def _is_server(engine: Engine) -> bool:
    return engine.dialect.name != "sqlite"

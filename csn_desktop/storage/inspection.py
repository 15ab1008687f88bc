"""Read-only checks of an existing SQLite file before the app opens it for writing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from csn_desktop.i18n import _, format_number
from csn_desktop.storage.errors import DatabaseRefused, StorageError
from csn_desktop.storage.failures import plain_storage_error

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class FileState(Enum):
    NEW = "new"  # missing, empty, or a SQLite file without tables
    CURRENT = "current"  # at the head revision
    OLDER = "older"  # at a known older revision: back up, then migrate


@dataclass(frozen=True, slots=True)
class Inspection:
    state: FileState
    revision: str | None


def inspect_database_file(
    path: Path, *, head: str, known: tuple[str, ...], check: bool = True
) -> Inspection:
    """Decide how to open a database file, refusing with DatabaseRefused what must not be touched.

    ``check=False`` skips the integrity check (see clean_close). Nothing here writes: the file
    is opened read-only (immutable when no WAL sidecars exist, so not even -wal or -shm files
    appear), and a refused file is left byte-for-byte as it was.
    """
    if not path.exists():
        return Inspection(FileState.NEW, None)
    if path.is_dir():
        raise DatabaseRefused(_("{path} is a folder, not a database file.").format(path=path))
    if path.stat().st_size == 0:
        return Inspection(FileState.NEW, None)
    with path.open("rb") as stream:
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseRefused(
            _(
                "{path} is not a csn-desktop database: it is not a SQLite database file at all. "
                "Choose another file; the file has not been changed."
            ).format(path=path)
        )
    tables, revisions = _read_checked(path, check=check)
    if not tables:
        return Inspection(FileState.NEW, None)
    if "alembic_version" not in tables or not revisions:
        raise DatabaseRefused(
            _(
                "{path} is a SQLite database, but not one made by csn-desktop (it has no schema "
                "version). Choose another file; the file has not been changed."
            ).format(path=path)
        )
    if len(revisions) != 1:
        raise DatabaseRefused(
            _(
                "{path} has {count} schema versions recorded, so it cannot be opened safely; "
                "the file has not been changed."
            ).format(path=path, count=format_number(len(revisions)))
        )
    revision = revisions[0]
    if revision == head:
        return Inspection(FileState.CURRENT, revision)
    if revision in known:
        return Inspection(FileState.OLDER, revision)
    raise DatabaseRefused(
        _(
            "{path} was made by a newer version of csn-desktop (schema {revision}). "
            "Install the newer version to open it; the file has not been changed."
        ).format(path=path, revision=revision)
    )


def _read_checked(path: Path, *, check: bool = True) -> tuple[set[str], list[str]]:
    """Integrity-check the file read-only and return its table names and alembic revisions.

    Only a failed ``PRAGMA quick_check`` (or SQLite's own "malformed"/"not a database") calls the
    file damaged: a full disk or a read-only folder can stop the check too, and the advice for
    those is not to restore a backup.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _not_checked(path, error) from error
    try:
        if check:
            result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise _stray_wal(path) or _damaged(path, str(result[0]))
        tables = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revisions: list[str] = []
        if "alembic_version" in tables:
            revisions = [
                str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
    except sqlite3.Error as error:
        raise _not_checked(path, error) from error
    finally:
        connection.close()
    return tables, revisions


def _not_checked(path: Path, error: sqlite3.Error) -> StorageError:
    """Why the check could not run: damage only when SQLite says so, else the plain cause."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and int(code) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return _stray_wal(path) or _damaged(path, str(error))
    plain = plain_storage_error(error, path)
    if plain is not None:
        return DatabaseRefused(
            _("{path} could not be opened: {reason}").format(path=path, reason=plain.message)
        )
    return DatabaseRefused(
        _(
            "{path} could not be opened ({detail}); the file has not been changed. "
            "Check that the disk is connected and has space, then try again."
        ).format(path=path, detail=error)
    )


def _stray_wal(path: Path) -> DatabaseRefused | None:
    """A refusal naming the -wal file when the database is sound without it, else None.

    A -wal left by another database (a file copied over this one, or renamed) makes SQLite read
    pages that do not belong, and the check reports them as never used.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return None
    try:
        alone = sqlite3.connect(_uri(path) + "?mode=ro&immutable=1", uri=True)
        try:
            sound = alone.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            alone.close()
    except sqlite3.Error:
        return None
    if not sound:
        return None
    return DatabaseRefused(
        _(
            "{path} was not opened because the file {wal} beside it does not belong to it "
            "(perhaps left by another database). Move {wal} to another folder, then try again; "
            "nothing has been changed."
        ).format(path=path, wal=wal.name)
    )


def _damaged(path: Path, detail: str) -> DatabaseRefused:
    # One line: the first problem SQLite lists is enough to show (the log is not needed here).
    detail = detail.splitlines()[0][:200] if detail else detail
    return DatabaseRefused(
        _(
            "{path} is damaged or incomplete ({detail}), so it was not opened. "
            "Restore it from a backup or choose another file; the file has not been changed."
        ).format(path=path, detail=detail)
    )


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening path read-only; immutable too unless WAL sidecar files exist.

    Sidecars mean a writer is open or crashed mid-way: their content must be read, so the file
    is then opened in plain read-only mode, which leaves the existing sidecars in place.
    """
    absolute = path.absolute()
    uri = _uri(absolute)
    sidecars = [absolute.with_name(absolute.name + s) for s in ("-wal", "-shm", "-journal")]
    if any(p.exists() for p in sidecars):
        return uri + "?mode=ro"
    return uri + "?mode=ro&immutable=1"


def _uri(path: Path) -> str:
    posix = path.absolute().as_posix()
    prefix = "file:" if posix.startswith("/") else "file:/"
    if posix.startswith("//"):
        prefix = "file://"
    return prefix + quote(posix, safe="/:")

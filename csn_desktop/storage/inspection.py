"""Read-only checks of an existing SQLite file before the app opens it for writing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from csn_desktop.i18n import _, format_number
from csn_desktop.storage.errors import DatabaseRefused

SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(Enum):
    NEW = "new"  # missing, empty, or a SQLite file without tables
    CURRENT = "current"  # at the head revision
    OLDER = "older"  # at a known older revision: back up, then migrate


@dataclass(frozen=True, slots=True)
class Inspection:
    state: FileState
    revision: str | None


def inspect_database_file(path: Path, *, head: str, known: tuple[str, ...]) -> Inspection:
    """Decide how to open a database file, refusing with DatabaseRefused what must not be touched.

    Nothing here writes: the file is opened read-only (immutable when no WAL sidecars exist, so
    not even -wal or -shm files appear), and a refused file is left byte-for-byte as it was.
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
    tables, revisions = _read_checked(path)
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


def _read_checked(path: Path) -> tuple[set[str], list[str]]:
    """Integrity-check the file read-only and return its table names and alembic revisions."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from error
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise _damaged(path, "; ".join(str(r) for r in result[:3]))
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
        raise _damaged(path, str(error)) from error
    finally:
        connection.close()
    return tables, revisions


def _damaged(path: Path, detail: str) -> DatabaseRefused:
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
    posix = absolute.as_posix()
    prefix = "file:" if posix.startswith("/") else "file:/"
    if posix.startswith("//"):
        prefix = "file://"
    uri = prefix + quote(posix, safe="/:")
    sidecars = [absolute.with_name(absolute.name + s) for s in ("-wal", "-shm", "-journal")]
    if any(p.exists() for p in sidecars):
        return uri + "?mode=ro"
    return uri + "?mode=ro&immutable=1"

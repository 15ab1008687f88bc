"""Driver and OS errors in plain words: the one place naming a full disk, a read-only folder."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from csn_desktop.i18n import _
from csn_desktop.storage.errors import (
    DatabaseBusy,
    DiskFull,
    DriverMissing,
    NotWritable,
    StorageError,
)

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PERM = 3
# SQLite's own messages, for drivers that give no error code (never shown to the user).
_FULL_TEXT = "disk is full"  # not translated: SQLite message
_CANTOPEN_TEXT = "unable to open database file"  # not translated: SQLite message
_IOERR_TEXT = "disk i/o error"  # not translated: SQLite message
_READONLY_TEXT = "readonly database"  # not translated: SQLite message
_BUSY_TEXTS = ("database is locked", "database table is locked")  # not translated: SQLite
# The OS errors that mean there is no room (EDQUOT does not exist on every system).
NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
# Below this much free space a failed write is put down to the full disk.
NEARLY_FULL_BYTES = 256 * 1024
_DRIVERS = {
    "psycopg": ("PostgreSQL", "postgres"),
    "psycopg2": ("PostgreSQL", "postgres"),
}


def disk_full_message() -> str:
    return _(
        "The disk is full: free some space and try again; nothing that was saved has been lost."
    )


def plain_storage_error(error: BaseException, path: Path | None = None) -> StorageError | None:
    """The error as a StorageError in plain words, or None when it is not a known failure.

    ``path`` is the database file (or the file being written), used to name its folder and to
    tell a full disk from other input/output errors.
    """
    if isinstance(error, StorageError):
        return error
    cause = _driver_error(error)
    if isinstance(cause, ModuleNotFoundError):
        return _missing_driver(cause)
    if isinstance(cause, OSError):
        return _os_error(cause, path)
    if isinstance(cause, sqlite3.Error):
        return _sqlite_error(cause, path)
    return None


def _driver_error(error: BaseException) -> BaseException:
    """The driver's own exception inside a SQLAlchemy one (``orig``), else the error itself."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def _os_error(error: OSError, path: Path | None) -> StorageError | None:
    if error.errno in NO_ROOM:
        return DiskFull(disk_full_message())
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        # The database names the place better than the file the OS tried (a lock, a folder).
        where = path or (Path(error.filename) if isinstance(error.filename, str) else None)
        return _not_writable(where)
    return None


def _sqlite_error(error: sqlite3.Error, path: Path | None) -> StorageError | None:
    code = getattr(error, "sqlite_errorcode", None)
    primary = int(code) & 0xFF if code is not None else None
    text = str(error).lower()
    if is_busy(error):
        return DatabaseBusy(
            _(
                "The database is busy: another program is writing to it. Nothing was changed; "
                "try again when it has finished."
            )
        )
    if primary == SQLITE_FULL or _FULL_TEXT in text:
        return DiskFull(disk_full_message())
    cannot_open = primary == SQLITE_CANTOPEN or _CANTOPEN_TEXT in text
    io_error = primary == SQLITE_IOERR or _IOERR_TEXT in text
    read_only = primary in (SQLITE_READONLY, SQLITE_PERM) or _READONLY_TEXT in text
    if read_only or ((cannot_open or io_error) and path is not None and not _writable(path)):
        return _not_writable(path)
    if (cannot_open or io_error) and _nearly_full(path):
        return DiskFull(disk_full_message())
    if cannot_open:
        return StorageError(
            _(
                "The database {path} could not be opened: its folder may be missing or on a "
                "disk that is not connected. Check the location; nothing has been changed."
            ).format(path=path if path is not None else _("file"))
        )
    if io_error:
        return StorageError(
            _(
                "The disk reported an error while the database was being read or written. "
                "Check the disk or copy the database elsewhere; the last change may not be saved."
            )
        )
    return None


def _missing_driver(error: ModuleNotFoundError) -> StorageError | None:
    name = (error.name or "").partition(".")[0]
    known = _DRIVERS.get(name)
    if known is None:
        return None
    product, extra = known
    return DriverMissing(
        _(
            "Using a {product} database needs the {product} driver, which is not installed: "
            'install csn-desktop[{extra}] (for example: pip install "csn-desktop[{extra}]").'
        ).format(product=product, extra=extra)
    )


def _not_writable(path: Path | None) -> NotWritable:
    if path is None:
        return NotWritable(
            _(
                "The database cannot be written: its file or folder is read-only, or you may not "
                "write there. Ask for write access or choose a database in a folder you can "
                "write to; nothing that was saved has been lost."
            )
        )
    folder = path if path.is_dir() else path.parent
    return NotWritable(
        _(
            "The database {path} cannot be written: the folder {folder} (or the file) is "
            "read-only, or you may not write there. Ask for write access, or choose a database "
            "in a folder you can write to; nothing that was saved has been lost."
        ).format(path=path, folder=folder)
    )


def _writable(path: Path) -> bool:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK | os.X_OK)


def _nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def is_busy(error: BaseException) -> bool:
    """Whether a driver error means another connection holds a lock (worth waiting for)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    text = str(error).lower()
    return any(words in text for words in _BUSY_TEXTS)

"""Writing a file atomically: a temporary file beside it, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import secrets
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from csn_desktop.i18n import _
from csn_desktop.storage.errors import DiskFull
from csn_desktop.storage.failures import NO_ROOM

PART_SUFFIX = ".part"
# A temporary file this old is left over whatever wrote it: no export takes a day.
STALE_AGE = 24 * 3600


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` with a binary file that becomes ``path`` only if it returns normally.

    The temporary file is created in the same folder (so the rename cannot cross file systems),
    flushed and fsynced, then renamed over ``path`` in one step. If ``write`` raises anything
    (an error, ExportCancelled, KeyboardInterrupt), the temporary file is removed and whatever
    was at ``path`` before is left exactly as it was. Temporary files of the same name left by
    an export that was killed are removed first (see remove_stale_parts); a full disk ends in
    DiskFull, with a message for the user.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    remove_stale_parts(path)
    temporary = folder / f".{path.name}.{_owner_tag()}-{secrets.token_hex(6)}{PART_SUFFIX}"
    # Created like any new file (mode 0o666 less the umask), never over an existing one.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temporary, flags, _mode_of(path))
        try:
            with os.fdopen(descriptor, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            temporary.replace(path)  # os.replace: atomic, and over an existing file on Windows too
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
    except OSError as error:
        if error.errno in NO_ROOM:
            raise DiskFull(
                _(
                    "The disk is full: free some space and try again. {name} was not written, "
                    "and nothing else was changed."
                ).format(name=path.name)
            ) from error
        raise
    _sync_folder(folder)
    return path


def remove_stale_parts(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of ``path`` left by exports that can no longer finish.

    A temporary file is stale when the process that made it on this computer has ended, or
    when it is older than STALE_AGE (made elsewhere, by an older version, or a reused process
    id). One still being written by a running export, here or on another computer sharing
    the folder, is left alone. Returns the files removed; errors are ignored.
    """
    folder = path.parent if str(path.parent) else Path()
    prefix = f".{path.name}."
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        candidates = list(folder.glob(f"{glob.escape(prefix)}*{PART_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        middle = candidate.name[len(prefix) : -len(PART_SUFFIX)]
        try:
            age = now - candidate.lstat().st_mtime
        except OSError:
            continue
        if age > STALE_AGE or _maker_has_ended(middle):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _owner_tag() -> str:
    """This computer and process, as written into a temporary file's name: host-pid."""
    return f"{_host_tag()}-{os.getpid()}"


def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def _maker_has_ended(middle: str) -> bool:
    """True only when the name says this computer made it and that process is gone."""
    parts = middle.split("-")
    if len(parts) != 3 or parts[0] != _host_tag() or not parts[1].isdigit():
        return False  # another computer, another format: only its age can tell
    pid = int(parts[1])
    if pid == os.getpid() or os.name != "posix":
        return False  # on Windows, os.kill(pid, 0) would not just ask
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (owned by someone else) or cannot be asked
    return False


def _mode_of(path: Path) -> int:
    """Keep the permissions of the file being replaced; a new file gets the usual ones."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

"""Writing a file atomically: a temporary file beside it, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` with a binary file that becomes ``path`` only if it returns normally.

    The temporary file is created in the same folder (so the rename cannot cross file systems),
    flushed and fsynced, then renamed over ``path`` in one step. If ``write`` raises anything
    (an error, ExportCancelled, KeyboardInterrupt), the temporary file is removed and whatever
    was at ``path`` before is left exactly as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}.part"
    # Created like any new file (mode 0o666 less the umask), never over an existing one.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
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
    _sync_folder(folder)
    return path


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

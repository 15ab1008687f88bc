"""A mark kept when the app closed a SQLite file cleanly, so that the next open can trust it.

``PRAGMA quick_check`` reads the whole file: about 1.3 s at 8,000 submissions, on every start
and every command. It is what finds a file damaged while the app was not looking (a crash mid-
write, a sync tool, a truncated copy), and each of those leaves the file other than the app
left it. So the check is skipped only when the file has exactly the size and modification time
recorded at the app's last clean close, with no write-ahead log left over; any other state is
checked in full. Damage that changes neither (failing hardware) is still reported by SQLite
when the damaged pages are read. Marks live in a folder of the caller's (the user's cache),
never beside the database, one per database path.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def mark_path(folder: Path, path: Path) -> Path:
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return folder / f"closed-{name}.json"


def _signature(path: Path) -> list[int] | None:
    """The file's size and modification time; None while a write-ahead log holds changes."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def record_clean_close(folder: Path, path: Path) -> None:
    """Remember the file as the app leaves it (after its last connection closed)."""
    signature = _signature(path)
    if signature is None:
        forget(folder, path)
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mark_path(folder, path).write_text(json.dumps(signature), encoding="utf-8")
    except OSError:  # a read-only folder: the next open checks the file in full, as before
        log.debug("could not record the clean close of %s", path, exc_info=True)


def closed_cleanly(folder: Path, path: Path) -> bool:
    """True when the file is exactly as the app left it at its last clean close."""
    try:
        recorded = json.loads(mark_path(folder, path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    signature = _signature(path)
    return signature is not None and recorded == signature


def forget(folder: Path, path: Path) -> None:
    """Drop the mark (the file is about to change outside a clean close)."""
    try:
        mark_path(folder, path).unlink(missing_ok=True)
    except OSError:
        log.debug("could not remove the clean-close mark of %s", path, exc_info=True)

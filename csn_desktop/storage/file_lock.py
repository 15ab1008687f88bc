"""An exclusive lock on a file beside the database, so that one process at a time creates it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an OS lock on ``path`` (created if needed), waiting for another holder; removed after.

    The OS releases the lock when a process dies, so a crash never leaves it held. On POSIX the
    file is removed by its holder; a waiter that then finds it locked a removed file starts over.
    """
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(descriptor)
        except BaseException:
            os.close(descriptor)
            raise
        if _still_there(path, descriptor):
            break
        os.close(descriptor)  # closing releases the lock
    try:
        yield
    finally:
        if sys.platform != "win32":
            # Removed while still locked, so no one can lock this file and miss the other one.
            path.unlink(missing_ok=True)
        _unlock(descriptor)
        os.close(descriptor)


def _still_there(path: Path, descriptor: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
        return True
    try:
        return path.stat().st_ino == os.fstat(descriptor).st_ino
    except FileNotFoundError:
        return False


if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt

    def _lock(descriptor: int) -> None:
        while True:
            try:
                msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
                return
            except OSError:
                continue

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

"""Reads a file only when it is a regular file, and never more of it than a limit."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from csn_desktop.i18n import _


class NotRegularFile(OSError):
    """A path that names a pipe, a device, a socket or a folder: never opened for reading.

    An OSError, so that callers which already say "cannot be read: {strerror}" say why.
    """

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(
            errno.EINVAL, _("not a regular file ({kind})").format(kind=kind), str(path)
        )
        self.kind = kind


def kind_of(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    return _("a special file")


def open_regular(path: Path) -> BinaryIO:
    """The file open for reading in binary, if it is a regular file; NotRegularFile if not.

    A pipe or device is refused from ``stat`` alone, before it is opened: opening a pipe
    blocks until someone writes to it, and /dev/zero never ends. The file is then opened
    non-blocking and checked again, in case another one was put in its place meanwhile.
    """
    kind = kind_of(path.stat().st_mode)
    if kind is not None:
        raise NotRegularFile(path, kind)
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    stream = os.fdopen(handle, "rb")
    kind = kind_of(os.fstat(handle).st_mode)
    if kind is not None:
        stream.close()
        raise NotRegularFile(path, kind)
    return stream


def read_regular(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None when it holds more than ``limit`` bytes."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            return None
        # Sized reads: asking for the limit would make Python set aside that much first.
        data = stream.read(size + 1)
        if len(data) > size:  # it grew meanwhile: read on, never past the limit
            data += stream.read(limit + 1 - len(data))
        return data if len(data) <= limit else None

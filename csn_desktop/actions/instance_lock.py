"""One copy of the app per database file, or per user and server database: a lock file naming
who holds it; stale locks reclaimed."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from csn_desktop.errors import UserError
from csn_desktop.i18n import _
from csn_desktop.storage.locations import is_url

# A lock file that cannot be read is reclaimed only when it is older than this (seconds): a younger
# one may be another copy still writing it.
UNREADABLE_GRACE = 10.0


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database: written into the lock file as JSON."""

    user: str
    host: str
    pid: int
    started: str

    def describe(self) -> str:
        return _("{user} on {host} (process {pid}, since {started})").format(
            user=self.user, host=self.host, pid=self.pid, started=self.started
        )


class DatabaseInUse(UserError):
    """Another running copy of csn-desktop has the database open."""

    def __init__(self, database: Path | str, holder: LockHolder) -> None:
        super().__init__(
            _(
                "The database {database} is already open in csn-desktop, used by {holder}. "
                "Close it there first, or choose another database."
            ).format(database=database, holder=holder.describe())
        )
        self.holder = holder


class InstanceLock:
    """The lock file ``<database>.lock`` (``path`` for a server database): ``acquire()`` it,
    then ``release()`` it. ``database`` is what messages name."""

    def __init__(self, database: Path | str, path: Path | None = None) -> None:
        self.database = database
        if path is None:
            assert isinstance(database, Path), "a server database's lock needs its path"
            path = database.with_name(database.name + ".lock")
        self.path = path
        self._held = False

    @classmethod
    def for_location(
        cls, location: str | Path, *, lock_folder: Path | None = None
    ) -> InstanceLock | None:
        """The lock for a database file; for a server database URL, the lock of this user on
        this computer (in ``lock_folder``, by default the user's data folder): several staff
        share a server database, but one user's second copy of the app is stopped as for a
        file. None for an in-memory database."""
        if isinstance(location, str):
            if not location.strip():
                return None  # refused when the database is opened
            if is_url(location):
                if not location.startswith("sqlite:///"):
                    return _server_lock(location, lock_folder)
                if "mode=memory" in location:
                    return None
                location = location.removeprefix("sqlite:///").partition("?")[0]
                if not location or location == ":memory:":
                    return None
            location = Path(location)
        return cls(location.expanduser().absolute())

    def acquire(self) -> None:
        """Take the lock, reclaiming one left by a process that is gone; else DatabaseInUse."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):
            if self._try_create():
                self._held = True
                return
            holder = read_holder(self.path)
            if holder is None:
                if _age(self.path) < UNREADABLE_GRACE:
                    raise DatabaseInUse(self.database, _unknown_holder())
            elif not is_stale(holder):
                raise DatabaseInUse(self.database, holder)
            self.path.unlink(missing_ok=True)
        raise DatabaseInUse(self.database, read_holder(self.path) or _unknown_holder())

    def release(self) -> None:
        if self._held:
            self._held = False
            holder = read_holder(self.path)
            if holder is not None and holder.pid == os.getpid() and holder.host == _host():
                self.path.unlink(missing_ok=True)

    def _try_create(self) -> bool:
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        me = LockHolder(
            user=_user(),
            host=_host(),
            pid=os.getpid(),
            started=datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
        )
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(asdict(me), stream)
            stream.flush()
            os.fsync(stream.fileno())
        return True


def _server_lock(url: str, lock_folder: Path | None) -> InstanceLock | None:
    """The lock of one server database in this user's own folder, named by a digest of its URL
    without the password (neither the file nor messages ever hold a password)."""
    shown = without_password(url)
    if not urlsplit(shown).netloc and not urlsplit(shown).path.strip("/"):
        return None  # no server named: refused when the database is opened
    if lock_folder is None:
        from csn_desktop.paths import user_data_dir

        lock_folder = user_data_dir() / "locks"  # not translated: folder name
    digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:20]
    return InstanceLock(shown, lock_folder / f"server-{digest}.lock")


def without_password(url: str) -> str:
    """A database URL with any password taken out (``user:secret@host`` → ``user@host``)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _at, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def read_holder(path: Path) -> LockHolder | None:
    """The holder named in a lock file, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["started"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder) -> bool:
    """A lock is stale when its process, on this computer, is no longer running."""
    return holder.host == _host() and not process_running(holder.pid)


def process_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_running(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x00000102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
    finally:
        kernel32.CloseHandle(handle)


def _host() -> str:
    return socket.gethostname() or _("this computer")


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return UNREADABLE_GRACE


def _unknown_holder() -> LockHolder:
    return LockHolder(_("another user"), _("an unknown computer"), 0, _("an unknown time"))


def _user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"

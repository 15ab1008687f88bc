"""The one check before every file the app writes: not the database, an input, or another kind."""

from __future__ import annotations

import contextlib
import enum
import stat
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import assert_never

from csn_desktop.errors import UserError
from csn_desktop.i18n import _
from csn_desktop.storage.database import Database, database_url, sqlite_file
from csn_desktop.storage.locations import resolve_database

# SQLite's companions of a database file: they hold committed data or undo information.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
# Enough of a file's start to tell a PDF, a zip or text apart.
_HEAD = 8192
# Bytes no text file (CSV) holds: the C0 controls other than tab, line feed, form feed and CR.
_BINARY_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 26}


class OutputKind(enum.Enum):
    """The kinds of file the app writes."""

    PDF = ".pdf"
    XLSX = ".xlsx"
    CSV = ".csv"
    JSON = ".json"

    @property
    def suffix(self) -> str:
        return self.value


class OutputRefused(UserError):
    """A file the app will not write, because of what is (or would be) at that path."""


def check_output(
    path: Path | str,
    kind: OutputKind,
    *,
    database: Database | None = None,
    protected: Iterable[Path] = (),
    reading: Iterable[Path] = (),
) -> Path:
    """The target, if writing a ``kind`` file there is safe; else raise OutputRefused.

    Refused: a folder or a missing folder; a name that does not end in the kind's suffix; the
    open database, its -wal/-shm/-journal files or the backups made beside it (and any other
    ``protected`` file); a file this command reads (``reading``); an existing file that is not
    an ordinary file or whose content is of another kind. A path is the same file as another
    when both resolve to one path or share device and inode (links, other spellings).
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputRefused(
            _("{path} is a folder: choose a file name to export to.").format(path=path)
        )
    if not path.parent.is_dir():
        raise OutputRefused(_("The folder {folder} does not exist.").format(folder=path.parent))
    if path.suffix.lower() != kind.suffix:
        raise OutputRefused(_wrong_suffix(kind, path.name))
    _refuse_database_files(path, database, protected)
    for source in reading:
        if same_file(path, Path(source)):
            raise OutputRefused(
                _(
                    "“{path}” is one of the files this command reads: choose another file name. "
                    "Nothing was written."
                ).format(path=path)
            )
    _refuse_other_content(path, kind)
    return path


def database_files(database: Database | None) -> list[Path]:
    """The database file, its SQLite companions and backups beside it (none for servers)."""
    if database is None or database.path is None:
        return []
    files = sqlite_files(Path(database.path))
    if database.backup is not None:
        files.append(Path(database.backup))
    return files


def location_files(location: str | Path | None) -> list[Path]:
    """The files of the database that --database, CSN_DATABASE or the default names (unopened)."""
    chosen = location if isinstance(location, Path) else resolve_database(location)
    path = sqlite_file(database_url(chosen)) if chosen else None
    return [] if path is None else sqlite_files(path.absolute())


def sqlite_files(main: Path) -> list[Path]:
    """A SQLite database file first, then its companions and the backups made beside it."""
    files = [main, *(main.with_name(main.name + end) for end in SQLITE_COMPANIONS)]
    # storage.migrating names its backups <stem>.backup-<revision>-<UTC time>[-N].sqlite3.
    with contextlib.suppress(OSError):
        files += sorted(main.parent.glob(f"{_glob_escape(main.stem)}.backup-*.sqlite3"))
    return files


def same_file(one: Path, other: Path) -> bool:
    """True when two paths name one file: the same resolved path, or device and inode."""
    if _resolved(one) == _resolved(other):
        return True
    try:
        a, b = one.stat(), other.stat()
    except (OSError, ValueError):
        return False
    return bool(a.st_ino) and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _refuse_database_files(
    path: Path, database: Database | None, protected: Iterable[Path]
) -> None:
    """Refuse the database's own files; ``protected`` may list another database's files too."""
    for guarded in [*database_files(database), *(Path(p) for p in protected)]:
        if not same_file(path, guarded):
            continue
        if guarded.name.endswith(SQLITE_COMPANIONS):
            message = _(
                "“{path}” belongs to the database csn-desktop is using: choose another file "
                "name. Nothing was written."
            )
        elif ".backup-" in guarded.name:
            message = _(
                "“{path}” is a backup csn-desktop made of its database: choose another file "
                "name. Nothing was written."
            )
        else:
            message = _(
                "“{path}” is the database csn-desktop is using: choose another file name. "
                "Nothing was written."
            )
        raise OutputRefused(message.format(path=path))


def _refuse_other_content(path: Path, kind: OutputKind) -> None:
    """An existing file is only replaced by one of the same kind (an empty one by anything)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputRefused(_unreadable(path, error)) from error
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(
            _(
                "“{path}” is not an ordinary file: choose another file name. Nothing was written."
            ).format(path=path)
        )
    if info.st_size == 0:
        return
    try:
        if content_is(path, kind):
            return
    except OSError as error:
        raise OutputRefused(_unreadable(path, error)) from error
    raise OutputRefused(_other_content(kind, path))


def content_is(path: Path, kind: OutputKind) -> bool:
    """Whether the file's content is of this kind (read from its start; zips from the index)."""
    with path.open("rb") as stream:
        head = stream.read(_HEAD)
    match kind:
        case OutputKind.PDF:
            return head.startswith(b"%PDF-")
        case OutputKind.XLSX:
            if not head.startswith(b"PK"):
                return False
            try:
                with zipfile.ZipFile(path) as archive:
                    return "[Content_Types].xml" in archive.namelist()
            except (zipfile.BadZipFile, ValueError, EOFError):
                return False
        case OutputKind.CSV:
            return not _BINARY_BYTES.intersection(head)
        case OutputKind.JSON:
            return head.lstrip().startswith(b"{") and not _BINARY_BYTES.intersection(head)
        case _ as unreachable:
            assert_never(unreachable)


def _wrong_suffix(kind: OutputKind, name: str) -> str:
    match kind:
        case OutputKind.PDF:
            message = _(
                "A PDF is saved under a name ending in .pdf, not “{name}”. Nothing was written."
            )
        case OutputKind.XLSX:
            message = _(
                "An Excel workbook is saved under a name ending in .xlsx, not “{name}”. "
                "Nothing was written."
            )
        case OutputKind.CSV:
            message = _(
                "The report is saved under a name ending in .csv, not “{name}”. "
                "Nothing was written."
            )
        case OutputKind.JSON:
            message = _(
                "The peer benchmark is saved under a name ending in .json, not “{name}”. "
                "Nothing was written."
            )
        case _ as unreachable:
            assert_never(unreachable)
    return message.format(name=name)


def _other_content(kind: OutputKind, path: Path) -> str:
    match kind:
        case OutputKind.PDF:
            message = _(
                "“{path}” already exists and is not a PDF, so it was not replaced: choose another "
                "file name. Nothing was written."
            )
        case OutputKind.XLSX:
            message = _(
                "“{path}” already exists and is not an Excel workbook, so it was not replaced: "
                "choose another file name. Nothing was written."
            )
        case OutputKind.CSV:
            message = _(
                "“{path}” already exists and is not a text (CSV) file, so it was not replaced: "
                "choose another file name. Nothing was written."
            )
        case OutputKind.JSON:
            message = _(
                "“{path}” already exists and is not a JSON file, so it was not replaced: "
                "choose another file name. Nothing was written."
            )
        case _ as unreachable:
            assert_never(unreachable)
    return message.format(path=path)


def _unreadable(path: Path, error: OSError) -> str:
    return _(
        "“{path}” already exists and could not be read to check it ({reason}): choose another "
        "file name. Nothing was written."
    ).format(path=path, reason=error.strerror or error)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)

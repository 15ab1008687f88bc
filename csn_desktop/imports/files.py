"""Which files an import looks at: files, folders and globs, and what is skipped and why."""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from csn_desktop.definition.regular_files import kind_of
from csn_desktop.i18n import _
from csn_desktop.imports.container import numbers_advice

SUBMISSION_SUFFIX = ".xlsx"
# Every file in a folder that looks like a spreadsheet is tried, so that it is imported (.xlsx,
# .ods) or refused with what to do (an old .xls, a .numbers, a .csv …), never passed over.
SPREADSHEET_SUFFIXES = frozenset(
    {
        ".xlsx",
        ".ods",
        ".xls",
        ".xlsm",
        ".xlsb",
        ".xltx",
        ".xltm",
        ".xlt",
        ".ots",
        ".fods",
        ".numbers",
        ".csv",
        ".tsv",
        ".gnumeric",
    }
)
NUMBERS_SUFFIX = ".numbers"
# Files a folder never holds a submission in; a folder's other files are listed as skipped.
LOCK_PREFIX = "~$"


@dataclass(frozen=True, slots=True)
class Candidates:
    """The files to import, in a stable order, and the files passed over with the reason.

    ``refused`` are spreadsheets that cannot be read as they are (an Apple Numbers document,
    which is a folder on a Mac): each is a rejection that says what to do.
    """

    files: list[Path]
    skipped: list[tuple[Path, str]]
    missing: list[tuple[Path, str]]
    refused: list[tuple[Path, str]]


def expand(paths: Iterable[str | Path]) -> Candidates:
    """Expand files, folders (not recursively) and glob patterns, without duplicates.

    A file named on its own is always tried (whatever its name, so a renamed file gets a clear
    refusal); inside folders and globs, every spreadsheet (.xlsx, .ods, .xls, .csv …) is tried,
    and Excel lock files (~$name.xlsx), hidden files and other files are skipped and listed.
    Every entry of a folder is accounted for: a subfolder, a pipe, a link that leads nowhere
    is listed as skipped with the reason, never passed over unsaid; an Apple Numbers package
    (a folder) is refused with what to do.
    """
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    missing: list[tuple[Path, str]] = []
    refused: list[tuple[Path, str]] = []
    seen: set[object] = set()

    def add(path: Path, named: bool) -> None:
        key = _identity(path)
        if key in seen:
            return
        seen.add(key)
        reason = skip_reason(path) if not named or is_lock_file(path) else None
        if reason is None:
            files.append(path)
        else:
            skipped.append((path, reason))

    def add_entry(path: Path) -> None:
        """An entry of a folder or a match of a pattern: a file to look at, or a skip said why."""
        reason = entry_reason(path)
        if reason is None:
            add(path, named=False)
            return
        key = os.path.abspath(path)  # noqa: PTH100 - lexical: a looping link has no real path
        if key not in seen:
            seen.add(key)
            (refused if is_numbers_package(path) else skipped).append((path, reason))

    for raw in paths:
        path = Path(raw).expanduser()
        if is_numbers_package(path):
            add_entry(path)
        elif path.is_dir():
            for child in sorted(path.iterdir()):
                add_entry(child)
        elif path.is_file():
            add(path, named=True)
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(m) for m in glob.glob(str(path)))  # noqa: PTH207 - absolute patterns
            for match in matches:
                add_entry(match)
            if not matches:
                missing.append((path, _("No file matches this pattern.")))
        elif os.path.abspath(path) not in seen:  # noqa: PTH100 - as add_entry keys it
            seen.add(os.path.abspath(path))  # noqa: PTH100
            missing.append((path, entry_reason(path) or _("There is no such file or folder.")))
    return Candidates(files, skipped, missing, refused)


def entry_reason(path: Path) -> str | None:
    """Why an entry that is not a regular file (or a link to one) is not imported; else None."""
    try:
        info = path.stat()
    except OSError as error:
        if not path.is_symlink():
            if error.errno == errno.ENOENT:
                return _("There is no such file or folder.")
            return _("It cannot be looked at: {reason}.").format(reason=error.strerror or error)
        if error.errno == errno.ELOOP:
            return _("A link that points to itself, through one or more links.")
        if error.errno == errno.ENOENT:
            return _("A link to a file that no longer exists.")
        return _("A link that cannot be followed: {reason}.").format(reason=error.strerror or error)
    if stat.S_ISDIR(info.st_mode):
        if path.suffix.lower() == NUMBERS_SUFFIX:
            return numbers_advice()
        if path.suffix.lower() == SUBMISSION_SUFFIX:
            return _("A folder whose name ends in .xlsx: only files are imported.")
        return _("A folder: the folders inside a folder are not imported.")
    kind = kind_of(info.st_mode)
    if kind is not None:
        return _("Not a regular file ({kind}).").format(kind=kind)
    return None


def _identity(path: Path) -> object:
    """The same for two names of one file (a link, another spelling): its device and inode."""
    try:
        info = path.stat()
    except OSError:
        return path.resolve()
    return (info.st_dev, info.st_ino) if info.st_ino else path.resolve()


def is_numbers_package(path: Path) -> bool:
    """An Apple Numbers document saved as a package: a folder whose name ends in .numbers."""
    return path.suffix.lower() == NUMBERS_SUFFIX and path.is_dir()


def is_lock_file(path: Path) -> bool:
    return path.name.startswith(LOCK_PREFIX)


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not imported, or None to import it."""
    if is_lock_file(path):
        return _("An Excel lock file (the workbook was open in Excel when it was copied).")
    if path.name.startswith("."):
        return _("A hidden file.")
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return _("Not a spreadsheet (.xlsx or .ods).")
    return None

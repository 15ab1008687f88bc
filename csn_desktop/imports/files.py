"""Which files an import looks at: files, folders and globs, and what is skipped and why."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from csn_desktop.i18n import _

SUBMISSION_SUFFIX = ".xlsx"
# Files a folder never holds a submission in; a folder's other files are listed as skipped.
LOCK_PREFIX = "~$"


@dataclass(frozen=True, slots=True)
class Candidates:
    """The files to import, in a stable order, and the files passed over with the reason."""

    files: list[Path]
    skipped: list[tuple[Path, str]]
    missing: list[tuple[Path, str]]


def expand(paths: Iterable[str | Path]) -> Candidates:
    """Expand files, folders (not recursively) and glob patterns, without duplicates.

    A file named on its own is always tried (whatever its name, so a renamed file gets a clear
    refusal); inside folders and globs, Excel lock files (~$name.xlsx) and files that are not
    .xlsx are skipped and listed.
    """
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    missing: list[tuple[Path, str]] = []
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

    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file():
                    add(child, named=False)
        elif path.is_file():
            add(path, named=True)
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(m) for m in glob.glob(str(path)))  # noqa: PTH207 - absolute patterns
            for match in matches:
                if match.is_file():
                    add(match, named=False)
            if not matches:
                missing.append((path, _("No file matches this pattern.")))
        else:
            missing.append((path, _("There is no such file or folder.")))
    return Candidates(files, skipped, missing)


def _identity(path: Path) -> object:
    """The same for two names of one file (a link, another spelling): its device and inode."""
    try:
        info = path.stat()
    except OSError:
        return path.resolve()
    return (info.st_dev, info.st_ino) if info.st_ino else path.resolve()


def is_lock_file(path: Path) -> bool:
    return path.name.startswith(LOCK_PREFIX)


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not imported, or None to import it."""
    if is_lock_file(path):
        return _("An Excel lock file (the workbook was open in Excel when it was copied).")
    if path.name.startswith("."):
        return _("A hidden file.")
    if path.suffix.lower() != SUBMISSION_SUFFIX:
        return _("Not an Excel .xlsx file.")
    return None

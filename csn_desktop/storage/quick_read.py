"""Reading a SQLite file directly, read-only, only when its stored summaries can be trusted."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

# The schema revision the quick queries are written for; kept equal to
# storage.migrating.HEAD_REVISION by a test (that module imports SQLAlchemy, a start-up cost).
HEAD_REVISION = "0008"
# The app state key naming the definitions the stored counts were computed with (see below).
DEFINITIONS_KEY = "progress_definitions"  # not translated: a database key
BASIS_KEY = "progress_basis"  # not translated: a database key (storage.summaries.BASIS_KEY)

Row = tuple[object, ...]


def definitions_digest(files: Iterable[Path], version: str) -> str:
    """A digest of the bundled data files (definitions, councils) and the app version reading them.

    What opening a database computes from them (progress, council names) is a function of these
    alone, so when this equals what was recorded beside the stored progress, the stored rows are
    what the normal path would show (about 1 ms: no YAML is parsed).
    """
    digest = hashlib.blake2b(version.encode(), digest_size=16)
    for file in sorted(files):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def bundled_digest() -> str:
    """The digest of the bundled definitions and council list, for this app version."""
    from csn_desktop import __version__
    from csn_desktop.paths import assessments_dir, councils_csv

    files = [p for p in assessments_dir().iterdir() if p.is_file()]
    return definitions_digest([*files, councils_csv()], __version__)


def definitions_record(files_digest: str, basis: str) -> str:
    """What is stored under DEFINITIONS_KEY: the files' digest and the progress basis they gave."""
    return f"{files_digest} {basis}"


def read_rows(path: Path, queries: Sequence[str], files_digest: str) -> list[list[Row]] | None:
    """The rows of each query on the SQLite file at ``path``, opened read-only.

    None, so that the caller takes the normal path (which reports problems plainly), when the file
    is not SQLite, is damaged or locked, is at another schema revision (a migration could change
    what the rows mean), or holds progress computed with other definitions than ``files_digest``.
    """
    try:
        # timeout 0: a locked file is left to the normal path rather than waited for.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision != HEAD_REVISION:
                return None
            state = dict(
                connection.execute(
                    "SELECT key, value FROM app_state WHERE key IN (?, ?)",
                    (DEFINITIONS_KEY, BASIS_KEY),
                ).fetchall()
            )
            basis = state.get(BASIS_KEY)
            if basis is None or state.get(DEFINITIONS_KEY) != definitions_record(
                files_digest, str(basis)
            ):
                return None
            return [connection.execute(query).fetchall() for query in queries]
        finally:
            connection.close()
    except (sqlite3.Error, TypeError, ValueError):
        # TypeError/ValueError: a table of the expected name with another shape.
        return None


def local_file_at(location: str | Path, *, url: bool) -> Path | None:
    """The existing file at ``location``, absolute; None for a URL (``url``) or no file yet."""
    if url:
        return None
    path = Path(location).expanduser().absolute()
    return path if path.is_file() else None

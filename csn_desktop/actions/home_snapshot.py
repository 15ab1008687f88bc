"""The home list saved in the user's cache, shown at start while the database file is unchanged."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from csn_desktop import __version__
from csn_desktop.actions.home import HomeRow, local_file, quick_home_rows
from csn_desktop.domain.counts import Progress

if TYPE_CHECKING:
    from csn_desktop.definition.library import QuestionnaireLibrary

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORMAT = 1
# Larger databases are not hashed at start: reading them would cost what the snapshot saves.
_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class HomeSnapshot:
    """Snapshots in ``cache_folder``, valid for one app version and one ``definitions`` digest.

    A snapshot is keyed by the database's resolved path and a digest of the bytes of the file and
    its ``-wal``, taken before and after the rows were read; it is used only when the file holds
    exactly those bytes again, so the list shown is always what the file holds.
    """

    cache_folder: Path
    definitions: str

    def load(self, location: str | Path) -> list[HomeRow] | None:
        """The saved home list of ``location`` if the file is unchanged since; otherwise None."""
        path = local_file(location)
        if path is None:
            return None
        try:
            data = json.loads(self._file(path).read_text(encoding="utf-8"))
            if data["key"] != self._key(path) or data["signature"] != file_signature(path):
                return None
            return [_row(item) for item in data["rows"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError):
            log.warning("ignoring a damaged home snapshot for %s", path, exc_info=True)
            return None

    def read_and_save(
        self, location: str | Path, library: QuestionnaireLibrary
    ) -> list[HomeRow] | None:
        """``quick_home_rows``, saved as the snapshot when the file did not change meanwhile."""
        path = local_file(location)
        before = None if path is None else file_signature(path)
        rows = quick_home_rows(location, library)
        if path is None or before is None or rows is None or file_signature(path) != before:
            return rows
        data = {"key": self._key(path), "signature": before, "rows": [_item(r) for r in rows]}
        import tempfile  # only when saving: its import slows the start

        try:
            self.cache_folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.cache_folder, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream)
            Path(temporary).replace(self._file(path))
        except OSError:
            log.warning("could not save the home snapshot for %s", path, exc_info=True)
        return rows

    def _key(self, path: Path) -> list[object]:
        return [_FORMAT, __version__, self.definitions, str(path.resolve())]

    def _file(self, path: Path) -> Path:
        name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
        return self.cache_folder / f"home-{name}.json"


def file_signature(path: Path) -> str | None:
    """A digest of the bytes of the SQLite file and of its ``-wal`` (absent and empty alike: a
    read-only reader creates it empty); None when they cannot be read or are too large."""
    digest = hashlib.blake2b()
    try:
        for file in (path, path.with_name(path.name + "-wal")):
            try:
                size = file.stat().st_size
            except FileNotFoundError:
                size = 0
            if size > _MAX_BYTES:
                return None
            data = file.read_bytes() if size else b""
            digest.update(f"{len(data)}\0".encode() + data)
    except OSError:
        return None
    return digest.hexdigest()


def _item(row: HomeRow) -> dict[str, object]:
    progress = row.progress
    return {
        "id": row.id,
        "council": row.council,
        "gss_code": row.gss_code,
        "period": row.period,
        "status": row.status,
        "respondent": row.respondent,
        "progress": None if progress is None else [progress.answered, progress.required],
        "updated_at": row.updated_at.isoformat(),
    }


def _row(item: Any) -> HomeRow:
    progress = item["progress"]
    if progress is not None:
        answered, required = progress
        progress = Progress(_typed(answered, int), _typed(required, int))
    updated_at = datetime.fromisoformat(_typed(item["updated_at"], str))
    if updated_at.tzinfo is None:
        raise ValueError("a saved time without its zone")
    return HomeRow(
        id=_typed(item["id"], int),
        council=_typed(item["council"], str),
        gss_code=_optional(item["gss_code"]),
        period=_typed(item["period"], str),
        status=_typed(item["status"], str),
        respondent=_optional(item["respondent"]),
        progress=progress,
        updated_at=updated_at,
    )


def _typed(value: object, kind: type[T]) -> T:
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not {kind.__name__}")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else _typed(value, str)

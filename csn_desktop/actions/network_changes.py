"""Others' work on a shared database: whether anything changed since the window last looked."""

from __future__ import annotations

from dataclasses import dataclass

from csn_desktop.storage import changes
from csn_desktop.storage.audit import current_actor
from csn_desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class Changes:
    """What others did after a mark: ``mark`` is the new one to look from next time."""

    mark: int
    by_others: int  # events recorded by other users (imports, decisions, edits)
    imported_by_others: int  # of which new submissions imported


def last_change(database: Database) -> int:
    """The mark of the database as it is now (0 for an empty audit trail)."""
    with database.read_session() as session:
        return changes.last_event(session)


def changes_since(database: Database, mark: int, *, me: str | None = None) -> Changes:
    """What users other than ``me`` (this OS user) recorded after ``mark``.

    One indexed read when nothing changed (the usual case of a poll), two otherwise: cheap
    enough to run every few seconds on any engine, where LISTEN/NOTIFY would need a connection
    held open for it and would still leave SQLite to polling.
    """
    with database.read_session() as session:
        now = changes.last_event(session)
        if now == mark:
            return Changes(mark, 0, 0)
        by_others, imported = changes.events_since(
            session, mark, now, not_by=current_actor() if me is None else me
        )
    return Changes(now, by_others, imported)

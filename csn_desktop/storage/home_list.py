"""The home list's rows read straight from a SQLite file with the standard library only.

The window shows its home list from this before SQLAlchemy is imported (a start-up cost), then
opens the database properly; so this module must never import SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# The council's own work, from the stored summaries: one query whatever the database holds.
_ASSESSMENTS = """
SELECT a.id, o.name, o.gss_code, a.period, a.status, a.respondent, a.answered_count,
       a.required_count, a.updated_at
FROM assessment AS a JOIN organisation AS o ON o.id = a.organisation_id
WHERE a.origin = 'local'
ORDER BY a.updated_at DESC, a.id DESC
"""
_IMPORTED = "SELECT count(*) FROM assessment WHERE origin = 'imported'"

# (id, council, gss_code, period, status, respondent, answered, required, updated_at), as
# SQLite gives them.
AssessmentRow = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class HomeListRead:
    """The local assessments, newest change first, and how many imported ones there are."""

    assessments: list[AssessmentRow]
    imported: int


def read_home_list(path: Path) -> HomeListRead | None:
    """The rows of the existing SQLite file at ``path``, opened read-only; None if unreadable
    (not SQLite, damaged, locked, or another layout, such as one not yet migrated)."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            assessments = connection.execute(_ASSESSMENTS).fetchall()
            (imported,) = connection.execute(_IMPORTED).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return HomeListRead(assessments, int(imported))

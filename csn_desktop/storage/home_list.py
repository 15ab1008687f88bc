"""The home list's queries, plain SQL that both the quick read and an open database run.

The window shows its home list from these before SQLAlchemy is imported (a start-up cost), then
opens the database properly and runs the same SQL through it; so this module must never import
SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from csn_desktop.storage.quick_read import Row, read_rows

# The council's own work, from the stored summaries: one query whatever the database holds.
# Neither in the bin nor archived (deleted_at, archived_at): those have their own views.
ASSESSMENTS = """
SELECT a.id, o.name, o.gss_code, a.period, a.status, a.respondent, a.answered_count,
       a.required_count, a.updated_at, a.questionnaire_id, a.questionnaire_version, o.name_cy
FROM assessment AS a JOIN organisation AS o ON o.id = a.organisation_id
WHERE a.origin = 'local' AND a.deleted_at IS NULL AND a.archived_at IS NULL
ORDER BY a.updated_at DESC, a.id DESC
"""  # not translated: SQL
IMPORTED = """
SELECT count(*) FROM assessment AS a
WHERE a.origin = 'imported' AND a.deleted_at IS NULL AND a.archived_at IS NULL
"""  # not translated: SQL

# (id, council, gss_code, period, status, respondent, answered, required, updated_at,
# questionnaire id, questionnaire version, council's Welsh name), as the database driver gives them.
AssessmentRow = Row


@dataclass(frozen=True, slots=True)
class HomeListRead:
    """The local assessments, newest change first, and how many imported ones there are."""

    assessments: list[AssessmentRow]
    imported: int


def read_home_list(path: Path, files_digest: str) -> HomeListRead | None:
    """The rows of the existing SQLite file at ``path``, opened read-only; None when the quick
    read cannot be trusted (see quick_read.read_rows)."""
    read = read_rows(path, (ASSESSMENTS, IMPORTED), files_digest)
    if read is None:
        return None
    assessments, [(imported, *_)] = read
    return HomeListRead(assessments, int(str(imported)))

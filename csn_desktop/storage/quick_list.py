"""The rows `csn-desktop list` prints, read straight from a SQLite file with the standard library.

The same columns, order and flags as storage.summaries.summary_rows; never imports SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from csn_desktop.storage.quick_read import Row, read_rows

ORIGINS = ("local", "imported")  # not translated: stored values
_LIST = """
SELECT a.id, o.gss_code, o.name, a.period, a.status, a.questionnaire_version,
       a.answered_count, a.required_count, a.superseded_by_id IS NULL,
       a.withdrawn_at IS NOT NULL, a.decision_pending
FROM assessment AS a JOIN organisation AS o ON o.id = a.organisation_id
{where}
ORDER BY a.updated_at DESC, a.id DESC
"""  # not translated: SQL


def read_list(path: Path, origin: str | None, files_digest: str) -> list[Row] | None:
    """(id, gss code, council, period, status, questionnaire version, answered, required,
    current, withdrawn, decision pending) of every assessment (of one origin, if given), most
    recently updated first; None when the quick read cannot be trusted (quick_read.read_rows)."""
    if origin is not None and origin not in ORIGINS:
        raise ValueError(origin)
    where = "" if origin is None else f"WHERE a.origin = '{origin}'"  # one of ORIGINS
    read = read_rows(path, (_LIST.format(where=where),), files_digest)
    return None if read is None else read[0]

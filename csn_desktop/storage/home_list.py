"""The home list's rows read straight from a SQLite file with the standard library only.

The window shows its home list from this before SQLAlchemy is imported (a start-up cost), then
opens the database properly; so this module must never import SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

_ASSESSMENTS = """
SELECT a.id, o.name, o.gss_code, a.period, a.status, a.questionnaire_id,
       a.questionnaire_version, a.updated_at, a.respondent
FROM assessment AS a JOIN organisation AS o ON o.id = a.organisation_id
ORDER BY a.updated_at DESC, a.id DESC
"""
_ANSWERS = "SELECT assessment_id, question_id, item_key, value_json FROM answer"

# (id, council, gss_code, period, status, questionnaire_id, questionnaire_version, updated_at,
# respondent), as SQLite gives them.
AssessmentRow = tuple[object, ...]
# (assessment_id, question_id, item_key, value_json)
AnswerRow = tuple[int, str, str, str]


@dataclass(frozen=True, slots=True)
class HomeListRead:
    """Every assessment, newest change first, and every stored answer, as raw rows."""

    assessments: list[AssessmentRow]
    answers: list[AnswerRow]


def read_home_list(path: Path) -> HomeListRead | None:
    """The rows of the existing SQLite file at ``path``, opened read-only; None if unreadable
    (not SQLite, damaged, locked, or another layout)."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            assessments = connection.execute(_ASSESSMENTS).fetchall()
            answers = connection.execute(_ANSWERS).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return HomeListRead(assessments, answers)

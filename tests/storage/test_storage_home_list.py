"""The home list read with the standard library only: rows as SQLite gives them, or None."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.database import Database
from csn_desktop.storage.home_list import read_home_list


def test_reads_assessments_and_answers(db: Database, db_path: Path, assessment_id: int) -> None:
    with db.session() as session:
        save_answer(session, assessment_id, "about.name", "", "Caerdydd")
        session.commit()
    read = read_home_list(db_path)
    assert read is not None
    assert [(row[0], row[1], row[3], row[4]) for row in read.assessments] == [
        (assessment_id, "Cardiff", "2026/27", "draft")
    ]
    assert read.answers == [(assessment_id, "about.name", "", '"Caerdydd"')]


def test_not_a_database_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "not.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    assert read_home_list(path) is None


def test_never_imports_sqlalchemy() -> None:
    probe = (
        "import sys, csn_desktop.storage.home_list, csn_desktop.actions.home\n"
        "print(any(m.startswith('sqlalchemy') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

"""The home list read with the standard library only: rows as SQLite gives them, or None."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from csn_desktop.domain.counts import Progress
from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.assessments import create_assessment
from csn_desktop.storage.database import Database
from csn_desktop.storage.home_list import read_home_list
from csn_desktop.storage.summaries import store_progress


def test_reads_local_summaries_and_counts_imported(
    db: Database, db_path: Path, assessment_id: int
) -> None:
    with db.session() as session:
        save_answer(session, assessment_id, "about.name", "", "Caerdydd")
        store_progress(session, assessment_id, Progress(3, 40))
        imported = create_assessment(
            session,
            organisation_id=1,
            questionnaire_id="csn-self-assessment",
            questionnaire_version=1,
            period="2025/26",
            origin="imported",
        )
        store_progress(session, imported.id, Progress(40, 40))
        session.commit()
    read = read_home_list(db_path)
    assert read is not None
    assert [row[:8] for row in read.assessments] == [
        (assessment_id, "Cardiff", "W06000015", "2026/27", "draft", None, 3, 40)
    ]
    assert read.imported == 1


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

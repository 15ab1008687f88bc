"""Migrations: HEAD_REVISION matches Alembic, the migrated schema matches the models, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from csn_desktop.storage import migrating
from csn_desktop.storage.database import open_database
from csn_desktop.storage.models import Base

REPO = Path(__file__).resolve().parents[2]
# Old SQLite files built byte by byte, their backups, and the quick path that skips Alembic.
SQLITE_FILES = pytest.mark.sqlite_only(
    reason="SQLite files: backups and old files built with sqlite3"
)


def test_head_revision_constant_matches_alembic() -> None:
    assert migrating.alembic_heads() == [migrating.HEAD_REVISION]
    assert migrating.alembic_revisions() == list(migrating.KNOWN_REVISIONS)
    assert migrating.KNOWN_REVISIONS[-1] == migrating.HEAD_REVISION


def test_migrated_schema_matches_the_models(empty_database_url: str) -> None:
    open_database(empty_database_url).close()
    url = empty_database_url
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
                (migrating.HEAD_REVISION,)
            ]
    finally:
        engine.dispose()


@SQLITE_FILES
def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "fast.sqlite3"
    open_database(path).close()
    code = (
        "import sys\n"
        "from csn_desktop.storage.database import open_database\n"
        f"open_database({str(path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


@SQLITE_FILES
def test_backup_copies_a_live_database(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    database = open_database(path)
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO audit_event (at, kind, detail, actor)"
                " VALUES ('2026-01-01', 'k', 'ŷ', 'a')"
            )
        )
        session.commit()
        # Still open, with the change perhaps only in the WAL: the backup API must see it.
        backup = migrating.backup_database(path, "0001")
    database.close()
    assert backup.parent == path.parent
    assert backup.name.startswith("live.backup-0001-")
    assert backup.name.endswith("Z.sqlite3")
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT detail FROM audit_event").fetchall() == [("ŷ",)]
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    assert migrating.backup_database(path, "0001") != backup  # never overwrites a backup


SECOND_REVISION = '''"""Test-only revision: a marker table."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0099"
down_revision: str | None = "{head}"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.add_column(sa.Column("test_note", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_table("test_marker")
'''


@SQLITE_FILES
def test_older_database_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csn_desktop.storage.answers import save_answer
    from csn_desktop.storage.assessments import create_assessment
    from csn_desktop.storage.organisations import add_other_organisation

    path = tmp_path / "old.sqlite3"
    with open_database(path) as database, database.session() as session:
        org = add_other_organisation(session, "Cyngor")
        assessment = create_assessment(
            session,
            organisation_id=org.id,
            questionnaire_id="csn",
            questionnaire_version=1,
            period="2026/27",
        )
        save_answer(session, assessment.id, "about.role", "", "Swyddog ŵ")
        session.commit()
    original = path.read_bytes()

    # A newer app version: the shipped scripts plus a revision 0002 (which rebuilds, in batch
    # mode, the assessment table that answers refer to with ON DELETE CASCADE).
    head = migrating.HEAD_REVISION  # the shipped head, which the test revision follows
    scripts = tmp_path / "scripts"
    shutil.copytree(migrating.SCRIPT_LOCATION, scripts)
    (scripts / "versions" / "0099_test.py").write_text(
        SECOND_REVISION.replace("{head}", head), encoding="utf-8"
    )
    monkeypatch.setattr(migrating, "SCRIPT_LOCATION", scripts)
    monkeypatch.setattr(migrating, "HEAD_REVISION", "0099")
    monkeypatch.setattr(migrating, "KNOWN_REVISIONS", (*migrating.KNOWN_REVISIONS, "0099"))

    with open_database(path) as database:
        assert database.backup is not None
        assert database.backup.name.startswith(f"old.backup-{head}-")
        with database.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).all() == [
                ("0099",)
            ]
            assert session.execute(text("SELECT count(*) FROM test_marker")).scalar() == 0
            # The answers survived the rebuilt parent table.
            assert session.execute(text("SELECT value_json FROM answer")).all() == [
                ('"Swyddog ŵ"',)
            ]
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        backup = database.backup
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert raw.execute("SELECT value_json FROM answer").fetchall() == [('"Swyddog ŵ"',)]
    raw.close()
    assert original != path.read_bytes()


def _database_at_0001(path: Path) -> None:
    """A database as version 0.2 of the app left it (schema revision 0001)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), "0001")
    finally:
        engine.dispose()


@SQLITE_FILES
def test_a_0001_database_upgrades_to_one_current_version_per_group(tmp_path: Path) -> None:
    path = tmp_path / "v02.sqlite3"
    _database_at_0001(path)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO organisation (id, gss_code, name, official_name, type_code, type_name,"
            " nation, region, current) VALUES (1, 'W06000015', 'Cardiff', 'Cardiff Council',"
            " 'UA', 'Unitary authority', 'Wales', 'Wales', 1)"
        )
        # Three re-saved templates of one council and period, each current (what 0.2 did),
        # and a submission superseded the 0.2 way (its uuid retired, the record keeps the id).
        for id_, uuid, exported in (
            (1, "00000000-0000-5000-8000-000000000001", "2026-11-01 10:00:00.000000"),
            (2, "00000000-0000-5000-8000-000000000002", "2026-11-03 10:00:00.000000"),
            (3, "00000000-0000-5000-8000-000000000003", "2026-11-02 10:00:00.000000"),
        ):
            raw.execute(
                "INSERT INTO assessment (id, uuid, organisation_id, questionnaire_id,"
                " questionnaire_version, period, status, origin, flagged, exported_at,"
                " created_at, updated_at) VALUES (?, ?, 1, 'csn', 1, '2026/27', 'final',"
                " 'imported', 0, ?, ?, ?)",
                (id_, uuid, exported, exported, exported),
            )
        raw.execute(
            "INSERT INTO assessment (id, uuid, organisation_id, questionnaire_id,"
            " questionnaire_version, period, status, origin, flagged, exported_at,"
            " created_at, updated_at, superseded_by_id) VALUES (4, 'retired-0000', 1, 'csn', 1,"
            " '2025/26', 'final', 'imported', 0, '2025-11-01 10:00:00.000000',"
            " '2025-11-01 10:00:00.000000', '2025-11-01 10:00:00.000000', NULL)"
        )
        raw.execute(
            "INSERT INTO import_record (file_name, sha256, imported_at, outcome, message,"
            " submission_uuid, assessment_id) VALUES ('cardiff.xlsx', 'aa', '2025-11-01',"
            " 'new', '', '11111111-1111-4111-8111-111111111111', 4)"
        )
    raw.close()

    with open_database(path) as database:
        assert database.backup is not None
        assert database.backup.name.startswith("v02.backup-0001-")
        with database.session() as session:
            rows = session.execute(
                text(
                    "SELECT id, superseded_by_id, submission_uuid, decision_pending,"
                    " withdrawn_at FROM assessment ORDER BY id"
                )
            ).all()
            events = session.execute(
                text("SELECT assessment_id, kind, detail, actor FROM audit_event")
            ).all()
    assert [tuple(r) for r in rows] == [
        (1, 2, "00000000-0000-5000-8000-000000000001", 0, None),
        (2, None, "00000000-0000-5000-8000-000000000002", 0, None),
        (3, 2, "00000000-0000-5000-8000-000000000003", 0, None),
        (4, None, "11111111-1111-4111-8111-111111111111", 0, None),
    ]
    assert len(events) == 1
    assert events[0][0] == 2 and events[0][1] == "versions_normalised"
    assert "1, 3" in events[0][2] and events[0][3]


@SQLITE_FILES
def test_a_0003_database_gets_the_group_index_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v03.sqlite3"
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), "0003")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO organisation (id, gss_code, name, official_name, type_code, type_name,"
            " nation, region, current) VALUES (1, 'W06000015', 'Cardiff', 'Cardiff Council',"
            " 'UA', 'Unitary authority', 'Wales', 'Wales', 1)"
        )
        raw.execute(
            "INSERT INTO assessment (id, uuid, organisation_id, questionnaire_id,"
            " questionnaire_version, period, status, origin, flagged, created_at, updated_at,"
            " decision_pending) VALUES (1, 'u-1', 1, 'csn', 1, '2026/27', 'draft', 'imported',"
            " 0, '2026-11-01 10:00:00.000000', '2026-11-01 10:00:00.000000', 0)"
        )
    raw.close()

    with open_database(path) as database:
        assert database.backup is not None
        assert database.backup.name.startswith("v03.backup-0003-")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrating.HEAD_REVISION,)
        ]
        indexes = {
            name: [column for _n, _c, column in raw.execute(f"PRAGMA index_info({name})")]
            for (name,) in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'assessment'"
            )
        }
        plan = raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM assessment WHERE organisation_id = 1"
            " AND period = '2026/27' AND questionnaire_id = 'csn'"
        ).fetchall()
        rows = raw.execute("SELECT id, uuid, period FROM assessment").fetchall()
    raw.close()
    assert indexes["ix_assessment_group"] == ["organisation_id", "period", "questionnaire_id"]
    assert "ix_assessment_organisation_id" not in indexes  # the group index serves it
    assert "INDEX ix_assessment_group (organisation_id=? AND period=?" in plan[0][3]
    assert rows == [(1, "u-1", "2026/27")]


@SQLITE_FILES
def test_a_0004_database_gains_the_bin_and_the_answer_drafts(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "v04.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), "0004")
    finally:
        engine.dispose()
    with open_database(path) as database:
        assert database.backup is not None
    with sqlite3.connect(path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(assessment)")}
        assert {"deleted_at", "archived_at"} <= columns
        draft_columns = [row[1] for row in raw.execute("PRAGMA table_info(answer_draft)")]
        assert draft_columns == [
            "id",
            "assessment_id",
            "question_id",
            "item_key",
            "text",
            "reason",
            "updated_at",
        ]
    raw.close()

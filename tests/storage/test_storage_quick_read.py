"""Reading the SQLite file directly: only at the head revision, with the recorded definitions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop.storage import migrating, quick_read
from csn_desktop.storage.home_list import read_home_list
from csn_desktop.storage.quick_read import bundled_digest, definitions_digest, read_rows
from tests.quick_databases import make_database

pytestmark = pytest.mark.sqlite_only(reason="the quick reads straight from the SQLite file")


def test_head_revision_is_the_migrations_head() -> None:
    assert quick_read.HEAD_REVISION == migrating.HEAD_REVISION


def test_digest_follows_content_and_version(tmp_path: Path) -> None:
    file = tmp_path / "q.yaml"
    file.write_text("title: Ynys Môn", encoding="utf-8")
    first = definitions_digest([file], "1.0")
    assert definitions_digest([file], "1.0") == first
    assert definitions_digest([file], "1.1") != first
    file.write_text("title: Ynys Mon", encoding="utf-8")
    assert definitions_digest([file], "1.0") != first


def test_reads_at_head_and_not_at_another_revision(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    assert read_home_list(path, bundled_digest()) is not None
    assert read_home_list(path, "another digest") is None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    assert read_home_list(path, bundled_digest()) is None


def test_a_locked_database_is_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE app_state SET value = value")
        assert read_rows(path, ["SELECT 1"], bundled_digest()) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert read_rows(path, ["SELECT 1"], bundled_digest()) == [[(1,)]]


def test_not_a_database_and_a_foreign_database_give_none(tmp_path: Path) -> None:
    junk = tmp_path / "not.sqlite3"
    junk.write_bytes(b"this is not SQLite" * 100)
    assert read_home_list(junk, bundled_digest()) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (quick_read.HEAD_REVISION,))
    assert read_home_list(foreign, bundled_digest()) is None


def test_never_writes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    before = path.read_bytes()
    assert read_home_list(path, bundled_digest()) is not None
    assert path.read_bytes() == before


def test_quick_modules_never_import_sqlalchemy() -> None:
    probe = (
        "import sys, csn_desktop.storage.home_list, csn_desktop.actions.home, "
        "csn_desktop.storage.quick_list, csn_desktop.cli.quick_list\n"
        "print(any(m.startswith('sqlalchemy') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

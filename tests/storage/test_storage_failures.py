"""Database failures in plain words: full disk, read-only folder, missing driver, odd locations."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from csn_desktop.storage.database import open_database
from csn_desktop.storage.errors import (
    DiskFull,
    DriverMissing,
    NotWritable,
    StorageError,
)
from csn_desktop.storage.failures import disk_full_message, plain_storage_error
from tests.command_line import ENV, cli
from tests.storage.small_disk import remount, small_disk


def one_sentence(stderr: str) -> str:
    """The single line the command line printed, with no traceback or warning around it."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "Warning" not in stderr
    return lines[0]


def test_full_disk_in_any_form_is_said_plainly() -> None:
    driver = sqlite3.OperationalError("database or disk is full")
    wrapped = OperationalError("INSERT", {}, driver)
    for error in (driver, wrapped, OSError(errno.ENOSPC, "No space left on device")):
        plain = plain_storage_error(error)
        assert isinstance(plain, DiskFull)
        assert plain.message == disk_full_message()
        assert "damaged" not in plain.message and "backup" not in plain.message


def test_read_only_and_missing_driver_are_said_plainly(tmp_path: Path) -> None:
    plain = plain_storage_error(sqlite3.OperationalError("attempt to write a readonly database"))
    assert isinstance(plain, NotWritable)
    denied = OSError(errno.EACCES, "Permission denied", str(tmp_path / "x"))
    plain = plain_storage_error(denied, tmp_path / "db.sqlite3")
    assert isinstance(plain, NotWritable)
    assert str(tmp_path) in plain.message
    missing = ModuleNotFoundError("No module named 'psycopg'", name="psycopg")
    plain = plain_storage_error(missing)
    assert isinstance(plain, DriverMissing)
    assert "csn-desktop[postgres]" in plain.message
    assert plain_storage_error(ValueError("a bug")) is None


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("", "No database was given"),
        ("foo://somewhere/db", "SQLite files and PostgreSQL"),
        ("sqlite:///{tmp}/new.sqlite3?mode=ro", "give the file alone"),
    ],
)
def test_unusable_locations_are_refused_in_one_sentence(
    tmp_path: Path, location: str, words: str
) -> None:
    result = cli("--database", location.format(tmp=tmp_path), "list")
    assert result.returncode == 1
    assert words in one_sentence(result.stderr)
    assert list(tmp_path.iterdir()) == []  # nothing created, the default database untouched


def test_missing_postgres_driver(tmp_path: Path) -> None:
    # As without the extra installed: importing the driver fails, whether it is here or not.
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = sys.modules['psycopg2'] = None\n"
        "from csn_desktop.main import main\n"
        "sys.exit(main(['--database', 'postgresql://office@localhost/csn', 'list']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert 'pip install "csn-desktop[postgres]"' in one_sentence(result.stderr)


def test_read_only_folder(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        existing = disk / "office.sqlite3"
        assert cli("--database", str(existing), "list").returncode == 0
        if not remount(disk, "ro"):
            pytest.skip("cannot remount the small disk read-only here")
        try:
            for path in (existing, disk / "new.sqlite3"):
                result = cli("--database", str(path), "list")
                assert result.returncode == 1
                line = one_sentence(result.stderr)
                assert f"the folder {disk}" in line and "read-only" in line
                assert "unexpected" not in line
                with (
                    pytest.raises(NotWritable),
                    open_database(path) as database,
                    database.session() as session,
                ):
                    session.execute(text("SELECT 1"))
        finally:
            remount(disk, "rw")


def test_storage_errors_keep_their_words() -> None:
    error = StorageError("already plain")
    assert plain_storage_error(error) is error

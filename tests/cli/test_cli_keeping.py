"""``csn-desktop new`` refuses a duplicate; delete, restore, archive, unarchive and the bin and
archive listings, run as a user runs them."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.command_line import cli
from tests.conftest import NewDatabase


def _kinds(database: str) -> list[str]:
    engine = create_engine(database if "://" in database else f"sqlite:///{database}")
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT kind FROM audit_event ORDER BY id")).all()
    engine.dispose()
    return [row[0] for row in rows]


def test_new_refuses_a_duplicate_unless_allowed(new_database: NewDatabase) -> None:
    database = new_database("keep")
    first = cli("--database", database, "new", "--council", "W06000015", "--period", "2026-27")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Started assessment 1."
    again = cli("--database", database, "new", "--council", "W06000015", "--period", "2026/2027")
    assert again.returncode == 1
    assert "Cardiff already has an assessment for 2026/27" in again.stderr
    assert "Its number is 1" in again.stderr and "--allow-duplicate" in again.stderr
    assert "Traceback" not in again.stderr
    forced = cli(
        "--database",
        database,
        "new",
        "--council",
        "W06000015",
        "--period",
        "2026/27",
        "--allow-duplicate",
    )
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.strip() == "Started assessment 2."


def test_delete_restore_archive_and_the_listings(new_database: NewDatabase) -> None:
    database = new_database("keep")
    made = cli(
        "--database",
        database,
        "new",
        "--organisation",
        "Friends of Ynys Môn",
        "--period",
        "2026/27",
    )
    assert made.returncode == 0, made.stderr
    assert cli("--database", database, "list", "--bin").stdout.strip() == "The bin is empty."
    deleted = cli("--database", database, "delete", "1")
    assert deleted.returncode == 0, deleted.stderr
    assert "Moved “Friends of Ynys Môn 2026/27” to the bin" in deleted.stdout
    assert "csn-desktop restore 1" in deleted.stdout
    binned = cli("--database", database, "list", "--bin")
    assert binned.returncode == 0, binned.stderr
    [header, row] = binned.stdout.strip().splitlines()
    assert header.split()[:3] == ["ID", "GSS", "CODE"]
    assert row.startswith("1 ") and "Friends of Ynys Môn" in row and "2026/27" in row
    assert cli("--database", database, "restore", "1").returncode == 0
    assert cli("--database", database, "archive", "1").returncode == 0
    archived = cli("--database", database, "list", "--archived").stdout
    assert "Friends of Ynys Môn" in archived
    assert cli("--database", database, "unarchive", "1").returncode == 0
    assert (
        cli("--database", database, "list", "--archived").stdout.strip() == "Nothing is archived."
    )
    refused = cli("--database", database, "delete", "1", "--permanently")
    assert refused.returncode == 1 and "bin before" in refused.stderr
    assert cli("--database", database, "delete", "1").returncode == 0
    gone = cli("--database", database, "delete", "1", "--permanently")
    assert gone.returncode == 0, gone.stderr
    assert "Deleted “Friends of Ynys Môn 2026/27” permanently." in gone.stdout
    missing = cli("--database", database, "restore", "1")
    assert missing.returncode == 1 and "no assessment number 1" in missing.stderr
    assert _kinds(database) == [
        "created",
        "deleted",
        "restored",
        "archived",
        "unarchived",
        "deleted",
        "deleted_permanently",
    ]

"""Opening databases: pragmas, locations, and refusals that leave the file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from csn_desktop.storage.database import Database, database_url, open_database
from csn_desktop.storage.disks import fs_type_is_local, is_local_disk, mount_fs_type
from csn_desktop.storage.errors import DatabaseRefused
from csn_desktop.storage.locations import default_database_path, resolve_database

pytestmark = pytest.mark.sqlite_only(
    reason="opening SQLite files: PRAGMAs, locations and refusals of files"
)


def test_pragmas_are_in_force_on_every_connection(db: Database) -> None:
    for _ in range(2):
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_parent_folder_is_created_and_close_leaves_no_sidecars(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with open_database(db_path) as database:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        assert db_path.exists()
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_zero_byte_file_is_a_new_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with open_database(empty) as database, database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_urls_and_paths(tmp_path: Path) -> None:
    assert database_url(tmp_path / "a.db").database == str(tmp_path / "a.db")
    assert database_url("sqlite:///x.db").database == "x.db"
    assert database_url("postgresql://u:p@host/db").get_backend_name() == "postgresql"
    with open_database(f"sqlite:///{tmp_path / 'u.sqlite3'}") as database:
        assert database.path == tmp_path / "u.sqlite3"


def test_in_memory_database(tmp_path: Path) -> None:
    with open_database("sqlite://") as database, database.session() as session:
        assert session.execute(text("SELECT count(*) FROM assessment")).scalar() == 0


def test_resolve_database_precedence(tmp_path: Path) -> None:
    assert resolve_database("cli.db", {"CSN_DATABASE": "env.db"}) == "cli.db"
    assert resolve_database(None, {"CSN_DATABASE": "env.db"}) == "env.db"
    assert resolve_database(None, {}) == default_database_path()
    assert default_database_path().name == "csn-desktop.sqlite3"
    assert "csn-desktop" in str(default_database_path())


MOUNTS = (
    "/dev/vda / ext4 rw 0 0\n"
    "server:/export /mnt/share nfs4 rw 0 0\n"
    "//srv/docs /mnt/my\\040docs cifs rw 0 0\n"
    "sshfs#me@h: /home/me/remote fuse.sshfs rw 0 0\n"
)


def test_mount_types() -> None:
    assert mount_fs_type(Path("/home/me/data.db"), MOUNTS) == "ext4"
    assert mount_fs_type(Path("/mnt/share/x/data.db"), MOUNTS) == "nfs4"
    assert mount_fs_type(Path("/mnt/shared/data.db"), MOUNTS) == "ext4"
    assert mount_fs_type(Path("/mnt/my docs/data.db"), MOUNTS) == "cifs"
    assert mount_fs_type(Path("/home/me/remote/a.db"), MOUNTS) == "fuse.sshfs"
    assert not fs_type_is_local("nfs4")
    assert not fs_type_is_local("fuse.sshfs")
    assert fs_type_is_local("ext4")
    assert fs_type_is_local(None)


def test_unc_paths_are_remote(tmp_path: Path) -> None:
    assert not is_local_disk(Path("//server/share/csn.sqlite3"))
    assert is_local_disk(tmp_path / "not-yet" / "csn.sqlite3")


# Refusals: the file and its folder must be exactly as they were.


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def refused(path: Path, match: str) -> DatabaseRefused:
    before = snapshot(path.parent)
    with pytest.raises(DatabaseRefused, match=match) as caught:
        open_database(path)
    assert snapshot(path.parent) == before
    assert "has not been changed" in caught.value.message or "folder" in caught.value.message
    return caught.value


def made_database(folder: Path) -> Path:
    """A real, closed csn-desktop database with some data in it."""
    path = folder / "real.sqlite3"
    with open_database(path) as database, database.session() as session:
        for n in range(50):
            session.execute(
                text(
                    "INSERT INTO audit_event (at, kind, detail, actor) VALUES (:at, 'x', :d, 'me')"
                ),
                {"at": "2026-01-01 00:00:00", "d": "ŵ" * 500 + str(n)},
            )
        session.commit()
    return path


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    source = made_database(tmp_path / "made")
    page_size = int.from_bytes(source.read_bytes()[16:18], "big")
    assert source.stat().st_size > 3 * page_size
    folder = tmp_path / "victim"
    folder.mkdir()
    truncated = folder / "csn-desktop.sqlite3"
    truncated.write_bytes(source.read_bytes()[: 3 * page_size])
    refused(truncated, "damaged or incomplete")


def test_malformed_database_is_refused(tmp_path: Path) -> None:
    path = made_database(tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2 + 8 : page_size * 3] = b"\xa5" * (page_size - 8)  # scribble over page 3
    path.write_bytes(bytes(data))
    refused(path, "damaged or incomplete")


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dear colleague,\nplease find attached the council's answers.\n" * 5)
    refused(path, "not a SQLite database")


def test_short_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.sqlite3"
    path.write_bytes(b"SQLite format 3\x00")
    refused(path, "not a SQLite database")


def test_future_schema_is_refused(tmp_path: Path) -> None:
    path = made_database(tmp_path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    error = refused(path, "newer version of csn-desktop")
    assert "schema 9999" in error.message
    assert "Install the newer version" in error.message


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        raw.execute("INSERT INTO customers (name) VALUES ('x')")
    raw.close()
    refused(path, "not one made by csn-desktop")


def test_empty_alembic_table_with_other_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        raw.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY)")
    raw.close()
    refused(path, "not one made by csn-desktop")


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseRefused, match="folder"):
        open_database(folder)


def test_a_current_database_reopens_with_its_data(tmp_path: Path) -> None:
    path = made_database(tmp_path)
    with open_database(path) as database, database.session() as session:
        assert session.execute(text("SELECT count(*) FROM audit_event")).scalar() == 50
        assert database.backup is None

"""The full integrity check runs unless the file is exactly as the app last closed it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from csn_desktop.storage.clean_close import closed_cleanly, mark_path
from csn_desktop.storage.database import open_database
from csn_desktop.storage.errors import DatabaseRefused

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite's integrity check of a file and its clean-close marks"
)


def closed_database(path: Path) -> Path:
    with (
        open_database(path, marks=path.parent / "marks") as database,
        database.session() as session,
    ):
        for n in range(50):
            session.execute(
                text(
                    "INSERT INTO audit_event (at, kind, detail, actor) VALUES (:at, 'x', :d, 'me')"
                ),
                {"at": "2026-01-01 00:00:00", "d": "ŵ" * 500 + str(n)},
            )
        session.commit()
    return path


def scribble(path: Path, *, keep_time: bool) -> None:
    """Damage a page; with ``keep_time`` the file keeps its size and modification time."""
    stat = path.stat()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2 + 8 : page_size * 3] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))
    if keep_time:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_clean_close_is_recorded_and_trusted_until_the_file_changes(tmp_path: Path) -> None:
    path = closed_database(tmp_path / "csn.sqlite3")
    marks = tmp_path / "marks"
    assert mark_path(marks, path).is_file() and closed_cleanly(marks, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csn.sqlite3", "marks"]
    # The same damage, the file otherwise as the app left it: not read at open (SQLite reports
    # it when the page is read); with the time changed, as any writer changes it: refused.
    scribble(path, keep_time=True)
    assert closed_cleanly(marks, path)
    open_database(path, marks=marks).engine.dispose()
    scribble(path, keep_time=False)
    assert not closed_cleanly(marks, path)
    with pytest.raises(DatabaseRefused, match="damaged or incomplete"):
        open_database(path, marks=marks)


def test_a_leftover_write_ahead_log_is_never_trusted(tmp_path: Path) -> None:
    path = closed_database(tmp_path / "csn.sqlite3")
    marks = tmp_path / "marks"
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 32)
    assert not closed_cleanly(marks, path)


def test_a_damaged_mark_means_a_full_check(tmp_path: Path) -> None:
    path = closed_database(tmp_path / "csn.sqlite3")
    marks = tmp_path / "marks"
    mark_path(marks, path).write_text("{not json", encoding="utf-8")
    assert not closed_cleanly(marks, path)
    with open_database(path, marks=marks):
        pass
    assert closed_cleanly(marks, path)

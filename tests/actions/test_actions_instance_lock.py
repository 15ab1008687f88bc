"""The single-instance lock: refused while another copy runs, reclaimed after a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop.actions.instance_lock import (
    DatabaseInUse,
    InstanceLock,
    read_holder,
    without_password,
)


def test_second_copy_is_refused_naming_the_holder(tmp_path: Path) -> None:
    database = tmp_path / "csn.sqlite3"
    first = InstanceLock(database)
    first.acquire()
    holder = read_holder(first.path)
    assert holder is not None and holder.pid == os.getpid()
    with pytest.raises(DatabaseInUse) as refused:
        InstanceLock(database).acquire()
    assert holder.user in str(refused.value) and holder.host in str(refused.value)
    first.release()
    assert not first.path.exists()
    InstanceLock(database).acquire()


def test_lock_of_a_dead_process_is_reclaimed(tmp_path: Path) -> None:
    database = tmp_path / "csn.sqlite3"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    lock_path = database.with_name(database.name + ".lock")
    lock_path.write_text(
        json.dumps(
            {
                "user": "ffion",
                "host": socket.gethostname(),
                "pid": int(gone.stdout),
                "started": "2026-01-01 09:00",
            }
        ),
        encoding="utf-8",
    )
    lock = InstanceLock(database)
    lock.acquire()
    holder = read_holder(lock.path)
    assert holder is not None and holder.pid == os.getpid()


def test_lock_held_on_another_computer_is_respected(tmp_path: Path) -> None:
    database = tmp_path / "csn.sqlite3"
    database.with_name(database.name + ".lock").write_text(
        json.dumps({"user": "ffion", "host": "council-pc-17", "pid": 1, "started": "09:00"}),
        encoding="utf-8",
    )
    with pytest.raises(DatabaseInUse, match="ffion on council-pc-17"):
        InstanceLock(database).acquire()


def test_sqlite_urls_lock_their_file(tmp_path: Path) -> None:
    lock = InstanceLock.for_location(f"sqlite:///{tmp_path}/a.sqlite3")
    assert lock is not None and lock.path == tmp_path / "a.sqlite3.lock"
    assert InstanceLock.for_location("sqlite:///file:x?mode=memory&uri=true") is None


SERVER = "postgresql+psycopg://staff:s3cr3t-Ŵ@db.network.example:5432/csn"


def test_a_server_database_is_locked_per_user_not_per_database(tmp_path: Path) -> None:
    # Each user's lock lives in that user's own data folder.
    alex, ffion = tmp_path / "alex", tmp_path / "ffion"
    first = InstanceLock.for_location(SERVER, lock_folder=alex)
    other_user = InstanceLock.for_location(SERVER, lock_folder=ffion)
    assert first is not None and other_user is not None
    first.acquire()
    other_user.acquire()  # two staff on one server database: both fine
    # The same user opening the app twice on this computer is stopped, as for a file; the
    # password (even another one) never decides or shows.
    again = InstanceLock.for_location(SERVER.replace("s3cr3t-Ŵ", "other"), lock_folder=alex)
    assert again is not None and again.path == first.path
    with pytest.raises(DatabaseInUse) as refused:
        again.acquire()
    message = str(refused.value)
    assert "postgresql+psycopg://staff@db.network.example:5432/csn" in message
    assert "s3cr3t" not in message
    assert "s3cr3t" not in first.path.read_text(encoding="utf-8") + str(first.path)
    first.release()
    again.acquire()
    again.release()
    other_user.release()
    assert not first.path.exists() and not other_user.path.exists()


def test_another_server_database_is_another_lock(tmp_path: Path) -> None:
    first = InstanceLock.for_location(SERVER, lock_folder=tmp_path)
    second = InstanceLock.for_location(SERVER.replace("/csn", "/csn_test"), lock_folder=tmp_path)
    assert first is not None and second is not None
    first.acquire()
    second.acquire()
    first.release()
    second.release()


def test_without_password_keeps_the_rest_of_the_url() -> None:
    assert without_password(SERVER) == "postgresql+psycopg://staff@db.network.example:5432/csn"
    assert without_password("postgresql://db/csn?password=x&sslmode=require") == (
        "postgresql://db/csn?sslmode=require"
    )

"""The single-instance lock: refused while another copy runs, reclaimed after a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop.actions.instance_lock import DatabaseInUse, InstanceLock, read_holder


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


def test_urls_have_no_lock(tmp_path: Path) -> None:
    assert InstanceLock.for_location("postgresql://host/db") is None
    lock = InstanceLock.for_location(f"sqlite:///{tmp_path}/a.sqlite3")
    assert lock is not None and lock.path == tmp_path / "a.sqlite3.lock"

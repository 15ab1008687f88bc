"""Crash safety: a writer killed with SIGKILL loses no acknowledged answer and no integrity."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import open_database

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from crash_writer import value_of  # noqa: E402


def run_until_acked(path: Path, wanted: int) -> int:
    """Start the writer, read its stdout until ACK <wanted>, kill it; return its assessment id."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    watchdog = threading.Timer(120, child.kill)  # only if the child hangs: never a fixed wait
    watchdog.start()
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready[:1] == ["READY"], ready
        acked = 0
        while acked < wanted:
            line = child.stdout.readline()
            assert line, f"writer stopped after {acked} acknowledgements"
            acked = int(line.split()[1])
        child.kill()  # SIGKILL on POSIX: no clean-up, no checkpoint
        child.wait()
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    return int(ready[1])


@pytest.mark.parametrize("wanted", [5, 50, 200])
def test_acknowledged_answers_survive_sigkill(tmp_path: Path, wanted: int) -> None:
    path = tmp_path / "crash.sqlite3"
    assessment_id = run_until_acked(path, wanted)
    with open_database(path) as database, database.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        answers = load_answers(session, assessment_id)
    for n in range(1, wanted + 1):
        assert answers.get(f"crash.q{n}") == value_of(n)
    counter = answers.get("crash.counter")
    assert isinstance(counter, int)
    assert counter >= wanted


def test_killed_twice_then_reopened(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    first = run_until_acked(path, 20)
    second = run_until_acked(path, 30)  # reopens the crashed database, then crashes again
    with open_database(path) as database, database.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        for assessment_id, wanted in ((first, 20), (second, 30)):
            answers = load_answers(session, assessment_id)
            assert all(answers.get(f"crash.q{n}") == value_of(n) for n in range(1, wanted + 1))

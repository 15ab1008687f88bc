"""Crash safety: a writer killed with SIGKILL loses no acknowledged answer and no integrity."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import open_database
from csn_desktop.storage.models import Assessment
from tests.command_line import cli
from tests.imports.conftest import council_names, submission_bytes
from tests.storage.small_disk import fill, small_disk

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from crash_writer import value_of  # noqa: E402

pytestmark = pytest.mark.sqlite_only(reason="a SQLite file's durability when its writer is killed")

ENV = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
DISK_FULL = "The disk is full: free some space and try again; nothing that was saved has been lost."


def run_until_acked(path: Path, wanted: int) -> int:
    """Start the writer, read its stdout until ACK <wanted>, kill it; return its assessment id."""
    env = ENV
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


@pytest.fixture(scope="module")
def submissions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty submissions of distinct councils written by the real exporter."""
    folder = tmp_path_factory.mktemp("submissions")
    questionnaire = questionnaire_library().latest()
    codes = sorted(council_names())[:40]
    for n in range(40):
        data = submission_bytes(questionnaire, seed=500 + n, gss_code=codes[n])
        (folder / f"council-{n:02}.xlsx").write_bytes(data)
    return folder


def imported_files(path: Path) -> set[str]:
    """The source files (by SHA-256) of the imported assessments, after an integrity check."""
    with open_database(path) as database, database.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        found = session.scalars(
            select(Assessment.source_file_sha256).where(Assessment.origin == "imported")
        ).all()
    return {sha for sha in found if sha}


def test_acknowledged_imports_survive_sigkill(tmp_path: Path, submissions: Path) -> None:
    path = tmp_path / "import.sqlite3"
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), str(path), str(submissions)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=ENV,
    )
    watchdog = threading.Timer(300, child.kill)  # only if the child hangs: never a fixed wait
    watchdog.start()
    acked: set[str] = set()
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("READY")
        while len(acked) < 10:
            line = child.stdout.readline()
            assert line.startswith("ACK"), line
            acked.add(line.split()[1])
        child.kill()  # mid-import: the file being stored is undone, the acknowledged ones kept
        child.wait()
        for line in child.stdout:
            if line.startswith("ACK"):
                acked.add(line.split()[1])
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    stored = imported_files(path)
    assert acked <= stored
    assert len(stored) < 40  # it really was killed part-way
    # Importing again completes the set: nothing half-stored stands in the way.
    again = cli("--database", str(path), "import", str(submissions))
    assert again.returncode == 0, again.stderr
    assert len(imported_files(path)) == 40


def test_disk_fills_during_import(tmp_path: Path, submissions: Path) -> None:
    with small_disk(tmp_path / "disk", "16m") as disk:
        path = disk / "network.sqlite3"
        first = cli("--database", str(path), "import", str(submissions / "council-00.xlsx"))
        assert first.returncode == 0, first.stderr
        filler = fill(disk, leave=150_000)  # room for a few files, not forty
        result = cli("--database", str(path), "import", str(submissions))
        assert result.returncode == 1
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stderr == "" or result.stderr.count("\n") == 1, result.stderr
        assert DISK_FULL in result.stdout or DISK_FULL in result.stderr
        assert "damaged" not in result.stdout + result.stderr
        reported = {
            line.split(": ")[1]
            for line in result.stdout.splitlines()
            if line.startswith(("new:", "duplicate:"))
        }
        filler.unlink()  # space again: the database opens and holds what was reported
        stored = imported_files(path)
        assert len(stored) >= len(reported)
        again = cli("--database", str(path), "import", str(submissions))
        assert again.returncode == 0, again.stderr
        assert len(imported_files(path)) == 40


def test_starting_on_a_full_disk_is_not_called_damage(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = disk / "office.sqlite3"
        assert cli("--database", str(path), "list").returncode == 0
        filler = fill(disk)
        for _attempt in range(2):  # the second start finds what the first left behind
            result = cli("--database", str(path), "list")
            assert result.returncode == 1
            assert DISK_FULL in result.stderr
            assert "damaged" not in result.stderr and "backup" not in result.stderr
            assert "Traceback" not in result.stderr
        filler.unlink()
        result = cli("--database", str(path), "list")
        assert result.returncode == 0, result.stderr
        assert imported_files(path) == set()


def test_disk_fills_during_export(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    demo = cli("--database", str(database), "demo", "--councils", "1")
    assert demo.returncode == 0, demo.stderr
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk, leave=20_000)
        for kind, name in (("pdf", "report.pdf"), ("xlsx", "submission.xlsx")):
            result = cli(
                "--database",
                str(database),
                "export",
                kind,
                "--assessment",
                "1",
                "-o",
                str(disk / name),
            )
            assert result.returncode == 1, result.stdout
            # The export's own sentence: the file was not written, nothing else changed.
            assert "The disk is full: free some space and try again." in result.stderr
            assert f"{name} was not written, and nothing else was changed." in result.stderr
            assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    with open_database(database) as db, db.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"

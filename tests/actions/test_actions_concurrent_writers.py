"""Several programs writing one database at once: real processes, every file imported once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import open_database
from csn_desktop.storage.models import Assessment, ImportRecord
from tests.imports.conftest import council_names, submission_bytes

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SUBMISSIONS = 24
ENV = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, library: QuestionnaireLibrary) -> Path:
    """SUBMISSIONS submissions of distinct councils as the exporter writes them."""
    folder = tmp_path_factory.mktemp("exported")
    questionnaire = library.latest()
    codes = sorted(council_names())[:SUBMISSIONS]
    for n in range(SUBMISSIONS):
        data = submission_bytes(questionnaire, seed=100 + n, gss_code=codes[n])
        (folder / f"council-{n:02}.xlsx").write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def library() -> QuestionnaireLibrary:
    from csn_desktop.actions.setup import questionnaire_library

    return questionnaire_library()


def overlapping_folders(exported: Path, root: Path, count: int) -> list[Path]:
    """count folders, each holding two thirds of the files, so that every file is in several."""
    files = sorted(exported.iterdir())
    folders = []
    for k in range(count):
        folder = root / f"inbox-{k}"
        folder.mkdir()
        for n, source in enumerate(files):
            if (n + k) % 3 != 0:
                (folder / source.name).write_bytes(source.read_bytes())
        folders.append(folder)
    return folders


def start_import(database: Path, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "csn_desktop", "--database", str(database), "import", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=ENV,
    )


def finish(processes: Sequence[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        results.append((process.returncode, out, err))
    return results


def check_each_imported_once(database: Path, runs: list[tuple[int, str, str]]) -> None:
    for code, out, err in runs:
        assert code == 0, out + err
        assert "rejected" not in out
        assert err == ""
    with open_database(database) as db, db.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        imported = session.scalars(
            select(Assessment.uuid).where(Assessment.origin == "imported")
        ).all()
        assert len(imported) == SUBMISSIONS
        assert len(set(imported)) == SUBMISSIONS
        outcomes = dict(
            session.execute(
                select(ImportRecord.outcome, func.count()).group_by(ImportRecord.outcome)
            ).all()
        )
    assert outcomes.get("new") == SUBMISSIONS
    assert set(outcomes) <= {"new", "duplicate"}


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_imports_of_overlapping_folders(
    tmp_path: Path, exported: Path, processes: int
) -> None:
    # The database does not exist yet: every process also races to create it.
    database = tmp_path / "office" / "network.sqlite3"
    folders = overlapping_folders(exported, tmp_path, processes)
    runs = finish([start_import(database, folder) for folder in folders])
    check_each_imported_once(database, runs)
    assert not database.with_name(database.name + ".opening").exists()


def test_import_while_the_window_autosaves(tmp_path: Path, exported: Path) -> None:
    database = tmp_path / "network.sqlite3"
    sys.path.insert(0, str(HERE))
    try:
        from autosave_writer import text_questions, value_of
    finally:
        sys.path.remove(str(HERE))
    saver = subprocess.Popen(
        [sys.executable, str(HERE / "autosave_writer.py"), str(database)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=ENV,
    )
    watchdog = threading.Timer(600, saver.kill)  # only if something hangs: never a fixed wait
    watchdog.start()
    try:
        assert saver.stdout is not None
        ready = saver.stdout.readline().split()
        assert ready[:1] == ["READY"], ready
        assert saver.stdout.readline().startswith("ACK")  # saving before the import starts
        importer = start_import(database, exported)
        acked = 1
        while importer.poll() is None:
            acked = int(saver.stdout.readline().split()[1])
        saver.kill()  # SIGKILL mid-autosave: what was acknowledged must still be there
        saver.wait()
        # Acknowledgements printed before the kill but not yet read.
        for line in saver.stdout:
            acked = int(line.split()[1])
        runs = finish([importer])
    finally:
        watchdog.cancel()
        if saver.poll() is None:
            saver.kill()
            saver.wait()
        if saver.stdout is not None:
            saver.stdout.close()
    check_each_imported_once(database, runs)
    questions = text_questions()
    last = {questions[n % len(questions)]: value_of(n) for n in range(1, acked + 1)}
    with open_database(database) as db, db.session() as session:
        answers = load_answers(session, int(ready[1]))
    for question, value in last.items():
        stored = answers.get(question)
        # The save after the last one read may have committed before the kill, never fewer.
        assert stored == value or stored == value_of(acked + 1) or _later(stored, acked), question


def _later(stored: object, acked: int) -> bool:
    return isinstance(stored, str) and int(stored.split()[1].rstrip(":")) > acked

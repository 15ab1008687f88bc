"""The home snapshot: used while the database file is unchanged, ignored after change or damage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.home import quick_home_rows
from csn_desktop.actions.home_snapshot import HomeSnapshot
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary

SAVE_ANSWER = """
import sys
from csn_desktop.actions.assessments import list_assessments, reopen, save_answer
from csn_desktop.actions.setup import open_app_database, questionnaire_library
library = questionnaire_library()
with open_app_database(sys.argv[1]) as database:
    first = list_assessments(database, library)[0]
    if first.status == "final":
        reopen(database, first.id, "A correction")
    questionnaire = library.get(first.questionnaire_id, first.questionnaire_version)
    question = next(q for s in questionnaire.sections for q in s.questions if q.type == "text")
    save_answer(database, questionnaire, first.id, question.id, "", "Changed elsewhere")
"""


def filled(path: Path, library: QuestionnaireLibrary) -> Path:
    with open_app_database(path) as database:
        fill_demo(database, library.latest(), councils=3, seed=1)
    return path


def test_snapshot_is_used_while_the_file_is_unchanged(
    tmp_path: Path, library: QuestionnaireLibrary
) -> None:
    db_path = filled(tmp_path / "csn.sqlite3", library)
    snapshot = HomeSnapshot(tmp_path / "cache", "digest")
    assert snapshot.load(db_path) is None
    rows = snapshot.read_and_save(db_path, library)
    assert rows is not None and len(rows) == 3
    assert snapshot.load(db_path) == rows == quick_home_rows(db_path, library)
    assert snapshot.load(str(db_path)) == rows
    assert HomeSnapshot(tmp_path / "cache", "other definitions").load(db_path) is None


def test_snapshot_is_ignored_after_another_process_saves_an_answer(
    tmp_path: Path, library: QuestionnaireLibrary
) -> None:
    db_path = filled(tmp_path / "csn.sqlite3", library)
    snapshot = HomeSnapshot(tmp_path / "cache", "digest")
    assert snapshot.read_and_save(db_path, library) is not None
    subprocess.run([sys.executable, "-c", SAVE_ANSWER, str(db_path)], check=True)
    assert snapshot.load(db_path) is None
    rows = snapshot.read_and_save(db_path, library)
    assert rows is not None and snapshot.load(db_path) == rows


def test_damaged_snapshot_is_ignored(tmp_path: Path, library: QuestionnaireLibrary) -> None:
    db_path = filled(tmp_path / "csn.sqlite3", library)
    cache = tmp_path / "cache"
    snapshot = HomeSnapshot(cache, "digest")
    assert snapshot.read_and_save(db_path, library) is not None
    (saved,) = cache.glob("home-*.json")
    text = saved.read_text(encoding="utf-8")
    for damage in (
        text[: len(text) // 2],
        text.replace('"council": "', '"council": 1, "x": "'),
        "[]",
    ):
        saved.write_text(damage, encoding="utf-8")
        assert snapshot.load(db_path) is None


def test_no_snapshot_without_a_file(tmp_path: Path, library: QuestionnaireLibrary) -> None:
    snapshot = HomeSnapshot(tmp_path / "cache", "digest")
    assert snapshot.read_and_save(tmp_path / "missing.sqlite3", library) is None
    assert snapshot.load("postgresql://example/csn") is None
    assert not (tmp_path / "cache").exists()

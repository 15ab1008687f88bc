"""Every command that writes a file, run as a user runs it, pointed at the database or an input."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
from pathlib import Path

import pytest

from csn_desktop.actions.setup import questionnaire_library
from tests.command_line import cli
from tests.imports.conftest import submission_bytes

# A file name holds no "/", so the link has none; Excel would still follow it.
HYPERLINK = '=HYPERLINK("http:\\\\evil.example","click").xlsx'


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with example assessments, made once; each test works on a copy."""
    database = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    made = cli("--database", str(database), "demo", "--councils", "3", "--seed", "2")
    assert made.returncode == 0, made.stderr
    return database


def assessments(database: Path) -> int:
    """How many assessments the database holds, read with plain sqlite3 (it must still open)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        return int(connection.execute("SELECT count(*) FROM assessment").fetchone()[0])
    finally:
        connection.close()


def copy_of(demo: Path, folder: Path, name: str = "db.sqlite3") -> Path:
    target = folder / name
    source = sqlite3.connect(demo)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert not result.stdout.startswith("Wrote")
    for word in words:
        assert word in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export_to_the_database_is_refused(demo: Path, tmp_path: Path, kind: str) -> None:
    database = copy_of(demo, tmp_path)
    count = assessments(database)
    base = ["--database", str(database), "export", kind, "--assessment", "1", "-o"]
    assert_refused(cli(*base, str(database)), f".{kind}")
    link = tmp_path / f"link.{kind}"
    link.symlink_to(database)
    assert_refused(cli(*base, str(link)), "is the database")
    assert assessments(database) == count
    # The same command with a proper name works.
    assert cli(*base, str(tmp_path / f"fine.{kind}")).returncode == 0


def test_a_database_named_like_the_export_is_refused(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path, "named.pdf")
    count = assessments(database)
    result = cli(
        "--database", str(database), "export", "pdf", "--assessment", "1", "-o", str(database)
    )
    assert_refused(result, "is the database")
    template = cli(
        "--database", str(tmp_path / "t.xlsx"), "export", "template", "-o", str(tmp_path / "t.xlsx")
    )
    assert_refused(template, "is the database")
    assert not (tmp_path / "t.xlsx").exists()
    assert assessments(database) == count


def test_network_report_to_the_database_is_refused(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path, "network.xlsx")
    count = assessments(database)
    result = cli("--database", str(database), "report", "network", "-o", str(database))
    assert_refused(result, "is the database")
    wal = tmp_path / "w.pdf"
    wal.symlink_to(database.with_name(database.name + "-wal"))
    assert_refused(cli("--database", str(database), "report", "network", "-o", str(wal)), "belongs")
    assert assessments(database) == count


def test_import_report_never_replaces_the_database_or_an_input(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path, "db.csv")
    count = assessments(database)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    workbook = inbox / "cardiff.xlsx"
    original = submission_bytes(questionnaire_library().latest(), gss_code="W06000015", seed=9)
    workbook.write_bytes(original)
    base = ["--database", str(database), "import", str(inbox)]
    assert_refused(cli(*base, "--report", str(database)), "is the database")
    # Pointed at a workbook being imported: by its own name, or through a link with a .csv name.
    assert_refused(cli(*base, "--report", str(workbook)), ".csv")
    link = tmp_path / "r.csv"
    link.symlink_to(workbook)
    assert_refused(cli(*base, "--report", str(link)), "files this command reads")
    assert workbook.read_bytes() == original
    assert assessments(database) == count  # refused before anything was imported


def test_import_report_keeps_hostile_file_names_as_text(demo: Path, tmp_path: Path) -> None:
    database = copy_of(demo, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    questionnaire = questionnaire_library().latest()
    names = [HYPERLINK, "+cmd.xlsx", "-2+3.xlsx", "@SUM(A1).xlsx", "\tTab.xlsx", "\rCR.xlsx"]
    for n, name in enumerate(names):
        (inbox / name).write_bytes(submission_bytes(questionnaire, gss_code="W06000015", seed=n))
    (inbox / "=bad.xlsx").write_bytes(b"not a workbook")
    report = tmp_path / "report.csv"
    # As the issue has it: `import . --report r.csv`, so the file names are written as found.
    result = cli("--database", str(database), "import", ".", "--report", str(report), cwd=inbox)
    assert result.returncode == 1, result.stderr  # =bad.xlsx is rejected
    assert "Traceback" not in result.stderr
    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(row["file"] for row in rows) == sorted("'" + n for n in [*names, "=bad.xlsx"])
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), row

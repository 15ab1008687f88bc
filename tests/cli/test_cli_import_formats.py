"""``csn-desktop import`` lists every spreadsheet in a folder with its outcome; the exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from tests.conftest import NewDatabase
from tests.imports.conftest import submission_bytes, write
from tests.imports.ods_files import ods, ods_from_xlsx, table

SAVE_AS = "File → Save As → Excel Workbook (.xlsx), then send that file."


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(list(args)))


def test_a_folder_holding_only_a_councils_ods_imports_it(
    tmp_path: Path, new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = ods_from_xlsx(submission_bytes(questionnaire_library().latest()))
    write(inbox, "cardiff.ods", data)
    assert cli("--database", new_database("n"), "import", str(inbox)) == 0
    assert f"new: {inbox / 'cardiff.ods'}" in capsys.readouterr().out


def test_a_folder_holding_only_an_ods_that_cannot_be_imported_exits_non_zero(
    tmp_path: Path, new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox, "cardiff.ods", ods(table("Sheet1", [["Council", "Cardiff"]])))
    assert cli("--database", new_database("n"), "import", str(inbox)) == 1
    out = capsys.readouterr().out
    assert f"rejected: {inbox / 'cardiff.ods'}" in out
    assert "no hidden metadata sheet" in out


def test_every_spreadsheet_in_a_folder_is_listed_with_its_outcome_and_advice(
    tmp_path: Path, new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    questionnaire = questionnaire_library().latest()
    write(inbox, "cardiff.xlsx", submission_bytes(questionnaire))
    write(
        inbox,
        "newport.ods",
        ods_from_xlsx(submission_bytes(questionnaire, gss_code="W06000022", seed=4)),
    )
    write(inbox, "swansea.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    write(inbox, "bridgend.xlsm", submission_bytes(questionnaire, seed=5)[:100])
    write(inbox, "conwy.csv", b"question_id,value\nstrategy_status,adopted\n")
    write(inbox, "gwynedd.numbers", b"PK\x03\x04" + b"\0" * 100)
    (inbox / "powys.numbers").mkdir()  # a Numbers package, as a Mac saves one
    write(inbox, "notes.txt", b"hello")
    assert cli("--database", new_database("n"), "import", str(inbox)) == 1
    lines = capsys.readouterr().out.splitlines()
    said = {
        p.name: line
        for p in inbox.iterdir()
        for line in lines
        if f"{p}:" in line or f"{p} [" in line
    }
    outcome = {name: line.split(":")[0] for name, line in said.items()}
    assert outcome == {
        "cardiff.xlsx": "new",
        "newport.ods": "new",
        "swansea.xls": "rejected",
        "bridgend.xlsm": "rejected",
        "conwy.csv": "rejected",
        "gwynedd.numbers": "rejected",
        "powys.numbers": "rejected",
        "notes.txt": "skipped",
    }
    assert SAVE_AS in said["swansea.xls"]
    assert SAVE_AS in said["conwy.csv"]
    assert "Export To → Excel" in said["powys.numbers"]

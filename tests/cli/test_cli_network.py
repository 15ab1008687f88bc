"""``csn-desktop import`` and ``csn-desktop report network`` end to end."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from tests.imports.conftest import submission_bytes, write

COUNCILS = ["W06000015", "W06000011", "W06000022", "E08000025", "S12000036", "E09000033"]


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(list(args)))


def test_import_then_report(tmp_path: Path) -> None:
    questionnaire = questionnaire_library().latest()
    database = str(tmp_path / "network.sqlite3")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, code in enumerate(COUNCILS, start=1):
        write(inbox, f"{code}.xlsx", submission_bytes(questionnaire, gss_code=code, seed=n))
    report = tmp_path / "report.csv"
    assert (
        cli("--database", database, "import", str(inbox / "*.xlsx"), "--report", str(report)) == 0
    )
    with report.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["outcome"] for r in rows] == ["new"] * len(COUNCILS)

    write(inbox, "bad.xlsx", b"not a workbook")
    assert cli("--database", database, "import", str(inbox)) == 1  # one rejected: non-zero

    workbook_path, pdf_path = tmp_path / "network.xlsx", tmp_path / "network.pdf"
    assert cli("--database", database, "report", "network", "-o", str(workbook_path)) == 0
    assert cli("--database", database, "report", "network", "-o", str(pdf_path)) == 0
    book = load_workbook(workbook_path, read_only=True)
    assert book.sheetnames[0] == "About"
    assert "Council standards" not in book.sheetnames  # publishable: no council's rows
    restricted = tmp_path / "network-RESTRICTED.xlsx"
    assert (
        cli("--database", database, "report", "network", "--restricted", "-o", str(restricted)) == 0
    )
    rows = load_workbook(restricted, read_only=True)["Council standards"].iter_rows(min_row=3)
    assert len(list(rows)) == len(COUNCILS) * len(questionnaire.standards)
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "the picture across councils" in text

    small = tmp_path / "wales.xlsx"
    assert (
        cli("--database", database, "report", "network", "--nation", "Wales", "-o", str(small)) == 0
    )
    about = list(load_workbook(small, read_only=True)["About"].iter_rows(values_only=True))
    assert ("Councils in the selection", "withheld") in about

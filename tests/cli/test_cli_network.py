"""``csn-desktop import`` and ``csn-desktop report network`` end to end."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from tests.conftest import NewDatabase
from tests.imports.conftest import council_names, submission_bytes, write

COUNCILS = ["W06000015", "W06000011", "W06000022", "E08000025", "S12000036", "E09000033"]


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(list(args)))


def test_import_then_report(tmp_path: Path, new_database: NewDatabase) -> None:
    questionnaire = questionnaire_library().latest()
    database = new_database("network")
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
    cells = [str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row]
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    names = council_names()
    for code in COUNCILS:  # the default output is publishable: no council named
        assert not [c for c in cells if code in c or names[code] in c]
        assert code not in text and names[code] not in text
    assert "RESTRICTED" not in text

    restricted = tmp_path / "staff.xlsx"
    assert (
        cli("--database", database, "report", "network", "--restricted", "-o", str(restricted)) == 0
    )
    staff = load_workbook(tmp_path / "staff-RESTRICTED.xlsx", read_only=True)
    rows_by_council = list(staff["Council standards"].iter_rows(values_only=True))
    named = [row for row in rows_by_council if names[COUNCILS[0]] in row]
    assert len(named) == len(questionnaire.standards)

    small = tmp_path / "wales.xlsx"
    assert (
        cli("--database", database, "report", "network", "--nation", "Wales", "-o", str(small)) == 0
    )
    about = list(load_workbook(small, read_only=True)["About"].iter_rows(values_only=True))
    assert any("withheld" in str(cell) for row in about for cell in row)


def test_report_period_written_2026_2027_is_read_as_2026_27(
    tmp_path: Path, new_database: NewDatabase
) -> None:
    questionnaire = questionnaire_library().latest()
    database = new_database("network")
    submission = write(tmp_path, "cardiff.xlsx", submission_bytes(questionnaire, seed=1))
    assert cli("--database", database, "import", str(submission)) == 0
    output = tmp_path / "network.xlsx"
    assert (
        cli("--database", database, "report", "network", "--period", "2026-2027", "-o", str(output))
        == 0
    )
    cells = [
        str(c)
        for row in load_workbook(output, read_only=True)["About"].iter_rows(values_only=True)
        for c in row
    ]
    assert any("2026/27" in c for c in cells)
    assert (
        cli("--database", database, "report", "network", "--period", "2026-28", "-o", str(output))
        == 1
    )

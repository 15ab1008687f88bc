"""``--language cy|en`` (and ``cy+en`` for the PDF report) on every command that writes a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop import i18n
from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from tests.welsh_files import install_welsh


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(list(args)))


@pytest.fixture(autouse=True)
def welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_welsh(tmp_path, monkeypatch)


def meta(path: Path) -> dict[object, object]:
    return {row[0]: row[1] for row in load_workbook(path)["_csn_meta"].iter_rows(values_only=True)}


def test_the_template_in_welsh_and_in_english(tmp_path: Path) -> None:
    assert cli("export", "template", "-o", str(tmp_path / "cy.xlsx"), "--language", "cy") == 0
    assert meta(tmp_path / "cy.xlsx")["language"] == "cy"
    assert "Ynghylch" in load_workbook(tmp_path / "cy.xlsx").sheetnames
    assert cli("export", "template", "-o", str(tmp_path / "en.xlsx"), "--language", "en") == 0
    assert meta(tmp_path / "en.xlsx")["language"] == "en"


def test_without_the_option_files_are_in_the_language_of_the_system(tmp_path: Path) -> None:
    i18n.set_language("cy")
    try:
        assert cli("export", "template", "-o", str(tmp_path / "t.xlsx")) == 0
    finally:
        i18n.set_language(None)
    assert meta(tmp_path / "t.xlsx")["language"] == "cy"


def test_the_report_submission_and_network_report_take_a_language(tmp_path: Path) -> None:
    database = str(tmp_path / "csn.sqlite3")
    assert cli("--database", database, "demo", "--councils", "6", "--seed", "2") == 0
    pdf, xlsx = tmp_path / "a.pdf", tmp_path / "a.xlsx"
    assert cli("--database", database, "export", "pdf", "--assessment", "1", "-o", str(pdf),
               "--language", "cy+en") == 0  # fmt: skip
    titles = [i.title for i in PdfReader(pdf).outline if not isinstance(i, list)]
    assert titles == ["Cymraeg", "English"]
    assert cli("--database", database, "export", "xlsx", "--assessment", "1", "-o", str(xlsx),
               "--language", "cy") == 0  # fmt: skip
    assert meta(xlsx)["language"] == "cy"
    network = tmp_path / "rhwydwaith.xlsx"
    assert cli("--database", database, "report", "network", "-o", str(network), "--minimum-group",
               "1", "--language", "cy") == 0  # fmt: skip
    assert "Cynulleidfa" in {
        row[0] for row in load_workbook(network).worksheets[0].iter_rows(values_only=True)
    }


def test_the_import_report_in_welsh(tmp_path: Path) -> None:
    database, template = str(tmp_path / "csn.sqlite3"), tmp_path / "t.xlsx"
    assert cli("--database", database, "demo", "--councils", "1", "--seed", "2") == 0
    assert (
        cli("--database", database, "export", "xlsx", "--assessment", "1", "-o", str(template)) == 0
    )
    other, report = str(tmp_path / "other.sqlite3"), tmp_path / "adroddiad.csv"
    assert cli("--database", other, "import", str(template), "--report", str(report),
               "--language", "cy") == 0  # fmt: skip
    assert "Wedi'i fewnforio." in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "arguments",
    [
        ("export", "template", "-o", "t.xlsx", "--language", "fr"),
        ("export", "xlsx", "--assessment", "1", "-o", "t.xlsx", "--language", "cy+en"),
        ("report", "network", "-o", "t.pdf", "--language", "cy+en"),
        ("report", "benchmark", "-o", "t.json", "--language", "de"),
    ],
)
def test_a_language_files_are_not_written_in_is_refused(
    arguments: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(list(arguments))
    assert refused.value.code == 2
    assert "--language" in capsys.readouterr().err

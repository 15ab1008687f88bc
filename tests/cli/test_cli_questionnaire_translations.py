"""``questionnaire check`` and ``questionnaire translations`` on a questionnaire's catalogues."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.command_line import REPO, cli

ASSESSMENTS = REPO / "assessments"
NAME = "csn-smart-city-standards.v2"


def _copy(tmp_path: Path) -> Path:
    for file in (f"{NAME}.yaml", f"{NAME}.cy.po", "standards.csv", "published.lock"):
        shutil.copy(ASSESSMENTS / file, tmp_path / file)
    return tmp_path / f"{NAME}.yaml"


def test_check_passes_with_the_bundled_welsh() -> None:
    result = cli("questionnaire", "check")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_check_fails_on_a_missing_translation_naming_file_and_place(tmp_path: Path) -> None:
    definition = _copy(tmp_path)
    po = tmp_path / f"{NAME}.cy.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Gwelyau prawf rhyngweithredu"', 'msgstr ""'), "utf-8")
    result = cli("questionnaire", "check", str(definition))
    assert result.returncode == 1
    place = "question/network_activities/choice/interoperability_testbeds/label"
    assert f"{po}:" in result.stderr
    assert f"at {place}: no translation into 'cy'" in result.stderr
    assert "1 problem found" in result.stderr


def test_translations_writes_the_template_and_starts_a_language(tmp_path: Path) -> None:
    definition = _copy(tmp_path)
    before = definition.read_bytes()
    welsh = (tmp_path / f"{NAME}.cy.po").read_bytes()
    result = cli("questionnaire", "translations", "--language", "ga", str(definition))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / f"{NAME}.pot").is_file()
    assert (tmp_path / f"{NAME}.ga.po").is_file()
    # The Welsh was up to date: refreshing it leaves it byte for byte, but for the header lines
    # that name the installed Babel and its locale data's plural rule; the definition stays.
    refreshed = (tmp_path / f"{NAME}.cy.po").read_bytes()
    assert _without_babel_lines(refreshed) == _without_babel_lines(welsh)
    assert definition.read_bytes() == before
    # Irish is now declared, and has nothing yet: the check names it and fails.
    check = cli("questionnaire", "check", str(definition))
    assert check.returncode == 1
    assert "no translation into 'ga'" in check.stderr
    assert "no translation into 'cy'" not in check.stderr


def _without_babel_lines(catalogue: bytes) -> bytes:
    """The catalogue without its Plural-Forms (wrapped over two lines) and Generated-By headers."""
    start = catalogue.index(b'"Plural-Forms:')
    end = catalogue.index(b'"MIME-Version:', start)
    lines = (catalogue[:start] + catalogue[end:]).split(b"\n")
    return b"\n".join(line for line in lines if not line.startswith(b'"Generated-By:'))

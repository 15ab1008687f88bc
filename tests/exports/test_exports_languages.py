"""Every file in the language chosen for it: Welsh, English, or a bilingual PDF report."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop import i18n
from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.exporting import export_pdf, export_template
from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.errors import UserError
from csn_desktop.storage.database import Database
from tests.exports.conftest import fill_complete
from tests.welsh_files import install_welsh


@pytest.fixture
def welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuestionnaireLibrary:
    return install_welsh(tmp_path, monkeypatch)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return found


def test_a_welsh_report_says_so_and_is_in_welsh(
    tmp_path: Path, database: Database, welsh: QuestionnaireLibrary
) -> None:
    assessment = fill_complete(database, welsh.latest())
    path = export_pdf(database, welsh, assessment, tmp_path / "adroddiad.pdf", language="cy")
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Cynnwys" in text and "Pob ateb" in text and "Tudalen 2 o " in text
    assert "Hunanasesiad safonau dinasoedd clyfar" in text  # the questionnaire's title
    assert "Caerdydd" in reader.pages[0].extract_text()  # the council's Welsh name
    assert reader.metadata.author == "Caerdydd"  # type: ignore[union-attr]
    with i18n.using_language("cy"):
        today = i18n.format_date(reader.metadata.creation_date.date())  # type: ignore[union-attr]
    assert today in text  # the export's date, its month in Welsh
    # The window's language is untouched by the export.
    assert i18n.language() == i18n.SOURCE_LANGUAGE


def test_a_bilingual_report_is_the_welsh_report_then_the_english_one(
    tmp_path: Path, database: Database, welsh: QuestionnaireLibrary
) -> None:
    assessment = fill_complete(database, welsh.latest())
    path = export_pdf(database, welsh, assessment, tmp_path / "dwyieithog.pdf", language="cy+en")
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    marks = outline(reader)
    tops = [(title, page) for level, title, page in marks if level == 0]
    assert [title for title, _page in tops] == ["Cymraeg", "English"]
    english_start = tops[1][1]
    assert tops[0][1] == 1 and 1 < english_start < len(reader.pages)
    under = [title for level, title, _page in marks if level == 1]
    assert "Pob ateb" in under and "Every answer" in under
    # The English edition starts on a cover of its own, in English.
    cover = reader.pages[english_start - 1].extract_text()
    assert "Smart-city standards self-assessment" in cover
    assert "Hunanasesiad" not in cover
    assert "Tudalen" in reader.pages[english_start - 2].extract_text()
    assert f"Page {english_start} of {len(reader.pages)}" in cover
    # The contents (on page 2) list both editions, each with its page number.
    contents = reader.pages[1].extract_text()
    assert "Cymraeg" in contents and "English" in contents
    assert contents.index("Cymraeg") < contents.index("English")


def test_an_english_report_is_as_before(
    tmp_path: Path, database: Database, welsh: QuestionnaireLibrary
) -> None:
    assessment = fill_complete(database, welsh.latest())
    path = export_pdf(database, welsh, assessment, tmp_path / "report.pdf", language="en")
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Cardiff" in reader.pages[0].extract_text()
    assert "Caerdydd" not in reader.pages[0].extract_text()
    assert next(title for level, title, _page in outline(reader) if level == 0) == "Summary"
    assert "Cymraeg" not in reader.pages[1].extract_text()


def test_a_language_files_are_not_written_in_is_refused(
    tmp_path: Path, welsh: QuestionnaireLibrary
) -> None:
    with pytest.raises(UserError, match="fr"):
        export_template(welsh, tmp_path / "t.xlsx", language="fr")
    # Only the report is bilingual.
    with pytest.raises(UserError, match="cy\\+en"):
        export_template(welsh, tmp_path / "t.xlsx", language="cy+en")


def test_the_network_workbook_and_pdf_in_welsh(
    tmp_path: Path, database: Database, welsh: QuestionnaireLibrary
) -> None:
    fill_demo(database, welsh.latest(), councils=12, seed=4)
    data = load_network(database, welsh, every_period=False)
    filters = data.resolved(Filters())
    book = export_network_report(data, filters, tmp_path / "rhwydwaith.xlsx", language="cy")
    words = {
        str(value)
        for sheet in load_workbook(book).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    assert "Cynulleidfa" in words and "Audience" not in words
    assert any(word.startswith("[cy] ") for word in words)  # the questionnaire's words
    pdf = export_network_report(data, filters, tmp_path / "rhwydwaith.pdf", language="cy")
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert "[cy] " in "".join(page.extract_text() for page in reader.pages)

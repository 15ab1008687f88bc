"""Every file written in Welsh holds no untranslated English sentence of the app or questionnaire.

The sentences come from the gettext template (every message the code can write) and the
questionnaire's English texts: any of four words or more found in a Welsh file is a message that
reached it untranslated. A translation the translator left as the English (a proper name) is
allowed. Runs once the Welsh catalogues are in place; until then there is nothing to check.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.exporting import export_pdf, export_template, export_xlsx
from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import catalogue_path, read_catalogue, text_places
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.network_figures import Audience
from csn_desktop.paths import translations_dir
from csn_desktop.storage.database import Database
from tests.exports.conftest import fill_complete

TEMPLATE = Path(__file__).parents[2] / "resources" / "translations" / "csn_desktop.pot"
WELSH_PO = translations_dir() / "cy" / "LC_MESSAGES" / "csn_desktop.po"
WELSH_MO = WELSH_PO.with_suffix(".mo")
# Fewer words than this may be the same in both languages, or a name.
WORDS = 4
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\w|\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _sentences(text: str) -> list[str]:
    """The runs of four or more words of a message between its {fields}, spaces made single."""
    runs = (" ".join(part.split()) for part in _PLACEHOLDER.split(text))
    return [run for run in runs if len(_WORD.findall(run)) >= WORDS]


@cache
def english_sentences(library: QuestionnaireLibrary) -> frozenset[str]:
    """The English the Welsh files must not hold: messages and questionnaire texts, as sentences."""
    with WELSH_PO.open("rb") as handle:
        kept = {m.id for m in read_po(handle) if m.string and m.string == m.id}
    found: set[str] = set()
    with TEMPLATE.open("rb") as handle:
        for message in read_po(handle):
            for english in message.id if isinstance(message.id, tuple) else (message.id,):
                if english and english not in kept:
                    found.update(_sentences(english))
    for questionnaire in library.questionnaires:
        welsh = read_catalogue(catalogue_path(Path(questionnaire.source_file), "cy"))
        for context, english in text_places(questionnaire):
            if welsh.get((context, english)) != english:
                found.update(_sentences(english))
    return frozenset(found)


@pytest.fixture
def welsh_library(library: QuestionnaireLibrary) -> QuestionnaireLibrary:
    questionnaire = library.latest()
    if not WELSH_MO.exists() or not WELSH_PO.exists():
        pytest.skip("the Welsh messages are not compiled yet (scripts/translations.py compile)")
    if not catalogue_path(Path(questionnaire.source_file), "cy").exists():
        pytest.skip("the questionnaire has no Welsh catalogue yet")
    return library


def untranslated(text: str, library: QuestionnaireLibrary) -> list[str]:
    flat = " ".join(text.split())
    return sorted(s for s in english_sentences(library) if s in flat)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def workbook_text(path: Path) -> str:
    return "\n".join(
        str(value)
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def test_the_welsh_report_and_submission_hold_no_english_sentence(
    tmp_path: Path, database: Database, welsh_library: QuestionnaireLibrary
) -> None:
    assessment = fill_complete(database, welsh_library.latest())
    pdf = export_pdf(database, welsh_library, assessment, tmp_path / "a.pdf", language="cy")
    assert untranslated(pdf_text(pdf), welsh_library) == []
    book = export_xlsx(database, welsh_library, assessment, tmp_path / "a.xlsx", language="cy")
    assert untranslated(workbook_text(book), welsh_library) == []


def test_the_welsh_template_holds_no_english_sentence(
    tmp_path: Path, welsh_library: QuestionnaireLibrary
) -> None:
    path = export_template(welsh_library, tmp_path / "t.xlsx", language="cy")
    assert untranslated(workbook_text(path), welsh_library) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
@pytest.mark.parametrize("audience", list(Audience))
def test_the_welsh_network_reports_hold_no_english_sentence(
    tmp_path: Path,
    database: Database,
    welsh_library: QuestionnaireLibrary,
    suffix: str,
    audience: Audience,
) -> None:
    fill_demo(database, welsh_library.latest(), councils=12, seed=4)
    data = load_network(database, welsh_library, every_period=False)
    path = export_network_report(
        data, data.resolved(Filters()), tmp_path / f"r{suffix}", audience=audience, language="cy"
    )
    text = pdf_text(path) if suffix == ".pdf" else workbook_text(path)
    assert untranslated(text, welsh_library) == []

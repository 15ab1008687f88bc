"""The council report for leadership: page-1 summary, drafts, outline, links, fonts, DRAFT mark."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.exporting import export_pdf
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.pdf_charts import IN_USE_COLOUR, NEEDED_COLOUR
from csn_desktop.storage.database import Database
from tests.exports.conftest import CARDIFF


def _page_text(reader: PdfReader, index: int) -> str:
    return re.sub(r"\s+", " ", reader.pages[index].extract_text())


def _all_text(reader: PdfReader) -> str:
    return " ".join(_page_text(reader, i) for i in range(len(reader.pages)))


@pytest.fixture
def signed_id(database: Database, questionnaire: Questionnaire, complete_id: int) -> int:
    for question_id, value in (
        ("approved_by_name", "Siân Hughes"),
        ("approved_by_role", "Cyfarwyddwr Digidol, Ynys Môn"),
        ("approved_on", "2026-11-24"),
    ):
        save_answer(database, questionnaire, complete_id, question_id, "", value)
    return complete_id


@pytest.fixture
def early_draft(database: Database, questionnaire: Questionnaire) -> int:
    """About a tenth done: one answer about the council and two standards' use, nothing else."""
    assessment = start_assessment(database, questionnaire, period="2026/27", gss_code=CARDIFF)
    save_answer(database, questionnaire, assessment, "strategy_status", "", "adopted")
    for standard in questionnaire.standards[:2]:
        save_answer(
            database, questionnaire, assessment, "standards.use_status", standard.code, "planning"
        )
    return assessment


def test_page_one_has_the_facts_the_summary_and_the_actions(
    database: Database, library: QuestionnaireLibrary, signed_id: int, tmp_path: Path
) -> None:
    reader = PdfReader(export_pdf(database, library, signed_id, tmp_path / "r.pdf"))
    first = _page_text(reader, 0)
    for words in ("Cardiff", "2026/27", "Completeness", "Summary", "What to act on"):
        assert words in first
    assert "Siân Hughes, Cyfarwyddwr Digidol, Ynys Môn, 24 November 2026" in first
    assert "Submission id" not in first
    # Every standard of the fixture is needed and not in use: each one a priority gap.
    assert "94 standards are priority gaps" in first
    assert first.count("Plan the use of") == 5
    assert "What stands in the way: Cost of buying or accessing the standard, Too complex" in first
    assert "more priority gaps are listed under “Priority gaps”" in first


def test_an_early_draft_says_how_complete_it_is_and_answers_nothing_for_it(
    database: Database, library: QuestionnaireLibrary, early_draft: int, tmp_path: Path
) -> None:
    reader = PdfReader(export_pdf(database, library, early_draft, tmp_path / "r.pdf"))
    first = _page_text(reader, 0)
    assert "The assessment is not complete" in first
    assert "Not signed off yet" in first
    assert "Finish the assessment" in first
    everything = _all_text(reader)
    assert "Still to answer" in everything
    assert "Is there a service you want to deliver" in everything.split("Still to answer")[-1]
    assert "Not answered yet" in everything
    assert "No gaps were described" not in everything
    assert "The council described no gaps" not in everything
    assert "No standard is marked needed or essential" not in everything


def test_outline_and_contents_link_to_every_part(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    reader = PdfReader(export_pdf(database, library, complete_id, tmp_path / "r.pdf"))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "Summary"
    for title in ("At a glance", "Priority gaps", "Gaps your council described", "Every answer"):
        assert title in titles
    contents = _page_text(reader, 1)
    assert "Contents" in contents and "Every answer" in contents
    internal = [
        annot.get_object()
        for annot in reader.pages[1].get("/Annots") or []
        if "/Dest" in annot.get_object()
    ]
    assert len(internal) >= len(titles)


def test_evidence_links_are_clickable_and_beside_their_standard(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    complete_id: int,
    tmp_path: Path,
) -> None:
    reader = PdfReader(export_pdf(database, library, complete_id, tmp_path / "r.pdf"))
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if "/A" in annot.get_object()
    ]
    assert uris.count("https://example.gov.uk/e/1") == len(questionnaire.standards)
    # The note follows its own standard's row, before the next standard's code.
    everything = _all_text(reader).split("Every answer")[-1]
    first, second = (s.code for s in questionnaire.standards_by_theme()[0][1][:2])
    between = everything.split(first, 1)[1].split(second, 1)[0]
    assert "Note:" in between and "Evidence link:" in between


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
def test_every_font_is_embedded_noto_sans(
    database: Database, library: QuestionnaireLibrary, early_draft: int, tmp_path: Path
) -> None:
    path = export_pdf(database, library, early_draft, tmp_path / "r.pdf")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert "NotoSans" in line, line
        assert re.search(r"\byes\s+yes\s+yes\b", line), line


def test_the_draft_mark_is_drawn_over_the_content_of_every_page(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    reader = PdfReader(export_pdf(database, library, complete_id, tmp_path / "r.pdf"))
    for page in reader.pages:
        stream = page.get_contents().get_data()
        mark = stream.rfind(b"(DRAFT) Tj")
        assert mark > 0
        # After every table background and every line of text of the page's content.
        assert mark > stream.rfind(b" re")
        # Only the footer follows (and the contents' page numbers, known when the report ends).
        if "Contents" not in page.extract_text():
            assert stream.count(b"Tj", mark + 10) <= 2


def _luminance(colour: str) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_chart_colours_stand_out_from_white_and_each_other() -> None:
    for colour in (IN_USE_COLOUR, NEEDED_COLOUR):
        assert _contrast(colour, "#FFFFFF") >= 3
    assert _contrast(IN_USE_COLOUR, NEEDED_COLOUR) >= 3


def test_chart_has_shares_value_labels_legend_and_axis_title(
    database: Database, library: QuestionnaireLibrary, complete_id: int, tmp_path: Path
) -> None:
    reader = PdfReader(export_pdf(database, library, complete_id, tmp_path / "r.pdf"))
    glance = next(
        _page_text(reader, i)
        for i in range(len(reader.pages))
        if "At a glance" in _page_text(reader, i) and "Contents" not in _page_text(reader, i)
    )
    for words in ("In use, at least in part", "Needed or essential", "Share of the theme"):
        assert words in glance
    assert re.search(r"\d+% \(\d+ of \d+\)", glance)
    # Long theme names wrap instead of being cut.
    assert "…" not in glance
    assert "Digital infrastructure and the Internet" in glance and "of Things" in glance

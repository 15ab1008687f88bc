"""Letters no bundled font has are never lost silently: a fallback font, or a mark and a warning."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from csn_desktop.actions.assessments import save_answer
from csn_desktop.actions.exporting import export_pdf, missing_letters_warning
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.pdf_text import (
    REPLACEMENT,
    describe_missing,
    fit,
    markup,
    noting_missing,
)
from csn_desktop.storage.database import Database
from tests.exports.conftest import WELSH, fill_complete

CHEROKEE = "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"  # the Cherokee Nation's own name for its language
CHINESE = "智慧城市"
EMOJI = "😀"


def _text(path: Path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
            timeout=120,
        )
        return done.stdout.decode("utf-8")
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_markup_uses_a_fallback_font_or_a_noted_replacement() -> None:
    with noting_missing() as missing:
        cherokee = markup(CHEROKEE)
        mixed = markup(f"Welsh {WELSH} and Chinese {CHINESE}{EMOJI}\u200d\ufe0f")
    assert 'face="CSN-Cherokee"' in cherokee and REPLACEMENT not in cherokee
    assert mixed.count(REPLACEMENT) == len(CHINESE) + 1  # the joiner and selector print as nothing
    assert "ŵ ŷ" in mixed
    assert missing == {*CHINESE, EMOJI}
    assert describe_missing({"智", EMOJI}) == "智 (U+667A), 😀 (U+1F600)"


def test_nested_collectors_share_one_set_and_none_is_needed() -> None:
    with noting_missing() as outer, noting_missing() as inner:
        markup("中")
    assert inner is outer and outer == {"中"}
    assert REPLACEMENT in markup("中")  # no collector listening: still visible
    assert fit("Cyngor 中", "CSN-Sans", 8, 500) == f"Cyngor {REPLACEMENT}"


def test_the_report_prints_them_and_the_export_learns_which_are_missing(
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assessment = fill_complete(app_database, questionnaire)
    answer = f"{CHEROKEE} — {CHINESE} {EMOJI} — {WELSH}"
    save_answer(app_database, questionnaire, assessment, "national_priorities_how", "", answer)
    save_answer(app_database, questionnaire, assessment, "respondent_role", "", f"役 {CHEROKEE}")
    with caplog.at_level(logging.WARNING), noting_missing() as missing:
        path = export_pdf(app_database, library, assessment, tmp_path / "r.pdf")
    assert missing == {*CHINESE, EMOJI, "役"}
    assert "no bundled font has" in caplog.text and "U+667A" in caplog.text
    printed = re.sub(r"\s+", "", _text(path))
    assert re.sub(r"\s+", "", CHEROKEE) in printed  # in the Cherokee fallback font
    assert REPLACEMENT * len(CHINESE) in printed  # visibly something is missing there
    assert re.sub(r"\s+", "", WELSH) in printed
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(path).pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts  # the fonts are embedded subsets (reportlab names them by their subset)


def test_a_report_without_odd_letters_reports_nothing(
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    assessment = fill_complete(app_database, questionnaire)
    with noting_missing() as missing:
        export_pdf(app_database, library, assessment, tmp_path / "r.pdf")
    assert missing == set()


def test_the_command_line_warns_about_letters_it_could_not_print(
    app_database: Database,
    database_url: str,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    assessment = fill_complete(app_database, questionnaire)
    save_answer(app_database, questionnaire, assessment, "respondent_role", "", f"{CHINESE} lead")
    app_database.close()
    target = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "csn_desktop", "--database", database_url, "export", "pdf",
         "--assessment", str(assessment), "-o", str(target)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Warning: No font in csn-desktop has 4 letters used in the answers" in done.stderr
    assert "智 (U+667A)" in done.stderr and "Traceback" not in done.stderr


def test_the_action_hands_the_missing_letters_to_its_caller(
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    assessment = fill_complete(app_database, questionnaire)
    save_answer(app_database, questionnaire, assessment, "respondent_role", "", f"{EMOJI} lead")
    missing: set[str] = set()
    export_pdf(app_database, library, assessment, tmp_path / "r.pdf", missing_letters=missing)
    assert missing == {EMOJI}
    assert missing_letters_warning(missing).startswith("No font in csn-desktop has 1 letter ")

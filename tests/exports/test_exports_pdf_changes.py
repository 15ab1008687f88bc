"""The report's "Since 2025/26" section: there with an earlier period, absent without one."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from csn_desktop.actions.assessments import save_answer
from csn_desktop.actions.exporting import export_pdf
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.assessments import get_assessment
from csn_desktop.storage.database import Database
from tests.exports.conftest import fill_complete


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def _as_earlier(database: Database, assessment_id: int, period: str) -> None:
    with database.session() as session:
        assessment = get_assessment(session, assessment_id)
        assessment.period = period
        assessment.status = "final"
        session.commit()


def test_the_report_says_what_changed_since_the_earlier_period(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    _as_earlier(database, fill_complete(database, questionnaire), "2025/26")
    current = fill_complete(database, questionnaire)
    moved = questionnaire.standards[:3]
    for standard in moved:
        save_answer(database, questionnaire, current, USE_STATUS, standard.code, "fully_used")
    grew = questionnaire.standards[5]
    save_answer(database, questionnaire, current, NEED, grew.code, "essential")
    printed = _text(export_pdf(database, library, current, tmp_path / "r.pdf"))
    assert "Since 2025/26" in printed
    assert "Since 2025/26, the council went from 0 to 3 standards in use." in printed
    assert "Standards newly in use (3)" in printed
    assert "Needs met: priority gaps now closed by use (3)" in printed
    for standard in moved:
        assert standard.code in printed
    # The section comes after the summary and before the priority gaps.
    assert (
        printed.index("Summary")
        < printed.index("Since 2025/26")
        < printed.index("Priority gaps Standards the council needs")
    )


def test_no_section_without_an_earlier_period(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    later = fill_complete(database, questionnaire)
    _as_earlier(database, later, "2027/28")  # a later period is no earlier one
    current = fill_complete(database, questionnaire)
    printed = _text(export_pdf(database, library, current, tmp_path / "r.pdf"))
    assert "Since 20" not in printed
    assert "Summary" in printed


def test_the_section_says_so_when_nothing_moved(
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    tmp_path: Path,
) -> None:
    _as_earlier(database, fill_complete(database, questionnaire), "2025/26")
    current = fill_complete(database, questionnaire)  # the same answers again
    printed = _text(export_pdf(database, library, current, tmp_path / "r.pdf"))
    assert "Since 2025/26, the number of standards in use has stayed at 0." in printed
    assert "No standard's use or need changed since 2025/26." in printed
    assert "Standards newly in use" not in printed

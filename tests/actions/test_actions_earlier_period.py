"""Which earlier assessment a council's changes are measured against, and its answers' ids."""

from __future__ import annotations

from datetime import UTC, datetime

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.earlier_period import changes_since_earlier, earlier_period
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import NATIONAL_PRIORITIES, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.assessments import get_assessment
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import ORIGIN_IMPORTED

CARDIFF = "W06000015"
ANGLESEY = "W06000001"


def _start(
    database: Database,
    questionnaire: Questionnaire,
    period: str,
    strategy: str,
    *,
    gss_code: str = CARDIFF,
    final: bool = False,
    binned: bool = False,
    imported: bool = False,
) -> int:
    """An assessment whose strategy answer names it, changed as a test needs."""
    new = start_assessment(
        database, questionnaire, period=period, gss_code=gss_code, allow_duplicate=True
    )
    save_answer(database, questionnaire, new, "strategy_lead", "", strategy)
    with database.session() as session:
        assessment = get_assessment(session, new)
        if final:
            assessment.status = "final"
        if binned:
            assessment.deleted_at = datetime.now(UTC)
        if imported:
            assessment.origin = ORIGIN_IMPORTED
        session.commit()
    return new


def _earlier(database: Database, library: QuestionnaireLibrary, assessment_id: int) -> str | None:
    earlier = earlier_period(database, library, assessment_id)
    if earlier is None:
        return None
    lead = earlier.answers.get("strategy_lead")
    return f"{earlier.period} {lead}"


def test_none_without_an_earlier_period_of_the_same_council(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    current = _start(app_database, questionnaire, "2026/27", "now")
    _start(app_database, questionnaire, "2026/27", "same period")
    _start(app_database, questionnaire, "2027/28", "later")
    _start(app_database, questionnaire, "2025/26", "Ynys Môn", gss_code=ANGLESEY)
    assert earlier_period(app_database, library, current) is None
    answers = Answers()
    assert changes_since_earlier(app_database, library, current, questionnaire, answers) is None


def test_the_newest_earlier_period_and_its_final_version(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    _start(app_database, questionnaire, "2024/25", "two years ago", final=True)
    _start(app_database, questionnaire, "2025/26", "final", final=True)
    _start(app_database, questionnaire, "2025/26", "a later draft")
    current = _start(app_database, questionnaire, "2026/27", "now")
    assert _earlier(app_database, library, current) == "2025/26 final"


def test_binned_ones_are_ignored_and_imported_ones_count(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    _start(app_database, questionnaire, "2024/25", "imported Cymraeg ŵ ŷ", imported=True)
    _start(app_database, questionnaire, "2025/26", "binned", final=True, binned=True)
    current = _start(app_database, questionnaire, "2026/27", "now")
    assert _earlier(app_database, library, current) == "2024/25 imported Cymraeg ŵ ŷ"


def test_a_draft_counts_when_there_is_no_final(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    _start(app_database, questionnaire, "2025/26", "draft")
    current = _start(app_database, questionnaire, "2026/27", "now", final=True)
    assert _earlier(app_database, library, current) == "2025/26 draft"


def test_answers_to_an_older_version_follow_its_renames(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    older = library.previous(questionnaire)
    assert older is not None and older.has_question("grand_challenges")
    code = questionnaire.standards[0].code
    before = _start(app_database, older, "2025/26", "v1")
    choice = older.question("grand_challenges").choices[0].id
    save_answer(app_database, older, before, "grand_challenges", "", [choice])
    save_answer(app_database, older, before, USE_STATUS, code, "planning")
    current = _start(app_database, questionnaire, "2026/27", "now")
    save_answer(app_database, questionnaire, current, USE_STATUS, code, "fully_used")
    earlier = earlier_period(app_database, library, current)
    assert earlier is not None
    assert earlier.answers.get(NATIONAL_PRIORITIES) == [choice]
    assert earlier.answers.get("grand_challenges") is None
    now = Answers()
    now.set(USE_STATUS, code, "fully_used")
    changes = changes_since_earlier(app_database, library, current, questionnaire, now)
    assert changes is not None
    assert [r.standard.code for r in changes.newly_in_use] == [code]
    assert (changes.in_use_before, changes.in_use_now) == (0, 1)

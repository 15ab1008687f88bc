"""Actions on assessments, through a real database."""

from __future__ import annotations

import random

import pytest

from csn_desktop.actions import assessments as actions
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import NO_ITEM
from csn_desktop.domain.progress import overall_progress
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.errors import UserError
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.storage.errors import AssessmentIsFinal

WELSH = "Mae'r cyngor yn defnyddio safonau ar gyfer ŵ a ŷ — diolch"


def start(database: Database, questionnaire: Questionnaire, period: str = "2026/27") -> int:
    return actions.start_assessment(
        database, questionnaire, period=period, gss_code="W06000015", respondent="Siân Hughes"
    )


def fill_completely(
    database: Database, questionnaire: Questionnaire, assessment_id: int, seed: int = 7
) -> None:
    answers = sample_answers(questionnaire, random.Random(seed))
    for key, value in answers:
        actions.save_answer(
            database, questionnaire, assessment_id, key.question_id, key.item_key, value
        )


def test_start_and_list(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    [summary] = actions.list_assessments(app_database, library)
    assert summary.id == assessment_id
    assert (summary.gss_code, summary.council) == ("W06000015", "Cardiff")
    assert summary.period == "2026/27"
    assert summary.status == "draft"
    assert summary.respondent == "Siân Hughes"
    assert summary.progress is not None and summary.progress.answered == 0


@pytest.mark.parametrize("period", ["2026", "2026/28", "26/27", "2026-28", ""])
def test_period_must_be_a_financial_year(
    app_database: Database, questionnaire: Questionnaire, period: str
) -> None:
    with pytest.raises(UserError, match="2026/27"):
        start(app_database, questionnaire, period)


@pytest.mark.parametrize("written", ["2026/27", "2026-27", "2026-2027", "2026/2027", " 2026 – 27 "])
def test_period_as_people_write_it_is_stored_as_2026_27(
    app_database: Database,
    questionnaire: Questionnaire,
    library: QuestionnaireLibrary,
    written: str,
) -> None:
    assessment_id = start(app_database, questionnaire, written)
    assert actions.load_assessment(app_database, library, assessment_id).summary.period == "2026/27"


def test_unknown_council_and_other_organisation(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    with pytest.raises(UserError, match="no council"):
        actions.start_assessment(app_database, questionnaire, period="2026/27", gss_code="X1")
    assessment_id = actions.start_assessment(
        app_database, questionnaire, period="2026/27", other_organisation="Cyngor Tref Aberaeron"
    )
    loaded = actions.load_assessment(app_database, library, assessment_id)
    assert loaded.summary.council == "Cyngor Tref Aberaeron"
    assert loaded.summary.gss_code is None


def test_saved_answers_are_cleaned_and_reloaded(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    stored = actions.save_answer(
        app_database, questionnaire, assessment_id, "respondent_name", NO_ITEM, WELSH + "\x00\x0b"
    )
    assert stored == WELSH
    actions.save_answer(
        app_database,
        questionnaire,
        assessment_id,
        "standards.use_status",
        "PAS 181:2014",
        "planning",
    )
    loaded = actions.load_assessment(app_database, library, assessment_id)
    assert loaded.answers.get("respondent_name") == WELSH
    assert loaded.answers.get("standards.use_status", "PAS 181:2014") == "planning"
    # Clearing a field deletes the answer.
    cleared = actions.save_answer(
        app_database, questionnaire, assessment_id, "respondent_name", NO_ITEM, "  "
    )
    assert cleared is None
    reloaded = actions.load_assessment(app_database, library, assessment_id)
    assert reloaded.answers.get("respondent_name") is None


def test_too_long_text_is_refused_not_cut(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    question = questionnaire.question("network_other")
    limit = question.max_length
    with pytest.raises(actions.AnswerRefused, match=f"limit is {limit:,}"):
        actions.save_answer(
            app_database, questionnaire, assessment_id, question.id, NO_ITEM, "ŵ" * (limit + 1)
        )
    # Exactly at the limit is fine.
    actions.save_answer(
        app_database, questionnaire, assessment_id, question.id, NO_ITEM, "ŵ" * limit
    )
    actions.save_answer(app_database, questionnaire, assessment_id, question.id, NO_ITEM, None)
    loaded = actions.load_assessment(app_database, library, assessment_id)
    assert loaded.answers.get(question.id) is None


def test_unknown_question_is_refused(app_database: Database, questionnaire: Questionnaire) -> None:
    assessment_id = start(app_database, questionnaire)
    with pytest.raises(actions.AnswerRefused, match="not a question"):
        actions.save_answer(app_database, questionnaire, assessment_id, "nope", NO_ITEM, "x")
    with pytest.raises(actions.AnswerRefused, match="rows"):
        actions.save_answer(app_database, questionnaire, assessment_id, "standards", NO_ITEM, "x")


def test_finalise_needs_completion_then_reopen_with_reason(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    with pytest.raises(UserError, match="cannot be finalised"):
        actions.finalise(app_database, library, assessment_id)
    fill_completely(app_database, questionnaire, assessment_id)
    loaded = actions.load_assessment(app_database, library, assessment_id)
    assert overall_progress(questionnaire, loaded.answers).complete
    actions.finalise(app_database, library, assessment_id)
    with pytest.raises(AssessmentIsFinal):
        actions.save_answer(
            app_database, questionnaire, assessment_id, "respondent_name", NO_ITEM, "x"
        )
    with pytest.raises(UserError, match="why"):
        actions.reopen(app_database, assessment_id, "   ")
    actions.reopen(app_database, assessment_id, "Cabinet asked for the transport answers again")
    actions.save_answer(
        app_database, questionnaire, assessment_id, "respondent_name", NO_ITEM, "Alex"
    )
    with app_database.session() as session:
        events = [(e.kind, e.detail) for e in audit.list_audit_events(session, assessment_id)]
    kinds = [kind for kind, _ in events]
    assert kinds.index("finalised") < kinds.index("reopened")
    assert ("reopen_reason", "Cabinet asked for the transport answers again") in events


def test_copy_forward_carries_answers_but_not_sign_off(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    source_id = start(app_database, questionnaire, "2025/26")
    fill_completely(app_database, questionnaire, source_id)
    new_id = actions.copy_forward(app_database, library, source_id, period="2026/27")
    source = actions.load_assessment(app_database, library, source_id)
    copied = actions.load_assessment(app_database, library, new_id)
    assert copied.summary.period == "2026/27"
    assert copied.summary.status == "draft"
    sign_off = {
        q.id for q in next(s for s in questionnaire.sections if s.id == "sign_off").questions
    }
    expected = {k: v for k, v in source.answers if k.question_id not in sign_off}
    assert dict(copied.answers) == expected
    assert all(copied.answers.get(q, NO_ITEM) is None for q in sign_off)


def test_copy_forward_from_version_1_follows_the_renamed_questions(
    app_database: Database, library: QuestionnaireLibrary
) -> None:
    v1 = library.get("csn-smart-city-standards", 1)
    v2 = library.latest("csn-smart-city-standards")
    assert v1 is not None and v2.version == 2
    source_id = start(app_database, v1, "2025/26")
    fill_completely(app_database, v1, source_id)
    for question_id, value in (
        ("grand_challenges", ["future_of_mobility", "clean_growth"]),
        ("grand_challenges_how", "Bus priority and EV charging"),
    ):
        actions.save_answer(app_database, v1, source_id, question_id, NO_ITEM, value)
    new_id = actions.copy_forward(app_database, library, source_id, period="2026/27")
    source = actions.load_assessment(app_database, library, source_id)
    copied = actions.load_assessment(app_database, library, new_id)
    assert copied.questionnaire is v2
    assert copied.answers.get("national_priorities") == ["future_of_mobility", "clean_growth"]
    assert copied.answers.get("national_priorities_how") == "Bus priority and EV charging"
    assert copied.answers.get("quote_consent") is None  # asked afresh, never assumed
    renamed = {
        "grand_challenges": "national_priorities",
        "grand_challenges_how": "national_priorities_how",
    }
    sign_off = {q.id for q in next(s for s in v1.sections if s.id == "sign_off").questions}
    expected = {
        (renamed.get(k.question_id, k.question_id), k.item_key): v
        for k, v in source.answers
        if k.question_id not in sign_off
    }
    assert {(k.question_id, k.item_key): v for k, v in copied.answers} == expected


@pytest.mark.parametrize(
    ("question_id", "typed", "stored"),
    [
        ("approved_on", "01/12/2026", "2026-12-01"),
        ("approved_on", "1 Rhagfyr 2026", "2026-12-01"),
        ("approved_on", "31/02/2026", "31/02/2026"),  # kept as typed, and reported invalid
        (
            "strategy_url",
            "www.caerdydd.gov.uk/strategaeth",
            "https://www.caerdydd.gov.uk/strategaeth",
        ),
        ("respondent_name", "www.not-a-link.example", "www.not-a-link.example"),
    ],
)
def test_dates_and_links_are_stored_in_their_normal_form(
    app_database: Database,
    questionnaire: Questionnaire,
    library: QuestionnaireLibrary,
    question_id: str,
    typed: str,
    stored: str,
) -> None:
    assessment_id = start(app_database, questionnaire)
    assert (
        actions.save_answer(app_database, questionnaire, assessment_id, question_id, "", typed)
        == stored
    )
    assert (
        actions.load_assessment(app_database, library, assessment_id).answers.get(question_id)
        == stored
    )


def test_a_matrix_evidence_link_gets_https_through_every_save(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    code = questionnaire.standards[0].code
    actions.save_answers(
        app_database,
        questionnaire,
        assessment_id,
        [("standards.evidence_url", code, "www.anglesey.gov.uk/evidence")],
    )
    answers = actions.load_assessment(app_database, library, assessment_id).answers
    assert answers.get("standards.evidence_url", code) == "https://www.anglesey.gov.uk/evidence"


def test_the_respondent_named_at_the_start_answers_your_name(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    new_id = start(app_database, questionnaire)
    loaded = actions.load_assessment(app_database, library, new_id)
    assert loaded.answers.get(actions.RESPONDENT_QUESTION, NO_ITEM) == "Siân Hughes"
    assert loaded.summary.progress is not None
    no_name = actions.start_assessment(
        app_database, questionnaire, period="2027/28", gss_code="W06000001", respondent="  "
    )
    empty = actions.load_assessment(app_database, library, no_name)
    assert empty.answers.get(actions.RESPONDENT_QUESTION, NO_ITEM) is None

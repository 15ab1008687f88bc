"""Drafts of refused answers, duplicate checks, the bin, the archive and rename, as actions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from csn_desktop.actions import assessment_bin as kept
from csn_desktop.actions import assessments as actions
from csn_desktop.actions.answer_drafts import drafts_of, keep_draft
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.errors import UserError
from csn_desktop.storage.assessments import AssessmentNotInBin
from csn_desktop.storage.database import Database
from csn_desktop.storage.errors import AssessmentNotFound
from csn_desktop.storage.models import AuditEvent

CARDIFF = "W06000015"


def start(database: Database, questionnaire: Questionnaire, period: str = "2026/27") -> int:
    return actions.start_assessment(database, questionnaire, period=period, gss_code=CARDIFF)


def test_a_valid_answer_replaces_the_draft_and_loading_returns_drafts(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    assessment_id = start(app_database, questionnaire)
    long = "Ynys Môn ŵ ŷ " * 400
    with pytest.raises(actions.AnswerRefused, match="the limit is 4,000"):
        actions.save_answer(app_database, questionnaire, assessment_id, "network_other", "", long)
    keep_draft(app_database, assessment_id, "network_other", "", long, "too long")
    loaded = actions.load_assessment(app_database, library, assessment_id)
    assert [(d.question_id, d.text, d.reason) for d in loaded.drafts] == [
        ("network_other", long, "too long")
    ]
    assert loaded.answers.get("network_other") is None  # the draft is not the answer
    actions.save_answer(
        app_database, questionnaire, assessment_id, "network_other", "", long[:3900]
    )
    assert drafts_of(app_database, assessment_id) == []


def test_a_second_assessment_for_the_council_and_period_is_refused_unless_allowed(
    app_database: Database, questionnaire: Questionnaire, library: QuestionnaireLibrary
) -> None:
    first = start(app_database, questionnaire)
    with pytest.raises(actions.DuplicateAssessment, match="Cardiff already has") as refused:
        actions.start_assessment(app_database, questionnaire, period="2026-27", gss_code=CARDIFF)
    assert refused.value.existing_id == first
    with pytest.raises(actions.DuplicateAssessment):
        actions.copy_forward(app_database, library, first, period="2026/2027")
    nxt = actions.copy_forward(app_database, library, first, period="2027-28")
    assert actions.load_assessment(app_database, library, nxt).summary.period == "2027/28"
    # Archived ones count as duplicates; binned ones do not.
    kept.archive_assessment(app_database, first)
    with pytest.raises(actions.DuplicateAssessment, match="in the archive"):
        start(app_database, questionnaire)
    kept.delete_assessment(app_database, first)
    second = start(app_database, questionnaire)
    third = actions.start_assessment(
        app_database, questionnaire, period="2026/27", gss_code=CARDIFF, allow_duplicate=True
    )
    assert len({first, second, third}) == 3


def test_bin_restore_permanent_delete_archive_and_rename(
    app_database: Database, questionnaire: Questionnaire
) -> None:
    first = start(app_database, questionnaire)
    other = start(app_database, questionnaire, "2025/26")
    assert kept.delete_assessment(app_database, first) == "Cardiff 2026/27"
    assert [r.id for r in kept.set_aside(app_database, binned=True)] == [first]
    assert kept.restore_assessment(app_database, first) == "Cardiff 2026/27"
    assert kept.set_aside(app_database, binned=True) == []
    with pytest.raises(UserError, match="Cardiff already has"):
        kept.rename_assessment(app_database, other, period="2026-27")
    assert kept.rename_assessment(app_database, other, period="2024-2025") == "Cardiff 2024/25"
    assert kept.archive_assessment(app_database, other) == "Cardiff 2024/25"
    [archived] = kept.set_aside(app_database, binned=False)
    assert (archived.id, archived.period, archived.council) == (other, "2024/25", "Cardiff")
    kept.archive_assessment(app_database, other, archived=False)
    assert kept.set_aside(app_database, binned=False) == []
    with pytest.raises(AssessmentNotInBin, match="bin before"):
        kept.delete_permanently(app_database, first)
    kept.delete_assessment(app_database, first)
    assert kept.delete_permanently(app_database, first) == "Cardiff 2026/27"
    with pytest.raises(AssessmentNotFound):
        kept.restore_assessment(app_database, first)
    with app_database.read_session() as session:
        events = [(e.kind, e.detail) for e in session.scalars(select(AuditEvent))]
    kinds = [kind for kind, _detail in events]
    for kind in ("deleted", "restored", "archived", "unarchived", "renamed", "deleted_permanently"):
        assert kind in kinds
    assert any(
        kind == "renamed" and "Cardiff 2025/26" in detail and "Cardiff 2024/25" in detail
        for kind, detail in events
    )


def test_the_bin_names_a_welsh_council_in_welsh_when_the_messages_are_welsh(
    app_database: Database, questionnaire: Questionnaire
) -> None:
    from csn_desktop import i18n

    assessment_id = start(app_database, questionnaire)
    kept.delete_assessment(app_database, assessment_id)
    with i18n.using_language("cy"):
        [row] = kept.set_aside(app_database, binned=True)
        assert row.council == "Caerdydd"
        assert kept.restore_assessment(app_database, assessment_id) == "Caerdydd 2026/27"
    kept.delete_assessment(app_database, assessment_id)
    assert kept.set_aside(app_database, binned=True)[0].council == "Cardiff"

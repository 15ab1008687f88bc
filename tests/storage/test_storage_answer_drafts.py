"""Unsaved drafts of answers: kept whole with the reason, replaced, dropped, binned and gone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from csn_desktop.storage.answer_drafts import Draft, drop_drafts, keep_draft, load_drafts
from csn_desktop.storage.assessments import (
    AssessmentNotInBin,
    delete_permanently,
    get_assessment,
    put_in_bin,
    restore_from_bin,
    same_council_and_period,
    set_archived,
    set_aside,
)
from csn_desktop.storage.audit import list_audit_events
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import AnswerDraft, AuditEvent

LONG = "Ynys Môn — ŵ ŷ " * 400  # 6,000 characters: longer than any question allows


def test_a_draft_is_kept_whole_replaced_and_dropped(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        keep_draft(session, assessment_id, "notes", "", LONG, "too long")
        keep_draft(session, assessment_id, "gap_text", "2", "Caerdydd", "refused")
        session.commit()
    with db.read_session() as session:
        assert load_drafts(session, assessment_id) == [
            Draft("notes", "", LONG, "too long"),
            Draft("gap_text", "2", "Caerdydd", "refused"),
        ]
    with db.session() as session:
        keep_draft(session, assessment_id, "notes", "", LONG + "!", "still too long")
        drop_drafts(session, assessment_id, [("gap_text", "2"), ("absent", "")])
        session.commit()
    with db.read_session() as session:
        assert load_drafts(session, assessment_id) == [
            Draft("notes", "", LONG + "!", "still too long")
        ]
        assert session.scalar(select(func.count()).select_from(AnswerDraft)) == 1


def test_bin_restore_archive_and_permanent_delete_are_audited(
    db: Database, assessment_id: int
) -> None:
    with db.session() as session:
        keep_draft(session, assessment_id, "notes", "", LONG, "too long")
        put_in_bin(session, assessment_id)
        session.commit()
    with db.read_session() as session:
        cardiff = get_assessment(session, assessment_id).organisation_id
        assert same_council_and_period(session, cardiff, "2026/27") == []
        assert [a.id for a in set_aside(session, binned=True)] == [assessment_id]
        assert get_assessment(session, assessment_id).deleted_at is not None
    with db.session() as session:
        restore_from_bin(session, assessment_id)
        set_archived(session, assessment_id, True)
        session.commit()
    with db.read_session() as session:
        assert [a.id for a in same_council_and_period(session, cardiff, "2026/27")] == [
            assessment_id
        ]
        assert [a.id for a in set_aside(session, binned=False)] == [assessment_id]
        assert set_aside(session, binned=True) == []
    with db.session() as session, pytest.raises(AssessmentNotInBin):
        delete_permanently(session, assessment_id)
    with db.session() as session:
        set_archived(session, assessment_id, False)
        put_in_bin(session, assessment_id)
        described = delete_permanently(session, assessment_id)
        session.commit()
    assert described.startswith("Cardiff 2026/27 (")
    with db.read_session() as session:
        assert list_audit_events(session, assessment_id) == []  # it is gone; its events stay
        kinds = [
            (e.kind, e.assessment_id, e.actor)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]
        assert session.scalar(select(func.count()).select_from(AnswerDraft)) == 0
    assert [k for k, _id, _actor in kinds] == [
        "created",
        "deleted",
        "restored",
        "archived",
        "unarchived",
        "deleted",
        "deleted_permanently",
    ]
    assert all(actor for _k, _id, actor in kinds)
    assert all(ident is None for _k, ident, _actor in kinds)

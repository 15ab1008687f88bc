"""The models round-trip through SQLite with aware UTC timestamps and the intended constraints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Answer, Assessment, AuditEvent, ImportRecord, Organisation
from csn_desktop.storage.timestamps import utc_now


def make_org(gss_code: str | None = "W06000015") -> Organisation:
    return Organisation(
        gss_code=gss_code,
        name="Cardiff",
        official_name="Cardiff Council",
        type_code="UA",
        type_name="Unitary authority",
        nation="Wales",
        region="Wales",
        current=True,
    )


def make_assessment(
    org: Organisation, uuid: str = "0f8fad5b-d9cb-469f-a165-70867728950e"
) -> Assessment:
    return Assessment(
        uuid=uuid,
        organisation=org,
        questionnaire_id="csn-self-assessment",
        questionnaire_version=1,
        period="2026/27",
        status="draft",
        origin="imported",
        source_file_sha256="ab" * 32,
        exported_at=datetime(2026, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=1))),
    )


def test_round_trip_of_every_table(db: Database) -> None:
    with db.session() as session:
        org = make_org()
        old = make_assessment(org, "11111111-1111-4111-8111-111111111111")
        new = make_assessment(org)
        old.superseded_by = new
        new.answers.append(Answer(question_id="about.role", item_key="", value_json='"Officer"'))
        session.add_all([org, old, new])
        session.flush()
        session.add(AuditEvent(assessment_id=new.id, kind="imported", detail="ŵ", actor="me"))
        session.add(
            ImportRecord(
                file_name="cardiff.xlsx",
                sha256="cd" * 32,
                outcome="imported",
                message="",
                submission_uuid=new.uuid,
                assessment_id=new.id,
            )
        )
        session.commit()
    with db.session() as session:
        loaded = session.scalars(select(Assessment).where(Assessment.uuid == new.uuid)).one()
        assert loaded.organisation.name == "Cardiff"
        assert loaded.flagged is False
        assert loaded.exported_at == datetime(2026, 5, 1, 11, 30, tzinfo=UTC)
        assert loaded.exported_at is not None and loaded.exported_at.tzinfo is UTC
        assert loaded.created_at.tzinfo is UTC
        assert abs(loaded.created_at - utc_now()) < timedelta(minutes=1)
        assert [a.question_id for a in loaded.answers] == ["about.role"]
        superseded = session.scalars(select(Assessment).where(Assessment.id != loaded.id)).one()
        assert superseded.superseded_by is not None
        assert superseded.superseded_by.id == loaded.id
        record = session.scalars(select(ImportRecord)).one()
        assert record.assessment_id == loaded.id
        assert session.scalars(select(AuditEvent)).one().detail == "ŵ"


def test_deleting_an_assessment_cascades_to_answers_and_keeps_history(db: Database) -> None:
    with db.session() as session:
        assessment = make_assessment(make_org())
        assessment.answers.append(Answer(question_id="q", item_key="", value_json="1"))
        session.add(assessment)
        session.flush()
        session.add(AuditEvent(assessment_id=assessment.id, kind="created", actor="me"))
        session.commit()
    with db.session() as session:
        # A plain SQL delete: the database's ON DELETE rules, not the ORM, do the work.
        session.connection().exec_driver_sql("DELETE FROM assessment")
        session.commit()
        assert session.scalars(select(Answer)).all() == []
        event = session.scalars(select(AuditEvent)).one()
        assert event.assessment_id is None


def test_answer_key_is_unique(db: Database) -> None:
    with db.session() as session:
        assessment = make_assessment(make_org())
        assessment.answers.append(Answer(question_id="q", item_key="A", value_json="1"))
        assessment.answers.append(Answer(question_id="q", item_key="A", value_json="2"))
        session.add(assessment)
        with pytest.raises(IntegrityError):
            session.flush()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with db.session() as session:
        session.add(Answer(assessment_id=12345, question_id="q", item_key="", value_json="1"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_other_organisations_have_no_gss_code_and_may_be_many(db: Database) -> None:
    with db.session() as session:
        session.add_all([make_org(None), make_org(None)])
        session.commit()
        assert len(session.scalars(select(Organisation)).all()) == 2


def test_naive_datetimes_are_refused(db: Database) -> None:
    with db.session() as session:
        assessment = make_assessment(make_org())
        assessment.exported_at = datetime(2026, 5, 1, 12, 30)
        session.add(assessment)
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()

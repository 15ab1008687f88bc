"""Assessments, organisations and audit events through the query functions."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError

from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.assessments import (
    create_assessment,
    finalise_assessment,
    get_assessment,
    list_assessments,
)
from csn_desktop.storage.audit import add_audit_event, current_actor, list_audit_events
from csn_desktop.storage.database import Database
from csn_desktop.storage.errors import AssessmentNotFound
from csn_desktop.storage.organisations import (
    OrganisationRow,
    add_other_organisation,
    find_organisation,
    list_organisations,
    load_organisations,
    read_organisations_csv,
)

CARDIFF = OrganisationRow(
    "W06000015", "Cardiff", "Cardiff Council", "UA", "Unitary authority", "Wales", "Wales"
)
LEEDS_GSS = "E08000035"


def test_create_assessment_records_who_created_it(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        assessment = get_assessment(session, assessment_id)
        assert assessment.status == "draft"
        assert assessment.origin == "local"
        assert len(assessment.uuid) == 36
        assert assessment.organisation.gss_code == CARDIFF.gss_code
        events = list_audit_events(session, assessment_id)
    assert [(e.kind, e.actor) for e in events] == [("created", current_actor())]
    assert events[0].at.tzinfo is not None


def test_create_with_a_given_uuid_and_origin(db: Database) -> None:
    with db.session() as session:
        org = add_other_organisation(session, "Cyngor Tref Aberystwyth")
        assessment = create_assessment(
            session,
            organisation_id=org.id,
            questionnaire_id="csn",
            questionnaire_version=2,
            period="2025/26",
            respondent="Siân",
            origin="imported",
            uuid="0F8FAD5B-D9CB-469F-A165-70867728950E",
        )
        session.commit()
        assert assessment.uuid == "0f8fad5b-d9cb-469f-a165-70867728950e"
        assert org.gss_code is None
        assert org.type_code == "OTHER"
        with pytest.raises(ValueError, match="origin"):
            create_assessment(
                session,
                organisation_id=org.id,
                questionnaire_id="csn",
                questionnaire_version=2,
                period="2025/26",
                origin="elsewhere",
            )


def test_list_assessments_newest_first_with_organisation_loaded(
    db: Database, assessment_id: int
) -> None:
    with db.session() as session:
        leeds = find_organisation(session, LEEDS_GSS)
        assert leeds is not None
        second = create_assessment(
            session,
            organisation_id=leeds.id,
            questionnaire_id="csn",
            questionnaire_version=1,
            period="2026/27",
        ).id
        session.commit()
    time.sleep(0.002)
    with db.session() as session:
        save_answer(session, assessment_id, "about.role", "", "x")
        session.commit()
    with db.session() as session:
        rows = list_assessments(session)
    # The session is closed: the organisations must already be loaded.
    assert [(a.id, a.organisation.name) for a in rows] == [
        (assessment_id, "Cardiff"),
        (second, "Leeds"),
    ]


def test_get_missing_assessment(db: Database) -> None:
    with db.session() as session, pytest.raises(AssessmentNotFound, match="no assessment"):
        get_assessment(session, 42)


def test_finalise_sets_timestamp_and_audit(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        assessment = finalise_assessment(session, assessment_id)
        session.commit()
        assert assessment.finalised_at is not None
        kinds = [e.kind for e in list_audit_events(session, assessment_id)]
    assert kinds == ["created", "finalised"]


def test_add_audit_event_without_assessment(db: Database) -> None:
    with db.session() as session:
        add_audit_event(session, None, "exported", "summary.pdf")
        session.commit()


def test_load_organisations_upserts_by_gss_code(db: Database) -> None:
    leeds = OrganisationRow(
        LEEDS_GSS, "Leeds", "Leeds City Council", "MD", "Metropolitan district", "England", "Y"
    )
    with db.session() as session:
        assert load_organisations(session, [CARDIFF, leeds]) == 2
        session.commit()
    with db.session() as session:
        row = {
            "gss_code": "W06000015",
            "name": "Caerdydd",
            "official_name": "Cyngor Caerdydd",
            "type_code": "UA",
            "type_name": "Unitary authority",
            "nation": "Wales",
            "region": "Wales",
        }
        assert load_organisations(session, [row], retire_missing=True) == 1
        session.commit()
    with db.session() as session:
        orgs = list_organisations(session)
        assert [(o.name, o.current) for o in orgs] == [("Caerdydd", True), ("Leeds", False)]
        assert [o.name for o in list_organisations(session, current_only=True)] == ["Caerdydd"]
        assert find_organisation(session, "W06000015") is not None
        assert find_organisation(session, "X99999999") is None


def test_load_organisations_refuses_incomplete_rows(db: Database) -> None:
    with db.session() as session, pytest.raises(ValueError, match="lacks"):
        load_organisations(session, [{"gss_code": "W06000015", "name": "Cardiff"}])


def test_read_organisations_csv(db: Database, tmp_path: Path) -> None:
    csv_file = tmp_path / "councils.csv"
    csv_file.write_text(
        "\ufeffgss_code,name,official_name,type_code,type_name,nation,region\n"
        "W06000015,Cardiff,Cardiff Council,UA,Unitary authority,Wales,Wales\n",
        encoding="utf-8",
    )
    rows = read_organisations_csv(csv_file)
    assert rows == [CARDIFF]
    with db.session() as session:
        load_organisations(session, rows)
        session.commit()


def test_timestamps_must_be_aware(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        assessment = get_assessment(session, assessment_id)
        assessment.updated_at = datetime(2026, 1, 1)
        with pytest.raises(StatementError):
            session.flush()

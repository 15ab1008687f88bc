"""Assessments: creating, finding, listing, finalising and reopening them."""

from __future__ import annotations

import uuid as uuid_module
from functools import cache
from typing import Any, cast

from sqlalchemy import CursorResult, Update, bindparam, select, update
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from csn_desktop.domain.status import Status
from csn_desktop.i18n import _
from csn_desktop.storage import audit
from csn_desktop.storage.errors import AssessmentIsFinal, AssessmentNotFound
from csn_desktop.storage.models import (
    ORIGIN_IMPORTED,
    ORIGIN_LOCAL,
    Assessment,
    Base,
)
from csn_desktop.storage.timestamps import UtcDateTime, utc_now


def create_assessment(
    session: Session,
    *,
    organisation_id: int,
    questionnaire_id: str,
    questionnaire_version: int,
    period: str,
    respondent: str | None = None,
    origin: str = ORIGIN_LOCAL,
    uuid: str | None = None,
) -> Assessment:
    """A new draft assessment (flushed, so it has an id), with a "created" audit event."""
    if origin not in (ORIGIN_LOCAL, ORIGIN_IMPORTED):
        raise ValueError(f"origin must be 'local' or 'imported', not {origin!r}")
    now = utc_now()
    assessment = Assessment(
        uuid=str(uuid_module.UUID(uuid)) if uuid else str(uuid_module.uuid4()),
        organisation_id=organisation_id,
        questionnaire_id=questionnaire_id,
        questionnaire_version=questionnaire_version,
        period=period,
        status=Status.DRAFT,
        respondent=respondent,
        origin=origin,
        flagged=False,
        created_at=now,
        updated_at=now,
    )
    session.add(assessment)
    session.flush()
    audit.add_audit_event(
        session,
        assessment.id,
        audit.CREATED,
        f"{questionnaire_id} v{questionnaire_version}, {period}, {origin}",
    )
    return assessment


def get_assessment(session: Session, assessment_id: int) -> Assessment:
    """The assessment with its organisation, or AssessmentNotFound."""
    assessment = session.get(
        Assessment, assessment_id, options=[joinedload(Assessment.organisation)]
    )
    if assessment is None:
        raise AssessmentNotFound(
            _("There is no assessment number {number}.").format(number=assessment_id)
        )
    return assessment


def list_assessments(session: Session, *, include_superseded: bool = True) -> list[Assessment]:
    """Every assessment with its organisation loaded, most recently updated first."""
    query = (
        select(Assessment)
        .options(joinedload(Assessment.organisation))
        .order_by(Assessment.updated_at.desc(), Assessment.id.desc())
    )
    if not include_superseded:
        query = query.where(Assessment.superseded_by_id.is_(None))
    return list(session.scalars(query))


@cache
def _touch_statement() -> Update:
    """Built once: statement construction costs more than SQLite's part of an autosave."""
    table = Base.metadata.tables["assessment"]
    return (
        update(table)
        .where(table.c.id == bindparam("assessment_id"), table.c.status == Status.DRAFT)
        .values(updated_at=bindparam("now", type_=UtcDateTime()))
    )


def touch_draft(session: Session, assessment_id: int) -> None:
    """Mark a draft as just updated, or raise: AssessmentNotFound, or AssessmentIsFinal.

    One UPDATE does both the check and the timestamp, which keeps autosave fast; an
    Assessment already loaded in the session gets the new timestamp too.
    """
    now = utc_now()
    result = cast(
        "CursorResult[Any]",
        session.execute(_touch_statement(), {"assessment_id": assessment_id, "now": now}),
    )
    if result.rowcount == 1:
        loaded = session.identity_map.get(identity_key(Assessment, assessment_id))
        if loaded is not None:
            set_committed_value(loaded, "updated_at", now)
        return
    status = session.scalar(select(Assessment.status).where(Assessment.id == assessment_id))
    if status is None:
        raise AssessmentNotFound(
            _("There is no assessment number {number}.").format(number=assessment_id)
        )
    raise AssessmentIsFinal(
        _(
            "This assessment has been finalised, so its answers cannot be changed. "
            "Reopen it to make changes."
        )
    )


def finalise_assessment(session: Session, assessment_id: int) -> Assessment:
    assessment = get_assessment(session, assessment_id)
    if assessment.status == Status.FINAL:
        raise AssessmentIsFinal(_("This assessment is already final."))
    now = utc_now()
    assessment.status = Status.FINAL
    assessment.finalised_at = now
    assessment.updated_at = now
    audit.add_audit_event(session, assessment.id, audit.FINALISED)
    session.flush()
    return assessment


def reopen_assessment(session: Session, assessment_id: int) -> Assessment:
    assessment = get_assessment(session, assessment_id)
    if assessment.status != Status.FINAL:
        return assessment
    assessment.status = Status.DRAFT
    assessment.finalised_at = None
    assessment.updated_at = utc_now()
    audit.add_audit_event(session, assessment.id, audit.REOPENED)
    session.flush()
    return assessment


def earlier_assessment(session: Session, assessment: Assessment) -> Assessment | None:
    """The same organisation's assessment of the newest earlier period, of the same
    questionnaire, not in the bin: local or imported, its final version first, then the
    current version of an imported submission, then the one updated last."""
    query = (
        select(Assessment)
        .where(
            Assessment.organisation_id == assessment.organisation_id,
            Assessment.questionnaire_id == assessment.questionnaire_id,
            Assessment.period < assessment.period,  # periods are written 2025/26: text order
            Assessment.deleted_at.is_(None),
        )
        .order_by(
            Assessment.period.desc(),
            (Assessment.status == Status.FINAL.value).desc(),
            Assessment.superseded_by_id.is_(None).desc(),
            Assessment.updated_at.desc(),
            Assessment.id.desc(),
        )
        .limit(1)
    )
    return session.scalars(query).first()

"""Assessments: creating, finding, listing, finalising, reopening, binning and archiving them."""

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
from csn_desktop.storage.errors import AssessmentIsFinal, AssessmentNotFound, StorageError
from csn_desktop.storage.models import (
    ORIGIN_IMPORTED,
    ORIGIN_LOCAL,
    Assessment,
    Base,
)
from csn_desktop.storage.timestamps import UtcDateTime, utc_now


class AssessmentNotInBin(StorageError):
    """Only an assessment already in the bin can be deleted permanently."""


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


def same_council_and_period(
    session: Session, organisation_id: int, period: str, *, but: int | None = None
) -> list[Assessment]:
    """The council's own assessments (any status, archived too, not in the bin) of one
    organisation and period, newest first: what a new one would duplicate."""
    query = (
        select(Assessment)
        .options(joinedload(Assessment.organisation))
        .where(
            Assessment.organisation_id == organisation_id,
            Assessment.period == period,
            Assessment.origin == ORIGIN_LOCAL,
            Assessment.deleted_at.is_(None),
        )
        .order_by(Assessment.updated_at.desc(), Assessment.id.desc())
    )
    if but is not None:
        query = query.where(Assessment.id != but)
    return list(session.scalars(query))


def put_in_bin(session: Session, assessment_id: int) -> Assessment:
    """Move an assessment to the bin (recoverable): it leaves every list but the bin's."""
    assessment = get_assessment(session, assessment_id)
    if assessment.deleted_at is None:
        assessment.deleted_at = utc_now()
        audit.add_audit_event(session, assessment.id, audit.DELETED, _describe(assessment))
    session.flush()
    return assessment


def restore_from_bin(session: Session, assessment_id: int) -> Assessment:
    assessment = get_assessment(session, assessment_id)
    if assessment.deleted_at is not None:
        assessment.deleted_at = None
        audit.add_audit_event(session, assessment.id, audit.RESTORED, _describe(assessment))
    session.flush()
    return assessment


def delete_permanently(session: Session, assessment_id: int) -> str:
    """Delete an assessment from the bin with its answers; returns what it was. Its audit
    events stay (without it), with one more saying who deleted it; only binned ones go."""
    assessment = get_assessment(session, assessment_id)
    if assessment.deleted_at is None:
        raise AssessmentNotInBin(_("Put the assessment in the bin before deleting it permanently."))
    described = _describe(assessment)
    audit.add_audit_event(session, None, audit.DELETED_PERMANENTLY, described)
    session.delete(assessment)
    session.flush()
    return described


def set_archived(session: Session, assessment_id: int, archived: bool) -> Assessment:
    """Archive (put aside, kept) or unarchive an assessment; a no-op when already so."""
    assessment = get_assessment(session, assessment_id)
    if archived and assessment.archived_at is None:
        assessment.archived_at = utc_now()
        audit.add_audit_event(session, assessment.id, audit.ARCHIVED, _describe(assessment))
    elif not archived and assessment.archived_at is not None:
        assessment.archived_at = None
        audit.add_audit_event(session, assessment.id, audit.UNARCHIVED, _describe(assessment))
    session.flush()
    return assessment


def rename_assessment(
    session: Session, assessment_id: int, *, organisation_id: int, period: str
) -> Assessment:
    """Correct the council or period of a draft; the audit trail keeps both."""
    assessment = get_assessment(session, assessment_id)
    if assessment.status == Status.FINAL:
        raise AssessmentIsFinal(
            _("This assessment has been finalised. Reopen it to correct its council or period.")
        )
    before = _describe(assessment)
    assessment.organisation_id = organisation_id
    assessment.period = period
    session.flush()
    session.refresh(assessment, ["organisation"])
    after = _describe(assessment)
    if after != before:
        audit.add_audit_event(session, assessment.id, audit.RENAMED, f"{before} → {after}")
    return assessment


def set_aside(session: Session, *, binned: bool) -> list[Assessment]:
    """The council's own assessments in the bin (``binned``) or archived and not in the bin,
    most recently changed first."""
    query = (
        select(Assessment)
        .options(joinedload(Assessment.organisation))
        .where(Assessment.origin == ORIGIN_LOCAL)
    )
    if binned:
        query = query.where(Assessment.deleted_at.is_not(None)).order_by(
            Assessment.deleted_at.desc(), Assessment.id.desc()
        )
    else:
        query = query.where(
            Assessment.deleted_at.is_(None), Assessment.archived_at.is_not(None)
        ).order_by(Assessment.archived_at.desc(), Assessment.id.desc())
    return list(session.scalars(query))


def _describe(assessment: Assessment) -> str:
    # Audit detail, read by staff in any language: names, period and the row's uuid.
    return f"{assessment.organisation.name} {assessment.period} ({assessment.uuid})"


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

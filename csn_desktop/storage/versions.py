"""Versions of a group (organisation, period, questionnaire): one current, the rest point to it."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, func, select, update
from sqlalchemy.orm import Session

from csn_desktop.storage import audit
from csn_desktop.storage.models import (
    ORIGIN_IMPORTED,
    Answer,
    Assessment,
    Base,
    ImportRecord,
    Organisation,
)
from csn_desktop.storage.timestamps import utc_now


@dataclass(frozen=True, slots=True)
class Group:
    """What makes versions versions of one assessment."""

    organisation_id: int
    period: str
    questionnaire_id: str


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version as stored, with the import record that stored it (none for a local one)."""

    assessment_id: int
    uuid: str
    submission_uuid: str | None
    organisation_id: int
    council: str
    gss_code: str | None
    period: str
    questionnaire_id: str
    questionnaire_version: int
    status: str
    origin: str
    file_name: str | None
    file_sha256: str | None
    imported_at: datetime | None
    exported_at: datetime | None
    file_modified_at: datetime | None
    created_at: datetime
    outcome: str | None
    message: str
    current: bool
    withdrawn_at: datetime | None
    decision_pending: bool
    flagged: bool
    answer_count: int
    group_pending: bool = False  # some version of the group waits for a decision

    @property
    def group(self) -> Group:
        return Group(self.organisation_id, self.period, self.questionnaire_id)


def _query() -> Select[*tuple[Any, ...]]:
    """Versions with their council, first import record and answer count (one query)."""
    first_record = (
        select(ImportRecord.assessment_id, func.min(ImportRecord.id).label("record_id"))
        .where(ImportRecord.assessment_id.is_not(None))
        .group_by(ImportRecord.assessment_id)
        .subquery()
    )
    counts = (
        select(Answer.assessment_id, func.count().label("answers"))
        .group_by(Answer.assessment_id)
        .subquery()
    )
    return (
        select(
            Assessment,
            Organisation.name,
            Organisation.gss_code,
            ImportRecord.file_name,
            ImportRecord.sha256,
            ImportRecord.imported_at,
            ImportRecord.outcome,
            ImportRecord.message,
            func.coalesce(counts.c.answers, 0),
        )
        .join(Organisation, Assessment.organisation_id == Organisation.id)
        .outerjoin(first_record, first_record.c.assessment_id == Assessment.id)
        .outerjoin(ImportRecord, ImportRecord.id == first_record.c.record_id)
        .outerjoin(counts, counts.c.assessment_id == Assessment.id)
    )


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[VersionRow]:
    rows = []
    for a, council, code, file_name, sha, imported_at, outcome, message, count in session.execute(
        query
    ):
        rows.append(
            VersionRow(
                assessment_id=a.id,
                uuid=a.uuid,
                submission_uuid=a.submission_uuid,
                organisation_id=a.organisation_id,
                council=council,
                gss_code=code,
                period=a.period,
                questionnaire_id=a.questionnaire_id,
                questionnaire_version=a.questionnaire_version,
                status=a.status,
                origin=a.origin,
                file_name=file_name,
                file_sha256=sha if sha is not None else a.source_file_sha256,
                imported_at=imported_at,
                exported_at=a.exported_at,
                file_modified_at=a.file_modified_at,
                created_at=a.created_at,
                outcome=outcome,
                message=message or "",
                current=a.superseded_by_id is None,
                withdrawn_at=a.withdrawn_at,
                decision_pending=a.decision_pending,
                flagged=a.flagged,
                answer_count=int(count),
            )
        )
    return sorted(rows, key=_newest_first)


def _newest_first(row: VersionRow) -> tuple[float, int]:
    moment = row.imported_at or row.created_at
    return (-moment.timestamp(), -row.assessment_id)


def _table() -> Table:
    return Base.metadata.tables["assessment"]


def _in_group(group: Group) -> tuple[Any, ...]:
    return (
        Assessment.organisation_id == group.organisation_id,
        Assessment.period == group.period,
        Assessment.questionnaire_id == group.questionnaire_id,
    )


def version_row(session: Session, assessment_id: int) -> VersionRow | None:
    """One version, or None for an unknown id; ``group_pending`` says if its group waits."""
    rows = _rows(session, _query().where(Assessment.id == assessment_id))
    if not rows:
        return None
    row = rows[0]
    pending = session.scalar(
        select(func.count())
        .select_from(Assessment)
        .where(*_in_group(row.group), Assessment.decision_pending.is_(True))
    )
    return _replace_pending(row, bool(pending))


def _replace_pending(row: VersionRow, pending: bool) -> VersionRow:
    return replace(row, group_pending=pending)


def versions_of(session: Session, row: VersionRow) -> list[VersionRow]:
    """Every version of the row's group, the newest import first."""
    return _rows(session, _query().where(*_in_group(row.group)))


def pending_versions(session: Session) -> list[VersionRow]:
    """Every version waiting for a decision, the newest import first."""
    return _rows(session, _query().where(Assessment.decision_pending.is_(True)))


def withdrawn_versions(session: Session) -> list[VersionRow]:
    """The current version of every withdrawn group, by council and period."""
    query = _query().where(
        Assessment.withdrawn_at.is_not(None), Assessment.superseded_by_id.is_(None)
    )
    return sorted(_rows(session, query), key=lambda r: (r.council, r.period, r.assessment_id))


def set_current(session: Session, group: Group, current_id: int) -> None:
    """Make one version current: every other version of its group points to it. No audit."""
    table = _table()
    connection = session.connection()
    connection.execute(
        update(table)
        .where(*_in_group(group), table.c.id != current_id)
        .values(superseded_by_id=current_id)
    )
    connection.execute(update(table).where(table.c.id == current_id).values(superseded_by_id=None))


def take_submission_uuid(session: Session, assessment_id: int) -> bool:
    """Give a version its submission's uuid, retiring the version that held it; False if none."""
    table = _table()
    connection = session.connection()
    row = connection.execute(
        select(table.c.uuid, table.c.submission_uuid).where(table.c.id == assessment_id)
    ).one()
    own, wanted = row
    if not wanted or own == wanted:
        return False
    connection.execute(
        update(table)
        .where(table.c.uuid == wanted, table.c.origin == ORIGIN_IMPORTED)
        .values(uuid=str(uuid_module.uuid4()))
    )
    if connection.execute(select(table.c.id).where(table.c.uuid == wanted)).first():
        return False  # an assessment made here keeps the id its own exports carry
    connection.execute(update(table).where(table.c.id == assessment_id).values(uuid=wanted))
    return True


def make_current(session: Session, assessment_id: int) -> None:
    """Staff's choice: this version is counted; the group's pending decisions are made."""
    row = _existing(session, assessment_id)
    set_current(session, row.group, assessment_id)
    _clear_pending(session, row.group)
    take_submission_uuid(session, assessment_id)
    session.expire_all()
    audit.add_audit_event(session, assessment_id, audit.MADE_CURRENT, row.council)


def keep_older(session: Session, assessment_id: int) -> None:
    """Staff's choice: a version waiting for a decision stays an older version."""
    table = _table()
    session.connection().execute(
        update(table).where(table.c.id == assessment_id).values(decision_pending=False)
    )
    session.expire_all()
    audit.add_audit_event(session, assessment_id, audit.KEPT_OLDER)


def withdraw(session: Session, assessment_id: int, reason: str) -> None:
    """Leave every version of the group out of the figures, keeping them all."""
    row = _existing(session, assessment_id)
    table = _table()
    session.connection().execute(
        update(table).where(*_in_group(row.group)).values(withdrawn_at=utc_now())
    )
    session.expire_all()
    audit.add_audit_event(session, assessment_id, audit.WITHDRAWN, reason)


def reinstate(session: Session, assessment_id: int) -> None:
    """Count the group again."""
    row = _existing(session, assessment_id)
    table = _table()
    session.connection().execute(
        update(table).where(*_in_group(row.group)).values(withdrawn_at=None)
    )
    session.expire_all()
    audit.add_audit_event(session, assessment_id, audit.REINSTATED)


def _clear_pending(session: Session, group: Group) -> None:
    table = _table()
    session.connection().execute(
        update(table).where(*_in_group(group)).values(decision_pending=False)
    )


def _existing(session: Session, assessment_id: int) -> VersionRow:
    row = version_row(session, assessment_id)
    if row is None:
        raise LookupError(assessment_id)
    return row

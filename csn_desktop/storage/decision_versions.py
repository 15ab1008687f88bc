"""The version of staff decisions on a group of versions: a decision on what was seen, or none."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from csn_desktop.storage import audit
from csn_desktop.storage.models import Assessment, AuditEvent
from csn_desktop.storage.versions import Group

# The audit events of staff decisions: what moves a group's decision version.
DECISIONS = (audit.MADE_CURRENT, audit.KEPT_OLDER, audit.WITHDRAWN, audit.REINSTATED)


def _in_group(group: Group) -> tuple[Any, ...]:
    return (
        Assessment.organisation_id == group.organisation_id,
        Assessment.period == group.period,
        Assessment.questionnaire_id == group.questionnaire_id,
    )


def group_version(session: Session, group: Group) -> int:
    """The group's decision version as it is now (the highest of its rows)."""
    return int(
        session.scalar(select(func.max(Assessment.decision_version)).where(*_in_group(group))) or 1
    )


def claim(session: Session, group: Group, seen: int) -> bool:
    """Move the group's decision version on from ``seen``; False (nothing changed) when another
    decision moved it first. One conditional UPDATE: on PostgreSQL a second, concurrent one
    waits for the first and then finds no row still at ``seen``; SQLite runs one at a time."""
    result = session.execute(
        update(Assessment)
        .where(*_in_group(group), Assessment.decision_version == seen)
        .values(decision_version=seen + 1)
        .execution_options(synchronize_session=False)
    )
    return int(cast("CursorResult[Any]", result).rowcount) > 0


def last_decision(session: Session, group: Group) -> tuple[str, datetime] | None:
    """Who made the group's newest decision, and when; None when none is recorded."""
    row = session.execute(
        select(AuditEvent.actor, AuditEvent.at)
        .join(Assessment, Assessment.id == AuditEvent.assessment_id)
        .where(*_in_group(group), AuditEvent.kind.in_(DECISIONS))
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    return None if row is None else (str(row.actor), row.at)

"""Answer edits in the audit trail: one event per user and sitting, not one per autosave."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from csn_desktop.storage import audit
from csn_desktop.storage.models import AuditEvent
from csn_desktop.storage.timestamps import utc_now

# The kind of event, as stored; its detail is how many answers were saved (a plain number).
ANSWERS_EDITED = "answers_edited"
# Saves by the same user closer together than this extend one event (autosave runs every
# pause in typing: an event each would bury everything else in the trail).
SITTING = timedelta(minutes=30)


def record_edits(session: Session, assessment_id: int, count: int) -> None:
    """Record that the current user saved ``count`` answers of the assessment (not committed):
    the assessment's newest event is extended when it is this user's edits of this sitting."""
    now = utc_now()
    actor = audit.current_actor()
    latest = session.scalar(
        select(AuditEvent)
        .where(AuditEvent.assessment_id == assessment_id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    if (
        latest is not None
        and latest.kind == ANSWERS_EDITED
        and latest.actor == actor
        and now - latest.at < SITTING
        and latest.detail.isdigit()
    ):
        latest.at = now
        latest.detail = str(int(latest.detail) + count)
        return
    audit.add_audit_event(session, assessment_id, ANSWERS_EDITED, str(count))

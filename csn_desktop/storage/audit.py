"""The audit trail: what happened to an assessment, when, and under which OS user."""

from __future__ import annotations

import getpass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import AuditEvent
from csn_desktop.storage.timestamps import utc_now

# The kinds of event, as stored in the database (existing databases hold these spellings).
CREATED = "created"
ANSWERS_COPIED = "answers_copied"
FINALISED = "finalised"
REOPENED = "reopened"
REOPEN_REASON = "reopen_reason"
IMPORTED = "imported"
# A file imported again (a duplicate): recorded on the version it repeats, so that who
# received it, and when, is in the trail although nothing was stored.
RECEIVED_AGAIN = "received_again"
SUPERSEDED = "superseded"
EXPORTED = "exported"
# Versions (issue 11): what an import decided, and what staff decided.
REVISED = "revised"
DECISION_NEEDED = "decision_needed"
MADE_CURRENT = "made_current"
KEPT_OLDER = "kept_older"
WITHDRAWN = "withdrawn"
REINSTATED = "reinstated"
VERSIONS_NORMALISED = "versions_normalised"
# Keeping the council's own list tidy (issue 14): the bin, the archive and corrections.
DELETED = "deleted"
RESTORED = "restored"
# Recorded without an assessment (it is gone): the detail names it.
DELETED_PERMANENTLY = "deleted_permanently"
ARCHIVED = "archived"
UNARCHIVED = "unarchived"
RENAMED = "renamed"


@cache
def current_actor() -> str:
    """The operating-system user name, or "unknown" where the system cannot say."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def add_audit_event(
    session: Session, assessment_id: int | None, kind: str, detail: str = ""
) -> AuditEvent:
    """Record an event (added to the session, not committed)."""
    event = AuditEvent(
        assessment_id=assessment_id, at=utc_now(), kind=kind, detail=detail, actor=current_actor()
    )
    session.add(event)
    return event


def list_audit_events(session: Session, assessment_id: int) -> list[AuditEvent]:
    """An assessment's events, oldest first."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.assessment_id == assessment_id)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return list(session.scalars(query))

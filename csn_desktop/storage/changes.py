"""What changed in a shared database since a mark: the audit trail's newest event, and by whom."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from csn_desktop.storage import audit
from csn_desktop.storage.models import AuditEvent


def last_event(session: Session) -> int:
    """The newest audit event's id (0 for none): every import and decision records one, so a
    different value means the picture changed. One read of the primary key's end: cheap."""
    return int(session.scalar(select(func.max(AuditEvent.id))) or 0)


def events_since(session: Session, mark: int, upto: int, *, not_by: str) -> tuple[int, int]:
    """(events, imported submissions) recorded after ``mark`` up to ``upto`` by users other
    than ``not_by``."""
    imported = func.count(case((AuditEvent.kind == audit.IMPORTED, 1)))
    row = session.execute(
        select(func.count(AuditEvent.id), imported).where(
            AuditEvent.id > mark, AuditEvent.id <= upto, AuditEvent.actor != not_by
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)

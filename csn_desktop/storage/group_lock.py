"""Taking turns on a council's versions: a row lock on its organisation on a server database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import Base


def lock_versions(session: Session, organisation_id: int) -> bool:
    """Wait until no other transaction is storing or deciding a version of this organisation.

    Whoever stores a version reads the group, decides (duplicate, revision, older …) and
    writes: at PostgreSQL's READ COMMITTED two programs doing that at once would both see the
    group without the other's file, and both store it, or both make theirs current. Everyone
    who changes a group's versions therefore locks its organisation's row first, until the
    transaction ends; a read after the lock sees what the previous holder committed.

    FOR NO KEY UPDATE, not FOR UPDATE: it does not conflict with the key-share lock that
    inserting any row referring to the organisation takes (a council officer starting an
    assessment), only with other holders of this lock. On SQLite this does nothing: every
    writing transaction there begins IMMEDIATE and holds the database's one write lock.
    True when a lock was taken: what the transaction read before it may be out of date.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return False
    table = Base.metadata.tables["organisation"]
    connection.execute(
        select(table.c.id).where(table.c.id == organisation_id).with_for_update(key_share=True)
    )
    return True

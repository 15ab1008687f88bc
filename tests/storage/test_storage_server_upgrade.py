"""Two clients upgrading one PostgreSQL database at once: they queue, and it is migrated once."""

from __future__ import annotations

import multiprocessing
import time

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from csn_desktop.storage import migrating

OLDER = migrating.KNOWN_REVISIONS[-2]


def _upgrade(url: str) -> tuple[str | None, bool]:
    """One administrator's upgrade, in its own process (as on a second computer)."""
    from csn_desktop.actions.administration import upgrade_database

    change = upgrade_database(url)
    return change.found, change.migrated


def _waiting_for_the_lock(engine: Engine) -> int:
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        ).scalar_one()
    return int(found)


@pytest.mark.postgresql_only(reason="the advisory lock exists on PostgreSQL only")
def test_two_upgrades_at_once_queue_and_migrate_once(empty_database_url: str) -> None:
    from alembic import command

    engine = create_engine(empty_database_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), OLDER)
        context = multiprocessing.get_context("spawn")
        with context.Pool(2) as pool:
            # The lock held here until both processes wait on it: they surely overlap.
            with migrating.upgrade_lock(engine):
                waiting = [pool.apply_async(_upgrade, (empty_database_url,)) for _ in range(2)]
                while _waiting_for_the_lock(engine) < 2:
                    assert not any(w.ready() for w in waiting)  # neither got past the lock
                    time.sleep(0.05)
            results = sorted(w.get() for w in waiting)
        with engine.connect() as connection:
            assert migrating.stored_revision(connection) == migrating.HEAD_REVISION
    finally:
        engine.dispose()
    # One migrated from the older schema; the other, queued behind it, found nothing to do.
    assert results == [(OLDER, True), (migrating.HEAD_REVISION, False)]

"""A database opened on one thread used from another (as the window's export worker does)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from csn_desktop.storage.database import Database, open_database


def in_thread(call: Callable[[], Any]) -> Any:
    """Run ``call`` on a new thread; return its result or raise its exception here."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _connection_id(database: Database) -> int:
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        return id(connection.connection.dbapi_connection)


def test_a_file_database_is_shared_across_threads(db_path: Path) -> None:
    with open_database(db_path) as database:
        assert database.usable_from_any_thread
        main_connection = _connection_id(database)
        # The pooled connection made on this thread is handed to the other one: sqlite3 would
        # raise ProgrammingError there if check_same_thread were left on.
        assert in_thread(lambda: _connection_id(database)) == main_connection

        def write() -> None:
            with database.session() as session:
                session.execute(text("CREATE TABLE scratch (value TEXT)"))
                session.execute(text("INSERT INTO scratch VALUES ('ŵ')"))
                session.commit()

        in_thread(write)
        with database.session() as session:
            assert session.execute(text("SELECT value FROM scratch")).scalar() == "ŵ"


def test_an_in_memory_database_says_it_is_not_shared() -> None:
    with open_database("sqlite://") as database:
        assert not database.usable_from_any_thread

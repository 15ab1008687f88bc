"""A staff decision and another program's import of the same council, on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select, text

from csn_desktop.actions.setup import open_app_database
from csn_desktop.actions.versions import make_current
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.imports.reader import parse_submission
from csn_desktop.imports.store import store_submission
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.actions.test_actions_versions import UUID, two_versions
from tests.imports.conftest import EXPORTED, sample, submission_bytes
from tests.imports.test_imports_versions import check_one_current

HANG_GUARD = 600  # seconds, only against a hang: the decision itself has no limit


def waiting_for_a_lock(database: Database) -> bool:
    """Whether another connection to the database waits for a row lock."""
    with database.read_session() as session:
        found = session.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock'"
            )
        ).scalar()
    return bool(found)


def test_a_decision_waits_for_an_import_and_then_counts(
    server_url: str, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    database = open_app_database(server_url)
    try:
        older, _newer = two_versions(database, library, questionnaire)
        resent = submission_bytes(
            questionnaire,
            sample(questionnaire, 3),
            submission_uuid=UUID,
            exported_at=EXPORTED + timedelta(days=1),
            seed=3,
        )
        decided: list[str] = []
        with database.session() as importing:
            # Another program stores a newer file of the group, and has not committed yet.
            stored = store_submission(importing, parse_submission(resent, library), "c3.xlsx")
            assert stored.outcome is Outcome.REVISION
            decision = threading.Thread(
                target=lambda: decided.append(make_current(database, older))
            )
            decision.start()
            while not waiting_for_a_lock(database):  # the decision waits for the import
                assert decision.is_alive() and not decided
            importing.commit()
        decision.join(HANG_GUARD)
        assert decided and "now the current one" in decided[0]
        # Decided after the import: the older version is counted, the new file points to it.
        check_one_current(database)
        with database.read_session() as session:
            current = session.scalars(
                select(Assessment.id).where(Assessment.superseded_by_id.is_(None))
            ).all()
        assert current == [older]
    finally:
        database.close()

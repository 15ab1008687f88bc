"""Every import and every decision on versions is in the audit trail, with who made it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.versions import keep_current, make_current, reinstate, withdraw
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import AuditEvent, ImportRecord
from tests.imports.conftest import EXPORTED, sample, submission_bytes, write
from tests.imports.test_imports_versions import store

UUID = "2f0c7b1e-4a55-4c1e-9a55-0d6c2b9e0a17"


def trail(database: Database) -> list[tuple[int | None, str, str, str]]:
    with database.read_session() as session:
        rows = session.execute(
            select(
                AuditEvent.assessment_id, AuditEvent.kind, AuditEvent.detail, AuditEvent.actor
            ).order_by(AuditEvent.id)
        ).all()
    return [(a, kind, detail, actor) for a, kind, detail, actor in rows]


def test_each_import_is_in_the_trail_under_its_user(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    first = submission_bytes(questionnaire, sample(questionnaire, 1), submission_uuid=UUID)
    resent = submission_bytes(
        questionnaire,
        sample(questionnaire, 2),
        submission_uuid=UUID,
        exported_at=EXPORTED + timedelta(days=2),
    )
    (new,) = import_files(app_database, library, [write(tmp_path, "Caerdydd ŵ.xlsx", first)])
    again = import_files(app_database, library, [write(tmp_path, "again.xlsx", first)])
    (revision,) = import_files(app_database, library, [write(tmp_path, "resent.xlsx", resent)])
    assert [new.outcome, again[0].outcome, revision.outcome] == [
        Outcome.NEW,
        Outcome.DUPLICATE,
        Outcome.REVISION,
    ]
    actor = audit.current_actor()
    events = trail(app_database)
    assert {e[3] for e in events} == {actor}
    assert (new.assessment_id, audit.IMPORTED, "Caerdydd ŵ.xlsx", actor) in events
    # A duplicate adds no version, but who received it again, and when, is kept.
    assert (new.assessment_id, audit.RECEIVED_AGAIN, "again.xlsx", actor) in events
    assert (revision.assessment_id, audit.IMPORTED, "resent.xlsx", actor) in events
    kinds = {(a, kind) for a, kind, _detail, _actor in events}
    assert (revision.assessment_id, audit.REVISED) in kinds
    assert (new.assessment_id, audit.SUPERSEDED) in kinds
    # Every import record has its event in the trail.
    with app_database.read_session() as session:
        records = session.execute(select(ImportRecord.file_name, ImportRecord.outcome)).all()
    assert sorted(tuple(r) for r in records) == [
        ("Caerdydd ŵ.xlsx", "new"),
        ("again.xlsx", "duplicate"),
        ("resent.xlsx", "revision"),
    ]


def test_each_decision_is_in_the_trail_under_its_user(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    first = store(app_database, library, submission_bytes(questionnaire, seed=1), "a.xlsx")
    clock = submission_bytes(questionnaire, sample(questionnaire, 2), seed=1)
    future = datetime(2099, 1, 1, tzinfo=UTC)  # a PC whose clock cannot be trusted
    pending = store(app_database, library, clock, "clock.xlsx", modified=future, edited=True)
    third = store(
        app_database,
        library,
        submission_bytes(questionnaire, sample(questionnaire, 3), seed=1),
        "b.xlsx",
        modified=future,
        edited=True,
    )
    assert pending.outcome is third.outcome is Outcome.DECIDE
    assert first.assessment_id and pending.assessment_id and third.assessment_id
    keep_current(app_database, pending.assessment_id)
    make_current(app_database, third.assessment_id)
    withdraw(app_database, third.assessment_id, "Anfonwyd trwy gamgymeriad")
    reinstate(app_database, third.assessment_id)
    actor = audit.current_actor()
    decisions = [
        (a, kind, detail)
        for a, kind, detail, who in trail(app_database)
        if kind in (audit.KEPT_OLDER, audit.MADE_CURRENT, audit.WITHDRAWN, audit.REINSTATED)
        and who == actor
    ]
    assert [d[:2] for d in decisions] == [
        (pending.assessment_id, audit.KEPT_OLDER),
        (third.assessment_id, audit.MADE_CURRENT),
        (third.assessment_id, audit.WITHDRAWN),
        (third.assessment_id, audit.REINSTATED),
    ]
    assert decisions[2][2] == "Anfonwyd trwy gamgymeriad"

"""Staff decisions on versions: make current, keep, withdraw, reinstate; each in the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from csn_desktop.actions.network import load_network
from csn_desktop.actions.versions import (
    VersionNotFound,
    VersionRefused,
    keep_current,
    list_versions,
    make_current,
    pending_decisions,
    reinstate,
    withdraw,
    withdrawn,
)
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import AuditEvent
from tests.imports.conftest import EXPORTED, sample, submission_bytes
from tests.imports.test_imports_versions import check_one_current, store

UUID = "5b0f3f0e-7d3c-4c1e-9a55-4c0d6c2b9e01"


def two_versions(database: Database, library: QuestionnaireLibrary, q: Questionnaire) -> list[int]:
    """An older and a newer export of one submission: [older id, current id]."""
    ids = []
    for seed, moment in ((1, EXPORTED - timedelta(days=3)), (2, EXPORTED)):
        data = submission_bytes(
            q, sample(q, seed), submission_uuid=UUID, exported_at=moment, seed=seed
        )
        stored = store(database, library, data, f"cardiff-{seed}.xlsx")
        assert stored.assessment_id is not None
        ids.append(stored.assessment_id)
    return ids


def events(database: Database, assessment_id: int) -> list[tuple[str, str, str]]:
    with database.read_session() as session:
        rows = session.execute(
            select(AuditEvent.kind, AuditEvent.detail, AuditEvent.actor).where(
                AuditEvent.assessment_id == assessment_id
            )
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_make_current_on_an_older_version_uses_its_answers(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    older, newer = two_versions(app_database, library, questionnaire)
    said = make_current(app_database, older)
    assert "now the current one" in said
    [entry] = load_network(app_database, library).submissions
    assert entry.assessment_id == older
    assert entry.answers.values == submitted_answers(questionnaire, sample(questionnaire, 1)).values
    versions = {v.assessment_id: v for v in list_versions(app_database, newer)}
    assert versions[older].current and not versions[newer].current
    check_one_current(app_database)
    made = [e for e in events(app_database, older) if e[0] == audit.MADE_CURRENT]
    assert len(made) == 1 and made[0][2]  # with the actor
    with pytest.raises(VersionRefused, match="already the current one"):
        make_current(app_database, older)


def test_withdraw_leaves_the_figures_and_reinstate_brings_it_back(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    older, newer = two_versions(app_database, library, questionnaire)
    picture = load_network(app_database, library).picture
    assert picture(Filters()).councils == 1
    withdraw(app_database, older, "Sent by mistake")
    assert load_network(app_database, library).picture(Filters()).councils == 0
    assert [v.assessment_id for v in withdrawn(app_database)] == [newer]
    assert all(v.withdrawn for v in list_versions(app_database, newer))  # kept, listed
    assert (audit.WITHDRAWN, "Sent by mistake") in [e[:2] for e in events(app_database, older)]
    with pytest.raises(VersionRefused, match="already withdrawn"):
        withdraw(app_database, newer)
    # A newer file for a withdrawn council stays out of the figures until reinstated.
    later = submission_bytes(
        questionnaire,
        sample(questionnaire, 5),
        submission_uuid=UUID,
        exported_at=EXPORTED + timedelta(hours=1),
    )
    stored = store(app_database, library, later, "cardiff-3.xlsx")
    assert stored.outcome is Outcome.REVISION and "withdrawn" in stored.message
    assert load_network(app_database, library).picture(Filters()).councils == 0
    reinstate(app_database, newer)
    [entry] = load_network(app_database, library).submissions
    assert entry.assessment_id == stored.assessment_id
    assert audit.REINSTATED in [e[0] for e in events(app_database, newer)]
    with pytest.raises(VersionRefused, match="not withdrawn"):
        reinstate(app_database, newer)


def test_keep_current_decides_a_pending_version(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    first = store(app_database, library, submission_bytes(questionnaire, seed=1), "a.xlsx")
    # Edited on a PC whose clock says 2099: its saved time cannot be trusted.
    clock = submission_bytes(questionnaire, sample(questionnaire, 2), seed=1)
    future = datetime(2099, 1, 1, tzinfo=UTC)
    pending = store(app_database, library, clock, "clock.xlsx", modified=future, edited=True)
    assert pending.outcome is Outcome.DECIDE and pending.assessment_id is not None
    assert [v.assessment_id for v in pending_decisions(app_database)] == [pending.assessment_id]
    keep_current(app_database, pending.assessment_id)
    assert pending_decisions(app_database) == []
    [entry] = load_network(app_database, library).submissions
    assert entry.assessment_id == first.assessment_id
    assert audit.KEPT_OLDER in [e[0] for e in events(app_database, pending.assessment_id)]
    with pytest.raises(VersionRefused, match="not waiting"):
        keep_current(app_database, pending.assessment_id)
    check_one_current(app_database)


@pytest.mark.parametrize(
    "step",
    [
        list_versions,
        make_current,
        keep_current,
        lambda database, number: withdraw(database, number, ""),
        reinstate,
    ],
)
def test_a_wrong_id_is_one_plain_sentence(app_database: Database, step: object) -> None:
    with pytest.raises(VersionNotFound, match=r"There is no assessment number 999\."):
        step(app_database, 999)  # type: ignore[operator]


def test_a_local_assessment_is_a_version_of_its_group(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    from csn_desktop.actions.assessments import start_assessment

    local = start_assessment(app_database, questionnaire, period="2026/27", gss_code="W06000015")
    stored = store(app_database, library, submission_bytes(questionnaire), "cardiff.xlsx")
    assert stored.outcome is Outcome.DECIDE and stored.assessment_id is not None
    versions = list_versions(app_database, local)
    assert [(v.assessment_id, v.origin, v.current, v.decision_pending) for v in versions] == [
        (stored.assessment_id, "imported", False, True),
        (local, "local", True, False),
    ]
    assert versions[1].file_name is None and versions[1].imported_at is None
    assert versions[0].file_name == "cardiff.xlsx" and versions[0].outcome == "needs_decision"
    assert versions[0].answer_count > 0 and versions[0].council == "Cardiff"
    make_current(app_database, stored.assessment_id)
    [entry] = load_network(app_database, library).submissions
    assert entry.assessment_id == stored.assessment_id
    assert pending_decisions(app_database) == []
    check_one_current(app_database)

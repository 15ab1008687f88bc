"""Two members of staff deciding on one submission's versions: the second, stale, is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csn_desktop.actions.setup import open_app_database
from csn_desktop.actions.versions import (
    DecisionChanged,
    list_versions,
    make_current,
    reinstate,
    withdraw,
)
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from tests.actions.test_actions_versions import events, two_versions
from tests.conftest import TEST_ENGINE


@pytest.fixture
def other(database_url: str, app_database: Database) -> Iterator[Database]:
    """The same database, opened by another member of staff's copy of the app."""
    database = open_app_database(
        Path(database_url) if TEST_ENGINE != "postgresql" else database_url
    )
    yield database
    database.close()


def test_a_decision_on_versions_someone_changed_meanwhile_is_refused(
    app_database: Database,
    other: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    older, newer = two_versions(app_database, library, questionnaire)
    # Both look at the versions; Alex makes the older one current first.
    mine = {v.assessment_id: v for v in list_versions(app_database, newer)}
    theirs = {v.assessment_id: v for v in list_versions(other, newer)}
    monkeypatch.setattr(audit, "current_actor", lambda: "Alex Jones")
    make_current(other, older, seen=theirs[older].decision_version)
    monkeypatch.setattr(audit, "current_actor", lambda: "Ffion Wyn")
    # Ffion, on what she saw, withdraws the group: refused, naming Alex.
    with pytest.raises(DecisionChanged) as refused:
        withdraw(app_database, newer, "sent twice", seen=mine[newer].decision_version)
    message = str(refused.value)
    assert message.startswith("Alex Jones changed the versions of Cardiff, 2026/27 at ")
    assert "nothing was changed" in message
    now = {v.assessment_id: v for v in list_versions(app_database, newer)}
    assert now[older].current and not now[newer].withdrawn  # Alex's decision stands
    assert not any(e[0] == audit.WITHDRAWN for e in events(app_database, newer))
    # Looking again, she may decide; each decision is in the audit trail under its user.
    withdraw(app_database, newer, "sent twice", seen=now[newer].decision_version)
    assert [e[2] for e in events(app_database, older) if e[0] == audit.MADE_CURRENT] == [
        "Alex Jones"
    ]
    assert [e[2] for e in events(app_database, newer) if e[0] == audit.WITHDRAWN] == ["Ffion Wyn"]
    # Alex's copy still holds the version before the withdrawal: refused in turn.
    with pytest.raises(DecisionChanged, match="Ffion Wyn changed"):
        reinstate(other, newer, seen=theirs[older].decision_version + 1)


def test_without_seen_a_decision_applies_to_the_versions_as_they_are(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    # The command line decides on what is stored now: no version to compare with.
    older, newer = two_versions(app_database, library, questionnaire)
    make_current(app_database, older)
    make_current(app_database, newer)
    assert {v.assessment_id for v in list_versions(app_database, newer) if v.current} == {newer}

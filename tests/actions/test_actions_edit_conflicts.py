"""Two people answering one assessment from two copies of the app: nobody overwrites anybody."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from csn_desktop.actions.assessments import (
    load_assessment,
    reload_answer,
    save_answer,
    save_answers,
    start_assessment,
)
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import AnswerKey
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage import audit, edit_audit
from csn_desktop.storage.answers import AnswerChanged
from csn_desktop.storage.audit import current_actor
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Answer
from tests.conftest import TEST_ENGINE

ROLE = "respondent_role"
NAME = "respondent_name"
EMAIL = "respondent_email"


def _open(url: str) -> Database:
    return open_app_database(Path(url) if TEST_ENGINE != "postgresql" else url)


@pytest.fixture
def two(database_url: str) -> Iterator[tuple[Database, Database]]:
    """Two Database objects on one database: two computers, or two users of one server."""
    first = _open(database_url)
    second = _open(database_url)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def assessment_id(two: tuple[Database, Database], library: QuestionnaireLibrary) -> int:
    return start_assessment(two[0], library.latest(), period="2026/27", gss_code="W06000015")


def _seen(
    database: Database, library: QuestionnaireLibrary, assessment_id: int
) -> dict[AnswerKey, int]:
    return dict(load_assessment(database, library, assessment_id).versions)


def _as(user: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored_answers, "current_actor", lambda: user)


def test_different_questions_of_one_assessment_both_save(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    first, second = two
    q = library.latest()
    alex, ffion = _seen(first, library, assessment_id), _seen(second, library, assessment_id)
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital", seen=alex)
    save_answer(second, q, assessment_id, EMAIL, "", "ffion@caerdydd.gov.uk", seen=ffion)
    answers = load_assessment(first, library, assessment_id).answers
    assert answers.get(ROLE, "") == "Head of Digital"
    assert answers.get(EMAIL, "") == "ffion@caerdydd.gov.uk"


def test_the_second_save_of_one_answer_is_refused_naming_who_and_when(
    two: tuple[Database, Database],
    library: QuestionnaireLibrary,
    assessment_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = two
    q = library.latest()
    alex, ffion = _seen(first, library, assessment_id), _seen(second, library, assessment_id)
    _as("Alex Jones", monkeypatch)
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital", seen=alex)
    _as("Ffion Ll. Ŵyn", monkeypatch)
    with pytest.raises(AnswerChanged) as refused:
        save_answer(second, q, assessment_id, ROLE, "", "Pennaeth Digidol, ŵyr a ŷd", seen=ffion)
    assert refused.value.user == "Alex Jones"
    assert refused.value.at is not None
    assert refused.value.message.startswith("Alex Jones changed this answer at ")
    assert refused.value.message.endswith("; reload to see it.")
    assert (refused.value.question_id, refused.value.item_key) == (ROLE, "")
    # Nothing overwritten, and the refused person's versions are as they were.
    assert load_assessment(second, library, assessment_id).answers.get(ROLE, "") == (
        "Head of Digital"
    )
    assert ffion.get(AnswerKey(ROLE, "")) is None
    # Reloading gives what Alex saved, and a save on it succeeds.
    now = reload_answer(second, assessment_id, ROLE, "")
    assert now.value == "Head of Digital"
    ffion[AnswerKey(ROLE, "")] = now.version
    save_answer(second, q, assessment_id, ROLE, "", "Pennaeth Digidol, ŵyr a ŷd", seen=ffion)
    assert load_assessment(first, library, assessment_id).answers.get(ROLE, "") == (
        "Pennaeth Digidol, ŵyr a ŷd"
    )
    # Alex's copy now holds an old version: Alex is refused in turn, naming Ffion.
    with pytest.raises(AnswerChanged, match=r"Ffion Ll\. Ŵyn changed this answer"):
        save_answer(first, q, assessment_id, ROLE, "", "Head of Digital and Data", seen=alex)


def test_each_save_moves_the_version_and_records_the_user(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    first, _second = two
    q = library.latest()
    seen = _seen(first, library, assessment_id)
    save_answer(first, q, assessment_id, ROLE, "", "one", seen=seen)
    save_answer(first, q, assessment_id, ROLE, "", "two", seen=seen)
    save_answer(first, q, assessment_id, ROLE, "", "three", seen=seen)
    assert seen[AnswerKey(ROLE, "")] == 3
    with first.read_session() as session:
        row = session.execute(
            select(Answer.version, Answer.updated_by).where(Answer.question_id == ROLE)
        ).one()
    assert tuple(row) == (3, current_actor())


def test_an_answer_cleared_by_someone_else_is_not_made_again_silently(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    first, second = two
    q = library.latest()
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital")
    alex, ffion = _seen(first, library, assessment_id), _seen(second, library, assessment_id)
    save_answer(first, q, assessment_id, ROLE, "", "", seen=alex)  # cleared
    with pytest.raises(AnswerChanged, match="Someone else cleared this answer"):
        save_answer(second, q, assessment_id, ROLE, "", "Head of Data", seen=ffion)
    assert load_assessment(first, library, assessment_id).answers.get(ROLE, "") is None


def test_a_bulk_save_with_one_changed_answer_stores_none_of_them(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    first, second = two
    q = library.latest()
    alex, ffion = _seen(first, library, assessment_id), _seen(second, library, assessment_id)
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital", seen=alex)
    changes = [(EMAIL, "", "ffion@caerdydd.gov.uk"), (ROLE, "", "Swyddog")]
    with pytest.raises(AnswerChanged):
        save_answers(second, q, assessment_id, changes, seen=ffion)
    answers = load_assessment(first, library, assessment_id).answers
    assert answers.get(EMAIL, "") is None
    assert answers.get(ROLE, "") == "Head of Digital"
    assert AnswerKey(EMAIL, "") not in ffion


def test_two_saves_at_the_same_moment_one_wins_and_the_other_is_refused(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    q = library.latest()
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(database: Database, text: str) -> None:
        seen = _seen(database, library, assessment_id)
        start.wait()
        try:
            save_answer(database, q, assessment_id, NAME, "", text, seen=seen)
            outcomes[text] = "saved"
        except AnswerChanged:
            outcomes[text] = "refused"

    threads = [
        threading.Thread(target=save, args=(database, text))
        for database, text in zip(two, ("Alex Jones", "Ffion Wyn"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(text for text, outcome in outcomes.items() if outcome == "saved")
    assert load_assessment(two[0], library, assessment_id).answers.get(NAME, "") == winner


def test_every_edit_is_in_the_audit_trail_under_its_user_one_event_a_sitting(
    two: tuple[Database, Database],
    library: QuestionnaireLibrary,
    assessment_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = two
    q = library.latest()
    monkeypatch.setattr(audit, "current_actor", lambda: "Alex Jones")
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital")
    save_answers(first, q, assessment_id, [(EMAIL, "", "alex@caerdydd.gov.uk"), (NAME, "", "Alex")])
    monkeypatch.setattr(audit, "current_actor", lambda: "Ffion Wyn")
    save_answer(second, q, assessment_id, ROLE, "", "Pennaeth Digidol")
    with first.read_session() as session:
        edits = [
            (e.actor, e.detail)
            for e in audit.list_audit_events(session, assessment_id)
            if e.kind == edit_audit.ANSWERS_EDITED
        ]
    assert edits == [("Alex Jones", "3"), ("Ffion Wyn", "1")]


def test_clearing_an_answer_seen_empty_never_deletes_one_given_meanwhile(
    two: tuple[Database, Database], library: QuestionnaireLibrary, assessment_id: int
) -> None:
    first, second = two
    q = library.latest()
    alex, ffion = _seen(first, library, assessment_id), _seen(second, library, assessment_id)
    save_answer(first, q, assessment_id, ROLE, "", "Head of Digital", seen=alex)
    with pytest.raises(AnswerChanged):
        save_answers(second, q, assessment_id, [(ROLE, "", None)], seen=ffion)
    assert load_assessment(first, library, assessment_id).answers.get(ROLE, "") == (
        "Head of Digital"
    )

"""The network view's kept counts (counted_answers) give exactly the figures the answers give."""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from csn_desktop.actions import assessments as actions
from csn_desktop.actions.network import NetworkData, load_network
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.aggregation import Filters, aggregate
from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.canonical import counted_answers
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.domain.values import value_to_json
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.imported import NewImport, add_answer_rows, add_imported
from csn_desktop.storage.models import OTHER_TYPE_CODE, Assessment, CountedAnswers
from csn_desktop.storage.organisations import list_organisations
from csn_desktop.storage.versions import Group, set_current, withdraw
from tests.conftest import NewDatabase

PERIOD = "2026/27"
START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _councils(database: Database) -> list[int]:
    with database.read_session() as session:
        return [
            o.id
            for o in list_organisations(session, current_only=True)
            if o.type_code != OTHER_TYPE_CODE and o.gss_code
        ][:9]


def _older(library: QuestionnaireLibrary, answers: Answers, version: int) -> Answers:
    """The same answers under the question ids of an older ``version``."""
    newest = library.latest()
    older = library.get(newest.id, version)
    assert older is not None
    back = {new: old for old, new in library.to_version(older, newest).items()}
    moved = Answers()
    for key, value in answers:
        moved.set(back.get(key.question_id, key.question_id), key.item_key, value)
    return moved


def _import(
    database: Database,
    organisation_id: int,
    answers: Answers,
    n: int,
    *,
    version: int = 2,
    pending: bool = False,
) -> int:
    """Store one imported submission the way an import does (storage/imported)."""
    questionnaire_id = "csn-smart-city-standards"  # not translated: a questionnaire id
    now = START + timedelta(minutes=n)
    with database.session() as session:
        assessment_id = add_imported(
            session,
            NewImport(
                uuid=str(uuid.UUID(int=n + 1, version=4)),
                organisation_id=organisation_id,
                questionnaire_id=questionnaire_id,
                questionnaire_version=version,
                period=PERIOD,
                status="final" if n % 3 else "draft",
                respondent=None,
                source_file_sha256=f"{n:064x}",
                exported_at=now,
                flagged=False,
                submission_uuid=str(uuid.UUID(int=1000 + organisation_id, version=4)),
                file_modified_at=now,
                withdrawn_at=None,
                decision_pending=pending,
            ),
            f"{n}.xlsx",
            now,
        )
        rows = [(k.question_id, k.item_key, value_to_json(v)) for k, v in answers]
        add_answer_rows(session, assessment_id, rows, now)
        session.commit()
    return assessment_id


def _network_office(
    library: QuestionnaireLibrary, new_database: NewDatabase
) -> tuple[Database, int]:
    """Councils with re-sends, a version 1 submission under renamed ids, a withdrawn group, a
    version waiting for a decision, a local draft, and one in the bin.

    Returns the database and the id of the assessment in the bin.
    """
    newest = library.latest()
    database = open_app_database(new_database("office"), library=library)
    councils = _councils(database)
    rng = random.Random(14)

    def answers() -> Answers:
        made = sample_answers(newest, rng, completeness=rng.uniform(0.5, 1.0))
        made.set(ids.NATIONAL_PRIORITIES, NO_ITEM, ["clean_growth", "ai_data_economy"])
        return made

    for n, council in enumerate(councils[:4]):
        _import(database, council, answers(), n)
    # A re-send of the first council: the newer export becomes current.
    resend = _import(database, councils[0], answers(), 10)
    with database.session() as session:
        set_current(session, Group(councils[0], PERIOD, newest.id), resend)
        session.commit()
    # Version 1's ids (grand_challenges) are counted under version 2's (national_priorities).
    _import(database, councils[4], _older(library, answers(), 1), 11, version=1)
    # A withdrawn group counts nowhere.
    withdrawn = _import(database, councils[5], answers(), 12)
    with database.session() as session:
        withdraw(session, withdrawn, "Sent by mistake — Ynys Môn")
        session.commit()
    # A version waiting for a decision while the older one stays current.
    older = _import(database, councils[6], answers(), 13)
    _import(database, councils[6], answers(), 14, pending=True)
    with database.session() as session:
        set_current(session, Group(councils[6], PERIOD, newest.id), older)
        session.commit()
    # A draft of the office's own, saved answer by answer (its updated_at moves each time).
    local = actions.start_assessment(
        database, newest, period=PERIOD, other_organisation="Cyngor Cymuned Llanŵ"
    )
    for key, value in answers():
        actions.save_answer(database, newest, local, key.question_id, key.item_key, value)
    binned = _import(database, councils[7], answers(), 15)
    with database.session() as session:
        session.execute(update(Assessment).where(Assessment.id == binned).values(deleted_at=START))
        session.commit()
    return database, binned


def _from_answers(database: Database, library: QuestionnaireLibrary) -> dict[int, Answers]:
    """Each counted assessment's counted answers, worked out afresh from its stored answers."""
    newest = library.latest()
    found: dict[int, Answers] = {}
    with database.read_session() as session:
        current = session.execute(
            select(Assessment.id, Assessment.questionnaire_version).where(
                Assessment.superseded_by_id.is_(None),
                Assessment.withdrawn_at.is_(None),
                Assessment.deleted_at.is_(None),
            )
        ).all()
        for assessment_id, version in current:
            answered = library.get(newest.id, version)
            assert answered is not None
            renamed = library.to_version(answered, newest)
            moved = Answers()
            for key, value in load_answers(session, assessment_id):
                moved.set(renamed.get(key.question_id, key.question_id), key.item_key, value)
            found[assessment_id] = counted_answers(newest, moved)
    return found


def _kept(database: Database) -> dict[int, int]:
    """assessment id → the questionnaire version its kept counts were counted against."""
    with database.read_session() as session:
        rows = session.execute(
            select(CountedAnswers.assessment_id, CountedAnswers.questionnaire_version)
        )
        return {row[0]: row[1] for row in rows}


def _answers(data: NetworkData) -> dict[int, Answers]:
    return {s.assessment_id: s.answers for s in data.submissions}


def test_kept_counts_give_the_same_figures_as_the_answers(
    tmp_path: Path, new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    database, binned = _network_office(library, new_database)
    try:
        expected = _from_answers(database, library)
        assert binned not in expected and len(expected) == 7
        assert _kept(database) == {}
        counted = load_network(database, library)  # counts the answers and keeps the counts
        assert _kept(database) == dict.fromkeys(expected, 2)
        read = load_network(database, library)  # reads the kept counts
    finally:
        database.close()
    assert _answers(counted) == expected
    assert _answers(read) == expected
    assert read.submissions == counted.submissions
    renamed = [a for a in expected.values() if a.get(ids.NATIONAL_PRIORITIES)]
    assert len(renamed) == 7  # the version 1 submission's renamed answer is counted
    codes = read.standard_codes
    assert aggregate(read.submissions, codes) == aggregate(counted.submissions, codes)
    every = Filters(period=PERIOD, include_drafts=True, include_other_organisations=True)
    assert read.figures(every) == counted.figures(every)
    assert read.figures(Filters()) == counted.figures(Filters())


def test_the_kept_counts_are_what_a_period_reads(
    tmp_path: Path, new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    database, _binned = _network_office(library, new_database)
    try:
        first = load_network(database, library)
        chosen = first.submissions[0].assessment_id
        with database.session() as session:
            session.execute(
                update(CountedAnswers)
                .where(CountedAnswers.assessment_id == chosen)
                .values(counted_json="[]")
            )
            session.commit()
        second = load_network(database, library, every_period=False)
        [read] = [s for s in second.period(PERIOD) if s.assessment_id == chosen]
    finally:
        database.close()
    assert len(read.answers) == 0  # read as kept, not counted again


def test_a_draft_changed_since_is_counted_again(
    tmp_path: Path, new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    newest = library.latest()
    database, _binned = _network_office(library, new_database)
    try:
        load_network(database, library)
        with database.read_session() as session:
            local = session.scalar(select(Assessment.id).where(Assessment.origin == "local"))
        assert local is not None
        actions.save_answer(database, newest, local, ids.NATIONAL_PRIORITIES, NO_ITEM, None)
        data = load_network(database, library)
        expected = _from_answers(database, library)
    finally:
        database.close()
    assert _answers(data) == expected
    assert expected[local].get(ids.NATIONAL_PRIORITIES) is None


def test_a_new_questionnaire_version_counts_every_assessment_again(
    tmp_path: Path, new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    newest = library.latest()
    only_v1 = QuestionnaireLibrary(tuple(q for q in library.questionnaires if q.version == 1))
    database, _binned = _network_office(library, new_database)
    try:
        before = load_network(database, only_v1)
        assert set(_kept(database).values()) == {1}
        # Counted against version 1, only the version 1 submission has the old question.
        assert [bool(s.answers.get("grand_challenges")) for s in before.submissions].count(
            True
        ) == 1
        after = load_network(database, library)
        assert set(_kept(database).values()) == {2}
        expected = _from_answers(database, library)
    finally:
        database.close()
    assert before.questionnaire.version == 1 and after.questionnaire.version == newest.version
    assert _answers(after) == expected
    assert not any(
        key.question_id == "grand_challenges" for s in after.submissions for key in s.answers.values
    )


@pytest.mark.sqlite_only(reason="an older SQLite file made with sqlite3, backed up on opening")
def test_an_older_database_gets_the_table_and_counts_kept_on_first_read(
    tmp_path: Path, new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    database, _binned = _network_office(library, new_database)
    path = tmp_path / "office.sqlite3"
    database.close()
    # What the app before migration 0006 left: no table of kept counts (nor the later
    # peer benchmarks', the councils' Welsh names, nor the edit versions), schema revision 0005.
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE counted_answers")
        raw.execute("DROP TABLE peer_benchmark")
        raw.execute("ALTER TABLE organisation DROP COLUMN name_cy")
        raw.execute("ALTER TABLE organisation DROP COLUMN official_name_cy")
        raw.execute("ALTER TABLE answer DROP COLUMN version")
        raw.execute("ALTER TABLE answer DROP COLUMN updated_by")
        raw.execute("ALTER TABLE assessment DROP COLUMN decision_version")
        raw.execute("UPDATE alembic_version SET version_num = '0005'")
    raw.close()
    database = open_app_database(path, library=library)
    try:
        assert database.backup is not None
        assert _kept(database) == {}
        data = load_network(database, library)
        expected = _from_answers(database, library)
        assert _kept(database) == dict.fromkeys(expected, 2)
    finally:
        database.close()
    assert _answers(data) == expected

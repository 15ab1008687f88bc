"""save_answer, load_answers and delete_item: every value type, overwrite, delete, final refusal."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from csn_desktop.domain.answers import AnswerKey
from csn_desktop.domain.values import JsonValue
from csn_desktop.storage.answers import delete_item, load_answers, save_answer
from csn_desktop.storage.assessments import finalise_assessment, get_assessment, reopen_assessment
from csn_desktop.storage.database import Database
from csn_desktop.storage.errors import AssessmentIsFinal, AssessmentNotFound
from csn_desktop.storage.models import Answer

WELSH = "Mae'r cyngor yn defnyddio ŵ a ŷ"

VALUES: list[JsonValue] = [
    "plain text",
    WELSH,
    "emoji 🏙️🚲 and 中文",
    "line one\nline two\ttabbed",
    "",
    0,
    -42,
    2**53,
    3.25,
    -0.5,
    True,
    False,
    [],
    ["adopted", "funded"],
    [WELSH, "🚦"],
]


def save(db: Database, assessment_id: int, q: str, item: str, value: JsonValue) -> None:
    with db.session() as session:
        save_answer(session, assessment_id, q, item, value)
        session.commit()


def answers_of(db: Database, assessment_id: int) -> dict[AnswerKey, JsonValue]:
    with db.session() as session:
        return dict(load_answers(session, assessment_id))


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_every_value_type_round_trips(db: Database, assessment_id: int, value: JsonValue) -> None:
    save(db, assessment_id, "about.strategy", "", value)
    stored = answers_of(db, assessment_id)[AnswerKey("about.strategy")]
    assert stored == value
    assert type(stored) is type(value)


def test_text_is_stored_as_readable_utf8_json(db: Database, assessment_id: int) -> None:
    save(db, assessment_id, "about.notes", "", WELSH)
    with db.session() as session:
        raw = session.scalar(select(Answer.value_json))
    assert raw == '"Mae\'r cyngor yn defnyddio ŵ a ŷ"'


def test_overwrite_then_delete(db: Database, assessment_id: int) -> None:
    save(db, assessment_id, "standards.use", "BS-ISO-37120", "planning")
    save(db, assessment_id, "standards.use", "BS-ISO-37120", "fully_used")
    save(db, assessment_id, "standards.use", "PAS-181", "aware")
    assert answers_of(db, assessment_id) == {
        AnswerKey("standards.use", "BS-ISO-37120"): "fully_used",
        AnswerKey("standards.use", "PAS-181"): "aware",
    }
    save(db, assessment_id, "standards.use", "BS-ISO-37120", None)
    assert answers_of(db, assessment_id) == {AnswerKey("standards.use", "PAS-181"): "aware"}
    save(db, assessment_id, "standards.use", "never-saved", None)  # deleting nothing is fine


def test_save_marks_the_assessment_updated(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        before = get_assessment(session, assessment_id).updated_at
    time.sleep(0.002)
    save(db, assessment_id, "about.role", "", "Head of digital")
    with db.session() as session:
        after = get_assessment(session, assessment_id).updated_at
    assert after > before
    assert after.tzinfo is not None


def test_save_keeps_an_assessment_loaded_in_the_same_session_in_step(
    db: Database, assessment_id: int
) -> None:
    with db.session() as session:
        assessment = get_assessment(session, assessment_id)
        before = assessment.updated_at
        time.sleep(0.002)
        save_answer(session, assessment_id, "about.role", "", "x")
        assert assessment.updated_at > before


def test_final_assessment_refuses_saves_and_deletes(db: Database, assessment_id: int) -> None:
    save(db, assessment_id, "gaps.description", "1", "Kerbside sensors")
    with db.session() as session:
        finalise_assessment(session, assessment_id)
        session.commit()
    with db.session() as session, pytest.raises(AssessmentIsFinal, match="finalised"):
        save_answer(session, assessment_id, "about.role", "", "x")
    with db.session() as session, pytest.raises(AssessmentIsFinal):
        save_answer(session, assessment_id, "gaps.description", "1", None)
    with db.session() as session, pytest.raises(AssessmentIsFinal):
        delete_item(session, assessment_id, "gaps", "1")
    assert answers_of(db, assessment_id) == {AnswerKey("gaps.description", "1"): "Kerbside sensors"}
    with db.session() as session:
        reopen_assessment(session, assessment_id)
        session.commit()
    save(db, assessment_id, "about.role", "", "x")


def test_missing_assessment_is_reported(db: Database) -> None:
    with db.session() as session, pytest.raises(AssessmentNotFound):
        save_answer(session, 999, "about.role", "", "x")


@pytest.mark.parametrize("bad", [{"a": 1}, [1, 2], float("nan"), float("inf"), object()])
def test_values_that_are_not_json_values_are_refused(
    db: Database, assessment_id: int, bad: object
) -> None:
    with db.session() as session, pytest.raises((TypeError, ValueError)):
        save_answer(session, assessment_id, "about.role", "", bad)  # type: ignore[arg-type]


def test_delete_item_removes_only_that_item_of_that_group(db: Database, assessment_id: int) -> None:
    save(db, assessment_id, "gaps.theme", "1", "mobility")
    save(db, assessment_id, "gaps.description", "1", "No open kerb data standard")
    save(db, assessment_id, "gaps.theme", "2", "energy")
    save(db, assessment_id, "gapsx.theme", "1", "not the group")
    save(db, assessment_id, "GAPS.theme", "1", "case differs")
    save(db, assessment_id, "about.role", "1", "other question, same key")
    with db.session() as session:
        removed = delete_item(session, assessment_id, "gaps", "1")
        session.commit()
    assert removed == 2
    assert answers_of(db, assessment_id) == {
        AnswerKey("gaps.theme", "2"): "energy",
        AnswerKey("gapsx.theme", "1"): "not the group",
        AnswerKey("GAPS.theme", "1"): "case differs",
        AnswerKey("about.role", "1"): "other question, same key",
    }


def test_load_answers_of_another_assessment_is_separate(db: Database, assessment_id: int) -> None:
    save(db, assessment_id, "about.role", "", "x")
    with db.session() as session:
        assert len(load_answers(session, assessment_id + 1000)) == 0

"""Answers: the autosave unit (one answer upserted or deleted), loading, and deleting an item."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Insert, delete, func, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.values import JsonValue, value_from_json, value_to_json
from csn_desktop.storage.assessments import touch_draft
from csn_desktop.storage.models import Answer, Base
from csn_desktop.storage.timestamps import utc_now

_KEY_COLUMNS = ["assessment_id", "question_id", "item_key"]


@cache
def _upsert_statement(dialect: str) -> Insert:
    """INSERT … ON CONFLICT DO UPDATE, built once per dialect: building costs more than running."""
    table = Base.metadata.tables["answer"]
    if dialect == "sqlite":
        lite = sqlite.insert(table)
        return lite.on_conflict_do_update(
            index_elements=_KEY_COLUMNS,
            set_={"value_json": lite.excluded.value_json, "updated_at": lite.excluded.updated_at},
        )
    # Imported only for PostgreSQL: about 50 ms of every start otherwise.
    from sqlalchemy.dialects import postgresql

    pg = postgresql.insert(table)
    return pg.on_conflict_do_update(
        index_elements=_KEY_COLUMNS,
        set_={"value_json": pg.excluded.value_json, "updated_at": pg.excluded.updated_at},
    )


def save_answer(
    session: Session, assessment_id: int, question_id: str, item_key: str, value: JsonValue
) -> None:
    """Store one answer (None deletes it) and mark the assessment updated; never commits.

    Raises AssessmentIsFinal for a final assessment and AssessmentNotFound for a missing one.
    Two statements: an UPDATE that checks the draft status and an upsert (or a DELETE).
    """
    touch_draft(session, assessment_id)
    where = (
        Answer.assessment_id == assessment_id,
        Answer.question_id == question_id,
        Answer.item_key == item_key,
    )
    if value is None:
        session.execute(delete(Answer).where(*where).execution_options(synchronize_session=False))
        return
    row = {
        "assessment_id": assessment_id,
        "question_id": question_id,
        "item_key": item_key,
        "value_json": value_to_json(value),
        "updated_at": utc_now(),
    }
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        session.execute(_upsert_statement(dialect), row)
    else:
        existing = session.scalar(select(Answer.id).where(*where))
        if existing is None:
            session.add(Answer(**row))
            session.flush()
        else:
            session.execute(
                update(Answer)
                .where(Answer.id == existing)
                .values(value_json=row["value_json"], updated_at=row["updated_at"])
                .execution_options(synchronize_session=False)
            )


def load_answers(session: Session, assessment_id: int) -> Answers:
    """All stored answers of an assessment."""
    rows = session.execute(
        select(Answer.question_id, Answer.item_key, Answer.value_json).where(
            Answer.assessment_id == assessment_id
        )
    )
    return Answers.from_mapping(
        {AnswerKey(q, item): value_from_json(text) for q, item, text in rows}
    )


def delete_item(session: Session, assessment_id: int, group_id: str, item_key: str) -> int:
    """Delete every answer of one group item (questions `group_id.*`); return how many."""
    touch_draft(session, assessment_id)
    prefix = group_id + "."
    result = session.execute(
        delete(Answer)
        .where(
            Answer.assessment_id == assessment_id,
            Answer.item_key == item_key,
            # substr, not LIKE: LIKE is case-insensitive on SQLite and treats _ as a wildcard.
            func.substr(Answer.question_id, 1, len(prefix)) == prefix,
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))

"""Answers: the autosave unit (one answer upserted or deleted, checked against the version seen),
loading, and deleting an item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Insert, delete, func, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.values import JsonValue, value_from_json, value_to_json
from csn_desktop.i18n import _, format_datetime
from csn_desktop.storage.assessments import touch_draft
from csn_desktop.storage.audit import current_actor
from csn_desktop.storage.errors import StorageError
from csn_desktop.storage.models import Answer, Base
from csn_desktop.storage.timestamps import utc_now

_KEY_COLUMNS = ["assessment_id", "question_id", "item_key"]

# The version of an answer that is not stored (never given, or cleared): stored ones start at 1.
ABSENT = 0


class AnswerChanged(StorageError):
    """Someone else saved (or cleared) this answer since it was read: nothing was overwritten.

    Names who saved it and when; a cleared answer keeps no row, so nobody can be named."""

    def __init__(
        self, question_id: str, item_key: str, user: str | None, at: datetime | None
    ) -> None:
        if user is not None and at is not None:
            message = _("{user} changed this answer at {time}; reload to see it.").format(
                user=user, time=format_datetime(at)
            )
        else:
            message = _("Someone else cleared this answer; reload to see it.")
        super().__init__(message)
        self.question_id = question_id
        self.item_key = item_key
        self.user = user
        self.at = at


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """One answer as stored now: its value (None when there is none) and version."""

    value: JsonValue
    version: int


@cache
def _upsert_statement(dialect: str, checked: bool) -> Insert:
    """INSERT … ON CONFLICT, built once per dialect: building costs more than running.

    Unchecked, an existing row is updated; ``checked`` (the caller saw no answer), an existing
    row — made by someone else meanwhile — is left alone: the new row's id is returned, none
    when it was left alone (the row count cannot tell: PostgreSQL's driver reports -1).
    """
    table = Base.metadata.tables["answer"]
    if dialect == "sqlite":
        lite = sqlite.insert(table)
        if checked:
            return lite.on_conflict_do_nothing(index_elements=_KEY_COLUMNS).returning(
                lite.table.c.id
            )
        return lite.on_conflict_do_update(index_elements=_KEY_COLUMNS, set_=_updated(lite))
    # Imported only for PostgreSQL: about 50 ms of every start otherwise.
    from sqlalchemy.dialects import postgresql

    pg = postgresql.insert(table)
    if checked:
        return pg.on_conflict_do_nothing(index_elements=_KEY_COLUMNS).returning(pg.table.c.id)
    return pg.on_conflict_do_update(index_elements=_KEY_COLUMNS, set_=_updated(pg))


def _updated(insert: Any) -> dict[str, Any]:
    """What an unchecked upsert sets on the row it meets: the new value, one version up."""
    return {
        "value_json": insert.excluded.value_json,
        "updated_at": insert.excluded.updated_at,
        "updated_by": insert.excluded.updated_by,
        "version": insert.table.c.version + 1,
    }


def save_answer(
    session: Session,
    assessment_id: int,
    question_id: str,
    item_key: str,
    value: JsonValue,
    *,
    seen: int | None = None,
) -> int:
    """Store one answer (None deletes it) and mark the assessment updated; never commits.
    Returns the answer's new version (ABSENT once deleted).

    ``seen``: the version the caller read (ABSENT for no answer); when another save moved it
    since, raises AnswerChanged and changes nothing. None saves over whatever is stored.
    Raises AssessmentIsFinal for a final assessment and AssessmentNotFound for a missing one.
    Two statements: an UPDATE that checks the draft status and an upsert, UPDATE or DELETE
    that changes nothing unless the version is still the one seen.
    """
    touch_draft(session, assessment_id)
    where: tuple[ColumnElement[bool], ...] = (
        Answer.assessment_id == assessment_id,
        Answer.question_id == question_id,
        Answer.item_key == item_key,
    )
    if seen is not None and seen != ABSENT:
        where = (*where, Answer.version == seen)
    if value is None and seen == ABSENT:
        # Nothing seen, nothing to clear; an answer someone else gave meanwhile stays.
        _check_unchanged(session, assessment_id, question_id, item_key, ABSENT)
        return ABSENT
    if value is None:
        result = session.execute(
            delete(Answer).where(*where).execution_options(synchronize_session=False)
        )
        if seen is not None and _count(result) == 0:
            _check_unchanged(session, assessment_id, question_id, item_key, seen)
        return ABSENT
    row = {
        "value_json": value_to_json(value),
        "updated_at": utc_now(),
        "updated_by": current_actor(),
    }
    if seen is not None and seen != ABSENT:
        # Only an update of the version seen: a row cleared meanwhile is not made again.
        result = session.execute(
            update(Answer)
            .where(*where)
            .values(**row, version=seen + 1)
            .execution_options(synchronize_session=False)
        )
        if _count(result) == 0:
            _check_unchanged(session, assessment_id, question_id, item_key, seen)
        return seen + 1
    row |= {"assessment_id": assessment_id, "question_id": question_id, "item_key": item_key}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        result = session.execute(_upsert_statement(dialect, seen is not None), row)
        if seen is not None:
            if result.first() is None:
                _check_unchanged(session, assessment_id, question_id, item_key, seen)
            return 1
    else:
        existing = session.scalar(select(Answer.id).where(*where))
        if existing is None:
            session.add(Answer(**row, version=1))
            session.flush()
        elif seen is not None:
            _check_unchanged(session, assessment_id, question_id, item_key, seen)
        else:
            session.execute(
                update(Answer)
                .where(Answer.id == existing)
                .values(
                    value_json=row["value_json"],
                    updated_at=row["updated_at"],
                    updated_by=row["updated_by"],
                    version=Answer.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
    version = session.scalar(select(Answer.version).where(*where))
    return int(version) if version is not None else ABSENT


def _count(result: object) -> int:
    return int(cast("CursorResult[Any]", result).rowcount)


def _check_unchanged(
    session: Session, assessment_id: int, question_id: str, item_key: str, seen: int
) -> None:
    """Raise AnswerChanged, naming who saved the answer last, unless it is still ``seen``."""
    stored = session.execute(
        select(Answer.version, Answer.updated_by, Answer.updated_at).where(
            Answer.assessment_id == assessment_id,
            Answer.question_id == question_id,
            Answer.item_key == item_key,
        )
    ).first()
    if stored is None:
        if seen == ABSENT:
            return
        raise AnswerChanged(question_id, item_key, None, None)  # cleared: by whom is not kept
    if stored.version != seen:
        raise AnswerChanged(question_id, item_key, stored.updated_by, stored.updated_at)


def stored_answer(
    session: Session, assessment_id: int, question_id: str, item_key: str
) -> StoredAnswer:
    """One answer as stored now, for a reload after AnswerChanged."""
    stored = session.execute(
        select(Answer.value_json, Answer.version).where(
            Answer.assessment_id == assessment_id,
            Answer.question_id == question_id,
            Answer.item_key == item_key,
        )
    ).first()
    if stored is None:
        return StoredAnswer(None, ABSENT)
    return StoredAnswer(value_from_json(stored.value_json), int(stored.version))


def answer_versions(session: Session, assessment_id: int) -> dict[AnswerKey, int]:
    """The version of every stored answer of an assessment (absent ones are ABSENT)."""
    rows = session.execute(
        select(Answer.question_id, Answer.item_key, Answer.version).where(
            Answer.assessment_id == assessment_id
        )
    )
    return {AnswerKey(q, item): int(version) for q, item, version in rows}


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

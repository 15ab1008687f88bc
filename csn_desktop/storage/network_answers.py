"""The network view's reads: current assessments and their councils, answers, and kept counts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import Answer, Assessment, CountedAnswers, Organisation


@dataclass(frozen=True, slots=True)
class CouncilEntry:
    """One row of the council list: a current assessment and how it came to be here."""

    assessment_id: int
    gss_code: str | None
    council: str
    nation: str
    region: str
    authority_type: str
    period: str
    status: str
    origin: str
    flagged: bool
    exported_at: datetime | None
    questionnaire_version: int


def _current(questionnaire_id: str) -> tuple[Any, ...]:
    """Current versions of this questionnaire's assessments; withdrawn ones and those in the
    bin left out."""
    return (
        Assessment.superseded_by_id.is_(None),
        Assessment.withdrawn_at.is_(None),
        Assessment.deleted_at.is_(None),
        Assessment.questionnaire_id == questionnaire_id,
    )


def current_assessments(session: Session, questionnaire_id: str) -> list[CouncilEntry]:
    """Every current assessment with its council, by council name, period and id."""
    rows = session.connection().execute(  # plain rows: no ORM entities are asked for
        select(
            Assessment.id,
            Organisation.gss_code,
            Organisation.name,
            Organisation.nation,
            Organisation.region,
            Organisation.type_name,
            Assessment.period,
            Assessment.status,
            Assessment.origin,
            Assessment.flagged,
            Assessment.exported_at,
            Assessment.questionnaire_version,
        )
        .join(Organisation, Assessment.organisation_id == Organisation.id)
        .where(*_current(questionnaire_id))
        .order_by(Organisation.name, Assessment.period, Assessment.id)
    )
    return [CouncilEntry(*tuple(row)) for row in rows]


def current_answers(
    session: Session,
    questionnaire_id: str,
    periods: Collection[str] | None = None,
    assessment_ids: Collection[int] | None = None,
) -> Sequence[tuple[int, str, str, str]]:
    """(assessment_id, question_id, item_key, value_json) of the current assessments' answers.

    ``periods``: only those periods' assessments; None, every period's. ``assessment_ids``:
    only those assessments' (None: all).
    """
    query = (
        select(Answer.assessment_id, Answer.question_id, Answer.item_key, Answer.value_json)
        .join(Assessment, Answer.assessment_id == Assessment.id)
        .where(*_current(questionnaire_id))
    )
    if periods is not None:
        query = query.where(Assessment.period.in_(periods))
    if assessment_ids is not None:
        query = query.where(Answer.assessment_id.in_(assessment_ids))
    return _driver_rows(session, query)


@dataclass(frozen=True, slots=True)
class CountedRow:
    """A current assessment's stamp, and its counted answers if those kept are still valid."""

    assessment_id: int
    updated_at: datetime
    counted_json: str | None  # None: never counted, or counted before a change


def counted_rows(
    session: Session,
    questionnaire_id: str,
    questionnaire_version: int,
    periods: Collection[str] | None = None,
) -> dict[int, CountedRow]:
    """Every current assessment of ``periods`` (None: all) with its counted answers, where they
    were counted against this questionnaire version and its answers have not changed since."""
    c = CountedAnswers
    valid = (
        (c.assessment_id == Assessment.id)
        & (c.questionnaire_id == questionnaire_id)
        & (c.questionnaire_version == questionnaire_version)
        & (c.answers_updated_at == Assessment.updated_at)
    )
    query = (
        select(Assessment.id, Assessment.updated_at, c.counted_json)
        .outerjoin(c, valid)
        .where(*_current(questionnaire_id))
    )
    if periods is not None:
        query = query.where(Assessment.period.in_(periods))
    rows = session.connection().execute(query)
    return {row[0]: CountedRow(row[0], row[1], row[2]) for row in rows}


def keep_counted(
    session: Session,
    questionnaire_id: str,
    questionnaire_version: int,
    counted: Sequence[tuple[int, datetime, str]],
) -> None:
    """Keep (assessment id, its ``updated_at``, counted answers' JSON) rows, replacing what was
    kept for those assessments; never commits."""
    if not counted:
        return
    ids = [row[0] for row in counted]
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        session.execute(
            delete(CountedAnswers).where(CountedAnswers.assessment_id.in_(ids[start : start + 500]))
        )
    session.execute(
        insert(CountedAnswers),
        [
            {
                "assessment_id": assessment_id,
                "questionnaire_id": questionnaire_id,
                "questionnaire_version": questionnaire_version,
                "answers_updated_at": updated_at,
                "counted_json": text,
            }
            for assessment_id, updated_at, text in counted
        ],
    )


def _driver_rows(session: Session, query: Any) -> Sequence[Any]:
    """The driver's own tuples: a period holds some 50,000 answers, and wrapping each in a
    result row costs more than the query itself."""
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.params
    arguments: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), arguments)
        return cursor.fetchall()
    finally:
        cursor.close()

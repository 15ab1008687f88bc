"""The network view's two reads: the current assessments with their councils, and their answers."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import Answer, Assessment, Organisation


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
    """Current versions of this questionnaire's assessments, withdrawn ones left out."""
    return (
        Assessment.superseded_by_id.is_(None),
        Assessment.withdrawn_at.is_(None),
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
    session: Session, questionnaire_id: str, periods: Collection[str] | None = None
) -> Sequence[tuple[int, str, str, str]]:
    """(assessment_id, question_id, item_key, value_json) of the current assessments' answers.

    ``periods``: only those periods' assessments; None, every period's.
    """
    query = (
        select(Answer.assessment_id, Answer.question_id, Answer.item_key, Answer.value_json)
        .join(Assessment, Answer.assessment_id == Assessment.id)
        .where(*_current(questionnaire_id))
    )
    if periods is not None:
        query = query.where(Assessment.period.in_(periods))
    # The driver's own tuples: a period holds some 50,000 answers, and wrapping each in a
    # result row costs more than the query itself.
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

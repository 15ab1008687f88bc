"""Each assessment's stored summary (progress counts), kept with its answers, read in one query."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.counts import Progress
from csn_desktop.domain.progress import overall_progress
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.values import JsonValue, value_from_json
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.models import Answer, AppState, Assessment, Organisation

# The app state key whose value names the questionnaires the stored counts were computed with.
BASIS_KEY = "progress_basis"  # not translated: a database key


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One assessment as lists show it, read without its answers."""

    id: int
    uuid: str
    gss_code: str | None
    council: str
    period: str
    status: str
    respondent: str | None
    origin: str
    questionnaire_id: str
    questionnaire_version: int
    progress: Progress | None  # None while not computed
    updated_at: datetime
    current: bool
    withdrawn: bool
    decision_pending: bool
    council_cy: str | None = None  # the council's Welsh name, where it has one


def store_progress(session: Session, assessment_id: int, progress: Progress | None) -> None:
    """Keep ``progress`` as the assessment's summary; never commits."""
    session.execute(
        update(Assessment)
        .where(Assessment.id == assessment_id)
        .values(
            answered_count=None if progress is None else progress.answered,
            required_count=None if progress is None else progress.required,
        )
        .execution_options(synchronize_session=False)
    )


def refresh_progress(
    session: Session, assessment_id: int, questionnaire: Questionnaire | None
) -> Progress | None:
    """Compute the assessment's progress from its stored answers and keep it; never commits.

    Call it in the transaction that changed the answers, after the change.
    """
    progress = (
        None
        if questionnaire is None
        else overall_progress(questionnaire, load_answers(session, assessment_id))
    )
    store_progress(session, assessment_id, progress)
    return progress


def summary_rows(session: Session, *, origin: str | None = None) -> list[SummaryRow]:
    """Every assessment (of one origin, if given), most recently updated first: one query.

    Core rows, not ORM entities: at 8,000 assessments building entities would cost more than
    SQLite's part.
    """
    a, o = Assessment.__table__.c, Organisation.__table__.c
    query = (
        select(
            a.id,
            a.uuid,
            o.gss_code,
            o.name,
            a.period,
            a.status,
            a.respondent,
            a.origin,
            a.questionnaire_id,
            a.questionnaire_version,
            a.answered_count,
            a.required_count,
            a.updated_at,
            # Flags computed by SQLite: no timestamp to convert for them.
            a.superseded_by_id.is_(None),
            a.withdrawn_at.is_not(None),
            a.decision_pending,
        )
        .join_from(Assessment.__table__, Organisation.__table__, o.id == a.organisation_id)
        .order_by(a.updated_at.desc(), a.id.desc())
    )
    if origin is not None:
        query = query.where(a.origin == origin)
    progress: dict[tuple[int, int], Progress] = {}  # a few hundred distinct counts, shared
    rows = []
    for (
        ident,
        uuid,
        gss_code,
        name,
        period,
        status,
        respondent,
        row_origin,
        questionnaire_id,
        version,
        answered,
        required,
        updated_at,
        current,
        withdrawn,
        pending,
    ) in session.connection().execute(query):
        counts = None
        if answered is not None and required is not None:
            counts = progress.setdefault((answered, required), Progress(answered, required))
        rows.append(
            SummaryRow(
                ident,
                uuid,
                gss_code,
                name,
                period,
                status,
                respondent,
                row_origin,
                questionnaire_id,
                version,
                counts,
                updated_at,
                bool(current),
                bool(withdrawn),
                bool(pending),
            )
        )
    return rows


def count_by_origin(session: Session) -> dict[str, int]:
    """How many assessments of each origin the database holds (one query)."""
    query = select(Assessment.origin, func.count()).group_by(Assessment.origin)
    return {str(origin): int(count) for origin, count in session.execute(query)}


def answers_of(session: Session, assessment_ids: Sequence[int]) -> dict[int, Answers]:
    """The stored answers of several assessments, in one query (ids absent have none)."""
    found: dict[int, dict[AnswerKey, JsonValue]] = {i: {} for i in assessment_ids}
    query = select(Answer.assessment_id, Answer.question_id, Answer.item_key, Answer.value_json)
    for assessment_id, question_id, item_key, text in session.execute(
        query.where(Answer.assessment_id.in_(assessment_ids))
    ):
        found[assessment_id][AnswerKey(question_id, item_key)] = value_from_json(text)
    return {i: Answers.from_mapping(values) for i, values in found.items()}


def questionnaires_of(session: Session) -> list[tuple[int, str, int]]:
    """(id, questionnaire id, version) of every assessment, by id."""
    query = select(
        Assessment.id, Assessment.questionnaire_id, Assessment.questionnaire_version
    ).order_by(Assessment.id)
    return [(int(i), str(q), int(v)) for i, q, v in session.execute(query)]


def store_many(session: Session, computed: Iterable[tuple[int, Progress | None]]) -> None:
    """Keep several assessments' progress in one executemany; never commits."""
    rows = [
        {
            "id": assessment_id,
            "answered_count": None if p is None else p.answered,
            "required_count": None if p is None else p.required,
        }
        for assessment_id, p in computed
    ]
    if rows:
        session.execute(update(Assessment), rows)


def summary_basis(session: Session) -> str | None:
    """What the stored counts were computed with; None before they ever were."""
    return session.scalar(select(AppState.value).where(AppState.key == BASIS_KEY))


def set_summary_basis(session: Session, basis: str) -> None:
    state = session.get(AppState, BASIS_KEY)
    if state is None:
        session.add(AppState(key=BASIS_KEY, value=basis))
    else:
        state.value = basis
    session.flush()
